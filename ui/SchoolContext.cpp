#include "SchoolContext.h"

#include "SchoolCommand.h"

#include <QUndoStack>

#include <algorithm>

namespace cm {

SchoolContext::SchoolContext(QObject* parent)
    : QObject(parent)
    , m_storage(std::make_unique<Storage>())
    , m_undo(new QUndoStack(this)) {
    // Commands of other views (mentor matches...) write through Storage
    // directly; any undo or redo on the shared stack tells the views.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (isOpen())
            emit dataChanged();
    });
}

SchoolContext::~SchoolContext() = default;

Status SchoolContext::open(const QString& path) {
    // Try the file on the side first: a file that does not open leaves the
    // current school open. The Storage object itself stays the same one, so
    // views holding a Storage& stay valid across File > Open.
    {
        Storage probe;
        if (Status s = probe.open(path); !s.ok())
            return s;
    }
    m_storage->close();
    Status s = m_storage->open(path);
    const Result<Round> round = s.ok() ? m_storage->currentRound() : Result<Round>(s);
    if (!round.ok()) {
        close();
        return round.status();
    }
    m_undo->clear();
    m_roundId = round->id;
    m_private = false;
    loadRoster();
    loadMarks();
    emit schoolOpened();
    emit rosterChanged();
    emit viewedRoundChanged(m_roundId);
    emit roundsChanged();
    emit totalsChanged();
    emit dataChanged();
    return {};
}

void SchoolContext::close() {
    m_undo->clear();
    m_storage->close();
    m_students.clear();
    m_adults.clear();
    m_studentIndex.clear();
    m_adultIndex.clear();
    m_marks.clear();
    m_roundId = 0;
    emit schoolClosed();
}

bool SchoolContext::isOpen() const {
    return m_storage->isOpen();
}

QString SchoolContext::path() const {
    return m_storage->path();
}

Round SchoolContext::viewedRoundInfo() const {
    if (!isOpen())
        return {};
    return m_storage->roundById(m_roundId).value_or(Round{});
}

void SchoolContext::setViewedRound(RowId roundId) {
    if (roundId == m_roundId || !m_storage->roundById(roundId))
        return;
    m_roundId = roundId;
    loadMarks();
    emit viewedRoundChanged(roundId);
    emit rosterChanged();
    emit totalsChanged();
    emit dataChanged();
}

Result<Round> SchoolContext::createRound(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A round needs a name."), {}, 0};
    if (m_storage->roundByName(trimmed))
        return Error{tr("There is already a round called \"%1\".").arg(trimmed), {}, 0};
    Result<Round> r = m_storage->createRound(trimmed);
    if (r.ok()) {
        emit roundsChanged();
        emit dataChanged();
    }
    return r;
}

const Student* SchoolContext::student(RowId id) const {
    const int i = m_studentIndex.value(id, -1);
    return i < 0 ? nullptr : &m_students[i];
}

const Adult* SchoolContext::adult(RowId id) const {
    const int i = m_adultIndex.value(id, -1);
    return i < 0 ? nullptr : &m_adults[i];
}

std::optional<Mark> SchoolContext::mark(RowId adultId, RowId studentId) const {
    const auto it = m_marks.constFind(studentId);
    if (it == m_marks.constEnd())
        return std::nullopt;
    for (const Mark& m : *it) {
        if (m.adultId == adultId)
            return m;
    }
    return std::nullopt;
}

QVector<RowId> SchoolContext::connectingAdults(RowId studentId) const {
    QVector<RowId> out;
    for (const Mark& m : m_marks.value(studentId)) {
        const Adult* a = adult(m.adultId);
        if (m.kind == MarkKind::Connected && a && a->active)
            out.push_back(m.adultId);
    }
    return out;
}

QVector<RowId> SchoolContext::concernedAdults(RowId studentId) const {
    QVector<RowId> out;
    for (const Mark& m : m_marks.value(studentId)) {
        const Adult* a = adult(m.adultId);
        if (m.kind == MarkKind::Concern && a && a->active)
            out.push_back(m.adultId);
    }
    return out;
}

int SchoolContext::connectionCount(RowId studentId) const {
    int n = 0;
    const auto it = m_marks.constFind(studentId);
    if (it == m_marks.constEnd())
        return 0;
    for (const Mark& m : *it) {
        if (m.kind != MarkKind::Connected)
            continue;
        const Adult* a = adult(m.adultId);
        if (a && a->active)
            ++n;
    }
    return n;
}

int SchoolContext::adultMarkCount(RowId adultId, MarkKind kind) const {
    int n = 0;
    for (const QVector<Mark>& list : m_marks) {
        for (const Mark& m : list) {
            if (m.adultId == adultId && m.kind == kind)
                ++n;
        }
    }
    return n;
}

// The rule (ConnectionAnalysis) applied to the cached state, so that a toggle
// never rereads the database.
ConnectionTotals SchoolContext::totals() const {
    ConnectionTotals t;
    for (const Student& s : m_students) {
        if (!s.active)
            continue;
        ++t.studentsActive;
        const int n = connectionCount(s.id);
        if (n == 0)
            ++t.unconnected;
        else if (n == 1)
            ++t.exactlyOne;
        else
            ++t.twoOrMore;
    }
    return t;
}

QString SchoolContext::totalsText() const {
    const ConnectionTotals t = totals();
    return tr("%1 of %2 students unconnected · %3 with exactly one adult")
        .arg(t.unconnected)
        .arg(t.studentsActive)
        .arg(t.exactlyOne);
}

Status SchoolContext::run(SchoolCommand* command) {
    Status s = command->apply();
    if (!s.ok()) {
        delete command;
        return s;
    }
    command->markApplied();
    m_undo->push(command);
    return {};
}

Status SchoolContext::writeMark(RowId roundId, RowId adultId, RowId studentId,
                                std::optional<MarkKind> kind, const QString& note) {
    Status s = kind ? m_storage->setMark(roundId, adultId, studentId, *kind, note)
                    : m_storage->removeMark(roundId, adultId, studentId);
    if (!s.ok())
        return s;
    if (roundId != m_roundId) { // not in the cache: other views refresh
        emit dataChanged();
        return {};
    }
    QVector<Mark>& list = m_marks[studentId];
    auto it = std::find_if(list.begin(), list.end(),
                           [adultId](const Mark& m) { return m.adultId == adultId; });
    if (!kind) {
        if (it != list.end())
            list.erase(it);
    } else if (it != list.end()) {
        it->kind = *kind;
        it->note = note;
    } else {
        Mark m;
        m.roundId = m_roundId;
        m.adultId = adultId;
        m.studentId = studentId;
        m.kind = *kind;
        m.note = note;
        m.markedAt = QDateTime::currentDateTimeUtc();
        list.push_back(m);
    }
    afterMarkWrite(adultId, studentId);
    return {};
}

Result<RowId> SchoolContext::addStudent(const Student& s) {
    Result<RowId> r = m_storage->addStudent(s);
    if (r.ok())
        afterRosterWrite();
    return r;
}

Status SchoolContext::removeStudent(RowId id) {
    Storage::Transaction tx(*m_storage);
    if (Status s = m_storage->exec(QStringLiteral("DELETE FROM mark WHERE student_id = ?"), {id});
        !s.ok())
        return s;
    if (Status s = m_storage->exec(QStringLiteral("DELETE FROM student WHERE id = ?"), {id});
        !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    afterRosterWrite();
    return {};
}

Status SchoolContext::updateStudent(const Student& s) {
    Status st = m_storage->updateStudent(s);
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolContext::setStudentActive(RowId id, bool active) {
    Status st = m_storage->setStudentActive(id, active);
    if (st.ok())
        afterRosterWrite();
    return st;
}

Result<RowId> SchoolContext::addAdult(const Adult& a) {
    Result<RowId> r = m_storage->addAdult(a);
    if (r.ok())
        afterRosterWrite();
    return r;
}

Status SchoolContext::removeAdult(RowId id) {
    Storage::Transaction tx(*m_storage);
    if (Status s = m_storage->exec(QStringLiteral("DELETE FROM mark WHERE adult_id = ?"), {id});
        !s.ok())
        return s;
    if (Status s = m_storage->exec(QStringLiteral("DELETE FROM adult WHERE id = ?"), {id}); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    afterRosterWrite();
    return {};
}

Status SchoolContext::updateAdult(const Adult& a) {
    Status st = m_storage->updateAdult(a);
    if (st.ok())
        afterRosterWrite();
    return st;
}

Status SchoolContext::setAdultActive(RowId id, bool active) {
    Status st = m_storage->setAdultActive(id, active);
    if (st.ok())
        afterRosterWrite();
    return st;
}

void SchoolContext::reload() {
    if (!isOpen())
        return;
    loadRoster();
    loadMarks();
    emit rosterChanged();
    emit roundsChanged();
    emit totalsChanged();
    emit dataChanged();
}

void SchoolContext::setPrivateSession(bool on) {
    if (on == m_private)
        return;
    m_private = on;
    emit privateSessionChanged(on);
}

void SchoolContext::loadRoster() {
    m_students = m_storage->students();
    m_adults = m_storage->adults();
    m_studentIndex.clear();
    m_adultIndex.clear();
    m_studentIndex.reserve(m_students.size());
    for (int i = 0; i < m_students.size(); ++i)
        m_studentIndex.insert(m_students[i].id, i);
    for (int i = 0; i < m_adults.size(); ++i)
        m_adultIndex.insert(m_adults[i].id, i);
}

void SchoolContext::loadMarks() {
    m_marks.clear();
    for (const Mark& m : m_storage->marks(m_roundId))
        m_marks[m.studentId].push_back(m);
}

void SchoolContext::afterMarkWrite(RowId adultId, RowId studentId) {
    emit markChanged(adultId, studentId);
    emit totalsChanged();
    emit dataChanged();
}

// Roster edits are rare: reread the roster (one query each) and reset models.
void SchoolContext::afterRosterWrite() {
    loadRoster();
    emit rosterChanged();
    emit totalsChanged();
    emit dataChanged();
}

} // namespace cm
