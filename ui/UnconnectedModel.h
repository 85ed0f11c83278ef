#pragma once

#include "Types.h"

#include "RowTextSource.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm {

class SchoolDocument;

// Active students with no connecting active adult in the viewed round, with
// the adults who flagged "may benefit", in the shared order. Live: rebuilt
// from the document's analysis (no database read) when the roster changes,
// and one row inserted, removed or updated when a mark changes.
class UnconnectedModel : public QAbstractTableModel, public RowTextSource {
    Q_OBJECT
public:
    enum Column { Name, Id, Grade, Homeroom, Concern, ColumnCount };

    explicit UnconnectedModel(SchoolDocument& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const QString& searchText(int row) const override { return m_rows[row].search; }
    bool sortKey(int, int, qint64*) const override { return false; }

    RowId studentAt(int row) const;

private:
    struct Row {
        Student student;
        int order = 0; // position in the analysis' shared order
        QString concern;
        QString search;
    };
    void reset();
    // One mark changed: the student's row appears, goes or updates in place.
    void onMarkChanged(RowId adultId, RowId studentId);
    Row makeRow(const Student& s, int order) const;

    SchoolDocument& m_document;
    QVector<Row> m_rows;
};

} // namespace cm
