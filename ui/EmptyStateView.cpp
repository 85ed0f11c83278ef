#include "EmptyStateView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

EmptyStateView::EmptyStateView(QWidget* content, const QString& name, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_emptyPage(new QWidget(this))
    , m_label(new QLabel(m_emptyPage)) {
    m_label->setObjectName(name);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addStretch();
    m_buttons = buttons;
    auto* layout = new QVBoxLayout(m_emptyPage);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addSpacing(m_label->fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(2);
    addWidget(content);
    addWidget(m_emptyPage);
    setCurrentIndex(0);
}

QPushButton* EmptyStateView::addButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text, m_emptyPage);
    button->setObjectName(objectName);
    auto* row = static_cast<QHBoxLayout*>(m_buttons);
    row->insertWidget(row->count() - 1, button);
    return button;
}

void EmptyStateView::setMessage(const QString& text) {
    m_label->setText(text);
    m_label->setAccessibleName(text);
}

QString EmptyStateView::message() const {
    return m_label->text();
}

void EmptyStateView::setEmpty(bool empty) {
    if (empty == isEmpty())
        return;
    // Keep the keyboard focus on this part of the window when the view that
    // had it disappears.
    const bool hadFocus = m_content->hasFocus();
    setCurrentIndex(empty ? 1 : 0);
    if (hadFocus && empty) {
        if (auto* button = m_emptyPage->findChild<QPushButton*>())
            button->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace cm
