// Read-only commands: unconnected, summary.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "ConnectionAnalysis.h"
#include "Csv.h"
#include "SchoolDocument.h"
#include "SchoolFigures.h"
#include "Storage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cm {

namespace {

// Reads --round and --format (one of allowed); opens the existing database.
struct ViewSetup {
    SchoolDocument* document = nullptr;
    const Storage* storage = nullptr;
    Round round;
    QString format;
    int exitCode = -1; // >= 0: stop with this code
};

ViewSetup setUp(CliContext& ctx, const QStringList& formats) {
    ViewSetup v;
    const QString roundName = ctx.args.option(QStringLiteral("round"), QString());
    v.format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0) {
        v.exitCode = u;
        return v;
    }
    if (!pos.isEmpty()) {
        v.exitCode = ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
        return v;
    }
    if (!formats.contains(v.format)) {
        v.exitCode = ctx.usage(QStringLiteral("--format takes %1, not '%2'")
                                   .arg(formats.join(QLatin1Char('|')), v.format));
        return v;
    }
    v.document = ctx.document(true);
    if (!v.document) {
        v.exitCode = ExitFailure;
        return v;
    }
    v.storage = &v.document->storage();
    const Result<Round> r = v.document->round(roundName);
    if (!r.ok()) {
        v.exitCode = ctx.fail(r.message());
        return v;
    }
    v.round = *r;
    return v;
}

// In the user's locale: 85.7 in English, 85,7 in Spanish.
QString percent(int part, int whole) {
    return QLocale().toString(whole == 0 ? 0.0 : 100.0 * part / whole, 'f', 1);
}

// A round without marks is not a mapping: say so instead of "477 of 477
// unconnected". Returns true when it was said.
bool sayNoMarks(CliContext& ctx, const ViewSetup& v, const QString& command) {
    const QString none = SchoolDocument::noMarksText(*v.storage, v.round.id);
    if (none.isEmpty())
        return false;
    const std::optional<Round> last = SchoolDocument::lastMappedRound(*v.storage, v.round.id);
    if (v.format == QLatin1String("json")) {
        QJsonObject root{{QStringLiteral("round"), v.round.name},
                         {QStringLiteral("no_marks_yet"), true},
                         {QStringLiteral("message"), none}};
        if (last)
            root.insert(QStringLiteral("last_mapped_round"), last->name);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (v.format == QLatin1String("csv")) {
        ctx.err << "caringmap: " << none << "\n"; // the CSV stays a table (no rows)
        ctx.out << csv::formatRecord({QStringLiteral("student_id"), QStringLiteral("given_name"),
                                      QStringLiteral("family_name"),
                                      QStringLiteral("preferred_name"), QStringLiteral("grade"),
                                      QStringLiteral("homeroom"), QStringLiteral("concern_by")});
    } else {
        ctx.out << none << "\n";
        if (last)
            ctx.out << "See it with: caringmap " << command << " --round \"" << last->name
                    << "\"\n";
    }
    return true;
}

} // namespace

int cmdUnconnected(CliContext& ctx) {
    ViewSetup v =
        setUp(ctx, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    if (v.exitCode >= 0)
        return v.exitCode;
    if (sayNoMarks(ctx, v, QStringLiteral("unconnected")))
        return ExitOk;
    const QVector<Adult> adults = v.storage->adults(); // read once, for the rule and the names
    const ConnectionAnalysis analysis(v.storage->students(), adults,
                                      v.storage->markFlags(v.round.id));
    const QVector<Student> list = analysis.unconnected();
    QHash<RowId, QString> adultNames;
    for (const Adult& a : adults)
        adultNames.insert(a.id, a.displayName());
    auto concernedBy = [&](const Student& s) {
        QStringList names;
        for (RowId a : analysis.connections(s.id).concerned)
            names.push_back(adultNames.value(a));
        names.sort();
        return names;
    };

    if (v.format == QLatin1String("csv")) {
        ctx.out << csv::formatRecord({QStringLiteral("student_id"), QStringLiteral("given_name"),
                                      QStringLiteral("family_name"),
                                      QStringLiteral("preferred_name"), QStringLiteral("grade"),
                                      QStringLiteral("homeroom"), QStringLiteral("concern_by")});
        for (const Student& s : list)
            ctx.out << csv::formatRecord({s.studentId, s.givenName, s.familyName, s.preferredName,
                                          s.grade, s.homeroom,
                                          concernedBy(s).join(QStringLiteral("; "))});
        return ExitOk;
    }
    if (v.format == QLatin1String("json")) {
        QJsonArray students;
        for (const Student& s : list) {
            students.append(QJsonObject{
                {QStringLiteral("student_id"), s.studentId},
                {QStringLiteral("student_number"), s.studentNumber},
                {QStringLiteral("given_name"), s.givenName},
                {QStringLiteral("family_name"), s.familyName},
                {QStringLiteral("preferred_name"), s.preferredName},
                {QStringLiteral("grade"), s.grade},
                {QStringLiteral("homeroom"), s.homeroom},
                {QStringLiteral("concern_by"), QJsonArray::fromStringList(concernedBy(s))}});
        }
        const QJsonObject root{
            {QStringLiteral("round"), v.round.name},
            {QStringLiteral("students_active"), analysis.totals().studentsActive},
            {QStringLiteral("unconnected"), analysis.totals().unconnected},
            {QStringLiteral("students"), students}};
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out << "Unconnected students, " << v.round.name << ": " << list.size() << " of "
            << analysis.totals().studentsActive << "\n";
    if (list.isEmpty()) {
        ctx.out << "Every active student has at least one caring adult.\n";
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(QStringLiteral("Grade"), -5)
                   .arg(QStringLiteral("Homeroom"), -8)
                   .arg(QStringLiteral("ID"), -10)
                   .arg(QStringLiteral("Name"));
    for (const Student& s : list) {
        const QStringList concern = concernedBy(s);
        ctx.out << QStringLiteral("%1  %2  %3  %4, %5%6\n")
                       .arg(s.grade, -5)
                       .arg(s.homeroom, -8)
                       .arg(s.shownId(), -10)
                       .arg(s.familyName,
                            s.preferredName.isEmpty()
                                ? s.givenName
                                : QStringLiteral("%1 (%2)").arg(s.givenName, s.preferredName))
                       .arg(concern.isEmpty() ? QString()
                                              : QStringLiteral("  · concern: ") +
                                                    concern.join(QStringLiteral(", ")));
    }
    return ExitOk;
}

int cmdSummary(CliContext& ctx) {
    ViewSetup v = setUp(ctx, {QStringLiteral("text"), QStringLiteral("json")});
    if (v.exitCode >= 0)
        return v.exitCode;
    if (v.format == QLatin1String("text"))
        ctx.out << QCoreApplication::translate("cm::ViewCommands", "%1, round %2\n")
                       .arg(v.storage->schoolName(), v.round.name);
    if (sayNoMarks(ctx, v, QStringLiteral("summary")))
        return ExitOk;
    const SchoolFigures f = SchoolFigures::compute(*v.storage, v.round);
    ConnectionTotals t;
    t.studentsActive = f.studentsActive;
    t.unconnected = f.unconnected;
    t.exactlyOne = f.exactlyOne;
    t.twoOrMore = f.twoOrMore;
    t.fragile = f.fragile;
    if (v.format == QLatin1String("json")) {
        auto rows = [](const QVector<FigureRow>& list, bool groups) {
            QJsonArray out;
            for (const FigureRow& r : list) {
                QJsonObject o;
                if (groups) {
                    o.insert(QStringLiteral("category"), r.category);
                    o.insert(QStringLiteral("group"), r.label);
                    o.insert(QStringLiteral("suppressed"), r.suppressed);
                } else {
                    o.insert(QStringLiteral("grade"), r.label);
                }
                if (!r.suppressed) { // a small group shows no counts at all
                    o.insert(QStringLiteral("students"), r.students);
                    o.insert(QStringLiteral("unconnected"), r.unconnected);
                }
                out.append(o);
            }
            return out;
        };
        QJsonArray rounds;
        for (const RoundFigure& r : f.byRound) {
            rounds.append(QJsonObject{{QStringLiteral("round"), r.row.label},
                                      {QStringLiteral("students"), r.row.students},
                                      {QStringLiteral("unconnected"), r.row.unconnected},
                                      {QStringLiteral("moved_to_connected"), r.movedToConnected}});
        }
        const QJsonObject root{{QStringLiteral("school"), v.storage->schoolName()},
                               {QStringLiteral("round"), v.round.name},
                               {QStringLiteral("students_active"), t.studentsActive},
                               {QStringLiteral("unconnected"), t.unconnected},
                               {QStringLiteral("exactly_one"), t.exactlyOne},
                               {QStringLiteral("two_or_more"), t.twoOrMore},
                               {QStringLiteral("fragile"), t.fragile},
                               {QStringLiteral("by_grade"), rows(f.byGrade, false)},
                               {QStringLiteral("by_group"), rows(f.byGroup, true)},
                               {QStringLiteral("by_round"), rounds}};
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out
        << QCoreApplication::translate("cm::ViewCommands", "  Active students:      %1\n")
               .arg(t.studentsActive, 6)
        << QCoreApplication::translate("cm::ViewCommands", "  Unconnected:          %1  (%2%)\n")
               .arg(t.unconnected, 6)
               .arg(percent(t.unconnected, t.studentsActive))
        << QCoreApplication::translate("cm::ViewCommands", "  Exactly one adult:    %1  (%2%)\n")
               .arg(t.exactlyOne, 6)
               .arg(percent(t.exactlyOne, t.studentsActive))
        << QCoreApplication::translate("cm::ViewCommands", "  Two or more adults:   %1  (%2%)\n")
               .arg(t.twoOrMore, 6)
               .arg(percent(t.twoOrMore, t.studentsActive));
    return ExitOk;
}

} // namespace cm
