#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm {

class SchoolDocument;

// Active students with no connecting active adult in the viewed round, with
// the adults who flagged "may benefit". Live: rebuilt from the context's
// cache (no database read) after every mark or roster change.
class UnconnectedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Id, Grade, Homeroom, Concern, ColumnCount };

    explicit UnconnectedModel(SchoolDocument& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    RowId studentAt(int row) const;

private:
    void reset();

    struct Row {
        Student student;
        QString concern;
        QString search;
    };
    SchoolDocument& m_document;
    QVector<Row> m_rows;
};

} // namespace cm
