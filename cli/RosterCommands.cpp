// Commands that change the school: mark, round, demo (import: ImportCommands.cpp).
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "ConnectionAnalysis.h"
#include "DemoSchool.h"
#include "SchoolDocument.h"

namespace cm {

int cmdMark(CliContext& ctx) {
    const bool concern = ctx.args.flag(QStringLiteral("concern"));
    const QString note = ctx.args.option(QStringLiteral("note"), QString());
    const QString roundName = ctx.args.option(QStringLiteral("round"), QString());
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("mark needs ADULT_ID STUDENT_ID"));
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const auto adult = storage->adultByExternalId(pos[0]);
    if (!adult)
        return ctx.fail(QStringLiteral("unknown adult id \"%1\"").arg(pos[0]));
    const auto student = storage->studentByExternalId(pos[1]);
    if (!student)
        return ctx.fail(QStringLiteral("unknown student id \"%1\"").arg(pos[1]));
    const Result<Round> round = doc->round(roundName);
    if (!round.ok())
        return ctx.fail(round.message() + QStringLiteral(" (nothing was changed)"));
    const MarkKind kind = concern ? MarkKind::Concern : MarkKind::Connected;
    if (Status st = doc->setMark(round->id, adult->id, student->id, kind, note); !st.ok())
        return ctx.fail(st.message());
    ctx.out << adult->displayName() << " marked " << student->displayName() << " ("
            << student->studentId << ") as " << markKindName(kind) << " in " << round->name
            << ".\n";
    if (!adult->active)
        ctx.out << "Note: " << adult->displayName()
                << " is inactive; the mark is kept but does not count.\n";
    if (!student->active)
        ctx.out << "Note: " << student->displayName() << " is inactive.\n";
    return ExitOk;
}

// `school name` prints the school's name; `school name "NAME"` sets it.
int cmdSchool(CliContext& ctx) {
    const QStringList pos = ctx.args.positionals();
    if (!pos.isEmpty() && pos[0] == QLatin1String("passphrase"))
        return cmdSchoolPassphrase(ctx, pos); // its own options (--reset)
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.isEmpty() || pos[0] != QLatin1String("name"))
        return ctx.usage(
            QStringLiteral("school takes 'name', 'name \"NAME\"' or 'passphrase --reset'"));
    if (pos.size() > 2)
        return ctx.usage(QStringLiteral("school name takes one NAME (quote a name with spaces)"));
    SchoolDocument* doc = ctx.document(pos.size() == 1);
    if (!doc)
        return ExitFailure;
    if (pos.size() == 1) {
        const QString stored = doc->storedSchoolName();
        if (stored.isEmpty())
            ctx.out << "No school name yet; reports show the file name \"" << doc->schoolName()
                    << "\". Set one with: caringmap school name \"NAME\"\n";
        else
            ctx.out << stored << "\n";
        return ExitOk;
    }
    if (pos[1].trimmed().isEmpty())
        return ctx.usage(QStringLiteral("school name needs a NAME that is not empty"));
    if (Status st = doc->setSchoolName(pos[1]); !st.ok())
        return ctx.fail(st.message());
    ctx.out << "The school is now called \"" << doc->schoolName()
            << "\"; reports and the window title use this name.\n";
    return ExitOk;
}

int cmdRound(CliContext& ctx) {
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.isEmpty())
        return ctx.usage(QStringLiteral("round needs 'new NAME' or 'list'"));
    if (pos[0] == QLatin1String("new")) {
        if (pos.size() != 2)
            return ctx.usage(QStringLiteral("round new needs one NAME (quote a name with spaces)"));
        SchoolDocument* doc = ctx.document();
        if (!doc)
            return ExitFailure;
        const Result<Round> r = doc->createRound(pos[1]);
        if (!r.ok())
            return ctx.fail(r.message());
        ctx.out << "Created round \"" << r->name
                << "\"; commands without --round now use it. It has no marks yet; the window "
                   "keeps showing the round it shows until you choose this one.\n";
        return ExitOk;
    }
    if (pos[0] == QLatin1String("list")) {
        if (pos.size() != 1)
            return ctx.usage(QStringLiteral("round list takes no arguments"));
        const Storage* storage = ctx.storage(true);
        if (!storage)
            return ExitFailure;
        const QVector<Round> all = storage->rounds();
        if (all.isEmpty()) {
            ctx.out << "No rounds yet; the first mark opens one.\n";
            return ExitOk;
        }
        // The roster and the mark counts once; each round's marks once.
        const QVector<Student> students = storage->students();
        const QVector<Adult> adults = storage->adults();
        const QHash<RowId, int> counts = storage->markCounts();
        for (int i = 0; i < all.size(); ++i) {
            const Round& r = all[i];
            const ConnectionTotals t =
                ConnectionAnalysis(students, adults, storage->markFlags(r.id)).totals();
            ctx.out << (i == all.size() - 1 ? "* " : "  ") << r.name << "\topened "
                    << r.opened.toLocalTime().date().toString(Qt::ISODate) << "\t"
                    << counts.value(r.id) << " marks\t" << t.unconnected << " of "
                    << t.studentsActive << " unconnected\n";
        }
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("round takes 'new NAME' or 'list', not '%1'").arg(pos[0]));
}

int cmdDemo(CliContext& ctx) {
    DemoOptions options;
    if (auto n = ctx.args.intOption(QStringLiteral("students")))
        options.students = *n;
    if (auto n = ctx.args.intOption(QStringLiteral("adults")))
        options.adults = *n;
    if (auto n = ctx.args.intOption(QStringLiteral("seed")))
        options.seed = quint32(*n);
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("demo takes no file; use --db FILE"));
    if (options.students < 1 || options.students > 200000 || options.adults < 1 ||
        options.adults > 20000)
        return ctx.usage(QStringLiteral("--students takes 1 to 200000 and --adults 1 to 20000"));
    SchoolDocument* doc = ctx.document();
    if (!doc)
        return ExitFailure;
    const Result<DemoSummary> r = doc->createDemo(options);
    if (!r.ok())
        return ctx.fail(r.message());
    const ConnectionTotals& t = doc->totals();
    ctx.out << "Created the demo school " << doc->schoolName() << " in " << doc->path() << ": "
            << r->students << " students, " << r->adults << " adults, " << r->marks << " marks.\n"
            << "Round " << r->currentRound << ": " << t.unconnected << " of " << t.studentsActive
            << " students unconnected, " << t.exactlyOne << " with exactly one adult.\n";
    return ExitOk;
}

} // namespace cm
