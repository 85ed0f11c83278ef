// The match command: suggest, list, assign, end, adult, settings.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "Csv.h"
#include "MatchCommandSupport.h"
#include "Mentoring.h"
#include "MentoringSuggestions.h"
#include "RoundComparison.h"
#include "SchoolDocument.h"
#include "Storage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {

using namespace matchcli;

// `match` takes every sub-command's options at once (the reader hands out
// positionals only after the options), then checks that each one applies.
struct MatchOptions {
    std::optional<QString> round;
    std::optional<QString> capacity;
    std::optional<QString> volunteer;
    std::optional<QString> leaving;
    std::optional<QString> defaultCapacity;
    std::optional<QString> firstDays;
    std::optional<QString> secondDays;
    bool apply = false;
    std::optional<QString> format;
    std::optional<QString> adult;
    std::optional<QString> date;
    std::optional<QString> plan;
    QStringList given() const {
        QStringList out;
        if (round)
            out << QStringLiteral("round");
        if (capacity)
            out << QStringLiteral("capacity");
        if (apply)
            out << QStringLiteral("apply");
        if (format)
            out << QStringLiteral("format");
        if (adult)
            out << QStringLiteral("adult");
        if (date)
            out << QStringLiteral("date");
        if (plan)
            out << QStringLiteral("plan");
        if (volunteer)
            out << QStringLiteral("volunteer");
        if (leaving)
            out << QStringLiteral("leaving");
        if (defaultCapacity)
            out << QStringLiteral("default-capacity");
        if (firstDays)
            out << QStringLiteral("first-days");
        if (secondDays)
            out << QStringLiteral("second-days");
        return out;
    }
};

QString shortfallSentence(const MentorSuggestion& s, const People& people) {
    if (s.shortfall() == 0)
        return QString();
    QStringList ids;
    for (RowId id : s.unmatched)
        ids.push_back(people.students.value(id).studentId);
    return QStringLiteral("Not enough places: %1 student(s) could not be matched (%2); %3 more "
                          "place(s) needed (free places: %4, default capacity %5).")
        .arg(s.shortfall())
        .arg(ids.join(QStringLiteral(", ")))
        .arg(s.shortfall())
        .arg(s.totalCapacity)
        .arg(s.defaultCapacity);
}

int matchSuggest(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    const QString roundName = o.round.value_or(QString());
    std::optional<int> capacity;
    if (o.capacity) {
        bool ok = false;
        capacity = o.capacity->toInt(&ok);
        if (!ok)
            capacity = -1;
    }
    const bool apply = o.apply;
    const QString format = o.format.value_or(QStringLiteral("text"));
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    if (capacity && *capacity < 0)
        return ctx.usage(QStringLiteral("--capacity takes a number of mentees, 0 or more"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const Result<Round> round = doc->round(roundName);
    if (!round.ok())
        return ctx.fail(round.message());
    // A round without marks would offer every student as unconnected.
    if (const QString none = SchoolDocument::noMarksText(*storage, round->id); !none.isEmpty())
        return ctx.fail(none + QStringLiteral(" (no suggestions until this round has marks; "
                                              "choose a mapped round with --round)"));
    const Result<MentorSuggestion> r =
        MentoringSuggestions::suggest(*storage, round->id, capacity.value_or(-1));
    if (!r.ok())
        return ctx.fail(r.message());
    const MentorSuggestion& s = *r;
    const People people(*storage);
    int applied = 0;
    if (apply) {
        const Result<AppliedMatches> a =
            doc->applyMatches(round->id, s.assignments, QDate(), capacity.value_or(-1));
        if (!a.ok())
            return ctx.fail(a.message() + QStringLiteral(" (nothing was applied)"));
        applied = int(a->created.size());
    }
    const QString status = apply ? QStringLiteral("applied") : QStringLiteral("suggested");

    if (format == QLatin1String("csv")) {
        ctx.out << csv::formatRecord({QStringLiteral("student_id"), QStringLiteral("given_name"),
                                      QStringLiteral("family_name"), QStringLiteral("grade"),
                                      QStringLiteral("homeroom"), QStringLiteral("adult_id"),
                                      QStringLiteral("adult_name"), QStringLiteral("reason"),
                                      QStringLiteral("status")});
        for (int i = 0; i < s.students.size(); ++i) {
            const Student& st = s.students[i];
            const MatchAssignment& m = s.assignments[i];
            ctx.out << csv::formatRecord({st.studentId, st.givenName, st.familyName, st.grade,
                                          st.homeroom, people.adultId(m.adultId),
                                          people.adultName(m.adultId), matchReasonName(m.reason),
                                          m.adultId ? status : QStringLiteral("no-adult")});
        }
        for (int i = 0; i < s.alreadyMatched.size(); ++i) {
            const Student& st = s.alreadyMatched[i];
            const RowId a = s.existing[i].adultId;
            ctx.out << csv::formatRecord({st.studentId, st.givenName, st.familyName, st.grade,
                                          st.homeroom, people.adultId(a), people.adultName(a),
                                          QString(), QStringLiteral("already-matched")});
        }
        if (s.shortfall() > 0)
            ctx.err << "caringmap: " << shortfallSentence(s, people) << "\n";
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonArray rows, unmatched;
        for (int i = 0; i < s.students.size(); ++i) {
            const MatchAssignment& m = s.assignments[i];
            rows.append(QJsonObject{
                {QStringLiteral("student_id"), s.students[i].studentId},
                {QStringLiteral("student_name"), s.students[i].displayName()},
                {QStringLiteral("adult_id"),
                 m.adultId ? QJsonValue(people.adultId(m.adultId)) : QJsonValue()},
                {QStringLiteral("adult_name"), people.adultName(m.adultId)},
                {QStringLiteral("reason"), matchReasonName(m.reason)},
                {QStringLiteral("status"), m.adultId ? status : QStringLiteral("no-adult")}});
        }
        for (int i = 0; i < s.alreadyMatched.size(); ++i)
            rows.append(
                QJsonObject{{QStringLiteral("student_id"), s.alreadyMatched[i].studentId},
                            {QStringLiteral("student_name"), s.alreadyMatched[i].displayName()},
                            {QStringLiteral("adult_id"), people.adultId(s.existing[i].adultId)},
                            {QStringLiteral("adult_name"), people.adultName(s.existing[i].adultId)},
                            {QStringLiteral("status"), QStringLiteral("already-matched")}});
        for (RowId id : s.unmatched)
            unmatched.append(people.students.value(id).studentId);
        printJson(ctx, QJsonObject{{QStringLiteral("round"), s.round.name},
                                   {QStringLiteral("default_capacity"), s.defaultCapacity},
                                   {QStringLiteral("free_places"), s.totalCapacity},
                                   {QStringLiteral("shortfall"), s.shortfall()},
                                   {QStringLiteral("unmatched"), unmatched},
                                   {QStringLiteral("applied"), applied},
                                   {QStringLiteral("suggestions"), rows}});
        return ExitOk;
    }
    ctx.out << "Go-to adults for unconnected students, " << s.round.name << ": "
            << (s.students.size() - s.shortfall()) << " of " << s.students.size() << " " << status;
    if (!s.alreadyMatched.isEmpty())
        ctx.out << " (" << s.alreadyMatched.size() << " more already have a go-to adult)";
    ctx.out << "\n";
    for (int i = 0; i < s.students.size(); ++i) {
        const Student& st = s.students[i];
        const MatchAssignment& m = s.assignments[i];
        ctx.out << QStringLiteral("%1  %2  %3  %4  ->  %5\n")
                       .arg(st.grade, -5)
                       .arg(st.homeroom, -8)
                       .arg(st.studentId, -10)
                       .arg(st.displayName(), -24)
                       .arg(m.adultId
                                ? QStringLiteral("%1 (%2, %3)")
                                      .arg(people.adultName(m.adultId), people.adultId(m.adultId),
                                           matchReasonName(m.reason))
                                : QStringLiteral("(no adult with a free place)"));
    }
    if (s.shortfall() > 0)
        ctx.out << shortfallSentence(s, people) << "\n";
    if (apply)
        ctx.out << "Applied " << applied << " match(es).\n";
    else if (!s.students.isEmpty())
        ctx.out << "Nothing was changed; add --apply to make these matches.\n";
    return ExitOk;
}

int matchList(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    const std::optional<QString> adultId = o.adult;
    const QString format = o.format.value_or(QStringLiteral("text"));
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    const People people(*storage);
    // Every open match, as each mentor's list (one adult with --adult).
    QVector<Mentee> rows;
    QVector<Adult> adults = storage->adults();
    if (adultId) {
        const auto a = storage->adultByExternalId(*adultId);
        if (!a)
            return ctx.fail(QStringLiteral("unknown adult id \"%1\"").arg(*adultId));
        adults = {*a};
    }
    for (const Adult& a : adults)
        rows += Mentoring::menteesOf(*storage, a.id);

    const QStringList header{QStringLiteral("match_id"),         QStringLiteral("student_id"),
                             QStringLiteral("student_name"),     QStringLiteral("grade"),
                             QStringLiteral("homeroom"),         QStringLiteral("adult_id"),
                             QStringLiteral("adult_name"),       QStringLiteral("plan"),
                             QStringLiteral("start_date"),       QStringLiteral("first_follow_up"),
                             QStringLiteral("second_follow_up"), QStringLiteral("last_checkin"),
                             QStringLiteral("last_status"),      QStringLiteral("connected")};
    auto cells = [&](const Mentee& e) {
        return QStringList{QString::number(e.match.id),
                           e.student.studentId,
                           e.student.displayName(),
                           e.student.grade,
                           e.student.homeroom,
                           people.adultId(e.match.adultId),
                           people.adultName(e.match.adultId),
                           e.match.plan,
                           iso(e.match.startDate),
                           iso(e.match.firstFollowUp),
                           iso(e.match.secondFollowUp),
                           e.lastCheckIn ? iso(e.lastCheckIn->date) : QString(),
                           e.lastCheckIn ? checkInStatusName(e.lastCheckIn->status) : QString(),
                           e.connected ? QStringLiteral("yes") : QStringLiteral("no")};
    };
    if (format == QLatin1String("csv")) {
        printCsv(ctx, header, rows, cells);
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Mentee& e : rows) {
            QJsonObject o = jsonRow(header, cells(e));
            o.insert(QStringLiteral("match_id"), double(e.match.id));
            o.insert(QStringLiteral("connected"), e.connected);
            list.append(o);
        }
        printJson(ctx, QJsonObject{{QStringLiteral("matches"), list}});
        return ExitOk;
    }
    ctx.out << "Open go-to adult matches: " << rows.size() << "\n";
    RowId lastAdult = -1;
    for (const Mentee& e : rows) {
        if (e.match.adultId != lastAdult) {
            lastAdult = e.match.adultId;
            ctx.out << people.adultName(lastAdult) << " (" << people.adultId(lastAdult) << ")\n";
        }
        ctx.out << QStringLiteral("  #%1  %2  %3  %4  since %5, follow up %6 and %7; %8%9\n")
                       .arg(e.match.id)
                       .arg(e.student.grade, -4)
                       .arg(e.student.studentId, -10)
                       .arg(e.student.displayName(), -24)
                       .arg(iso(e.match.startDate), iso(e.match.firstFollowUp),
                            iso(e.match.secondFollowUp))
                       .arg(e.connected ? QStringLiteral("connected")
                                        : QStringLiteral("not yet connected"))
                       .arg(e.lastCheckIn ? QStringLiteral(" (last check-in %1: %2)")
                                                .arg(iso(e.lastCheckIn->date),
                                                     checkInStatusName(e.lastCheckIn->status))
                                          : QString());
    }
    return ExitOk;
}

int matchAssign(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    const QDate start = o.date ? QDate::fromString(*o.date, Qt::ISODate) : QDate();
    if (o.date && !start.isValid())
        return ctx.usage(
            QStringLiteral("--date takes a date as YYYY-MM-DD, not '%1'").arg(*o.date));
    const QString plan = o.plan.value_or(QString());
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("match assign needs STUDENT_ID ADULT_ID"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const auto student = storage->studentByExternalId(pos[0]);
    if (!student)
        return ctx.fail(QStringLiteral("unknown student id \"%1\"").arg(pos[0]));
    const auto adult = storage->adultByExternalId(pos[1]);
    if (!adult)
        return ctx.fail(QStringLiteral("unknown adult id \"%1\"").arg(pos[1]));
    const Result<RowId> id = doc->assignMentor(student->id, adult->id, start, plan, 0);
    if (!id.ok())
        return ctx.fail(id.message());
    const MentorMatch m = *Mentoring::matchById(*storage, *id);
    ctx.out << adult->displayName() << " (" << adult->adultId << ") is now the go-to adult of "
            << student->displayName() << " (" << student->studentId << "), match #" << m.id
            << ", from " << iso(m.startDate) << "; follow up on " << iso(m.firstFollowUp) << " and "
            << iso(m.secondFollowUp) << ".\n";
    return ExitOk;
}

int matchEnd(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    const QDate on = o.date ? QDate::fromString(*o.date, Qt::ISODate) : QDate::currentDate();
    if (!on.isValid())
        return ctx.usage(
            QStringLiteral("--date takes a date as YYYY-MM-DD, not '%1'").arg(*o.date));
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("match end needs one STUDENT_ID"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const auto student = storage->studentByExternalId(pos[0]);
    if (!student)
        return ctx.fail(QStringLiteral("unknown student id \"%1\"").arg(pos[0]));
    const auto match = Mentoring::openMatchOfStudent(*storage, student->id);
    if (!match)
        return ctx.fail(QStringLiteral("%1 (%2) has no go-to adult")
                            .arg(student->displayName(), student->studentId));
    if (Status st = doc->endMatch(match->id, on); !st.ok())
        return ctx.fail(st.message());
    ctx.out << "Ended match #" << match->id << " of " << student->displayName() << " on " << iso(on)
            << ".\n";
    return ExitOk;
}

// Whether an adult can be a go-to adult: capacity, volunteer, leaving date.
int matchAdult(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("match adult needs one ADULT_ID"));
    int capacity = 0;
    if (o.capacity) {
        bool ok = false;
        capacity = o.capacity->toInt(&ok);
        if (*o.capacity == QLatin1String("default"))
            capacity = -1;
        else if (!ok || capacity < 0)
            return ctx.usage(QStringLiteral("--capacity takes a number (0: not available) or "
                                            "'default', not '%1'")
                                 .arg(*o.capacity));
    }
    bool volunteer = false;
    if (o.volunteer && !parseYesNo(*o.volunteer, &volunteer))
        return ctx.usage(QStringLiteral("--volunteer takes yes or no, not '%1'").arg(*o.volunteer));
    QDate leaving;
    if (o.leaving && *o.leaving != QLatin1String("none")) {
        leaving = QDate::fromString(*o.leaving, Qt::ISODate);
        if (!leaving.isValid())
            return ctx.usage(
                QStringLiteral("--leaving takes YYYY-MM-DD or 'none', not '%1'").arg(*o.leaving));
    }
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    auto adult = storage->adultByExternalId(pos[0]);
    if (!adult)
        return ctx.fail(QStringLiteral("unknown adult id \"%1\"").arg(pos[0]));
    if (o.capacity)
        adult->capacity = capacity;
    if (o.volunteer)
        adult->volunteer = volunteer;
    if (o.leaving)
        adult->leavingDate = leaving;
    if (o.capacity || o.volunteer || o.leaving) {
        if (Status st = doc->updateAdult(*adult); !st.ok())
            return ctx.fail(st.message());
    }
    const int school = Mentoring::settings(*storage).defaultCapacity;
    ctx.out << adult->displayName() << " (" << adult->adultId << "): capacity "
            << (adult->capacity < 0 ? QStringLiteral("%1 (school default)").arg(school)
                                    : QString::number(adult->capacity))
            << ", " << (adult->volunteer ? "volunteer" : "not a volunteer") << ", "
            << (adult->leavingDate.isValid()
                    ? QStringLiteral("leaving on ") + iso(adult->leavingDate)
                    : QStringLiteral("no leaving date"))
            << (adult->active ? "" : ", inactive") << "; "
            << Mentoring::openMatchesOfAdult(*storage, adult->id).size() << " open match(es).\n";
    return ExitOk;
}

int matchSettings(CliContext& ctx, const MatchOptions& o, const QStringList& pos) {
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    auto number = [](const std::optional<QString>& text, int* value) {
        if (!text)
            return true;
        bool ok = false;
        *value = text->toInt(&ok);
        return ok && *value >= 0;
    };
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    MentoringSettings s = Mentoring::settings(doc->storage());
    if (!number(o.defaultCapacity, &s.defaultCapacity) ||
        !number(o.firstDays, &s.firstFollowUpDays) || !number(o.secondDays, &s.secondFollowUpDays))
        return ctx.usage(QStringLiteral("--default-capacity, --first-days and --second-days take "
                                        "a number, 0 or more"));
    if (o.plan)
        s.defaultPlan = *o.plan;
    if (!o.given().isEmpty()) {
        if (Status st = doc->setMentoringSettings(s); !st.ok())
            return ctx.fail(st.message());
    }
    ctx.out << "Default capacity: " << s.defaultCapacity << "\n"
            << "First follow-up: " << s.firstFollowUpDays << " days after the start\n"
            << "Second follow-up: " << s.secondFollowUpDays << " days after the start\n"
            << "Default plan: " << s.defaultPlan << "\n";
    return ExitOk;
}

} // namespace

int cmdMatch(CliContext& ctx) {
    MatchOptions o;
    o.round = ctx.args.option(QStringLiteral("round"));
    o.capacity = ctx.args.option(QStringLiteral("capacity"));
    o.volunteer = ctx.args.option(QStringLiteral("volunteer"));
    o.leaving = ctx.args.option(QStringLiteral("leaving"));
    o.defaultCapacity = ctx.args.option(QStringLiteral("default-capacity"));
    o.firstDays = ctx.args.option(QStringLiteral("first-days"));
    o.secondDays = ctx.args.option(QStringLiteral("second-days"));
    o.apply = ctx.args.flag(QStringLiteral("apply"));
    o.format = ctx.args.option(QStringLiteral("format"));
    o.adult = ctx.args.option(QStringLiteral("adult"));
    o.date = ctx.args.option(QStringLiteral("date"));
    o.plan = ctx.args.option(QStringLiteral("plan"));
    QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.isEmpty())
        return ctx.usage(
            QStringLiteral("match needs suggest, list, assign, end, adult or settings"));
    const QString sub = pos.takeFirst();
    using Run = int (*)(CliContext&, const MatchOptions&, const QStringList&);
    struct Sub {
        const char* name;
        QStringList options;
        Run run;
    };
    const QVector<Sub> subs{
        {"suggest",
         {QStringLiteral("round"), QStringLiteral("capacity"), QStringLiteral("apply"),
          QStringLiteral("format")},
         &matchSuggest},
        {"list", {QStringLiteral("adult"), QStringLiteral("format")}, &matchList},
        {"assign", {QStringLiteral("date"), QStringLiteral("plan")}, &matchAssign},
        {"end", {QStringLiteral("date")}, &matchEnd},
        {"adult",
         {QStringLiteral("capacity"), QStringLiteral("volunteer"), QStringLiteral("leaving")},
         &matchAdult},
        {"settings",
         {QStringLiteral("default-capacity"), QStringLiteral("first-days"),
          QStringLiteral("second-days"), QStringLiteral("plan")},
         &matchSettings},
    };
    for (const Sub& s : subs) {
        if (sub != QLatin1String(s.name))
            continue;
        for (const QString& given : o.given()) {
            if (!s.options.contains(given))
                return ctx.usage(QStringLiteral("match %1 does not take --%2").arg(sub, given));
        }
        return s.run(ctx, o, pos);
    }
    return ctx.usage(
        QStringLiteral("match takes suggest, list, assign, end, adult or settings, not '%1'")
            .arg(sub));
}
} // namespace cm
