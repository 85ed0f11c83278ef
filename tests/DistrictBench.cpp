#include "DistrictBench.h"

#include "SqliteReference.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>

namespace cmbench {

namespace {

// A fresh copy of a database, without the journal or backups of an earlier run.
void copyDb(const QString& from, const QString& to) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    const QFileInfo fi(to);
    QDir(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-backups")))
        .removeRecursively();
    if (!from.isEmpty())
        QFile::copy(from, to);
}

QString n(qint64 v) {
    return QLocale(QLocale::English).toString(v);
}

} // namespace

DistrictBench::DistrictBench(const DistrictBenchSettings& s, QTextStream& out)
    : m_s(s)
    , m_out(out)
    , m_tmp(std::make_unique<QTemporaryDir>())
    , m_dir(s.keep.isEmpty() ? m_tmp->filePath(QStringLiteral("files")) : s.keep)
    , m_work(m_tmp->filePath(QStringLiteral("run")))
    , m_timer([this] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The runs' settings and recent files stay away from the user's own.
        const QString home = m_tmp->filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        return env;
    }()) {
    QDir().mkpath(m_work.path());
    QDir().mkpath(m_dir.path());
}

bool DistrictBench::reuseFiles() {
    const QSettings ini(m_dir.filePath(QStringLiteral("district.ini")), QSettings::IniFormat);
    if (ini.value(QStringLiteral("stamp")).toString() != m_s.district.stamp())
        return false;
    m_files.oneRosterDir = m_dir.filePath(QStringLiteral("oneroster"));
    m_files.firstMarksCsv = m_dir.filePath(QStringLiteral("marks-fall.csv"));
    m_files.secondMarksCsv = m_dir.filePath(QStringLiteral("marks-spring.csv"));
    m_files.activeStudents = ini.value(QStringLiteral("activeStudents")).toInt();
    m_files.activeAdults = ini.value(QStringLiteral("activeAdults")).toInt();
    m_files.homerooms = ini.value(QStringLiteral("homerooms")).toInt();
    m_files.classes = ini.value(QStringLiteral("classes")).toInt();
    m_files.enrollments = ini.value(QStringLiteral("enrollments")).toInt();
    m_files.unconnected[0] = ini.value(QStringLiteral("unconnected0")).toInt();
    m_files.unconnected[1] = ini.value(QStringLiteral("unconnected1")).toInt();
    return QFile::exists(m_files.firstMarksCsv) && QFile::exists(m_files.secondMarksCsv) &&
           QFile::exists(QDir(m_files.oneRosterDir).filePath(QStringLiteral("enrollments.csv")));
}

void DistrictBench::saveStamp() const {
    QSettings ini(m_dir.filePath(QStringLiteral("district.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("stamp"), m_s.district.stamp());
    ini.setValue(QStringLiteral("activeStudents"), m_files.activeStudents);
    ini.setValue(QStringLiteral("activeAdults"), m_files.activeAdults);
    ini.setValue(QStringLiteral("homerooms"), m_files.homerooms);
    ini.setValue(QStringLiteral("classes"), m_files.classes);
    ini.setValue(QStringLiteral("enrollments"), m_files.enrollments);
    ini.setValue(QStringLiteral("unconnected0"), m_files.unconnected[0]);
    ini.setValue(QStringLiteral("unconnected1"), m_files.unconnected[1]);
}

bool DistrictBench::prepare() {
    QElapsedTimer t;
    t.start();
    const bool reused = !m_s.keep.isEmpty() && reuseFiles();
    QString error;
    if (!reused && !DistrictSchool::write(m_dir.path(), m_s.district, &m_files, &error)) {
        m_out << "bench_district: " << error << "\n";
        return false;
    }
    if (!reused)
        saveStamp();
    const DistrictOptions& o = m_s.district;
    m_out << "District school (seed " << o.seed << "): " << n(o.students) << " students ("
          << n(m_files.activeStudents) << " active), " << n(o.adults) << " adults ("
          << n(m_files.activeAdults) << " active), " << n(m_files.homerooms) << " homerooms, "
          << n(m_files.classes - m_files.homerooms) << " classes, " << n(m_files.enrollments)
          << " enrollments;\n  marks: " << n(o.firstMarks) << " in " << DistrictSchool::firstRound()
          << " (" << n(m_files.unconnected[0]) << " unconnected), " << n(o.secondMarks) << " in "
          << DistrictSchool::secondRound() << " (" << n(m_files.unconnected[1])
          << " unconnected, the current round).\n  "
          << (reused ? "Reused the files in " : "Generated in ") << m_dir.path() << " ("
          << t.elapsed() << " ms). Best of " << m_s.runs
          << " runs per figure; other programs on the machine are not stopped.\n\n";
    m_out.flush();
    return true;
}

QString DistrictBench::writeScript(const QString& name, const QString& text) const {
    const QString file = path(name);
    QFile f(file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return file;
}

TimedRun DistrictBench::caringmap(const QString& db, const QStringList& args,
                                  const QString& output) const {
    return m_timer.run(m_s.caringmap, QStringList{QStringLiteral("--db"), db} + args, QString(),
                       output);
}

TimedRun DistrictBench::sqlite(const QString& db, const QString& scriptFile,
                               const QString& output) const {
    return m_timer.run(m_s.sqlite3, {QStringLiteral("-bail"), db}, scriptFile, output);
}

// Runs ours and the reference alternately, runs times, each after prepare(side);
// the best of each side makes the ratio.
BenchRow DistrictBench::ratio(const QString& action, double goal,
                              const std::function<void(bool ours)>& prepare,
                              const std::function<TimedRun()>& ours,
                              const std::function<TimedRun()>& reference) const {
    BenchRow row;
    row.action = action;
    row.kind = BenchRow::Ratio;
    row.goal = goal;
    TimedRun bestOurs, bestRef;
    for (int i = 0; i < m_s.runs && row.error.isEmpty(); ++i) {
        for (auto [run, best] : {std::pair{&ours, &bestOurs}, std::pair{&reference, &bestRef}}) {
            if (prepare)
                prepare(run == &ours);
            const TimedRun r = (*run)();
            if (!r.ok) {
                row.error = r.error;
                break;
            }
            const double cpu = best->ok ? qMin(best->cpuMs, r.cpuMs) : r.cpuMs;
            if (!best->ok || r.ms < best->ms)
                *best = r;
            best->cpuMs = cpu;
        }
    }
    row.ours = bestOurs.ms;
    row.reference = bestRef.ms;
    row.oursCpu = bestOurs.cpuMs;
    row.referenceCpu = bestRef.cpuMs;
    return row;
}

// A figure counts only when both sides did the work asked of them.
void DistrictBench::verify(BenchRow& row, bool ok, const QString& what) {
    if (!ok && row.error.isEmpty())
        row.error = QStringLiteral("wrong output: ") + what;
}

void DistrictBench::add(const BenchRow& row) {
    m_table.add(row);
    QString line = QStringLiteral("bench_district: %1: ").arg(row.action);
    if (!row.error.isEmpty())
        line += row.error;
    else if (row.kind == BenchRow::Ratio)
        line += QStringLiteral("%1 ms, sqlite3 %2 ms")
                    .arg(row.ours, 0, 'f', 1)
                    .arg(row.reference, 0, 'f', 1);
    else
        line += QString::number(row.ours, 'f', 1) +
                (row.kind == BenchRow::Megabytes ? QStringLiteral(" MB") : QStringLiteral(" ms"));
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

bool DistrictBench::importRoster() {
    const QString db = path(QStringLiteral("roster.sqlite"));
    const QString ref = path(QStringLiteral("roster-ref.db"));
    const QString script = writeScript(QStringLiteral("import-roster.sql"),
                                       SqliteReference::importRoster(m_files.oneRosterDir));
    BenchRow row = ratio(
        QStringLiteral("OneRoster import"), 2,
        [&](bool ours) { copyDb(QString(), ours ? db : ref); },
        [&] {
            return caringmap(
                db, {QStringLiteral("import"), QStringLiteral("oneroster"), m_files.oneRosterDir});
        },
        [&] { return sqlite(ref, script); });
    // The reference school for every later figure: caringmap's tables, from those rows.
    const QString school = path(QStringLiteral("school-ref.db"));
    copyDb(ref, school);
    const TimedRun made = sqlite(school, writeScript(QStringLiteral("reference-school.sql"),
                                                     SqliteReference::referenceSchool()));
    if (!made.ok && row.error.isEmpty())
        row.error = made.error;
    add(row);
    return row.error.isEmpty();
}

bool DistrictBench::importMarks() {
    const QString roster = path(QStringLiteral("roster.sqlite"));
    const QString school = path(QStringLiteral("school-ref.db"));
    const QString db = path(QStringLiteral("district.sqlite"));
    const QString ref = path(QStringLiteral("district-ref.db"));
    const QString first = DistrictSchool::firstRound(), second = DistrictSchool::secondRound();
    // `import marks --round` fills a round that exists; starting it is not timed.
    auto newRound = [&](const QString& round) {
        return caringmap(db, {QStringLiteral("round"), QStringLiteral("new"), round});
    };
    auto import = [&](const QString& csv, const QString& round) {
        return caringmap(db, {QStringLiteral("import"), QStringLiteral("marks"), csv,
                              QStringLiteral("--round"), round});
    };
    const QString script1 = writeScript(QStringLiteral("import-marks-1.sql"),
                                        SqliteReference::importMarks(m_files.firstMarksCsv, first));
    BenchRow row = ratio(
        QStringLiteral("import marks, %1 rows").arg(n(m_s.district.firstMarks)), 2,
        [&](bool ours) {
            if (ours) {
                copyDb(roster, db);
                newRound(first);
            } else
                copyDb(school, ref);
        },
        [&] { return import(m_files.firstMarksCsv, first); }, [&] { return sqlite(ref, script1); });
    // The second round, once: the school every read-only figure is taken on.
    const TimedRun started = newRound(second);
    const TimedRun ours = started.ok ? import(m_files.secondMarksCsv, second) : started;
    const TimedRun theirs =
        sqlite(ref, writeScript(QStringLiteral("import-marks-2.sql"),
                                SqliteReference::importMarks(m_files.secondMarksCsv, second)));
    if (ours.ok && theirs.ok)
        m_notes << QStringLiteral("import marks, %1 rows into the second round (one run): %2 ms, "
                                  "sqlite3 %3 ms, %4x")
                       .arg(n(m_s.district.secondMarks))
                       .arg(ours.ms, 0, 'f', 0)
                       .arg(theirs.ms, 0, 'f', 0)
                       .arg(ours.ms / qMax(0.001, theirs.ms), 0, 'f', 2);
    if (row.error.isEmpty())
        row.error = !ours.ok ? ours.error : theirs.error;
    add(row);
    return row.error.isEmpty();
}

} // namespace cmbench
