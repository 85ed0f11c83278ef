// Student voice commands: survey import|unresolved|resolve, and voice.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "Csv.h"
#include "MatchCommandSupport.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "SurveyImport.h"
#include "VoiceData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cm {

using namespace matchcli;

namespace {

// lupdate files the tr() calls of free functions in namespace cm under "cm".
QString tr(const char* text) {
    return QCoreApplication::translate("cm", text);
}

// "1 student", "2 students": English and Spanish both take the singular for one only.
QString plural(int n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

// Every option of the survey sub-commands, read before the positionals.
struct SurveyFlags {
    std::optional<QString> round, map, encoding, format;
    bool dryRun = false;
    QStringList given() const {
        QStringList out;
        const std::pair<const char*, bool> all[] = {{"round", bool(round)},
                                                    {"map", bool(map)},
                                                    {"encoding", bool(encoding)},
                                                    {"format", bool(format)},
                                                    {"dry-run", dryRun}};
        for (const auto& [name, on] : all)
            if (on)
                out.push_back(QLatin1String(name));
        return out;
    }
};

int surveyImport(CliContext& ctx, const SurveyFlags& f, const QStringList& pos) {
    SurveyImportOptions o;
    o.round = f.round.value_or(QString());
    o.map = f.map.value_or(QString());
    const QString encoding = f.encoding.value_or(QStringLiteral("utf-8")).toLower();
    o.dryRun = f.dryRun;
    if (pos.size() != 1)
        return ctx.usage(tr("survey import needs one FILE.csv or FILE.xlsx"));
    if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("cp1252") ||
        encoding == QLatin1String("ansi"))
        o.encoding = TextEncoding::Windows1252;
    else if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8"))
        return ctx.usage(tr("--encoding takes utf-8 or windows-1252"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Result<SurveyImportReport> r = doc->importSurvey(pos[0], o);
    if (!r.ok())
        return ctx.fail(r.message() + tr(" (nothing was imported)"));
    ctx.out << (r->dryRun ? tr("Preview of the survey %1 (nothing was changed): ")
                          : tr("Imported the survey %1: "))
                   .arg(pos[0])
            << tr("%1 answered in %2 (round %3); %4 stored")
                   .arg(plural(r->students, tr("student"), tr("students")),
                        plural(r->rows, tr("row"), tr("rows")), r->round)
                   .arg(r->stored);
    if (r->kept > 0)
        ctx.out << tr(", %1 kept as they were (a later answer was stored already)").arg(r->kept);
    ctx.out << ".\n";
    if (r->superseded > 0)
        ctx.out << plural(r->superseded, tr("answer was"), tr("answers were"))
                << tr(" replaced by the same student's later answer.") << "\n";
    ctx.out << tr("Columns: student id \"%1\"; answers \"%2\"; time %3.")
                   .arg(r->studentIdColumn, r->answerColumns.join(QStringLiteral("\", \"")),
                        r->timestampColumn.isEmpty()
                            ? tr("none (the later row stands)")
                            : QLatin1Char('"') + r->timestampColumn + QLatin1Char('"'))
            << "\n";
    if (r->unresolved > 0)
        ctx.out << plural(r->unresolved, tr("name is"), tr("names are"))
                << tr(" unresolved and not counted: see 'caringmap survey unresolved'.") << "\n";
    if (!r->backupPath.isEmpty())
        ctx.out << tr("A backup of the school before the import: %1").arg(r->backupPath) << "\n";
    return ExitOk;
}

int surveyUnresolved(CliContext& ctx, const SurveyFlags& f, const QStringList& pos) {
    const QString roundName = f.round.value_or(QString());
    const QString format = f.format.value_or(QStringLiteral("text"));
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const Result<Round> round = doc->round(roundName);
    if (!round.ok())
        return ctx.fail(round.message());
    const QVector<UnresolvedName> list = VoiceData::load(*storage, round->id).unresolved();
    const People people(*storage);
    auto ids = [&](const UnresolvedName& n, bool students) {
        QStringList out;
        for (RowId id : students ? n.students : n.candidates)
            out.push_back(students ? people.students.value(id).studentId : people.adultId(id));
        return out;
    };
    const QStringList header{QStringLiteral("text"), QStringLiteral("students"),
                             QStringLiteral("candidates"), QStringLiteral("student_ids")};
    auto cells = [&](const UnresolvedName& n) {
        return QStringList{n.text, QString::number(n.students.size()),
                           ids(n, false).join(QStringLiteral("; ")),
                           ids(n, true).join(QStringLiteral("; "))};
    };
    if (format == QLatin1String("csv")) {
        printCsv(ctx, header, list, cells);
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonArray names;
        for (const UnresolvedName& n : list)
            names.append(QJsonObject{
                {QStringLiteral("text"), n.text},
                {QStringLiteral("students"), int(n.students.size())},
                {QStringLiteral("candidates"), QJsonArray::fromStringList(ids(n, false))},
                {QStringLiteral("student_ids"), QJsonArray::fromStringList(ids(n, true))}});
        printJson(ctx, QJsonObject{{QStringLiteral("round"), round->name},
                                   {QStringLiteral("unresolved"), names}});
        return ExitOk;
    }
    ctx.out << tr("Unresolved names, %1: %2").arg(round->name).arg(list.size()) << "\n";
    for (const UnresolvedName& n : list) {
        QStringList could;
        for (RowId id : n.candidates)
            could.push_back(people.adultId(id) + QLatin1Char(' ') + people.adultName(id));
        ctx.out << "  \"" << n.text << "\"  "
                << plural(int(n.students.size()), tr("student"), tr("students")) << "  · "
                << (could.isEmpty() ? tr("no active adult by that name")
                                    : tr("could be %1").arg(could.join(QStringLiteral(", "))))
                << "\n";
    }
    if (!list.isEmpty())
        ctx.out << tr("Settle one with: caringmap survey resolve \"TEXT\" ADULT_ID|none") << "\n";
    return ExitOk;
}

int surveyResolve(CliContext& ctx, const SurveyFlags&, const QStringList& pos) {
    if (pos.size() != 2)
        return ctx.usage(tr("survey resolve needs \"TEXT\" and ADULT_ID (or none)"));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    RowId adultRow = 0;
    QString meaning = tr("no current school adult");
    if (pos[1].compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        const auto adult = storage->adultByExternalId(pos[1]);
        if (!adult)
            return ctx.fail(tr("there is no adult with the id \"%1\"").arg(pos[1]));
        if (!adult->active)
            return ctx.fail(tr("%1 %2 is inactive (has left): answers naming them are not counted")
                                .arg(adult->adultId, adult->displayName()));
        adultRow = adult->id;
        meaning = adult->adultId + QLatin1Char(' ') + adult->displayName();
    }
    if (Status st = doc->resolveSurveyName(pos[0], adultRow); !st.ok())
        return ctx.fail(st.message());
    ctx.out
        << tr("\"%1\" now means %2 in every student's answer, in every round.").arg(pos[0], meaning)
        << "\n";
    return ExitOk;
}

} // namespace

int cmdSurvey(CliContext& ctx) {
    SurveyFlags f;
    f.round = ctx.args.option(QStringLiteral("round"));
    f.map = ctx.args.option(QStringLiteral("map"));
    f.encoding = ctx.args.option(QStringLiteral("encoding"));
    f.format = ctx.args.option(QStringLiteral("format"));
    f.dryRun = ctx.args.flag(QStringLiteral("dry-run"));
    QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    using Run = int (*)(CliContext&, const SurveyFlags&, const QStringList&);
    struct Sub {
        const char* name;
        QStringList options;
        Run run;
    };
    const QVector<Sub> subs{
        {"import",
         {QStringLiteral("round"), QStringLiteral("map"), QStringLiteral("encoding"),
          QStringLiteral("dry-run")},
         &surveyImport},
        {"unresolved", {QStringLiteral("round"), QStringLiteral("format")}, &surveyUnresolved},
        {"resolve", {}, &surveyResolve},
    };
    const QString sub = pos.isEmpty() ? QString() : pos.takeFirst();
    for (const Sub& s : subs) {
        if (sub != QLatin1String(s.name))
            continue;
        for (const QString& option : f.given())
            if (!s.options.contains(option))
                return ctx.usage(tr("--%1 does not apply to survey %2").arg(option, sub));
        return s.run(ctx, f, pos);
    }
    return ctx.usage(tr("survey needs import, unresolved or resolve"));
}

} // namespace cm
