// The district benchmark of issue 12 (not a test; not run by CTest):
//     bench_district [--runs N] [--keep DIR] [--no-window] [--students N ...]
// or, building first: bash packaging/bench.sh. Prints every figure of the
// issue's table, as a ratio against the sqlite3 CLI doing the same work in the
// same run where the table names one, else in ms, with the goal beside it.
#include "DistrictBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds the district school (a OneRoster export and two rounds of marks, fixed seed),\n"
        "times whole caringmap commands against the sqlite3 CLI doing the same work, and\n"
        "prints every figure of issue 12 with its goal. Exits 1 when a figure cannot be taken."));
    parser.addHelpOption();
    cmbench::DistrictSchool::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("runs"), QStringLiteral("Runs per figure; the best counts (3)."),
         QStringLiteral("N")},
        {QStringLiteral("keep"),
         QStringLiteral("Keep the generated files in DIR and reuse them next time."),
         QStringLiteral("DIR")},
        {QStringLiteral("no-window"), QStringLiteral("Skip the window's figures (bench_ui).")},
        {QStringLiteral("server"),
         QStringLiteral("Also run the commands on a school of this PostgreSQL server (a libpq "
                        "address of district IT's role) and print both side by side."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("server-only"), QStringLiteral("Only the side-by-side table of --server.")},
        {QStringLiteral("caringmap"), QStringLiteral("The program measured."),
         QStringLiteral("PATH"), QStringLiteral(CARINGMAP_EXE)},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 CLI (/usr/bin/sqlite3)."),
         QStringLiteral("PATH"), QStringLiteral("/usr/bin/sqlite3")},
    });
    parser.process(app);
    cmbench::DistrictBenchSettings s;
    QString error;
    bool runsOk = true;
    s.runs = parser.isSet(QStringLiteral("runs"))
                 ? parser.value(QStringLiteral("runs")).toInt(&runsOk)
                 : s.runs;
    if (!runsOk || s.runs < 1)
        error = QStringLiteral("--runs takes a whole number from 1");
    else
        cmbench::DistrictSchool::options(parser, &s.district, &error);
    s.keep = parser.value(QStringLiteral("keep"));
    s.window = !parser.isSet(QStringLiteral("no-window"));
    s.caringmap = parser.value(QStringLiteral("caringmap"));
    s.sqlite3 = parser.value(QStringLiteral("sqlite3"));
    s.benchUi = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_ui");
    for (const QString& program : {s.caringmap, s.sqlite3})
        if (error.isEmpty() && !QFile::exists(program))
            error = QStringLiteral("%1 is missing (build caringmap; install sqlite3 with "
                                   "packaging/deps.sh)")
                        .arg(program);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_district: %s\n", qPrintable(error));
        return 2;
    }
    QTextStream out(stdout);
    cmbench::DistrictBench bench(s, out);
    if (!bench.prepare())
        return 1;
    const QString server = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("server-only")))
        return !server.isEmpty() && bench.server(server) ? 0 : 1;
    if (bench.importRoster() && bench.importMarks()) {
        bench.readOnlyCommands();
        bench.flags();
        if (s.window)
            bench.window();
    }
    const int failed = bench.finish();
    const bool serverOk = server.isEmpty() || bench.server(server);
    return failed == 0 && serverOk ? 0 : 1;
}
