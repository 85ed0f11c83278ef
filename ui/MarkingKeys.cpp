#include "MarkingKeys.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

namespace cm {

MarkingKeys::MarkingKeys(QTableView* table, QLineEdit* filter, const QList<QWidget*>& typeToFilter,
                         QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_filter(filter)
    , m_typeToFilter(typeToFilter) {
    connect(addAction(QStringLiteral("actionMarkConnected"),
                      tr("Mark a positive, trusting relationship"), {QKeySequence(Qt::Key_Space)}),
            &QAction::triggered, this, [this] { emit toggleRequested(MarkKind::Connected); });
    connect(addAction(QStringLiteral("actionMarkConcern"), tr("Mark may benefit"),
                      {QKeySequence(Qt::ControlModifier | Qt::Key_Space),
                       QKeySequence(Qt::AltModifier | Qt::Key_C)}),
            &QAction::triggered, this, [this] { emit toggleRequested(MarkKind::Concern); });
    connect(addAction(QStringLiteral("actionEditNote"), tr("Edit the note"),
                      {QKeySequence(Qt::Key_F2)}),
            &QAction::triggered, this, &MarkingKeys::editNoteRequested);
    for (QWidget* w : std::as_const(m_typeToFilter))
        w->installEventFilter(this);
    m_filter->installEventFilter(this);
}

QAction* MarkingKeys::addAction(const QString& name, const QString& text,
                                const QList<QKeySequence>& keys) {
    // Children of the table but not added to it: eventFilter reads their keys,
    // so that they work whenever the table has the keyboard.
    auto* a = new QAction(text, m_table);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetShortcut);
    m_actions.push_back(a);
    return a;
}

QString MarkingKeys::hint() const {
    auto keys = [](const QAction* a) {
        QStringList out;
        for (const QKeySequence& k : a->shortcuts())
            out << k.toString(QKeySequence::NativeText);
        return out.join(tr(" or "));
    };
    return tr("Keys on the highlighted student: %1 positive, trusting relationship · %2 may "
              "benefit · %3 note. Type letters to filter; Down enters the list; Ctrl+Z undoes.")
        .arg(keys(m_actions[0]), keys(m_actions[1]), keys(m_actions[2]));
}

bool MarkingKeys::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_filter && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Z / Ctrl+Shift+Z undo and redo marks, not the filter's text.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() ==
                QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_table) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(
            (key->keyCombination().keyboardModifiers() & ~Qt::KeypadModifier) |
            key->keyCombination().key());
        for (QAction* a : std::as_const(m_actions)) {
            if (a->shortcuts().contains(pressed)) {
                a->trigger();
                return true;
            }
        }
    }
    if (event->type() == QEvent::KeyPress && watched != m_filter &&
        m_typeToFilter.contains(qobject_cast<QWidget*>(watched))) {
        if (typeIntoFilter(static_cast<QKeyEvent*>(event)))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

bool MarkingKeys::typeIntoFilter(QKeyEvent* key) {
    // Keys typed in an open note editor go to the editor: it is not watched.
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace();
    if (key->key() != Qt::Key_Backspace && !printable)
        return false;
    m_filter->setFocus(Qt::ShortcutFocusReason);
    if (key->key() == Qt::Key_Backspace)
        m_filter->backspace();
    else
        m_filter->insert(text);
    return true;
}

} // namespace cm
