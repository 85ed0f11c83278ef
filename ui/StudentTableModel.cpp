#include "StudentTableModel.h"

#include "ConnectionAnalysis.h"
#include "SchoolDocument.h"
#include "SearchText.h"
#include "StudentOrder.h"
#include "TableRoles.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <numeric>

namespace cm {

StudentTableModel::StudentTableModel(SchoolDocument& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(context) {
    connect(&context, &SchoolDocument::rosterChanged, this, &StudentTableModel::reset);
    connect(&context, &SchoolDocument::schoolClosed, this, &StudentTableModel::reset);
    connect(&context, &SchoolDocument::markChanged, this, &StudentTableModel::onMarkChanged);
    reset();
}

void StudentTableModel::reset() {
    beginResetModel();
    const QVector<Student>& all = m_document.students();
    m_search.resize(all.size());
    for (int i = 0; i < all.size(); ++i) {
        const Student& s = all[i];
        m_search[i] = SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName,
                                                   s.shownId(), s.grade, s.homeroom}
                                           .join(QLatin1Char(' ')));
    }
    // Collate the names once here, not on every re-sort while filtering.
    m_nameRank = StudentOrder::nameRanks(all);
    m_gradeRank = StudentOrder::gradeRanks(all);
    endResetModel();
}

void StudentTableModel::onMarkChanged(RowId, RowId studentId) {
    const int row = rowOf(studentId);
    if (row >= 0)
        emit dataChanged(index(row, Adults), index(row, Adults));
}

bool StudentTableModel::sortKey(int row, int column, qint64* key) const {
    const Student& s = m_document.students()[row];
    switch (column) {
    case Name:
        *key = m_nameRank[row];
        return true;
    case Grade:
        *key = m_gradeRank[row];
        return true;
    case Adults:
        *key = s.active ? m_document.connectionCount(s.id) : -1;
        return true;
    case Active:
        *key = s.active ? 1 : 0;
        return true;
    default:
        return false;
    }
}

int StudentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_search.size());
}

int StudentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

RowId StudentTableModel::studentAt(int row) const {
    return row >= 0 && row < m_search.size() ? m_document.students()[row].id : 0;
}

int StudentTableModel::rowOf(RowId studentId) const {
    return m_document.studentIndex(studentId);
}

QVariant StudentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_search.size())
        return {};
    const Student& s = m_document.students()[index.row()];
    if (role == SearchRole)
        return m_search[index.row()];
    if (role == RowIdRole)
        return s.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole) {
            QString name = s.familyName + QStringLiteral(", ") + s.givenName;
            if (!s.preferredName.isEmpty())
                name += QStringLiteral(" (%1)").arg(s.preferredName);
            return name;
        }
        if (role == SortRole)
            return m_nameRank[index.row()];
        break;
    case Id:
        if (isValueRole(role))
            return s.shownId();
        break;
    case Grade:
        if (isFilterableValueRole(role))
            return s.grade;
        break;
    case Homeroom:
        if (isFilterableValueRole(role))
            return s.homeroom;
        break;
    case Adults: {
        const int count = s.active ? m_document.connectionCount(s.id) : -1;
        if (role == Qt::DisplayRole) {
            if (count < 0)
                return QStringLiteral("–");
            if (count == 0)
                return tr("0 · unconnected");
            if (count == 1)
                return tr("1 · only one");
            return QString::number(count);
        }
        if (role == SortRole)
            return count;
        if (role == Qt::BackgroundRole && count == 0)
            return QBrush(QColor(0xf8, 0xd0, 0xcc));
        if (role == Qt::BackgroundRole && count == 1)
            return QBrush(QColor(0xfc, 0xec, 0xc0));
        if (role == Qt::ForegroundRole && count >= 0 && count <= 1)
            return QBrush(QColor(0x20, 0x20, 0x20));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    }
    case Active:
        if (role == Qt::DisplayRole)
            return s.active ? tr("Active") : tr("Inactive");
        return activeFlagData(role, s.active);
    default:
        break;
    }
    return {};
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Student ID");
    case Grade:
        return tr("Grade");
    case Homeroom:
        return tr("Homeroom");
    case Adults:
        return tr("Caring adults");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cm
