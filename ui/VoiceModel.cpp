#include "VoiceModel.h"

#include "SchoolDocument.h"
#include "SearchText.h"
#include "TableRoles.h"
#include "VoiceData.h"
#include "VoicePanel.h"

#include <QFont>

namespace cm {

VoiceModel::VoiceModel(SchoolDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    reset();
}

QString VoiceModel::groupText(Agreement a) {
    return VoicePanel::groupText(a);
}

QString VoiceModel::adultList(const QVector<RowId>& adults, const QVector<RowId>& mutual) const {
    QStringList names;
    for (RowId id : adults) {
        const Adult* adult = m_document.adult(id);
        const QString name = adult ? adult->displayName() : QString::number(id);
        names << (mutual.contains(id) ? tr("%1 (both)").arg(name) : name);
    }
    return names.isEmpty() ? tr("nobody") : names.join(QStringLiteral(", "));
}

void VoiceModel::reset() {
    beginResetModel();
    m_rows.clear();
    m_comparison = m_document.isOpen()
                       ? VoiceData::compare(m_document.storage(), m_document.viewedRound())
                       : VoiceComparison();
    for (const VoiceStudent& v : m_comparison.students()) {
        Row row;
        row.voice = &v;
        row.staff = adultList(v.staffAdults, v.mutual);
        row.named =
            v.agreement == Agreement::NoResponse ? QString() : adultList(v.studentAdults, v.mutual);
        if (!v.unresolved.isEmpty())
            row.named += QLatin1Char(' ') +
                         tr("(not resolved: %1)").arg(v.unresolved.join(QStringLiteral(", ")));
        const Student& s = v.student;
        row.search =
            SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName, s.studentId,
                                         s.grade, s.homeroom, row.staff, row.named}
                                 .join(QLatin1Char(' ')));
        m_rows.push_back(row);
    }
    endResetModel();
}

int VoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VoiceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoiceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const VoiceStudent& v = *r.voice;
    const Student& s = v.student;
    if (role == SearchRole)
        return r.search;
    if (role == RowIdRole)
        return s.id;
    switch (index.column()) {
    case Group:
        if (role == Qt::DisplayRole)
            return groupText(v.agreement);
        if (role == SortRole)
            return int(v.agreement) * 100000 + index.row();
        if (role == FilterKeyRole)
            return agreementName(v.agreement);
        if (role == Qt::FontRole && v.agreement == Agreement::StaffOnly) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Name:
        if (role == Qt::DisplayRole)
            return s.familyName + QStringLiteral(", ") +
                   (s.preferredName.isEmpty() ? s.givenName : s.preferredName);
        if (role == SortRole)
            return s.familyName + QLatin1Char(' ') + s.givenName;
        break;
    case Id:
        if (isValueRole(role))
            return s.studentId;
        break;
    case Grade:
        if (isFilterableValueRole(role))
            return s.grade;
        break;
    case Homeroom:
        if (isFilterableValueRole(role))
            return s.homeroom;
        break;
    case StaffAdults: // the whole list also as a tooltip when the column is narrow
        if (isValueRole(role) || role == Qt::ToolTipRole)
            return r.staff;
        break;
    case StudentAdults:
        if (isValueRole(role) || role == Qt::ToolTipRole)
            return r.named;
        break;
    default:
        break;
    }
    return {};
}

QVariant VoiceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Name:
        return tr("Student");
    case Id:
        return tr("Student ID");
    case Grade:
        return tr("Grade");
    case Homeroom:
        return tr("Homeroom");
    case StaffAdults:
        return tr("Adults who marked them");
    case StudentAdults:
        return tr("Adults they named");
    default:
        return {};
    }
}

} // namespace cm
