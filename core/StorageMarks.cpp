// Storage of marks: a round's marks whole or as flags, one mark, the bulk
// writer of imports. Declared in Storage.h's "Marks" block.
#include "Storage.h"

#include "FastStatement.h"
#include "ServerBatch.h"
#include "StorageRows.h"

#include <QSqlQuery>

namespace cm {

using storage::isoTime;
using storage::selectAll;
using storage::selectOne;
using storage::selectSql;

namespace {

constexpr const char* kMarkColumns =
    "id, round_id, adult_id, student_id, connected, concern, note, marked_at";

Mark readMark(const QSqlQuery& q) {
    Mark m;
    m.id = q.value(0).toLongLong();
    m.roundId = q.value(1).toLongLong();
    m.adultId = q.value(2).toLongLong();
    m.studentId = q.value(3).toLongLong();
    m.connected = q.value(4).toBool();
    m.concern = q.value(5).toBool();
    m.note = q.value(6).toString();
    m.markedAt = storage::fromIso(q.value(7));
    return m;
}

} // namespace

// ---- marks -------------------------------------------------------------------------

// In the index's order (by student): no sort, no temporary file.
QVector<Mark> Storage::marks(RowId roundId) const {
    return selectAll(*this, &readMark, selectSql(kMarkColumns, "mark", "WHERE round_id = ?"),
                     {roundId});
}

QVector<MarkFlags> Storage::markFlags(RowId roundId) const {
    // Answered from the index mark_round_flags alone, in student order.
    QVector<MarkFlags> out;
    FastStatement q(*this, "SELECT student_id, adult_id, connected, concern FROM mark "
                           "WHERE round_id = ?");
    q.bind(0, roundId);
    while (q.next())
        out.push_back(MarkFlags(q.int64(1), q.int64(0), q.int64(2) != 0, q.int64(3) != 0));
    return out;
}

std::optional<Mark> Storage::mark(RowId roundId, RowId adultId, RowId studentId) const {
    return selectOne(
        *this, &readMark,
        selectSql(kMarkColumns, "mark", "WHERE round_id = ? AND adult_id = ? AND student_id = ?"),
        {roundId, adultId, studentId});
}

QHash<RowId, int> Storage::markCounts() const {
    QHash<RowId, int> counts;
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT round_id, COUNT(*) FROM mark GROUP BY round_id")).ok()) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

bool Storage::hasMarks(RowId roundId) const {
    QSqlQuery q(database());
    return exec(q, QStringLiteral("SELECT 1 FROM mark WHERE round_id = ? LIMIT 1"), {roundId})
               .ok() &&
           q.next();
}

Status Storage::setMark(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                        const QString& note, const QDateTime& at) {
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    const bool connected = kind == MarkKind::Connected;
    // The other observation stays as it is; an empty note keeps the stored one.
    return exec(
        QStringLiteral("INSERT INTO mark (round_id, adult_id, student_id, connected, "
                       "concern, note, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (round_id, adult_id, student_id) DO UPDATE SET "
                       "connected = mark.connected | excluded.connected, "
                       "concern = mark.concern | excluded.concern, "
                       "note = CASE WHEN excluded.note <> '' THEN excluded.note "
                       "ELSE mark.note END, marked_at = excluded.marked_at"),
        {roundId, adultId, studentId, connected ? 1 : 0, connected ? 0 : 1, note, isoTime(when)});
}

namespace {
const char* const kSetMarkSql =
    "INSERT INTO mark (round_id, adult_id, student_id, connected, concern, note, marked_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, adult_id, student_id) DO UPDATE SET "
    "connected = mark.connected | excluded.connected, "
    "concern = mark.concern | excluded.concern, "
    "note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE mark.note END, "
    "marked_at = excluded.marked_at";
} // namespace

Storage::MarkWriter::MarkWriter(Storage& s)
    : m_storage(s)
    , m_statement(s.isServer() ? nullptr : std::make_unique<FastStatement>(s, kSetMarkSql))
    , m_now(isoTime(QDateTime::currentDateTimeUtc())) {}

Storage::MarkWriter::~MarkWriter() {
    if (const Status st = finish(); !st.ok() && m_storage.m_txDepth > 0 && !m_storage.m_txFailure)
        m_storage.m_txFailure = st.error();
}

Status Storage::MarkWriter::finish() {
    return flushPending();
}

// The pending marks in one statement per batch: each is the same upsert as
// kSetMarkSql's, and no mark appears twice in a batch.
Status Storage::MarkWriter::flushPending() {
    if (m_pending.isEmpty())
        return {};
    ServerBatch batch(
        m_storage,
        QStringLiteral(
            "INSERT INTO mark (round_id, adult_id, student_id, connected, concern, note, "
            "marked_at) SELECT * FROM unnest(%1) ON CONFLICT (round_id, adult_id, "
            "student_id) DO UPDATE SET connected = mark.connected | excluded.connected, "
            "concern = mark.concern | excluded.concern, note = CASE WHEN excluded.note "
            "<> '' THEN excluded.note ELSE mark.note END, marked_at = excluded.marked_at"),
        {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("bigint"),
         QStringLiteral("int"), QStringLiteral("int"), QStringLiteral("text"),
         QStringLiteral("text")});
    const QString one = QStringLiteral("1"), zero = QStringLiteral("0");
    for (const Pending& p : std::as_const(m_pending))
        if (Status st = batch.add({QString::number(p.roundId), QString::number(p.adultId),
                                   QString::number(p.studentId), p.connected ? one : zero,
                                   p.concern ? one : zero, p.note, m_now});
            !st.ok())
            return st;
    m_pending.clear();
    m_pendingIndex.clear();
    return batch.flush();
}

Status Storage::MarkWriter::set(RowId roundId, RowId adultId, RowId studentId, MarkKind kind,
                                const QString& note) {
    const bool connected = kind == MarkKind::Connected;
    if (!m_statement) { // a server: merged into the pending batch
        const QString key = QStringLiteral("%1 %2 %3").arg(roundId).arg(adultId).arg(studentId);
        const auto it = m_pendingIndex.constFind(key);
        if (it == m_pendingIndex.constEnd()) {
            m_pendingIndex.insert(key, int(m_pending.size()));
            m_pending.push_back({roundId, adultId, studentId, connected, !connected, note});
        } else {
            Pending& p = m_pending[*it];
            (connected ? p.connected : p.concern) = true;
            if (!note.isEmpty())
                p.note = note;
        }
        return m_pending.size() >= 20000 ? flushPending() : Status();
    }
    FastStatement& q = *m_statement;
    q.bind(0, roundId);
    q.bind(1, adultId);
    q.bind(2, studentId);
    q.bind(3, connected ? 1 : 0);
    q.bind(4, connected ? 0 : 1);
    q.bind(5, note);
    q.bind(6, m_now);
    return q.run();
}

Status Storage::putMark(const Mark& m) {
    if (m.isEmpty())
        return removeMark(m.roundId, m.adultId, m.studentId);
    const QDateTime when = m.markedAt.isValid() ? m.markedAt : QDateTime::currentDateTimeUtc();
    return exec(QStringLiteral("INSERT INTO mark (round_id, adult_id, student_id, connected, "
                               "concern, note, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (round_id, adult_id, student_id) DO UPDATE SET "
                               "connected = excluded.connected, concern = excluded.concern, "
                               "note = excluded.note, marked_at = excluded.marked_at"),
                {m.roundId, m.adultId, m.studentId, m.connected ? 1 : 0, m.concern ? 1 : 0, m.note,
                 isoTime(when)});
}

Status Storage::removeMark(RowId roundId, RowId adultId, RowId studentId) {
    return exec(
        QStringLiteral("DELETE FROM mark WHERE round_id = ? AND adult_id = ? AND student_id = ?"),
        {roundId, adultId, studentId});
}

} // namespace cm
