// DistrictBench, the figures taken on the built school: the read-only
// commands, the flags in process, and the window (through bench_ui).
#include "DistrictBench.h"

#include "ConnectionAnalysis.h"
#include "SqliteReference.h"
#include "Storage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace cmbench {

namespace {

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int rows(const QString& csvFile) {
    return int(readAll(csvFile).count('\n')) - 1; // less the header
}

// sqlite3's .mode json rows of the summary: unconnected students in the last round.
int sqliteUnconnected(const QString& jsonFile) {
    const QJsonArray a = QJsonDocument::fromJson(readAll(jsonFile)).array();
    int last = 0, sum = 0;
    for (const QJsonValue& v : a)
        last = qMax(last, v[QStringLiteral("round_id")].toInt());
    for (const QJsonValue& v : a)
        if (v[QStringLiteral("round_id")].toInt() == last)
            sum += v[QStringLiteral("unconnected")].toInt();
    return sum;
}

} // namespace

void DistrictBench::readOnlyCommands() {
    const QString db = path(QStringLiteral("district.sqlite"));
    const QString ref = path(QStringLiteral("district-ref.db"));
    const QString out = path(QStringLiteral("ours.out")), refOut = path(QStringLiteral("ref.out"));
    const int expected = m_files.unconnected[1];
    const QString first = DistrictSchool::firstRound(), second = DistrictSchool::secondRound();
    auto measure = [&](const QString& action, double goal, const QStringList& args,
                       const QString& scriptName, const QString& script) {
        const QString file = writeScript(scriptName, script);
        return ratio(
            action, goal, nullptr, [&] { return caringmap(db, args, out); },
            [&] { return sqlite(ref, file, refOut); });
    };

    BenchRow r =
        measure(QStringLiteral("unconnected --format csv"), 2,
                {QStringLiteral("unconnected"), QStringLiteral("--format"), QStringLiteral("csv")},
                QStringLiteral("unconnected.sql"), SqliteReference::unconnected());
    verify(r, rows(out) == expected && rows(refOut) == expected,
           QStringLiteral("%1 and %2 rows, not %3").arg(rows(out)).arg(rows(refOut)).arg(expected));
    add(r);

    r = measure(QStringLiteral("summary --format json"), 3,
                {QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")},
                QStringLiteral("summary.sql"), SqliteReference::summary());
    const int said = QJsonDocument::fromJson(readAll(out))[QStringLiteral("unconnected")].toInt();
    verify(r, said == expected && sqliteUnconnected(refOut) == expected,
           QStringLiteral("%1 and %2 unconnected, not %3")
               .arg(said)
               .arg(sqliteUnconnected(refOut))
               .arg(expected));
    add(r);

    r = measure(QStringLiteral("round list"), 2, {QStringLiteral("round"), QStringLiteral("list")},
                QStringLiteral("round-list.sql"), SqliteReference::roundList());
    const QString listed = QString::fromUtf8(readAll(out));
    verify(r,
           listed.contains(QStringLiteral("\t%1 of").arg(m_files.unconnected[0])) &&
               listed.contains(QStringLiteral("\t%1 of").arg(expected)) && rows(refOut) == 1,
           QStringLiteral("the rounds' counts"));
    add(r);

    r = measure(QStringLiteral("compare two rounds --format csv"), 3,
                {QStringLiteral("compare"), first, second, QStringLiteral("--format"),
                 QStringLiteral("csv")},
                QStringLiteral("compare.sql"), SqliteReference::compare(first));
    verify(r, rows(refOut) == m_files.unconnected[0] + expected + 1,
           QStringLiteral("sqlite3 listed %1 rows").arg(rows(refOut)));
    add(r);

    report();
}

void DistrictBench::report() {
    const QString db = path(QStringLiteral("district.sqlite"));
    const QString pdf = path(QStringLiteral("unconnected.pdf"));
    BenchRow row;
    row.action = QStringLiteral("report unconnected (%1 rows)").arg(m_files.unconnected[1]);
    row.goal = 2000;
    const TimedRun r = ProcessTimer::best(
        m_s.runs, [&] { QFile::remove(pdf); },
        [&] {
            return caringmap(db, {QStringLiteral("report"), QStringLiteral("unconnected"),
                                  QStringLiteral("--output"), pdf});
        });
    row.ours = r.ms;
    row.error = r.error;
    verify(row, QFileInfo(pdf).size() > 1000, QStringLiteral("no PDF written"));
    add(row);
}

// In process: the rule itself on rows already read (goal: 20 ms), best of runs.
void DistrictBench::flags() {
    const QString db = path(QStringLiteral("flags.sqlite"));
    QFile::remove(db);
    QFile::copy(path(QStringLiteral("district.sqlite")), db);
    BenchRow row;
    row.action = QStringLiteral("unconnected: the flags alone, in memory");
    row.goal = 20;
    cm::Storage storage;
    const bool opened = storage.open(db).ok();
    const cm::Result<cm::Round> round = storage.currentRound();
    if (!opened || !round.ok()) {
        row.error = QStringLiteral("cannot open %1").arg(db);
        add(row);
        return;
    }
    double load = std::numeric_limits<double>::max(), flags = load;
    int unconnected = -1;
    for (int i = 0; i < m_s.runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QVector<cm::Student> students = storage.students();
        const QVector<cm::Adult> adults = storage.adults();
        const QVector<cm::Mark> marks = storage.marks(round->id);
        load = qMin(load, t.nsecsElapsed() / 1e6);
        t.restart();
        const cm::ConnectionAnalysis analysis(students, adults, marks);
        flags = qMin(flags, t.nsecsElapsed() / 1e6);
        unconnected = analysis.totals().unconnected;
    }
    row.ours = flags;
    verify(row, unconnected == m_files.unconnected[1],
           QStringLiteral("%1 unconnected, not %2").arg(unconnected).arg(m_files.unconnected[1]));
    add(row);
    m_notes << QStringLiteral("the flags' input, read from the database in process (students, "
                              "adults, the round's marks): %1 ms")
                   .arg(load, 0, 'f', 0);
}

// bench_ui on a copy of the school, runs times; the best of each figure.
void DistrictBench::window() {
    struct Figure {
        const char* key;
        QString action;
        BenchRow::Kind kind;
        double goal;
    };
    const QVector<Figure> figures = {
        {"window_shown_ms", QStringLiteral("window shown, caringmap --db district"),
         BenchRow::Millis, 1000},
        {"students_filter_p95_ms", QStringLiteral("filter keystroke, students table, p95"),
         BenchRow::Millis, 16},
        {"toggle_p95_ms", QStringLiteral("toggle a mark, p95"), BenchRow::Millis, 16},
        {"undo_p95_ms", QStringLiteral("undo a mark, p95"), BenchRow::Millis, 16},
        {"peak_mb", QStringLiteral("peak memory in the window"), BenchRow::Megabytes, 250},
    };
    QHash<QString, double> best;
    QString error;
    const QString db = path(QStringLiteral("window.sqlite"));
    const QString out = path(QStringLiteral("bench-ui.out"));
    for (int i = 0; i < m_s.runs && error.isEmpty(); ++i) {
        QFile::remove(db);
        QFile::copy(path(QStringLiteral("district.sqlite")), db);
        const TimedRun r = m_timer.run(
            m_s.benchUi, {QStringLiteral("--db"), db, QStringLiteral("--figures")}, QString(), out);
        error = r.error;
        for (const QByteArray& line : readAll(out).split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f[0] == "figure") {
                const QString key = QString::fromLatin1(f[1]);
                best[key] =
                    qMin(best.value(key, std::numeric_limits<double>::max()), f[2].toDouble());
            }
        }
    }
    for (const Figure& f : figures) {
        BenchRow row;
        row.action = f.action;
        row.kind = f.kind;
        row.goal = f.goal;
        row.ours = best.value(QString::fromLatin1(f.key), -1);
        row.error = !error.isEmpty() ? error
                    : row.ours < 0   ? QStringLiteral("bench_ui printed no %1").arg(f.key)
                                     : QString();
        add(row);
    }
}

int DistrictBench::finish() {
    m_table.print(m_out);
    for (const QString& note : m_notes)
        m_out << "  " << note << "\n";
    const int misses = m_table.misses();
    m_out << "\n"
          << (misses == 1 ? QStringLiteral("1 figure misses its goal.")
                          : QStringLiteral("%1 figures miss their goal.").arg(misses))
          << "\n";
    m_out.flush();
    return m_table.failures();
}

} // namespace cmbench
