#include "BenchTable.h"

namespace cmbench {

namespace {

QString millis(double ms) {
    return ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 100 ? 1 : 0);
}

QString figureText(const BenchRow& r) {
    switch (r.kind) {
    case BenchRow::Ratio:
        return QStringLiteral("%1x").arg(r.figure(), 0, 'f', 2);
    case BenchRow::Megabytes:
        return QStringLiteral("%1 MB").arg(r.ours, 0, 'f', 0);
    case BenchRow::Millis:
        break;
    }
    return millis(r.ours);
}

QString goalText(const BenchRow& r) {
    switch (r.kind) {
    case BenchRow::Ratio:
        return QStringLiteral("<= %1x sqlite3").arg(r.goal, 0, 'g', 3);
    case BenchRow::Megabytes:
        return QStringLiteral("<= %1 MB").arg(r.goal, 0, 'f', 0);
    case BenchRow::Millis:
        break;
    }
    return QStringLiteral("<= %1 ms").arg(r.goal, 0, 'f', 0);
}

} // namespace

void BenchTable::print(QTextStream& out) const {
    const QString line = QStringLiteral("%1  %2  %3  %4  %5  %6  %7");
    out << line.arg(QStringLiteral("action"), -44)
               .arg(QStringLiteral("caringmap"), 10)
               .arg(QStringLiteral("sqlite3"), 10)
               .arg(QStringLiteral("figure"), 10)
               .arg(QStringLiteral("goal"), -16)
               .arg(QStringLiteral("    "))
               .arg(QStringLiteral("CPU time ratio"))
        << "\n";
    out << QString(44 + 2 + 10 + 2 + 10 + 2 + 10 + 2 + 16 + 2 + 4 + 2 + 14, QLatin1Char('-'))
        << "\n";
    for (const BenchRow& r : m_rows) {
        if (!r.error.isEmpty()) {
            out << QString(line)
                       .arg(r.action, -44)
                       .arg(QStringLiteral("-"), 10)
                       .arg(QStringLiteral("-"), 10)
                       .arg(QStringLiteral("-"), 10)
                       .arg(goalText(r), -16)
                       .arg(QStringLiteral("    "))
                       .arg(QStringLiteral("ERROR: ") + r.error) // last: no placeholder after it
                       .trimmed()
                << "\n";
            continue;
        }
        out << line.arg(r.action, -44)
                   .arg(r.kind == BenchRow::Megabytes ? QStringLiteral("-") : millis(r.ours), 10)
                   .arg(r.kind == BenchRow::Ratio ? millis(r.reference) : QStringLiteral("-"), 10)
                   .arg(figureText(r), 10)
                   .arg(goalText(r), -16)
                   .arg(r.pass() ? QStringLiteral("PASS") : QStringLiteral("MISS"))
                   .arg(r.kind == BenchRow::Ratio && r.referenceCpu > 0
                            ? QStringLiteral("%1x").arg(r.oursCpu / r.referenceCpu, 0, 'f', 2)
                            : QString())
                   .trimmed()
            << "\n";
    }
    out.flush();
}

int BenchTable::misses() const {
    int n = 0;
    for (const BenchRow& r : m_rows)
        n += !r.pass();
    return n;
}

int BenchTable::failures() const {
    int n = 0;
    for (const BenchRow& r : m_rows)
        n += !r.error.isEmpty();
    return n;
}

} // namespace cmbench
