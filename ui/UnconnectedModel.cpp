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
    connect(&context, &SchoolDocument::markChanged, this, &UnconnectedModel::reset);
    reset();
}

void UnconnectedModel::reset() {
    beginResetModel();
    m_rows.clear();
    for (const Student& s : m_document.students()) {
        if (!s.active || m_document.connectionCount(s.id) > 0)
            continue;
        QStringList concerned;
        for (RowId a : m_document.concernedAdults(s.id)) {
            if (const Adult* adult = m_document.adult(a))
                concerned << adult->displayName();
        }
        Row row{s, concerned.join(QStringLiteral(", ")), {}};
        row.search = SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName,
                                                  s.shownId(), s.grade, s.homeroom, row.concern}
                                          .join(QLatin1Char(' ')));
        m_rows.push_back(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return ConnectionAnalysis::lessThan(a.student, b.student);
    });
    endResetModel();
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
