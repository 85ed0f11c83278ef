#pragma once

#include <QDialog>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace cm {

// Help › Keyboard shortcuts: every action of the window that has a
// shortcut, with its keys, read from the actions themselves (menus, pages,
// the marking session) so that the list cannot drift from the program.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window);

    // (what it does, keys) for every action under window, sorted by what.
    static QVector<QPair<QString, QString>> shortcuts(const QWidget* window);
};

} // namespace cm
