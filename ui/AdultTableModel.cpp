#include "AdultTableModel.h"

#include "SchoolDocument.h"
#include "SearchText.h"
#include "TableRoles.h"

#include <QHash>

namespace cm {

AdultTableModel::AdultTableModel(SchoolDocument& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(context) {
    connect(&context, &SchoolDocument::rosterChanged, this, &AdultTableModel::reset);
    connect(&context, &SchoolDocument::schoolClosed, this, &AdultTableModel::reset);
    connect(&context, &SchoolDocument::markChanged, this, &AdultTableModel::onMarkChanged);
    reset();
}

void AdultTableModel::reset() {
    beginResetModel();
    const QVector<Adult>& all = m_document.adults();
    m_search.resize(all.size());
    m_marks.resize(all.size());
    for (int i = 0; i < all.size(); ++i) {
        const Adult& a = all[i];
        m_search[i] = SearchText::fold(
            QStringList{a.givenName, a.familyName, a.adultId, a.role, a.email}.join(
                QLatin1Char(' ')));
        m_marks[i] = m_document.adultMarkCount(a.id, MarkKind::Connected);
    }
    endResetModel();
}

void AdultTableModel::onMarkChanged(RowId adultId, RowId) {
    const int row = m_document.adultIndex(adultId);
    if (row < 0 || row >= m_marks.size())
        return;
    m_marks[row] = m_document.adultMarkCount(adultId, MarkKind::Connected);
    emit dataChanged(index(row, Marks), index(row, Marks));
}

int AdultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_search.size());
}

int AdultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

RowId AdultTableModel::adultAt(int row) const {
    return row >= 0 && row < m_search.size() ? m_document.adults()[row].id : 0;
}

QVariant AdultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_search.size())
        return {};
    const Adult& a = m_document.adults()[index.row()];
    if (role == SearchRole)
        return m_search[index.row()];
    if (role == RowIdRole)
        return a.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return a.familyName + QStringLiteral(", ") + a.givenName;
        if (role == SortRole)
            return a.familyName + QLatin1Char(' ') + a.givenName;
        break;
    case Id:
        if (isValueRole(role))
            return a.adultId;
        break;
    case Role:
        if (isFilterableValueRole(role))
            return a.role;
        break;
    case Email:
        if (isValueRole(role))
            return a.email;
        break;
    case Marks:
        if (isValueRole(role))
            return m_marks[index.row()];
        break;
    case Active:
        if (role == Qt::DisplayRole)
            return a.active ? tr("Active") : tr("Inactive (left)");
        return activeFlagData(role, a.active);
    default:
        break;
    }
    return {};
}

QVariant AdultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Adult ID");
    case Role:
        return tr("Role");
    case Email:
        return tr("Email");
    case Marks:
        return tr("Connected marks");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cm
