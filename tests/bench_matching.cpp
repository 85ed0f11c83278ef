// Benchmark: suggests go-to adults for 10,000 unconnected students and 3,000
// adults with teaching links, in memory. Built, not run by CTest.
#include "MatchSuggester.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace cm;

namespace {

// sparse: each student has one teaching link at most, and only a fifth of the
// adults teach, so homeroom, grade, volunteer and any-adult options are used.
MatchInput school(int students, int adults, int defaultCapacity, quint32 seed,
                  bool sparse = false) {
    QRandomGenerator rng(seed);
    MatchInput in;
    in.defaultCapacity = defaultCapacity;
    const int grades = 4;
    const int homeroomsPerGrade = students / grades / 25 + 1;
    for (int i = 0; i < students; ++i) {
        const int grade = 9 + i % grades;
        const int room = int(rng.bounded(quint32(homeroomsPerGrade)));
        in.students.push_back({RowId(100000 + i), QString::number(grade),
                               QStringLiteral("%1-%2").arg(grade).arg(room)});
    }
    for (int a = 0; a < adults; ++a) {
        MatchCandidate c;
        c.id = 1 + a;
        c.volunteer = rng.bounded(100u) < 30;
        c.leaving = rng.bounded(100u) < 3;
        if (rng.bounded(100u) < 5)
            c.capacity = 0;
        else if (rng.bounded(100u) < 10)
            c.capacity = 1;
        in.adults.push_back(c);
    }
    // Six classes per student (one when sparse); each teacher teaches within a grade.
    const int teachers = sparse ? adults / 5 : adults;
    for (int i = 0; i < students; ++i) {
        for (int k = 0; k < (sparse ? 1 : 6); ++k) {
            const int a =
                (i % grades) * (teachers / grades) + int(rng.bounded(quint32(teachers / grades)));
            in.teaching.push_back({RowId(1 + a), RowId(100000 + i)});
        }
        if (rng.bounded(100u) < 5)
            in.concerns.push_back(
                {RowId(1 + int(rng.bounded(quint32(adults)))), RowId(100000 + i)});
    }
    return in;
}

void run(QTextStream& out, int students, int adults, int capacity, bool sparse = false) {
    const MatchInput in = school(students, adults, capacity, 7, sparse);
    QElapsedTimer t;
    t.start();
    const MatchSuggestion s = MatchSuggester::suggest(in);
    const qint64 ms = t.elapsed();
    int byReason[7] = {};
    for (const MatchAssignment& m : s.assignments)
        byReason[int(m.reason)] += 1;
    out << (sparse ? "sparse: " : "") << students << " students, " << adults << " adults, "
        << in.teaching.size() << " teaching links, default capacity " << capacity << ": " << ms
        << " ms; " << (students - s.shortfall()) << " matched, shortfall " << s.shortfall()
        << " (concern " << byReason[0] << ", teaches " << byReason[1] << ", homeroom "
        << byReason[2] << ", grade " << byReason[3] << ", volunteer " << byReason[4] << ", other "
        << byReason[5] << ")\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the mentor matcher on 10,000 unconnected students and 3,000 "
                       "adults, in memory."));
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    run(out, 10000, 3000, 3);
    run(out, 10000, 3000, 4);
    run(out, 10000, 3000, 2);
    run(out, 10000, 3000, 4, true);
    run(out, 10000, 3000, 3, true);
    return 0;
}
