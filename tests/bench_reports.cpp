// Benchmark (not a test): renders the unconnected list for 5,000 unconnected
// students, the district-size worst case, and prints the time.
#include "ReportPrinting.h"
#include "Storage.h"
#include "UnconnectedReportData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    cm::Storage storage;
    if (!storage.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    const int students = 5000;
    cm::Round round = *storage.createRound(QStringLiteral("Fall"));
    {
        cm::Storage::Transaction tx(storage);
        cm::Adult a;
        a.adultId = QStringLiteral("A1");
        a.givenName = QStringLiteral("Morgan");
        a.familyName = QStringLiteral("Counselor");
        const cm::RowId adult = *storage.addAdult(a);
        for (int i = 0; i < students; ++i) {
            cm::Student s;
            s.studentId = QStringLiteral("%1").arg(100000 + i);
            s.givenName = QStringLiteral("Student%1").arg(i);
            s.familyName = QStringLiteral("Family%1").arg(i % 977);
            s.grade = QStringLiteral("%1").arg(1 + i % 12, 2, 10, QLatin1Char('0'));
            s.homeroom = QStringLiteral("R%1").arg(i % 180);
            const cm::RowId id = *storage.addStudent(s);
            if (i % 7 == 0) // a concern mark never connects
                (void)storage.setMark(round.id, adult, id, cm::MarkKind::Concern);
        }
        if (!tx.commit().ok())
            return 1;
    }
    cm::ReportRequest request;
    request.round = round;
    for (const QPageSize& size : {QPageSize(QPageSize::Letter), QPageSize(QPageSize::A4)}) {
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        const cm::Status st = cm::ReportPrinting(storage, request)
                                  .writePdf(dir.filePath(QStringLiteral("list.pdf")), size, &pages);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!st.ok()) {
            out << st.message() << "\n";
            return 1;
        }
        out << QStringLiteral("%1: %2 unconnected students, %3 pages in %4 s (%5 pages/s)\n")
                   .arg(size.name())
                   .arg(students)
                   .arg(pages)
                   .arg(seconds, 0, 'f', 2)
                   .arg(pages / seconds, 0, 'f', 0);
    }
    return 0;
}
