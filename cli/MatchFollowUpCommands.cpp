// Follow-up commands: checkin, due, compare.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "Csv.h"
#include "MatchCommandSupport.h"
#include "Mentoring.h"
#include "RoundComparison.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "VoiceChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

using namespace matchcli;

int cmdCheckin(CliContext& ctx) {
    const std::optional<QString> statusText = ctx.args.option(QStringLiteral("status"));
    const QString note = ctx.args.option(QStringLiteral("note"), QString());
    QDate date;
    dateOption(ctx, QStringLiteral("date"), &date);
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("checkin needs one MATCH_OR_STUDENT_ID"));
    CheckInStatus status;
    if (!statusText || !parseCheckInStatus(*statusText, &status))
        return ctx.usage(QStringLiteral("checkin needs --status connected|trying|needs-help"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    // A student's school id first (ids may be numbers), then a match number.
    std::optional<MentorMatch> match;
    if (const auto student = storage->studentByExternalId(pos[0])) {
        match = Mentoring::openMatchOfStudent(*storage, student->id);
        if (!match)
            return ctx.fail(QStringLiteral("%1 (%2) has no go-to adult yet (use 'caringmap match "
                                           "assign')")
                                .arg(student->displayName(), student->studentId));
    } else {
        QString text = pos[0];
        if (text.startsWith(QLatin1Char('#')))
            text.remove(0, 1);
        bool ok = false;
        const RowId id = text.toLongLong(&ok);
        if (ok)
            match = Mentoring::matchById(*storage, id);
        if (!match)
            return ctx.fail(QStringLiteral("no student id or match number \"%1\"").arg(pos[0]));
    }
    const Result<RowId> r = doc->addCheckIn(match->id, status, note, date);
    if (!r.ok())
        return ctx.fail(r.message());
    const People people(*storage);
    const Student st = people.students.value(match->studentId);
    ctx.out << "Check-in recorded for match #" << match->id << ": "
            << people.adultName(match->adultId) << " and " << st.displayName() << " ("
            << st.studentId << "), " << checkInStatusName(status) << ".\n";
    if (status == CheckInStatus::Connected) {
        const Result<Round> round = doc->round(QString());
        ctx.out << "Marked " << st.displayName() << " connected with "
                << people.adultName(match->adultId) << " in "
                << (round.ok() ? round->name : QString()) << ".\n";
    }
    return ExitOk;
}

int cmdDue(CliContext& ctx) {
    QDate asOf = QDate::currentDate();
    dateOption(ctx, QStringLiteral("as-of"), &asOf);
    const QString format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    const People people(*storage);
    const QVector<DueFollowUp> due = Mentoring::due(*storage, asOf);
    auto which = [](const DueFollowUp& d) {
        return d.which == FollowUp::First ? QStringLiteral("first") : QStringLiteral("second");
    };
    const QStringList header{QStringLiteral("match_id"),     QStringLiteral("student_id"),
                             QStringLiteral("student_name"), QStringLiteral("adult_id"),
                             QStringLiteral("adult_name"),   QStringLiteral("follow_up"),
                             QStringLiteral("due_date"),     QStringLiteral("days_overdue"),
                             QStringLiteral("last_checkin"), QStringLiteral("last_status")};
    auto cells = [&](const DueFollowUp& d) {
        const Student st = people.students.value(d.match.studentId);
        return QStringList{QString::number(d.match.id),
                           st.studentId,
                           st.displayName(),
                           people.adultId(d.match.adultId),
                           people.adultName(d.match.adultId),
                           which(d),
                           iso(d.dueDate),
                           QString::number(d.daysOverdue),
                           d.lastCheckIn ? iso(d.lastCheckIn->date) : QString(),
                           d.lastCheckIn ? checkInStatusName(d.lastCheckIn->status) : QString()};
    };
    if (format == QLatin1String("csv")) {
        printCsv(ctx, header, due, cells);
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const DueFollowUp& d : due) {
            QJsonObject o = jsonRow(header, cells(d));
            o.insert(QStringLiteral("match_id"), double(d.match.id));
            o.insert(QStringLiteral("days_overdue"), d.daysOverdue);
            list.append(o);
        }
        printJson(ctx,
                  QJsonObject{{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("due"), list}});
        return ExitOk;
    }
    ctx.out << "Follow-ups due as of " << iso(asOf) << ": " << due.size() << "\n";
    for (const DueFollowUp& d : due) {
        const QStringList c = cells(d);
        ctx.out << QStringLiteral("  #%1  %2 follow-up %3 (%4)  %5 (%6) with %7 (%8)%9\n")
                       .arg(c[0], which(d), c[6],
                            d.daysOverdue == 0
                                ? QStringLiteral("due today")
                                : QStringLiteral("%1 days overdue").arg(d.daysOverdue),
                            c[2], c[1], c[4], c[3])
                       .arg(d.lastCheckIn ? QStringLiteral("; last check-in %1: %2").arg(c[8], c[9])
                                          : QStringLiteral("; no check-in yet"));
    }
    return ExitOk;
}

namespace {

// The change in agreement (student voice) between the two rounds.
QJsonObject agreementJson(const VoiceChange& v) {
    QJsonObject before, after, change;
    for (int i = 0; i < kAgreementCount; ++i) {
        const Agreement g = Agreement(i);
        before.insert(agreementName(g), v.before(g));
        after.insert(agreementName(g), v.after(g));
        change.insert(agreementName(g), v.change(g));
    }
    return QJsonObject{{QStringLiteral("round_a"), before},
                       {QStringLiteral("round_b"), after},
                       {QStringLiteral("change"), change},
                       {QStringLiteral("now_both"), v.nowAgree()},
                       {QStringLiteral("no_longer_both"), v.noLongerAgree()}};
}

void printAgreementText(CliContext& ctx, const VoiceChange& v) {
    if (!v.hasAnswers())
        return;
    ctx.out << "Student voice (agreement):\n";
    for (int i = 0; i < kAgreementCount; ++i) {
        const Agreement g = Agreement(i);
        ctx.out << QStringLiteral("  %1 %2 -> %3  (%4)\n")
                       .arg(agreementName(g), -12)
                       .arg(v.before(g), 5)
                       .arg(v.after(g), 5)
                       .arg(v.change(g) > 0 ? QStringLiteral("+%1").arg(v.change(g))
                                            : QString::number(v.change(g)));
    }
    ctx.out << "  Now both: " << v.nowAgree() << "; no longer both: " << v.noLongerAgree() << "\n";
}

} // namespace

int cmdCompare(CliContext& ctx) {
    const QString format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("compare needs two rounds: compare ROUND_A ROUND_B"));
    const Storage* storage = ctx.storage(true);
    if (!storage)
        return ExitFailure;
    const auto a = storage->roundByName(pos[0]);
    if (!a)
        return ctx.fail(QStringLiteral("there is no round named \"%1\"").arg(pos[0]));
    const auto b = storage->roundByName(pos[1]);
    if (!b)
        return ctx.fail(QStringLiteral("there is no round named \"%1\"").arg(pos[1]));
    const RoundComparison c = RoundComparison::load(*storage, a->id, b->id);
    const VoiceChange voice = VoiceChange::load(*storage, a->id, b->id);
    const People people(*storage);
    const QVector<std::pair<QString, const QVector<ComparedStudent>*>> groups{
        {QStringLiteral("newly_connected"), &c.newlyConnected()},
        {QStringLiteral("lost_connection"), &c.lostConnection()},
        {QStringLiteral("still_unconnected"), &c.stillUnconnected()},
        {QStringLiteral("fragile"), &c.fragile()}};
    auto adultIds = [&](const QVector<RowId>& ids) {
        QStringList out;
        for (RowId id : ids)
            out.push_back(people.adultId(id));
        return out;
    };
    if (format == QLatin1String("csv")) {
        ctx.out << csv::formatRecord({QStringLiteral("category"), QStringLiteral("student_id"),
                                      QStringLiteral("given_name"), QStringLiteral("family_name"),
                                      QStringLiteral("grade"), QStringLiteral("homeroom"),
                                      QStringLiteral("adults_before"),
                                      QStringLiteral("adults_after"), QStringLiteral("reason")});
        for (const auto& [name, list] : groups) {
            for (const ComparedStudent& s : *list)
                ctx.out << csv::formatRecord(
                    {name, s.student.studentId, s.student.givenName, s.student.familyName,
                     s.student.grade, s.student.homeroom,
                     adultIds(s.adultsBefore).join(QStringLiteral("; ")),
                     adultIds(s.adultsAfter).join(QStringLiteral("; ")), s.reason});
        }
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonObject root{{QStringLiteral("round_a"), a->name},
                         {QStringLiteral("round_b"), b->name},
                         {QStringLiteral("students_active"), c.studentsActive()}};
        for (const auto& [name, list] : groups) {
            QJsonArray arr;
            for (const ComparedStudent& s : *list) {
                QJsonObject o{{QStringLiteral("student_id"), s.student.studentId},
                              {QStringLiteral("name"), s.student.displayName()},
                              {QStringLiteral("grade"), s.student.grade},
                              {QStringLiteral("homeroom"), s.student.homeroom},
                              {QStringLiteral("adults_before"),
                               QJsonArray::fromStringList(adultIds(s.adultsBefore))},
                              {QStringLiteral("adults_after"),
                               QJsonArray::fromStringList(adultIds(s.adultsAfter))}};
                if (!s.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), s.reason);
                arr.append(o);
            }
            root.insert(name, arr);
        }
        root.insert(QStringLiteral("agreement"), agreementJson(voice));
        printJson(ctx, root);
        return ExitOk;
    }
    ctx.out << a->name << " -> " << b->name << " (" << c.studentsActive() << " active students)\n";
    const QStringList titles{QStringLiteral("Newly connected"),
                             QStringLiteral("Lost their connection"),
                             QStringLiteral("Still unconnected"), QStringLiteral("Fragile")};
    for (int g = 0; g < groups.size(); ++g) {
        ctx.out << titles[g] << ": " << groups[g].second->size() << "\n";
        for (const ComparedStudent& s : *groups[g].second)
            ctx.out << QStringLiteral("  %1  %2  %3%4\n")
                           .arg(s.student.grade, -4)
                           .arg(s.student.studentId, -10)
                           .arg(s.student.displayName())
                           .arg(s.reason.isEmpty() ? QString() : QStringLiteral("  · ") + s.reason);
    }
    printAgreementText(ctx, voice);
    return ExitOk;
}

} // namespace cm
