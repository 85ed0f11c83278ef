// How the window copes with a large school: 5,000 students and 400 adults.
//     bench_ui [STUDENTS ADULTS]
// Prints milliseconds for opening the window with the school loaded, for
// each keystroke of a filter (students table and marking roster) and for a
// mark toggle (database write + every view updated). Not part of CTest.
#include "DemoSchool.h"
#include "MainWindow.h"
#include "MarkingPage.h"
#include "SchoolDocument.h"
#include "Storage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

struct Figures {
    std::vector<double> ms;
    void print(const char* what) const {
        if (ms.empty())
            return;
        const double total = std::accumulate(ms.begin(), ms.end(), 0.0);
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-44s n=%3zu  mean %7.2f ms  median %7.2f ms  max %7.2f ms\n", what, ms.size(),
                    total / double(ms.size()), sorted[sorted.size() / 2], sorted.back());
    }
};

double elapsedMs(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Types text one key at a time, then erases it; times every keystroke
// including the repaint work queued by it.
Figures typeAndErase(QLineEdit* edit, const QString& text) {
    Figures f;
    edit->setFocus();
    for (const QChar c : text) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, c.toLatin1());
        QApplication::processEvents();
        f.ms.push_back(elapsedMs(t));
    }
    for (int i = 0; i < text.size(); ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QApplication::processEvents();
        f.ms.push_back(elapsedMs(t));
    }
    return f;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("caringmap-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("caringmap-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const int students = argc > 2 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    const int adults = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 400;

    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("big-school.sqlite"));
    QElapsedTimer t;
    t.start();
    {
        cm::Storage storage;
        if (!storage.open(db).ok() ||
            !cm::DemoSchool::create(storage, cm::DemoOptions{students, adults, 4242}).ok()) {
            std::fprintf(stderr, "could not create the school\n");
            return 1;
        }
    }
    std::printf("demo school: %d students, %d adults (created in %.0f ms)\n", students, adults,
                elapsedMs(t));

    t.restart();
    cm::SchoolDocument context;
    cm::MainWindow window(context);
    window.resize(1280, 800);
    if (!window.openSchool(db).ok())
        return 1;
    window.show();
    QApplication::processEvents();
    std::printf("%-44s %.1f ms\n", "open the window with the school loaded", elapsedMs(t));
    std::printf("marks in the viewed round: %lld; %s\n",
                static_cast<long long>(context.storage().marks(context.viewedRound()).size()),
                qPrintable(context.totalsText()));

    window.showPage(QStringLiteral("studentsPage"));
    auto* studentFilter = window.findChild<QLineEdit*>(QStringLiteral("studentFilter"));
    typeAndErase(studentFilter, QStringLiteral("adams")).print("students table: filter keystroke");
    typeAndErase(studentFilter, QStringLiteral("zoe 07")).print("students table: 2-word keystroke");

    t.restart();
    window.markingPage()->startSession(context.adults().at(5).id, false);
    QApplication::processEvents();
    std::printf("%-44s %.1f ms\n", "start a marking session", elapsedMs(t));
    auto* markFilter = window.findChild<QLineEdit*>(QStringLiteral("markFilter"));
    typeAndErase(markFilter, QStringLiteral("ahmed")).print("marking roster: filter keystroke");

    auto* table = window.findChild<QTableView*>(QStringLiteral("markTable"));
    table->setFocus();
    Figures toggles;
    for (int row = 0; row < 100; ++row) {
        table->setCurrentIndex(table->model()->index(row * 37 % table->model()->rowCount(), 0));
        t.restart();
        QTest::keyClick(table, row % 5 == 0 ? Qt::Key_C : Qt::Key_Space);
        QApplication::processEvents();
        toggles.ms.push_back(elapsedMs(t));
    }
    toggles.print("toggle a mark (write + all views updated)");
    Figures undos;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        context.undoStack()->undo();
        QApplication::processEvents();
        undos.ms.push_back(elapsedMs(t));
    }
    undos.print("undo a mark");
    std::printf("after: %s\n", qPrintable(context.totalsText()));
    return 0;
}
