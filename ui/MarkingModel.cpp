#include "MarkingModel.h"

#include "ConnectionAnalysis.h"
#include "SchoolDocument.h"
#include "SearchText.h"
#include "SetMarkCommand.h"
#include "TableRoles.h"

#include <algorithm>

namespace cm {

MarkingModel::MarkingModel(SchoolDocument& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(context) {
    connect(&context, &SchoolDocument::rosterChanged, this, &MarkingModel::reset);
    connect(&context, &SchoolDocument::schoolClosed, this, &MarkingModel::reset);
    connect(&context, &SchoolDocument::markChanged, this, &MarkingModel::onMarkChanged);
    connect(&context, &SchoolDocument::privateSessionChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Others), index(int(m_rows.size()) - 1, Others));
    });
    reset();
}

void MarkingModel::setAdult(RowId adultId) {
    if (adultId == m_adult)
        return;
    m_adult = adultId;
    reset();
}

void MarkingModel::reset() {
    beginResetModel();
    // The analysis' active students, already in the shared order.
    m_rows = m_document.isOpen() ? m_document.analysis().activeStudents() : QVector<Student>();
    m_search.resize(m_rows.size());
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Student& s = m_rows[i];
        m_search[i] = SearchText::fold(QStringList{s.givenName, s.familyName, s.preferredName,
                                                   s.shownId(), s.grade, s.homeroom}
                                           .join(QLatin1Char(' ')));
        m_rowOf.insert(s.id, i);
    }
    endResetModel();
}

void MarkingModel::onMarkChanged(RowId adultId, RowId studentId) {
    const int row = m_rowOf.value(studentId, -1);
    if (row < 0)
        return;
    if (adultId == m_adult)
        emit dataChanged(index(row, Connected), index(row, Note));
    else
        emit dataChanged(index(row, Others), index(row, Others));
}

RowId MarkingModel::studentAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

Status MarkingModel::toggle(int row, MarkKind kind) {
    const RowId student = studentAt(row);
    if (!student || !m_adult)
        return Status::fail(tr("Choose who is marking first."));
    // A school's very first mark opens its first round.
    if (m_document.viewedRound() == 0) {
        if (const Result<Round> r = m_document.round(QString()); !r.ok()) {
            emit writeFailed(r.message());
            return r.status();
        }
    }
    // The two observations are independent: toggling one keeps the other.
    Mark next =
        m_document.mark(m_adult, student)
            .value_or(Mark{0, m_document.viewedRound(), m_adult, student, false, false, {}, {}});
    next.set(kind, !next.has(kind));
    Status s = m_document.run(new SetMarkCommand(m_document, next));
    if (!s.ok())
        emit writeFailed(s.message());
    return s;
}

int MarkingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MarkingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarkingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Student& s = m_rows[index.row()];
    if (role == SearchRole)
        return m_search[index.row()];
    if (role == RowIdRole)
        return s.id;
    const std::optional<Mark> mark =
        (index.column() >= Connected && index.column() <= Note && m_adult)
            ? m_document.mark(m_adult, s.id)
            : std::nullopt;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return s.familyName + QStringLiteral(", ") +
                   (s.preferredName.isEmpty() ? s.givenName : s.preferredName);
        if (role == SortRole)
            return s.familyName + QLatin1Char(' ') + s.givenName;
        if (role == Qt::ToolTipRole) // tooltips guess markup: escaped inside rich text
            return QStringLiteral("<p>%1</p>")
                .arg(QStringLiteral("%1 (%2)").arg(s.displayName(), s.shownId()).toHtmlEscaped());
        break;
    case Grade:
        if (isFilterableValueRole(role))
            return s.grade;
        break;
    case Homeroom:
        if (isFilterableValueRole(role))
            return s.homeroom;
        break;
    case Connected:
    case Concern: {
        const MarkKind kind = index.column() == Connected ? MarkKind::Connected : MarkKind::Concern;
        const bool on = mark && mark->has(kind);
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return on ? 1 : 0;
        if (role == Qt::AccessibleTextRole)
            return on ? tr("checked") : tr("not checked");
        break;
    }
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return mark ? mark->note : QString();
        break;
    case Others: {
        if (m_document.privateSession())
            return {};
        int n = 0;
        for (RowId a : m_document.connectingAdults(s.id)) {
            if (a != m_adult)
                ++n;
        }
        if (role == Qt::DisplayRole)
            return n == 0 ? tr("none") : QString::number(n);
        if (role == SortRole)
            return n;
        break;
    }
    default:
        break;
    }
    return {};
}

bool MarkingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid())
        return false;
    if (role == Qt::CheckStateRole && (index.column() == Connected || index.column() == Concern)) {
        const MarkKind kind = index.column() == Connected ? MarkKind::Connected : MarkKind::Concern;
        const std::optional<Mark> mark = m_document.mark(m_adult, studentAt(index.row()));
        const bool on = mark && mark->has(kind);
        if (on == (value.toInt() == Qt::Checked))
            return true;
        return toggle(index.row(), kind).ok();
    }
    if (role == Qt::EditRole && index.column() == Note) {
        const RowId student = studentAt(index.row());
        const std::optional<Mark> mark = m_document.mark(m_adult, student);
        if (!mark || mark->note == value.toString())
            return false;
        Mark next = *mark;
        next.note = value.toString();
        Status s = m_document.run(new SetMarkCommand(m_document, next));
        if (!s.ok())
            emit writeFailed(s.message());
        return s.ok();
    }
    return false;
}

Qt::ItemFlags MarkingModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Connected || index.column() == Concern)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Note && m_document.mark(m_adult, studentAt(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MarkingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Connected)
            return tr("Space: I have a positive, trusting relationship with this student");
        if (section == Concern)
            return tr("C: this student may benefit from a relationship");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Student");
    case Grade:
        return tr("Grade");
    case Homeroom:
        return tr("Homeroom");
    case Connected:
        return tr("Positive, trusting relationship (Space)");
    case Concern:
        return tr("May benefit (Ctrl+Space)");
    case Note:
        return tr("Note (F2)");
    case Others:
        return tr("Other adults");
    default:
        return {};
    }
}

} // namespace cm
