#pragma once
// The district benchmark of issue 12, step by step: builds the district
// school, times whole `caringmap` commands as processes (best of N runs)
// against the sqlite3 CLI doing the same work on the same rows, takes the
// window's figures from bench_ui, and fills a BenchTable. Used by bench_district.

#include "BenchTable.h"
#include "DistrictSchool.h"
#include "ProcessTimer.h"

#include <QDir>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cmbench {

struct DistrictBenchSettings {
    int runs = 3;
    bool window = true;
    QString keep;      // keep the generated files here and reuse them next time
    QString caringmap; // the program measured
    QString sqlite3;   // the reference
    QString benchUi;   // the in-window figures
    DistrictOptions district;
};

class DistrictBench {
public:
    DistrictBench(const DistrictBenchSettings& s, QTextStream& out);
    bool prepare();          // generated files (reused from --keep when they match)
    bool importRoster();     // roster.sqlite and its sqlite3 twin
    bool importMarks();      // district.sqlite (both rounds) and its twin
    void readOnlyCommands(); // unconnected, summary, round list, compare, report
    void flags();
    void window();
    // The same commands on a school file and on a school of a PostgreSQL
    // server (DistrictBenchServer.cpp); false when one fails or lists differ.
    bool server(const QString& address);
    int finish(); // prints the table; the number of figures that could not be taken

private:
    QString path(const QString& name) const { return m_work.filePath(name); }
    QString writeScript(const QString& name, const QString& text) const;
    TimedRun caringmap(const QString& db, const QStringList& args,
                       const QString& output = QString()) const;
    TimedRun sqlite(const QString& db, const QString& scriptFile,
                    const QString& output = QString()) const;
    BenchRow ratio(const QString& action, double goal,
                   const std::function<void(bool ours)>& prepare,
                   const std::function<TimedRun()>& ours,
                   const std::function<TimedRun()>& reference) const;
    void verify(BenchRow& row, bool ok, const QString& what);
    void add(const BenchRow& row); // into the table, with a progress line on stderr
    void report();
    bool reuseFiles();
    void saveStamp() const;

    DistrictBenchSettings m_s;
    QTextStream& m_out;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;  // generated files
    QDir m_work; // databases and outputs of this run
    DistrictFiles m_files;
    ProcessTimer m_timer;
    BenchTable m_table;
    QStringList m_notes;
};

} // namespace cmbench
