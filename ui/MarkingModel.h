#pragma once

#include "Error.h"
#include "Types.h"

#include "RowTextSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace cm {

class SchoolDocument;

// The marking session's roster: the active students, with the marking adult's
// two checkable columns (connected, may benefit) and note. A toggle is one
// undoable write; only the touched row is updated. The "Others" column (how
// many colleagues connect with the student) stays empty in private mode.
class MarkingModel : public QAbstractTableModel, public RowTextSource {
    Q_OBJECT
public:
    enum Column { Name, Grade, Homeroom, Connected, Concern, Note, Others, ColumnCount };

    explicit MarkingModel(SchoolDocument& context, QObject* parent = nullptr);

    void setAdult(RowId adultId);
    RowId adult() const { return m_adult; }
    RowId studentAt(int row) const;

    // Toggles the adult's mark of this kind for the row's student: sets it,
    // switches the other kind to it, or clears it.
    Status toggle(int row, MarkKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const QString& searchText(int row) const override { return m_search[row]; }
    bool sortKey(int, int, qint64*) const override { return false; }

signals:
    void writeFailed(const QString& message);

private:
    void reset();
    void onMarkChanged(RowId adultId, RowId studentId);

    SchoolDocument& m_document;
    RowId m_adult = 0;
    QVector<Student> m_rows;
    QVector<QString> m_search;
    QHash<RowId, int> m_rowOf;
};

} // namespace cm
