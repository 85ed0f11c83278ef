// How the window copes with the district school of issue 12 (30,000 students,
// 3,750 adults, 250,000 + 150,000 marks). Not part of CTest.
//     bench_ui [--db FILE] [--figures] [--students N --adults N ...]
// Without --db it builds the district (DistrictSchool) in a temporary folder
// and measures it in a fresh process, so that peak memory is the window's.
// Prints milliseconds for opening the window with the school loaded, for each
// keystroke of a filter (students table and marking roster), for a mark
// toggle (database write + every view updated) and undo, and peak memory.
// --figures adds "figure KEY VALUE" lines for bench_district. The marks are
// written into the school: give it a copy.
#include "DistrictSchool.h"
#include "MainWindow.h"
#include "MarkingPage.h"
#include "SchoolDocument.h"
#include "Storage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

bool g_figures = false;

struct Figures {
    std::vector<double> ms;
    void add(const Figures& other) { ms.insert(ms.end(), other.ms.begin(), other.ms.end()); }
    double p95() const {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[size_t(std::ceil(0.95 * double(sorted.size()))) - 1];
    }
    void print(const char* what, const char* key = nullptr) const {
        if (ms.empty())
            return;
        const double total = std::accumulate(ms.begin(), ms.end(), 0.0);
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-44s n=%3zu  mean %7.2f  median %7.2f  p95 %7.2f  max %7.2f ms\n", what,
                    ms.size(), total / double(ms.size()), sorted[sorted.size() / 2], p95(),
                    sorted.back());
        if (key && g_figures)
            std::printf("figure %s %.2f\n", key, p95());
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

// Builds the district, then measures it in a child process (this one's
// memory holds the import's). Returns the child's exit code.
int buildAndMeasure(const cmbench::DistrictOptions& options, bool figures) {
    QTemporaryDir tmp;
    QString db, error;
    QElapsedTimer t;
    t.start();
    if (!cmbench::DistrictSchool::makeDatabase(tmp.path(), options, &db, &error)) {
        std::fprintf(stderr, "bench_ui: could not build the district: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("district school: %d students, %d adults, %d + %d marks (built in %.0f ms)\n",
                options.students, options.adults, options.firstMarks, options.secondMarks,
                elapsedMs(t));
    std::fflush(stdout);
    QStringList args{QStringLiteral("--db"), db};
    if (figures)
        args << QStringLiteral("--figures");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

void filters(cm::MainWindow& window) {
    window.showPage(QStringLiteral("studentsPage"));
    auto* studentFilter = window.findChild<QLineEdit*>(QStringLiteral("studentFilter"));
    const Figures one = typeAndErase(studentFilter, QStringLiteral("adams"));
    const Figures two = typeAndErase(studentFilter, QStringLiteral("zoe 10"));
    one.print("students table: filter keystroke");
    two.print("students table: 2-word keystroke");
    Figures all = one;
    all.add(two);
    all.print("students table: every keystroke", "students_filter_p95_ms");
}

void marking(cm::MainWindow& window, cm::SchoolDocument& context) {
    cm::RowId adult = context.adults().first().id;
    for (int i = 5; i < context.adults().size(); ++i)
        if (context.adults().at(i).active) {
            adult = context.adults().at(i).id;
            break;
        }
    // The Mark page on screen, as the counselor sees it: toggles repaint its table.
    window.showPage(QStringLiteral("markPage"));
    QApplication::processEvents();
    QElapsedTimer t;
    t.start();
    window.markingPage()->startSession(adult, false);
    QApplication::processEvents();
    std::printf("%-44s %.1f ms\n", "start a marking session", elapsedMs(t));
    auto* markFilter = window.findChild<QLineEdit*>(QStringLiteral("markFilter"));
    typeAndErase(markFilter, QStringLiteral("ahmed"))
        .print("marking roster: filter keystroke", "marking_filter_p95_ms");

    auto* table = window.findChild<QTableView*>(QStringLiteral("markTable"));
    table->setFocus();
    Figures toggles;
    for (int row = 0; row < 100; ++row) {
        table->setCurrentIndex(table->model()->index(row * 37 % table->model()->rowCount(), 0));
        t.restart();
        // Space: connected; Ctrl+Space: may benefit.
        QTest::keyClick(table, Qt::Key_Space, row % 5 == 0 ? Qt::ControlModifier : Qt::NoModifier);
        QApplication::processEvents();
        toggles.ms.push_back(elapsedMs(t));
    }
    toggles.print("toggle a mark (write + all views updated)", "toggle_p95_ms");
    Figures undos;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        context.undoStack()->undo();
        QApplication::processEvents();
        undos.ms.push_back(elapsedMs(t));
    }
    undos.print("undo a mark", "undo_p95_ms");
}

int measure(const QString& db) {
    QElapsedTimer t;
    t.start();
    cm::SchoolDocument context;
    cm::MainWindow window(context);
    window.resize(1366, 768);
    if (const cm::Status st = window.openSchool(db); !st.ok()) {
        std::fprintf(stderr, "bench_ui: cannot open %s: %s\n", qPrintable(db),
                     qPrintable(st.message()));
        return 1;
    }
    window.show();
    QApplication::processEvents();
    const double shown = elapsedMs(t);
    std::printf("%-44s %.1f ms\n", "open the window with the school loaded", shown);
    if (g_figures)
        std::printf("figure window_shown_ms %.1f\n", shown);
    std::printf("students %lld, adults %lld; %s\n",
                static_cast<long long>(context.students().size()),
                static_cast<long long>(context.adults().size()), qPrintable(context.totalsText()));
    filters(window);
    marking(window, context);
    std::printf("after: %s\n", qPrintable(context.totalsText()));
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("%-44s %ld MB\n", "peak memory", u.ru_maxrss / 1024);
    if (g_figures)
        std::printf("figure peak_mb %ld\n", u.ru_maxrss / 1024);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("caringmap-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("caringmap-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the window on the district school (or --db FILE, which it "
                       "changes: give it a copy)."));
    parser.addHelpOption();
    cmbench::DistrictSchool::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Measure this school instead of building one."),
         QStringLiteral("FILE")},
        {QStringLiteral("figures"), QStringLiteral("Add 'figure KEY VALUE' lines.")},
    });
    parser.process(app);
    g_figures = parser.isSet(QStringLiteral("figures"));
    if (parser.isSet(QStringLiteral("db")))
        return measure(parser.value(QStringLiteral("db")));
    cmbench::DistrictOptions options;
    QString error;
    if (!cmbench::DistrictSchool::options(parser, &options, &error)) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(error));
        return 2;
    }
    return buildAndMeasure(options, g_figures);
}
