// Screenshots of the real window on the demo school:
//     take_screenshots OUTPUT_FOLDER
// Creates a demo school in a temporary file, opens the whole window (in the
// system's language: LANG=es_ES.UTF-8 for Spanish) at
// 1280x800 and saves one PNG per page (QT_QPA_PLATFORM=offscreen works).
#include "DemoSchool.h"
#include "MainWindow.h"
#include "MarkingPage.h"
#include "MatchView.h"
#include "SessionLock.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "StudentDialog.h"
#include "Translations.h"
#include "Window.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace {

void save(QWidget& window, const QDir& out, const QString& name) {
    QApplication::processEvents();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("caringmap-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("caringmap-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    // The system's language: LANG=es_ES.UTF-8 gives the Spanish window.
    cm::Translations::install(QString());
    if (argc < 2) {
        std::fprintf(stderr, "usage: take_screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("demo-school.sqlite"));
    {
        cm::Storage storage;
        if (!storage.open(db).ok() || !cm::DemoSchool::create(storage, cm::DemoOptions{}).ok()) {
            std::fprintf(stderr, "could not create the demo school\n");
            return 1;
        }
    }
    cm::SchoolDocument context;
    const std::unique_ptr<cm::MainWindow> owned = cm::createMainWindow(context);
    cm::MainWindow& window = *owned;
    window.resize(1280, 800);
    window.show();
    save(window, out, QStringLiteral("welcome"));
    if (!window.openSchool(db).ok())
        return 1;

    window.showPage(QStringLiteral("studentsPage"));
    auto* students = window.findChild<QTableView*>(QStringLiteral("studentTable"));
    students->setCurrentIndex(students->model()->index(2, 0));
    save(window, out, QStringLiteral("students"));
    window.showPage(QStringLiteral("adultsPage"));
    save(window, out, QStringLiteral("adults"));
    window.showPage(QStringLiteral("unconnectedPage"));
    save(window, out, QStringLiteral("unconnected"));
    window.showPage(QStringLiteral("roundsPage"));
    save(window, out, QStringLiteral("rounds"));

    // The mentoring loop: suggested go-to adults, applied; follow-ups; rounds.
    window.showPage(QStringLiteral("matchPage"));
    save(window, out, QStringLiteral("go-to-adults"));
    if (auto* match = window.findChild<cm::MatchView*>())
        match->applySuggestion();
    save(window, out, QStringLiteral("go-to-adults-applied"));
    window.showPage(QStringLiteral("duePage"));
    save(window, out, QStringLiteral("due"));
    window.showPage(QStringLiteral("comparePage"));
    save(window, out, QStringLiteral("compare"));
    window.showPage(QStringLiteral("dashboardPage"));
    save(window, out, QStringLiteral("dashboard"));
    context.undoStack()->undo(); // back to the demo school as made

    window.showPage(QStringLiteral("markPage"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("adultSearch"));
    QTest::keyClicks(search, QStringLiteral("an"));
    save(window, out, QStringLiteral("mark-who"));
    auto* list = window.findChild<QListView*>(QStringLiteral("adultList"));
    // A private session needs a counselor passphrase (set here, not asked).
    context.setPassphrase(QStringLiteral("screenshots only"));
    window.markingPage()->startSession(context.adults().at(3).id, true);
    Q_UNUSED(list);
    auto* table = window.findChild<QTableView*>(QStringLiteral("markTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    for (int row : {0, 2, 3, 6}) {
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Space);
    }
    table->setCurrentIndex(table->model()->index(4, 0));
    QTest::keyClick(table, Qt::Key_C);
    table->setCurrentIndex(table->model()->index(7, 0));
    save(window, out, QStringLiteral("mark"));
    // The idle lock over the private session.
    window.sessionLock()->lock();
    save(window, out, QStringLiteral("lock"));

    // The student dialog refusing a duplicate id.
    cm::Student duplicate = context.students().at(1);
    duplicate.id = 0; // a new student with an id already in use
    cm::StudentDialog dialog(context, duplicate, true, &window);
    dialog.show();
    QMetaObject::invokeMethod(&dialog, "accept");
    save(dialog, out, QStringLiteral("student-dialog"));
    return 0;
}
