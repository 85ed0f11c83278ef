#pragma once

#include "Types.h"

#include "RowTextSource.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm {

class SchoolDocument;

// All adults with their number of marks in the viewed round.
class AdultTableModel : public QAbstractTableModel, public RowTextSource {
    Q_OBJECT
public:
    enum Column { Name, Id, Role, Email, Marks, Active, ColumnCount };

    explicit AdultTableModel(SchoolDocument& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const QString& searchText(int row) const override { return m_search[row]; }
    bool sortKey(int, int, qint64*) const override { return false; }

    RowId adultAt(int row) const;

private:
    void reset();
    void onMarkChanged(RowId adultId, RowId studentId);

    SchoolDocument& m_document;
    QVector<QString> m_search;
    QVector<int> m_marks; // connected marks per row in the viewed round
};

} // namespace cm
