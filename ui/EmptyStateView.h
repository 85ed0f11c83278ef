#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace cm {

// A view (usually a table) that, when it has nothing to show, is replaced by
// a sentence saying why and, optionally, buttons for the next step. The
// message is plain text: it may quote what the user typed.
class EmptyStateView : public QStackedWidget {
    Q_OBJECT
public:
    // content: the view shown when there is something to show (reparented).
    // name: the object name of the message label (e.g. "markEmpty").
    EmptyStateView(QWidget* content, const QString& name, QWidget* parent = nullptr);

    // A button below the message: the next step ("Import a roster").
    QPushButton* addButton(const QString& text, const QString& objectName);
    void setMessage(const QString& text);
    QString message() const;
    // Shows the message (true) or the content (false).
    void setEmpty(bool empty);
    bool isEmpty() const { return currentIndex() == 1; }
    QLabel* label() const { return m_label; }

private:
    QWidget* m_content;
    QWidget* m_emptyPage;
    QLabel* m_label;
    QLayout* m_buttons;
};

} // namespace cm
