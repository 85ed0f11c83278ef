#include "Mentoring.h"

#include "Storage.h"
#include "StorageRows.h"
#include "StudentOrder.h"

#include <QSqlQuery>

#include <algorithm>

namespace cm {

namespace {

constexpr int kEarlyCheckInDays = 7; // a check-in this much early still counts

const char* const kMatchColumns = "id, student_id, adult_id, round_id, plan, start_date, "
                                  "first_follow_up, second_follow_up, ended, created_at";

QString iso(const QDate& d) {
    return d.toString(Qt::ISODate);
}

QVariant dateOrNull(const QDate& d) {
    return d.isValid() ? QVariant(iso(d)) : QVariant();
}

MentorMatch readMatch(const QSqlQuery& q) {
    MentorMatch m;
    m.id = q.value(0).toLongLong();
    m.studentId = q.value(1).toLongLong();
    m.adultId = q.value(2).toLongLong();
    m.roundId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    m.plan = q.value(4).toString();
    m.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    m.firstFollowUp = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    m.secondFollowUp = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    if (!q.value(8).isNull())
        m.ended = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return m;
}

QVector<MentorMatch> readMatches(const Storage& storage, const QString& where,
                                 const QVariantList& args) {
    QVector<MentorMatch> out;
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (storage
            .exec(q,
                  QStringLiteral("SELECT %1 FROM mentor_match %2 ORDER BY id")
                      .arg(QLatin1String(kMatchColumns), where),
                  args)
            .ok()) {
        while (q.next())
            out.push_back(readMatch(q));
    }
    return out;
}

int intSetting(const Storage& storage, const QString& key, int fallback) {
    bool ok = false;
    const int v = storage.setting(key).toInt(&ok);
    return ok && v >= 0 ? v : fallback;
}

} // namespace

QString checkInStatusName(CheckInStatus status) {
    switch (status) {
    case CheckInStatus::Trying:
        return QStringLiteral("trying");
    case CheckInStatus::Connected:
        return QStringLiteral("connected");
    case CheckInStatus::NeedsHelp:
        break;
    }
    return QStringLiteral("needs-help");
}

bool parseCheckInStatus(const QString& text, CheckInStatus* status) {
    const QString t = text.trimmed().toLower();
    for (CheckInStatus s :
         {CheckInStatus::Trying, CheckInStatus::Connected, CheckInStatus::NeedsHelp}) {
        if (t == checkInStatusName(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString Mentoring::builtInPlan() {
    return QStringLiteral("2x10: two minutes of personal conversation a day for ten days");
}

MentoringSettings Mentoring::settings(const Storage& storage) {
    MentoringSettings s;
    s.defaultCapacity = intSetting(storage, QStringLiteral("default_capacity"), 3);
    s.firstFollowUpDays = intSetting(storage, QStringLiteral("follow_up_days_first"), 28);
    s.secondFollowUpDays = intSetting(storage, QStringLiteral("follow_up_days_second"), 60);
    s.defaultPlan = storage.setting(QStringLiteral("mentor_plan_default"), builtInPlan());
    return s;
}

Status Mentoring::setSettings(Storage& storage, const MentoringSettings& s) {
    if (s.defaultCapacity < 0 || s.firstFollowUpDays < 0 ||
        s.secondFollowUpDays < s.firstFollowUpDays)
        return Status::fail(QStringLiteral("capacity and follow-up days must not be negative, and "
                                           "the second follow-up comes after the first"));
    Storage::Transaction tx(storage);
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("default_capacity"), QString::number(s.defaultCapacity)},
          std::pair{QStringLiteral("follow_up_days_first"), QString::number(s.firstFollowUpDays)},
          std::pair{QStringLiteral("follow_up_days_second"), QString::number(s.secondFollowUpDays)},
          std::pair{QStringLiteral("mentor_plan_default"), s.defaultPlan}}) {
        if (Status st = storage.setSetting(key, value); !st.ok())
            return st;
    }
    return tx.commit();
}

int Mentoring::capacityOf(const Adult& adult, int defaultCapacity) {
    if (!adult.active)
        return 0;
    return adult.capacity < 0 ? defaultCapacity : adult.capacity;
}

QHash<RowId, int> Mentoring::openLoad(const Storage& storage) {
    QHash<RowId, int> out;
    QSqlQuery q(storage.database());
    if (storage
            .exec(q, QStringLiteral("SELECT adult_id, COUNT(*) FROM mentor_match WHERE ended IS "
                                    "NULL GROUP BY adult_id"))
            .ok()) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

QVector<MentorMatch> Mentoring::matches(const Storage& storage, bool openOnly) {
    return readMatches(storage, openOnly ? QStringLiteral("WHERE ended IS NULL") : QString(), {});
}

std::optional<MentorMatch> Mentoring::matchById(const Storage& storage, RowId id) {
    const QVector<MentorMatch> m = readMatches(storage, QStringLiteral("WHERE id = ?"), {id});
    return m.isEmpty() ? std::nullopt : std::optional<MentorMatch>(m.first());
}

std::optional<MentorMatch> Mentoring::openMatchOfStudent(const Storage& storage, RowId studentId) {
    const QVector<MentorMatch> m =
        readMatches(storage, QStringLiteral("WHERE student_id = ? AND ended IS NULL"), {studentId});
    return m.isEmpty() ? std::nullopt : std::optional<MentorMatch>(m.first());
}

QVector<MentorMatch> Mentoring::openMatchesOfAdult(const Storage& storage, RowId adultId) {
    return readMatches(storage, QStringLiteral("WHERE adult_id = ? AND ended IS NULL"), {adultId});
}

Result<RowId> Mentoring::assign(Storage& storage, RowId studentId, RowId adultId,
                                const QDate& start, const QString& plan, RowId roundId,
                                int defaultCapacity) {
    const std::optional<Student> student = storage.studentById(studentId);
    if (!student || !student->active)
        return Error{QStringLiteral("student %1 is not an active student").arg(studentId), {}, 0};
    const std::optional<Adult> adult = storage.adultById(adultId);
    if (!adult || !adult->active)
        return Error{QStringLiteral("adult %1 is not an active adult").arg(adultId), {}, 0};
    const std::optional<MentorMatch> current = openMatchOfStudent(storage, studentId);
    if (current && current->adultId == adultId)
        return current->id;
    const MentoringSettings s = settings(storage);
    const int capacity =
        capacityOf(*adult, defaultCapacity >= 0 ? defaultCapacity : s.defaultCapacity);
    QSqlQuery count(storage.database());
    if (Status st = storage.exec(count,
                                 QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE "
                                                "adult_id = ? AND ended IS NULL"),
                                 {adultId});
        !st.ok() || !count.next())
        return st.ok() ? Error{QStringLiteral("cannot count open matches"), {}, 0} : st.error();
    if (count.value(0).toInt() >= capacity)
        return Error{capacity == 0
                         ? QStringLiteral("%1 is not available as a go-to adult (capacity 0)")
                               .arg(adult->displayName())
                         : QStringLiteral("%1 has no free place (capacity %2)")
                               .arg(adult->displayName())
                               .arg(capacity),
                     {},
                     0};
    const QDate from = start.isValid() ? start : QDate::currentDate();

    Storage::Transaction tx(storage);
    if (roundId == 0) {
        const Result<Round> round = storage.currentRound();
        if (!round.ok())
            return round.error();
        roundId = round->id;
    }
    if (current) {
        if (Status st = endMatch(storage, current->id, from); !st.ok())
            return st.error();
    }
    QSqlQuery q(storage.database());
    if (Status st = storage.exec(
            q,
            QStringLiteral("INSERT INTO mentor_match (student_id, adult_id, round_id, plan, "
                           "start_date, first_follow_up, second_follow_up, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {studentId, adultId, roundId, plan.isEmpty() ? s.defaultPlan : plan, iso(from),
             iso(from.addDays(s.firstFollowUpDays)), iso(from.addDays(s.secondFollowUpDays)),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !st.ok())
        return st.error();
    const RowId id = storage::returnedId(q);
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

Status Mentoring::endMatch(Storage& storage, RowId matchId, const QDate& on) {
    return storage.exec(QStringLiteral("UPDATE mentor_match SET ended = ? WHERE id = ?"),
                        {iso(on.isValid() ? on : QDate::currentDate()), matchId});
}

Status Mentoring::reopenMatch(Storage& storage, RowId matchId) {
    return storage.exec(QStringLiteral("UPDATE mentor_match SET ended = NULL WHERE id = ?"),
                        {matchId});
}

Status Mentoring::deleteMatch(Storage& storage, RowId matchId) {
    Storage::Transaction tx(storage);
    if (Status st =
            storage.exec(QStringLiteral("DELETE FROM checkin WHERE match_id = ?"), {matchId});
        !st.ok())
        return st;
    if (Status st =
            storage.exec(QStringLiteral("DELETE FROM mentor_match WHERE id = ?"), {matchId});
        !st.ok())
        return st;
    return tx.commit();
}

Status Mentoring::updateMatch(Storage& storage, const MentorMatch& m) {
    if (!m.startDate.isValid() || !m.firstFollowUp.isValid() || !m.secondFollowUp.isValid())
        return Status::fail(QStringLiteral("a match needs a start date and two follow-up dates"));
    return storage.exec(QStringLiteral("UPDATE mentor_match SET plan = ?, start_date = ?, "
                                       "first_follow_up = ?, second_follow_up = ?, ended = ? "
                                       "WHERE id = ?"),
                        {m.plan, iso(m.startDate), iso(m.firstFollowUp), iso(m.secondFollowUp),
                         dateOrNull(m.ended), m.id});
}

Result<RowId> Mentoring::addCheckIn(Storage& storage, RowId matchId, CheckInStatus status,
                                    const QString& note, const QDate& date) {
    const std::optional<MentorMatch> match = matchById(storage, matchId);
    if (!match)
        return Error{QStringLiteral("no match %1").arg(matchId), {}, 0};
    Storage::Transaction tx(storage);
    QSqlQuery q(storage.database());
    if (Status st = storage.exec(
            q,
            QStringLiteral("INSERT INTO checkin (match_id, date, status, note) VALUES (?, ?, ?, ?) "
                           "RETURNING id"),
            {matchId, iso(date.isValid() ? date : QDate::currentDate()), checkInStatusName(status),
             note});
        !st.ok())
        return st.error();
    const RowId id = storage::returnedId(q);
    if (status == CheckInStatus::Connected) {
        const Result<Round> round = storage.currentRound();
        if (!round.ok())
            return round.error();
        if (Status st = storage.setMark(round->id, match->adultId, match->studentId,
                                        MarkKind::Connected, note);
            !st.ok())
            return st.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

QVector<CheckIn> Mentoring::checkIns(const Storage& storage, RowId matchId) {
    QVector<CheckIn> out;
    QSqlQuery q(storage.database());
    if (storage
            .exec(q,
                  QStringLiteral("SELECT id, match_id, date, status, note FROM checkin WHERE "
                                 "match_id = ? ORDER BY date, id"),
                  {matchId})
            .ok()) {
        while (q.next()) {
            CheckIn c;
            c.id = q.value(0).toLongLong();
            c.matchId = q.value(1).toLongLong();
            c.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            parseCheckInStatus(q.value(3).toString(), &c.status);
            c.note = q.value(4).toString();
            out.push_back(c);
        }
    }
    return out;
}

std::optional<CheckIn> Mentoring::lastCheckIn(const Storage& storage, RowId matchId) {
    const QVector<CheckIn> all = checkIns(storage, matchId);
    return all.isEmpty() ? std::nullopt : std::optional<CheckIn>(all.last());
}

QVector<DueFollowUp> Mentoring::due(const Storage& storage, const QDate& asOf) {
    QVector<DueFollowUp> out;
    for (const MentorMatch& m : matches(storage, true)) {
        const QVector<CheckIn> all = checkIns(storage, m.id);
        auto done = [&](const QDate& when) {
            return std::any_of(all.begin(), all.end(), [&](const CheckIn& c) {
                return c.date >= when.addDays(-kEarlyCheckInDays);
            });
        };
        DueFollowUp d;
        d.match = m;
        if (!all.isEmpty())
            d.lastCheckIn = all.last();
        if (!done(m.firstFollowUp)) {
            d.which = FollowUp::First;
            d.dueDate = m.firstFollowUp;
        } else if (!done(m.secondFollowUp)) {
            d.which = FollowUp::Second;
            d.dueDate = m.secondFollowUp;
        } else {
            continue;
        }
        if (d.dueDate > asOf)
            continue;
        d.daysOverdue = int(d.dueDate.daysTo(asOf));
        out.push_back(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const DueFollowUp& a, const DueFollowUp& b) {
        return a.dueDate < b.dueDate;
    });
    return out;
}

QVector<Mentee> Mentoring::menteesOf(const Storage& storage, RowId adultId) {
    QVector<Mentee> out;
    const QVector<Round> rounds = storage.rounds(); // the current round is the last
    for (const MentorMatch& m : openMatchesOfAdult(storage, adultId)) {
        const std::optional<Student> s = storage.studentById(m.studentId);
        if (!s)
            continue;
        Mentee e;
        e.match = m;
        e.student = *s;
        e.lastCheckIn = lastCheckIn(storage, m.id);
        if (!rounds.isEmpty()) {
            const std::optional<Mark> mark =
                storage.mark(rounds.constLast().id, adultId, m.studentId);
            e.connected = mark && mark->connected;
        }
        out.push_back(e);
    }
    StudentOrder::sortBy(out, [](const Mentee& e) -> const Student& { return e.student; });
    return out;
}

} // namespace cm
