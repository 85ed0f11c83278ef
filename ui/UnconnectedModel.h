#pragma once

#include "Types.h"

#include "RowTextSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace cm {

class SchoolDocument;

// Active students with no connecting active adult in the viewed round, with
// the adults who flagged "may benefit" and the go-to adult (open match), if
// any, in the shared order. Live: rebuilt from the document's analysis (no
// database read) when the roster changes, one row inserted, removed or
// updated when a mark changes; the go-to adults are re-read (one query of
// open matches) after each write.
class UnconnectedModel : public QAbstractTableModel, public RowTextSource {
    Q_OBJECT
public:
    enum Column { Name, Id, Grade, Homeroom, Concern, GoTo, ColumnCount };

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
    void loadGoTo();
    // One mark changed: the student's row appears, goes or updates in place.
    void onMarkChanged(RowId adultId, RowId studentId);
    Row makeRow(const Student& s, int order) const;
    QString searchTextOf(const Row& r) const;

    SchoolDocument& m_document;
    QVector<Row> m_rows;
    QHash<RowId, QString> m_goTo; // student row id -> go-to adult "Family, Given"
};

} // namespace cm
