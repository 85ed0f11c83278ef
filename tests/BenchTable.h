#pragma once
// The benchmark's printed table: one row per figure of issue 12, with the
// goal beside it and PASS or MISS.

#include <QString>
#include <QTextStream>
#include <QVector>

namespace cmbench {

struct BenchRow {
    enum Kind { Ratio, Millis, Megabytes };
    QString action;
    Kind kind = Millis;
    double ours = -1;                       // caringmap, ms (or MB)
    double reference = -1;                  // sqlite3 CLI doing the same work, ms (Ratio rows)
    double oursCpu = -1, referenceCpu = -1; // CPU time of each side (Ratio rows)
    double goal = 0;                        // at most this ratio, ms or MB
    QString error;                          // the figure could not be taken

    double figure() const { return kind == Ratio ? ours / qMax(0.001, reference) : ours; }
    bool pass() const { return error.isEmpty() && figure() <= goal; }
};

class BenchTable {
public:
    void add(const BenchRow& row) { m_rows.push_back(row); }
    void print(QTextStream& out) const;
    int misses() const;
    int failures() const; // rows whose figure could not be taken

private:
    QVector<BenchRow> m_rows;
};

} // namespace cmbench
