#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace cm {

class SchoolDocument;

// Active students with no connecting active adult in the viewed round, with
// the adults who flagged "may benefit" and the go-to adult (open match), if
// any; the go-to adults are re-read (one query) after each write. Live: rebuilt from the context's
// cache (no database read) after every mark or roster change.
class UnconnectedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Id, Grade, Homeroom, Concern, GoTo, ColumnCount };

    explicit UnconnectedModel(SchoolDocument& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    RowId studentAt(int row) const;

private:
    void reset();
    void loadGoTo();

    struct Row {
        Student student;
        QString concern;
        QString search;
    };
    SchoolDocument& m_document;
    QVector<Row> m_rows;
    QHash<RowId, QString> m_goTo; // student row id -> go-to adult "Family, Given"
};

} // namespace cm
