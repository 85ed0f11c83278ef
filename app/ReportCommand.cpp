#include "ReportCommand.h"

#include "ConnectionAnalysis.h"
#include "SchoolDocument.h"

#include "Cli.h"
#include "CliArgs.h"
#include "PdfOutput.h"
#include "ReportPrinting.h"
#include "SchoolFigures.h"
#include "Storage.h"
#include "VoiceData.h"

#include <QCoreApplication>

namespace cm {

namespace {
// lupdate files the tr() calls of free functions in namespace cm under "cm".
QString tr(const char* text) {
    return QCoreApplication::translate("cm", text);
}

// The command line's options, before the school is opened.
struct ReportOptions {
    std::optional<QString> output;
    QString roundName;
    std::optional<QString> groupBy;
    QString sizeName;
    std::optional<QString> adultId;
    std::optional<QString> grade;
    std::optional<QString> homeroom;
    QStringList positionals;
};

ReportOptions readOptions(CliArgs& args) {
    ReportOptions o;
    o.output = args.option(QStringLiteral("output"));
    o.roundName = args.option(QStringLiteral("round"), QString());
    o.groupBy = args.option(QStringLiteral("group-by"));
    o.sizeName = args.option(QStringLiteral("page-size"), QString());
    o.adultId = args.option(QStringLiteral("adult"));
    o.grade = args.option(QStringLiteral("grade"));
    o.homeroom = args.option(QStringLiteral("homeroom"));
    o.positionals = args.positionals();
    return o;
}

// The report kind and what only some kinds take; an empty string when fine.
QString checkKind(const ReportOptions& o, ReportRequest* request) {
    if (o.positionals.isEmpty())
        return tr(
            "report needs a kind: unconnected, marking-sheet, summary, voice, mentor or mentors");
    if (o.positionals.size() > 1)
        return tr("unexpected argument '%1'").arg(o.positionals[1]);
    const QString kind = o.positionals.first();
    using Kind = ReportRequest::Kind;
    const QHash<QString, Kind> kinds{{QStringLiteral("unconnected"), Kind::Unconnected},
                                     {QStringLiteral("marking-sheet"), Kind::MarkingSheet},
                                     {QStringLiteral("summary"), Kind::Summary},
                                     {QStringLiteral("voice"), Kind::Voice},
                                     {QStringLiteral("mentor"), Kind::Mentor},
                                     {QStringLiteral("mentors"), Kind::Mentors}};
    if (!kinds.contains(kind))
        return tr("unknown report '%1' (unconnected, marking-sheet, summary, voice, mentor or "
                  "mentors)")
            .arg(kind);
    request->kind = kinds.value(kind);
    if ((request->kind == Kind::Mentor) != o.adultId.has_value())
        return request->kind == Kind::Mentor ? tr("report mentor needs --adult ID")
                                             : tr("--adult is for the mentor report only");
    if (!o.output || o.output->isEmpty())
        return tr("report needs --output FILE.pdf");
    if ((o.grade || o.homeroom) && request->kind != Kind::Unconnected)
        return tr("--grade and --homeroom are for the unconnected report only");
    if ((o.grade && o.grade->isEmpty()) || (o.homeroom && o.homeroom->isEmpty()))
        return tr("--grade and --homeroom need a value");
    request->filter.grade = o.grade.value_or(QString());
    request->filter.homeroom = o.homeroom.value_or(QString());
    if (o.groupBy) {
        if (request->kind != Kind::Unconnected)
            return tr("--group-by is for the unconnected report only");
        if (*o.groupBy == QLatin1String("grade"))
            request->groupBy = UnconnectedReportData::GroupBy::Grade;
        else if (*o.groupBy == QLatin1String("homeroom"))
            request->groupBy = UnconnectedReportData::GroupBy::Homeroom;
        else
            return tr("--group-by takes grade|homeroom, not '%1'").arg(*o.groupBy);
    }
    return QString();
}

// A grade or homeroom no active student is in is most likely a typo.
QString checkFilter(const Storage& storage, const UnconnectedReportData::Filter& filter) {
    if (filter.isEmpty())
        return QString();
    for (const Student& s : storage.students()) {
        if (s.active && filter.accepts(s))
            return QString();
    }
    return tr("no active student is in %1").arg(filter.text());
}

void describe(QTextStream& out, const Storage& storage, const ReportRequest& request,
              const QString& output, int pages) {
    using Kind = ReportRequest::Kind;
    if (request.kind == Kind::Mentor) {
        out << tr("Wrote %1 (%2 pages): the go-to students of %3.")
                   .arg(output)
                   .arg(pages)
                   .arg(storage.adultById(request.adultId)->displayName())
            << "\n";
        return;
    }
    if (request.kind == Kind::Mentors) {
        const int mentors = int(ReportRenderer::mentorsWithMatches(storage).size());
        out << QCoreApplication::translate(
                   "cm", "Wrote %1 (%2 pages): the lists of %n go-to adult(s), one adult per page.",
                   nullptr, mentors)
                   .arg(output)
                   .arg(pages)
            << "\n";
        return;
    }
    if (request.kind == Kind::Voice) {
        const VoiceComparison c = VoiceData::compare(storage, request.round.id);
        out << tr("Wrote %1 (%2 pages, round %3): %4 of %5 students are known to adults but "
                  "named nobody.")
                   .arg(output)
                   .arg(pages)
                   .arg(request.round.name)
                   .arg(c.count(Agreement::StaffOnly))
                   .arg(c.students().size())
            << "\n";
        return;
    }
    const QString noMarks = SchoolDocument::noMarksText(storage, request.round.id);
    if (!noMarks.isEmpty() && request.kind != Kind::MarkingSheet) {
        out << tr("Wrote %1 (%2 pages): %3.").arg(output).arg(pages).arg(noMarks) << "\n";
        return;
    }
    const UnconnectedReportData d =
        UnconnectedReportData::load(storage, request.round, request.groupBy, request.filter);
    const QString who =
        request.filter.isEmpty() ? tr("students") : tr("students in %1").arg(request.filter.text());
    out << tr("Wrote %1 (%2 pages, round %3): %4 of %5 %6 have no caring adult connection.")
               .arg(output)
               .arg(pages)
               .arg(request.round.name)
               .arg(d.unconnected)
               .arg(d.studentsActive)
               .arg(who)
        << "\n";
}

} // namespace

int runReportCommand(const QStringList& rawArgs, const QString& dbPath, QTextStream& out,
                     QTextStream& err) {
    if (rawArgs.contains(QLatin1String("--help")) || rawArgs.contains(QLatin1String("-h"))) {
        out << "Usage: caringmap [--db FILE] report unconnected|marking-sheet|summary|voice"
               " --output FILE.pdf\n"
               "         [--round NAME] [--group-by grade|homeroom] [--page-size letter|a4]\n"
               "       caringmap [--db FILE] report unconnected --grade G [--homeroom H]"
               " --output FILE.pdf\n"
               "       caringmap [--db FILE] report mentor --adult ID --output FILE.pdf"
               " [--page-size letter|a4]\n"
               "       caringmap [--db FILE] report mentors --output FILE.pdf"
               "   (every go-to adult, one per page)\n";
        out.flush();
        return ExitOk;
    }
    CliArgs args(rawArgs);
    CliContext ctx(args, out, err, dbPath);
    const ReportOptions o = readOptions(args);
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    ReportRequest request;
    if (const QString problem = checkKind(o, &request); !problem.isEmpty())
        return ctx.usage(problem);
    QPageSize pageSize = PdfOutput::defaultPageSize();
    if (!o.sizeName.isEmpty()) {
        pageSize = PdfOutput::parsePageSize(o.sizeName);
        if (!pageSize.isValid())
            return ctx.usage(tr("--page-size takes letter|a4, not '%1'").arg(o.sizeName));
    }

    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const Result<Round> round = doc->round(o.roundName);
    if (!round.ok())
        return ctx.fail(round.message());
    request.round = *round;
    if (o.adultId) {
        const std::optional<Adult> adult = storage->adultByExternalId(*o.adultId);
        if (!adult)
            return ctx.fail(tr("unknown adult id \"%1\"").arg(*o.adultId));
        request.adultId = adult->id;
    }
    if (const QString problem = checkFilter(*storage, request.filter); !problem.isEmpty())
        return ctx.fail(problem);

    int pages = 0;
    const Status st = ReportPrinting(*storage, request).writePdf(*o.output, pageSize, &pages);
    if (!st.ok())
        return ctx.fail(st.message());
    describe(out, *storage, request, *o.output, pages);
    out.flush();
    return ExitOk;
}

} // namespace cm
