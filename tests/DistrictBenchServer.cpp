// The district benchmark on a PostgreSQL server (issue 17): the same commands
// on the same generated district, into a school file and into a school of
// the server, side by side. bench_district --server ADDRESS.
#include "DistrictBench.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace cmbench {

namespace {

QString ms(double v) {
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

} // namespace

bool DistrictBench::server(const QString& address) {
    const QString school = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    const QString location = address +
                             (address.contains(QLatin1Char('?')) ? QStringLiteral("&school=")
                                                                 : QStringLiteral("?school=")) +
                             school;
    const QString file = path(QStringLiteral("server-twin.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("district"), QStringLiteral("init")},
          QStringList{QStringLiteral("district"), QStringLiteral("add-school"), school,
                      QStringLiteral("Benchmark district school")}}) {
        const TimedRun r = caringmap(address, args);
        if (!r.ok) {
            m_out << "bench_district --server: " << r.error << "\n";
            return false;
        }
    }
    struct Step {
        QString action;
        QStringList args;
        bool repeat; // read-only: best of the runs; writes: once
    };
    const QString first = DistrictSchool::firstRound(), second = DistrictSchool::secondRound();
    const QVector<Step> steps{
        {QStringLiteral("import oneroster"),
         {QStringLiteral("import"), QStringLiteral("oneroster"), m_files.oneRosterDir},
         false},
        {QStringLiteral("round new"),
         {QStringLiteral("round"), QStringLiteral("new"), first},
         false},
        {QStringLiteral("import marks, %1 rows").arg(m_s.district.firstMarks),
         {QStringLiteral("import"), QStringLiteral("marks"), m_files.firstMarksCsv,
          QStringLiteral("--round"), first},
         false},
        {QStringLiteral("round new"),
         {QStringLiteral("round"), QStringLiteral("new"), second},
         false},
        {QStringLiteral("import marks, %1 rows").arg(m_s.district.secondMarks),
         {QStringLiteral("import"), QStringLiteral("marks"), m_files.secondMarksCsv,
          QStringLiteral("--round"), second},
         false},
        {QStringLiteral("unconnected --format csv"),
         {QStringLiteral("unconnected"), QStringLiteral("--format"), QStringLiteral("csv")},
         true},
        {QStringLiteral("summary --format json"),
         {QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")},
         true},
        {QStringLiteral("round list"), {QStringLiteral("round"), QStringLiteral("list")}, true},
        {QStringLiteral("compare"), {QStringLiteral("compare"), first, second}, true},
        {QStringLiteral("mark (one, with its audit row)"),
         {QStringLiteral("mark"), QStringLiteral("T20001"), QStringLiteral("S100001")},
         true},
    };
    m_out << "\nOn a district server (PostgreSQL, " << address
          << "), the same school as a file and as one school of the server:\n\n"
          << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                 .arg(QStringLiteral("action"), -34)
                 .arg(QStringLiteral("SQLite file"), 12)
                 .arg(QStringLiteral("PostgreSQL"), 12)
                 .arg(QStringLiteral("PG / SQLite"), 11)
          << "|---|---:|---:|---:|\n";
    bool ok = true;
    const QString fileOut = path(QStringLiteral("file.out")),
                  serverOut = path(QStringLiteral("server.out"));
    for (const Step& step : steps) {
        double best[2] = {0, 0};
        QString error;
        for (int side = 0; side < 2; ++side) {
            const int runs = step.repeat ? m_s.runs : 1;
            for (int i = 0; i < runs; ++i) {
                const TimedRun r = caringmap(side == 0 ? file : location, step.args,
                                             side == 0 ? fileOut : serverOut);
                if (!r.ok) {
                    error = r.error;
                    break;
                }
                best[side] = i == 0 ? r.ms : qMin(best[side], r.ms);
            }
        }
        if (!error.isEmpty()) {
            m_out << "| " << step.action << " | failed: " << error.left(200) << " | | |\n";
            ok = false;
            continue;
        }
        QString same;
        if (step.action.startsWith(QLatin1String("unconnected"))) {
            QFile a(fileOut), b(serverOut);
            const bool equal = a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) &&
                               a.readAll() == b.readAll();
            same = equal ? QStringLiteral(" (same list)") : QStringLiteral(" (LISTS DIFFER)");
            ok = ok && equal;
        }
        m_out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(step.action + same, -34)
                     .arg(ms(best[0]) + QStringLiteral(" ms"), 12)
                     .arg(ms(best[1]) + QStringLiteral(" ms"), 12)
                     .arg(QStringLiteral("%1x").arg(best[1] / qMax(0.001, best[0]), 0, 'f', 2), 11);
    }
    m_out.flush();
    return ok;
}

} // namespace cmbench
