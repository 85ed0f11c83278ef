#include "SchoolDocument.h"

#include "SchoolCommand.h"

#include <QUndoStack>

#include <algorithm>

namespace cm {

SchoolDocument::SchoolDocument(QObject* parent)
    : QObject(parent)
    , m_storage(std::make_unique<Storage>())
    , m_undo(new QUndoStack(this)) {
    // Any undo or redo on the stack tells the views.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (isOpen())
            emit dataChanged();
    });
}

SchoolDocument::~SchoolDocument() {
    storeDistrictSummary();
}

Status SchoolDocument::open(const QString& path) {
    // Try the file on the side first: a file that does not open leaves the
    // current school open.
    {
        Storage probe;
        if (Status s = probe.open(path); !s.ok())
            return s;
    }
    m_storage->close();
    if (Status s = m_storage->open(path); !s.ok()) {
        close();
        return s;
    }
    m_undo->clear();
    // Opening never writes: a school without rounds views none until the
    // first one is made (round new, or the first mark). A school opens on
    // its last mapped round: a new round without marks waits until the
    // counselor chooses it.
    const QVector<Round> rounds = m_storage->rounds();
    m_roundId = rounds.isEmpty() ? 0 : rounds.constLast().id;
    if (!roundHasMarks(m_roundId)) {
        if (const std::optional<Round> mapped = lastMappedRound())
            m_roundId = mapped->id;
    }
    m_private = false;
    m_summaryCommits = m_storage->commits();
    m_summaryAfterImport = false;
    invalidate();
    listenToServer();
    emit schoolOpened();
    emit rosterChanged();
    emit viewedRoundChanged(m_roundId);
    emit roundsChanged();
    emit totalsChanged();
    emit dataChanged();
    return {};
}

void SchoolDocument::close() {
    storeDistrictSummary();
    m_undo->clear();
    m_storage->close();
    invalidate();
    m_roundId = 0;
    emit schoolClosed();
}

bool SchoolDocument::isOpen() const {
    return m_storage->isOpen();
}

QString SchoolDocument::path() const {
    return m_storage->path();
}

QString SchoolDocument::schoolName() const {
    return m_storage->schoolName();
}

Round SchoolDocument::viewedRoundInfo() const {
    if (!isOpen())
        return {};
    return m_storage->roundById(m_roundId).value_or(Round{});
}

void SchoolDocument::setViewedRound(RowId roundId) {
    if (roundId == m_roundId || !m_storage->roundById(roundId))
        return;
    m_roundId = roundId;
    invalidate();
    emit viewedRoundChanged(roundId);
    emit rosterChanged();
    emit totalsChanged();
    emit dataChanged();
}

Result<Round> SchoolDocument::round(const QString& name) {
    const bool hadRounds = !m_storage->rounds().isEmpty();
    Result<Round> r = m_storage->resolveRound(name);
    if (r.ok() && !hadRounds) { // the first round was made for this school
        emit roundsChanged();
        if (m_roundId == 0)
            setViewedRound(r->id);
    }
    return r;
}

Result<Round> SchoolDocument::createRound(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A round needs a name."), {}, 0};
    if (m_storage->roundByName(trimmed))
        return Error{tr("There is already a round called \"%1\".").arg(trimmed), {}, 0};
    Result<Round> r = Round{};
    const Status st = audited(
        [&]() -> Status {
            r = m_storage->createRound(trimmed);
            return r.ok() ? Status() : Status(r.error());
        },
        [&] {
            AuditEntry e;
            e.action = QStringLiteral("round-created");
            e.after = trimmed;
            return e;
        });
    if (!st.ok())
        return st.error();
    if (r.ok()) {
        emit roundsChanged();
        if (m_roundId == 0)
            setViewedRound(r->id);
        emit dataChanged();
    }
    return r;
}

bool SchoolDocument::roundHasMarks(RowId roundId) const {
    if (!isOpen() || roundId == 0)
        return false;
    if (roundId == m_roundId && m_marksLoaded) { // the viewed round's marks are in memory
        for (const QVector<Mark>& list : m_marks) {
            if (!list.isEmpty())
                return true;
        }
        return false;
    }
    return m_storage->hasMarks(roundId);
}

std::optional<Round> SchoolDocument::lastMappedRound(RowId exceptRoundId) const {
    if (!isOpen())
        return std::nullopt;
    return lastMappedRound(*m_storage, exceptRoundId);
}

std::optional<Round> SchoolDocument::lastMappedRound(const Storage& storage, RowId exceptRoundId) {
    const QHash<RowId, int> counts = storage.markCounts();
    const QVector<Round> rounds = storage.rounds(); // oldest first
    for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
        if (it->id != exceptRoundId && counts.value(it->id) > 0)
            return *it;
    }
    return std::nullopt;
}

QString SchoolDocument::noMarksText(RowId roundId) const {
    if (!isOpen() || roundId == 0 || roundHasMarks(roundId))
        return QString();
    return noMarksText(*m_storage, roundId);
}

QString SchoolDocument::noMarksText(const Storage& storage, RowId roundId) {
    if (!storage.isOpen() || roundId == 0 || storage.hasMarks(roundId))
        return QString();
    const QString name = storage.roundById(roundId).value_or(Round{}).name;
    const std::optional<Round> mapped = lastMappedRound(storage, roundId);
    if (!mapped)
        return tr("%1: no marks yet").arg(name);
    // The figure comes from the rule, as everywhere.
    const int unconnected = ConnectionAnalysis::load(storage, mapped->id).totals().unconnected;
    return tr("%1: no marks yet; the last mapped round is %2, %3 unconnected")
        .arg(name, mapped->name)
        .arg(unconnected);
}

const QVector<Student>& SchoolDocument::students() const {
    ensureLoaded();
    return m_students;
}

const QVector<Adult>& SchoolDocument::adults() const {
    ensureLoaded();
    return m_adults;
}

int SchoolDocument::studentIndex(RowId id) const {
    ensureLoaded();
    return m_studentIndex.value(id, -1);
}

int SchoolDocument::adultIndex(RowId id) const {
    ensureLoaded();
    return m_adultIndex.value(id, -1);
}

QVector<Mark> SchoolDocument::marksForStudent(RowId studentId) const {
    ensureMarks();
    return m_marks.value(studentId);
}

const ConnectionAnalysis& SchoolDocument::analysis() const {
    ensureLoaded();
    return m_analysis;
}

const Student* SchoolDocument::student(RowId id) const {
    ensureLoaded();
    const int i = m_studentIndex.value(id, -1);
    return i < 0 ? nullptr : &m_students[i];
}

const Adult* SchoolDocument::adult(RowId id) const {
    ensureLoaded();
    const int i = m_adultIndex.value(id, -1);
    return i < 0 ? nullptr : &m_adults[i];
}

std::optional<Mark> SchoolDocument::mark(RowId adultId, RowId studentId) const {
    ensureMarks();
    const auto it = m_marks.constFind(studentId);
    if (it == m_marks.constEnd())
        return std::nullopt;
    for (const Mark& m : *it) {
        if (m.adultId == adultId)
            return m;
    }
    return std::nullopt;
}

QVector<RowId> SchoolDocument::connectingAdults(RowId studentId) const {
    return analysis().connections(studentId).connecting;
}

QVector<RowId> SchoolDocument::concernedAdults(RowId studentId) const {
    return analysis().connections(studentId).concerned;
}

int SchoolDocument::connectionCount(RowId studentId) const {
    return analysis().count(studentId);
}

int SchoolDocument::adultMarkCount(RowId adultId, MarkKind kind) const {
    ensureLoaded();
    const std::pair<int, int> n = m_adultCounts.value(adultId);
    return kind == MarkKind::Connected ? n.first : n.second;
}

QString SchoolDocument::totalsText() const {
    const ConnectionTotals& t = totals(); // loads the viewed round
    if (const QString none = noMarksText(m_roundId); !none.isEmpty())
        return none;
    return tr("%1 of %2 students unconnected · %3 with exactly one adult")
        .arg(t.unconnected)
        .arg(t.studentsActive)
        .arg(t.exactlyOne);
}

Status SchoolDocument::run(SchoolCommand* command) {
    Status s = command->apply();
    if (!s.ok()) {
        delete command;
        return s;
    }
    command->markApplied();
    m_undo->push(command);
    return {};
}

void SchoolDocument::reload() {
    if (!isOpen())
        return;
    invalidate();
    emit rosterChanged();
    emit roundsChanged();
    emit totalsChanged();
    emit dataChanged();
}

void SchoolDocument::setPrivateSession(bool on) {
    if (on == m_private)
        return;
    m_private = on;
    emit privateSessionChanged(on);
}

void SchoolDocument::invalidate() {
    m_loaded = false;
    m_students.clear();
    m_adults.clear();
    m_studentIndex.clear();
    m_adultIndex.clear();
    m_marksLoaded = false;
    m_marks.clear();
    m_adultCounts.clear();
    m_analysis = ConnectionAnalysis();
}

void SchoolDocument::ensureLoaded() const {
    if (m_loaded || !m_storage->isOpen())
        return;
    m_loaded = true;
    m_students = m_storage->students();
    m_adults = m_storage->adults();
    m_studentIndex.reserve(m_students.size());
    for (int i = 0; i < m_students.size(); ++i)
        m_studentIndex.insert(m_students[i].id, i);
    for (int i = 0; i < m_adults.size(); ++i)
        m_adultIndex.insert(m_adults[i].id, i);
    const QVector<MarkFlags> marks = m_storage->markFlags(m_roundId);
    for (const MarkFlags& m : marks) {
        std::pair<int, int>& n = m_adultCounts[m.adultId];
        n.first += m.connected ? 1 : 0;
        n.second += m.concern ? 1 : 0;
    }
    m_analysis = ConnectionAnalysis(m_students, m_adults, marks);
}

void SchoolDocument::ensureMarks() const {
    ensureLoaded();
    if (m_marksLoaded || !m_storage->isOpen())
        return;
    m_marksLoaded = true;
    for (const Mark& m : m_storage->marks(m_roundId))
        m_marks[m.studentId].push_back(m);
}

} // namespace cm
