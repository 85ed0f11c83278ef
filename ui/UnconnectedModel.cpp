#include "UnconnectedModel.h"

#include "ConnectionAnalysis.h"
#include "SchoolDocument.h"
#include "SearchText.h"
#include "TableRoles.h"

#include <algorithm>

namespace cm {

UnconnectedModel::UnconnectedModel(SchoolDocument& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(context) {
    connect(&context, &SchoolDocument::rosterChanged, this, &UnconnectedModel::reset);
    connect(&context, &SchoolDocument::schoolClosed, this, &UnconnectedModel::reset);
    connect(&context, &SchoolDocument::markChanged, this, &UnconnectedModel::onMarkChanged);
    reset();
}

UnconnectedModel::Row UnconnectedModel::makeRow(const Student& s, int order) const {
    QStringList concerned;
    for (RowId a : m_document.concernedAdults(s.id)) {
        if (const Adult* adult = m_document.adult(a))
            concerned << adult->displayName();
    }
    Row row{s, order, concerned.join(QStringLiteral(", ")), {}};
    row.search = SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName,
                                              s.shownId(), s.grade, s.homeroom, row.concern}
                                      .join(QLatin1Char(' ')));
    return row;
}

void UnconnectedModel::reset() {
    beginResetModel();
    m_rows.clear();
    if (m_document.isOpen()) {
        const ConnectionAnalysis& analysis = m_document.analysis();
        const QVector<Student>& ordered = analysis.activeStudents();
        for (int i = 0; i < ordered.size(); ++i) {
            if (analysis.isUnconnected(ordered[i].id))
                m_rows.push_back(makeRow(ordered[i], i));
        }
    }
    endResetModel();
}

void UnconnectedModel::onMarkChanged(RowId, RowId studentId) {
    const ConnectionAnalysis& analysis = m_document.analysis();
    const int order = analysis.orderOf(studentId);
    if (order < 0)
        return;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), order,
                                     [](const Row& r, int o) { return r.order < o; });
    const int row = int(it - m_rows.begin());
    const bool listed = it != m_rows.end() && it->order == order;
    const bool unconnected = analysis.isUnconnected(studentId);
    if (listed && !unconnected) {
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    } else if (!listed && unconnected) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, makeRow(analysis.activeStudents()[order], order));
        endInsertRows();
    } else if (listed) { // a "may benefit" flag changed
        m_rows[row] = makeRow(m_rows[row].student, order);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

RowId UnconnectedModel::studentAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].student.id : 0;
}

int UnconnectedModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnconnectedModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnconnectedModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const Student& s = r.student;
    if (role == SearchRole)
        return r.search;
    if (role == RowIdRole)
        return s.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return s.familyName + QStringLiteral(", ") +
                   (s.preferredName.isEmpty() ? s.givenName : s.preferredName);
        if (role == SortRole)
            return s.familyName + QLatin1Char(' ') + s.givenName;
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
    case Concern:
        if (isValueRole(role))
            return r.concern;
        break;
    default:
        break;
    }
    return {};
}

QVariant UnconnectedModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Student");
    case Id:
        return tr("Student ID");
    case Grade:
        return tr("Grade");
    case Homeroom:
        return tr("Homeroom");
    case Concern:
        return tr("Flagged \"may benefit\" by");
    default:
        return {};
    }
}

} // namespace cm
