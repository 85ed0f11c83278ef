#pragma once

#include "Types.h"

#include "RowTextSource.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm {

class SchoolDocument;

// All students of the school (active and not) with their number of connecting
// adults in the viewed round; 0 and 1 are flagged. A mark change updates one
// row; a roster change resets the model from the context's cache.
class StudentTableModel : public QAbstractTableModel, public RowTextSource {
    Q_OBJECT
public:
    enum Column { Name, Id, Grade, Homeroom, Adults, Active, ColumnCount };

    explicit StudentTableModel(SchoolDocument& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    RowId studentAt(int row) const;
    int rowOf(RowId studentId) const;

    const QString& searchText(int row) const override { return m_search[row]; }
    bool sortKey(int row, int column, qint64* key) const override;

private:
    void reset();
    void onMarkChanged(RowId adultId, RowId studentId);

    SchoolDocument& m_document;
    QVector<QString> m_search;
    QVector<int> m_nameRank;  // position in name order: sorting compares ints
    QVector<int> m_gradeRank; // school order of the grade
};

} // namespace cm
