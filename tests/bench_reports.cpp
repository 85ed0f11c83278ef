// Benchmark (not a test): renders the unconnected list of the district school
// of issue 12 (its current round has about 5,000 unconnected students) as a
// PDF, in process, and prints the time. The whole `report` command, timed as
// a process, is in bench_district.
//     bench_reports [--db FILE] [--students N ...]
#include "DistrictSchool.h"
#include "ReportPrinting.h"
#include "Storage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

int render(const QString& db, const QString& dir, QTextStream& out) {
    cm::Storage storage;
    if (const cm::Status st = storage.open(db); !st.ok()) {
        out << "bench_reports: " << st.message() << "\n";
        return 1;
    }
    const cm::Result<cm::Round> round = storage.currentRound();
    if (!round.ok()) {
        out << "bench_reports: " << round.message() << "\n";
        return 1;
    }
    cm::ReportRequest request;
    request.round = *round;
    for (const QPageSize& size : {QPageSize(QPageSize::Letter), QPageSize(QPageSize::A4)}) {
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        const cm::Status st = cm::ReportPrinting(storage, request)
                                  .writePdf(dir + QStringLiteral("/list.pdf"), size, &pages);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!st.ok()) {
            out << st.message() << "\n";
            return 1;
        }
        out << QStringLiteral("%1: the unconnected list of %2, %3 pages in %4 s (%5 pages/s)\n")
                   .arg(size.name(), round->name)
                   .arg(pages)
                   .arg(seconds, 0, 'f', 2)
                   .arg(pages / seconds, 0, 'f', 0);
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the unconnected list of the district school (or --db FILE)."));
    parser.addHelpOption();
    cmbench::DistrictSchool::addOptions(parser);
    parser.addOption({QStringLiteral("db"), QStringLiteral("Render this school's list instead."),
                      QStringLiteral("FILE")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        cmbench::DistrictOptions options;
        QString error;
        QElapsedTimer t;
        t.start();
        if (!cmbench::DistrictSchool::options(parser, &options, &error) ||
            !cmbench::DistrictSchool::makeDatabase(dir.path(), options, &db, &error)) {
            std::fprintf(stderr, "bench_reports: %s\n", qPrintable(error));
            return 2;
        }
        out << "district school: " << options.students << " students, " << options.adults
            << " adults (built in " << t.elapsed() << " ms)\n";
        out.flush();
    }
    return render(db, dir.path(), out);
}
