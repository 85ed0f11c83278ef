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
} // namespace

int runReportCommand(const QStringList& rawArgs, const QString& dbPath, QTextStream& out,
                     QTextStream& err) {
    if (rawArgs.contains(QLatin1String("--help")) || rawArgs.contains(QLatin1String("-h"))) {
        out << "Usage: caringmap [--db FILE] report unconnected|marking-sheet|summary|voice"
               " --output FILE.pdf\n"
               "         [--round NAME] [--group-by grade|homeroom] [--page-size letter|a4]\n"
               "       caringmap [--db FILE] report mentor --adult ID --output FILE.pdf"
               " [--page-size letter|a4]\n";
        out.flush();
        return ExitOk;
    }
    CliArgs args(rawArgs);
    CliContext ctx(args, out, err, dbPath);
    const std::optional<QString> output = args.option(QStringLiteral("output"));
    const QString roundName = args.option(QStringLiteral("round"), QString());
    const std::optional<QString> groupBy = args.option(QStringLiteral("group-by"));
    const QString sizeName = args.option(QStringLiteral("page-size"), QString());
    const std::optional<QString> adultId = args.option(QStringLiteral("adult"));
    const QStringList pos = args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    if (pos.isEmpty())
        return ctx.usage(
            tr("report needs a kind: unconnected, marking-sheet, summary, voice or mentor"));
    if (pos.size() > 1)
        return ctx.usage(tr("unexpected argument '%1'").arg(pos[1]));

    ReportRequest request;
    const QString kind = pos.first();
    if (kind == QLatin1String("unconnected"))
        request.kind = ReportRequest::Kind::Unconnected;
    else if (kind == QLatin1String("marking-sheet"))
        request.kind = ReportRequest::Kind::MarkingSheet;
    else if (kind == QLatin1String("summary"))
        request.kind = ReportRequest::Kind::Summary;
    else if (kind == QLatin1String("voice"))
        request.kind = ReportRequest::Kind::Voice;
    else if (kind == QLatin1String("mentor"))
        request.kind = ReportRequest::Kind::Mentor;
    else
        return ctx.usage(
            tr("unknown report '%1' (unconnected, marking-sheet, summary, voice or mentor)")
                .arg(kind));
    if ((request.kind == ReportRequest::Kind::Mentor) != adultId.has_value())
        return ctx.usage(request.kind == ReportRequest::Kind::Mentor
                             ? tr("report mentor needs --adult ID")
                             : tr("--adult is for the mentor report only"));
    if (!output || output->isEmpty())
        return ctx.usage(tr("report needs --output FILE.pdf"));
    if (groupBy) {
        if (request.kind != ReportRequest::Kind::Unconnected)
            return ctx.usage(tr("--group-by is for the unconnected report only"));
        if (*groupBy == QLatin1String("grade"))
            request.groupBy = UnconnectedReportData::GroupBy::Grade;
        else if (*groupBy == QLatin1String("homeroom"))
            request.groupBy = UnconnectedReportData::GroupBy::Homeroom;
        else
            return ctx.usage(tr("--group-by takes grade|homeroom, not '%1'").arg(*groupBy));
    }
    QPageSize pageSize = PdfOutput::defaultPageSize();
    if (!sizeName.isEmpty()) {
        pageSize = PdfOutput::parsePageSize(sizeName);
        if (!pageSize.isValid())
            return ctx.usage(tr("--page-size takes letter|a4, not '%1'").arg(sizeName));
    }

    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const Result<Round> round = doc->round(roundName);
    if (!round.ok())
        return ctx.fail(round.message());
    request.round = *round;
    if (adultId) {
        const std::optional<Adult> adult = storage->adultByExternalId(*adultId);
        if (!adult)
            return ctx.fail(tr("unknown adult id \"%1\"").arg(*adultId));
        request.adultId = adult->id;
    }

    int pages = 0;
    const Status st = ReportPrinting(*storage, request).writePdf(*output, pageSize, &pages);
    if (!st.ok())
        return ctx.fail(st.message());
    if (request.kind == ReportRequest::Kind::Mentor) {
        out << tr("Wrote %1 (%2 pages): the go-to students of %3.")
                   .arg(*output)
                   .arg(pages)
                   .arg(storage->adultById(request.adultId)->displayName())
            << "\n";
        return ExitOk;
    }
    if (request.kind == ReportRequest::Kind::Voice) {
        const VoiceComparison c = VoiceData::compare(*storage, request.round.id);
        out << tr("Wrote %1 (%2 pages, round %3): %4 of %5 students are known to adults but "
                  "named nobody.")
                   .arg(*output)
                   .arg(pages)
                   .arg(request.round.name)
                   .arg(c.count(Agreement::StaffOnly))
                   .arg(c.students().size())
            << "\n";
        return ExitOk;
    }
    const ConnectionTotals f = ConnectionAnalysis::load(*storage, request.round.id).totals();
    out << tr("Wrote %1 (%2 pages, round %3): %4 of %5 students have no caring adult "
              "connection.")
               .arg(*output)
               .arg(pages)
               .arg(request.round.name)
               .arg(f.unconnected)
               .arg(f.studentsActive)
        << "\n";
    out.flush();
    return ExitOk;
}

} // namespace cm
