#include "UnconnectedModel.h"

#include "ConnectionAnalysis.h"
#include "Mentoring.h"
#include "SchoolDocument.h"
#include "SearchText.h"
#include "TableRoles.h"
#include "UiHelpers.h"

#include <algorithm>

namespace cm {

UnconnectedModel::UnconnectedModel(SchoolDocument& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(context) {
    connect(&context, &SchoolDocument::rosterChanged, this, &UnconnectedModel::reset);
    connect(&context, &SchoolDocument::schoolClosed, this, &UnconnectedModel::reset);
    connect(&context, &SchoolDocument::markChanged, this, &UnconnectedModel::onMarkChanged);
    connect(&context, &SchoolDocument::dataChanged, this, &UnconnectedModel::loadGoTo);
    connect(&context, &SchoolDocument::schoolOpened, this, &UnconnectedModel::loadGoTo);
    loadGoTo();
    reset();
}

void UnconnectedModel::loadGoTo() {
    QHash<RowId, QString> goTo;
    if (m_document.isOpen()) {
        for (const MentorMatch& m : Mentoring::matches(m_document.storage(), true)) {
            if (const Adult* a = m_document.adult(m.adultId))
                goTo.insert(m.studentId, UiHelpers::listName(*a));
        }
    }
    if (goTo == m_goTo)
        return;
    m_goTo = goTo;
    for (Row& r : m_rows)
        r.search = searchTextOf(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, GoTo), index(int(m_rows.size()) - 1, GoTo));
}

QString UnconnectedModel::searchTextOf(const Row& r) const {
    const Student& s = r.student;
    return SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName, s.shownId(),
                                        s.grade, s.homeroom, r.concern, m_goTo.value(s.id)}
                                .join(QLatin1Char(' ')));
}

UnconnectedModel::Row UnconnectedModel::makeRow(const Student& s, int order) const {
    QStringList concerned;
    for (RowId a : m_document.concernedAdults(s.id)) {
        if (const Adult* adult = m_document.adult(a))
            concerned << UiHelpers::listName(*adult);
    }
    Row row{s, order, concerned.join(QStringLiteral("; ")), {}};
    row.search = searchTextOf(row);
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
    case GoTo:
        if (isValueRole(role))
            return m_goTo.value(s.id);
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
    case GoTo:
        return tr("Go-to adult");
    default:
        return {};
    }
}

} // namespace cm
