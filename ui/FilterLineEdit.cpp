#include "FilterLineEdit.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace cm {

FilterLineEdit::FilterLineEdit(QWidget* parent)
    : QLineEdit(parent) {
    setClearButtonEnabled(true);
}

void FilterLineEdit::enterView() {
    if (!m_view || !m_view->model() || m_view->model()->rowCount() == 0)
        return;
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void FilterLineEdit::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_view) {
            enterView();
            event->accept();
            emit returnPressed();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace cm
