#pragma once

#include "Types.h"

#include <QList>
#include <QObject>

class QAction;
class QKeyEvent;
class QLineEdit;
class QTableView;
class QWidget;

namespace cm {

// The marking session's keyboard. On the table (not in the filter or a note
// editor, so that typing never marks): Space, Ctrl+Space or Alt+C, and F2,
// as actions that Help › Keyboard shortcuts and the hint under the table
// read. Letters typed on the table, the filter combos or the buttons go to
// the student filter. Ctrl+Z / Ctrl+Shift+Z in the filter reach Edit › Undo
// and Redo (the marks), not the filter's own text.
class MarkingKeys : public QObject {
    Q_OBJECT
public:
    MarkingKeys(QTableView* table, QLineEdit* filter, const QList<QWidget*>& typeToFilter,
                QObject* parent = nullptr);

    // "Keys on the highlighted student: Space positive, ..." for the screen.
    QString hint() const;

signals:
    void toggleRequested(cm::MarkKind kind);
    void editNoteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys);
    bool typeIntoFilter(QKeyEvent* key);

    QTableView* m_table;
    QLineEdit* m_filter;
    QList<QWidget*> m_typeToFilter;
    QList<QAction*> m_actions; // connected, concern, note
};

} // namespace cm
