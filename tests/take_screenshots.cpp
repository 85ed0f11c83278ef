// Screenshots of the real window on the demo school:
//     take_screenshots OUTPUT_FOLDER
// Creates a demo school in a temporary file, opens the whole window (in the
// system's language: LANG=es_ES.UTF-8 for Spanish) as on a 1366x768 laptop
// (the window's inside: the screen less a taskbar and the title bar) and
// saves one PNG per page (QT_QPA_PLATFORM=offscreen works).
//     take_screenshots OUTPUT_FOLDER --high-contrast
// does the same with a high-contrast palette (white on black); with
// QT_SCALE_FACTOR=2 in the environment the window is drawn at 200%.
#include "DemoSchool.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MarkingPage.h"
#include "MatchView.h"
#include "SchoolDocument.h"
#include "ServerDialog.h"
#include "SessionLock.h"
#include "Storage.h"
#include "StudentDialog.h"
#include "SurveyImport.h"
#include "Translations.h"
#include "VoicePanel.h"
#include "Window.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPalette>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

namespace {

// White and yellow on black, as desktop high-contrast themes give.
void useHighContrast() {
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(30, 30, 30));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(200, 200, 200));
    p.setColor(QPalette::Link, Qt::cyan);
    p.setColor(QPalette::Mid, Qt::white);
    QApplication::setPalette(p);
}

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
    if (argc > 2 && QByteArray(argv[2]) == "--high-contrast")
        useHighContrast();
    QDir().mkpath(out.path());
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("demo-school.sqlite"));
    {
        cm::Storage storage;
        if (!storage.open(db).ok() || !cm::DemoSchool::create(storage, cm::DemoOptions{}).ok()) {
            std::fprintf(stderr, "could not create the demo school\n");
            return 1;
        }
        // The repo's sample survey: the Student voice page and panel have answers.
        if (!cm::SurveyImport::import(storage,
                                      QStringLiteral(CARINGMAP_SAMPLES "/student-survey.csv"), {})
                 .ok()) {
            std::fprintf(stderr, "could not import the sample survey\n");
            return 1;
        }
    }
    cm::SchoolDocument context;
    const std::unique_ptr<cm::MainWindow> owned = cm::createMainWindow(context);
    cm::MainWindow& window = *owned;
    window.resize(1366, 705);
    window.show();
    save(window, out, QStringLiteral("welcome"));
    {
        // A school without students: the Students page says what to do.
        const QString emptyDb = tmp.filePath(QStringLiteral("empty.sqlite"));
        if (window.openSchool(emptyDb).ok()) {
            window.showPage(QStringLiteral("studentsPage"));
            save(window, out, QStringLiteral("empty-school"));
            window.showPage(QStringLiteral("duePage"));
            save(window, out, QStringLiteral("due-empty"));
        }
    }
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
    if (auto* grade = window.findChild<QComboBox*>(QStringLiteral("unconnectedGradeFilter"))) {
        grade->setCurrentIndex(std::min(2, grade->count() - 1));
        save(window, out, QStringLiteral("unconnected-grade"));
        grade->setCurrentIndex(0);
    }
    window.showPage(QStringLiteral("roundsPage"));
    save(window, out, QStringLiteral("rounds"));

    // The mentoring loop: suggested go-to adults, applied; follow-ups; rounds.
    window.showPage(QStringLiteral("mentorPage"));
    save(window, out, QStringLiteral("mentor-empty"));
    window.showPage(QStringLiteral("matchPage"));
    save(window, out, QStringLiteral("go-to-adults"));
    if (auto* match = window.findChild<cm::MatchView*>())
        match->applySuggestion();
    save(window, out, QStringLiteral("go-to-adults-applied"));
    window.showPage(QStringLiteral("mentorPage"));
    save(window, out, QStringLiteral("mentors"));
    window.showPage(QStringLiteral("duePage"));
    save(window, out, QStringLiteral("due"));
    window.showPage(QStringLiteral("comparePage"));
    save(window, out, QStringLiteral("compare"));
    window.showPage(QStringLiteral("dashboardPage"));
    save(window, out, QStringLiteral("dashboard"));
    if (auto* voice = window.findChild<cm::VoicePanel*>()) {
        for (QWidget* w = voice->parentWidget(); w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w))
                scroll->ensureWidgetVisible(voice);
        save(window, out, QStringLiteral("dashboard-voice"));
    }
    window.showPage(QStringLiteral("voicePage"));
    save(window, out, QStringLiteral("voice"));
    context.undoStack()->undo(); // back to the demo school as made

    window.showPage(QStringLiteral("markPage"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("adultSearch"));
    QTest::keyClicks(search, QStringLiteral("an"));
    save(window, out, QStringLiteral("mark-who"));
    auto* list = window.findChild<QListView*>(QStringLiteral("adultList"));
    // A private session needs a counselor passphrase (set here, not asked).
    if (!context.setPassphrase(QStringLiteral("screenshots only")).ok())
        return 1;
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
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    table->setCurrentIndex(table->model()->index(7, 0));
    save(window, out, QStringLiteral("mark"));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("markFilter"));
    QTest::keyClicks(filter, QStringLiteral("zzyzx"));
    save(window, out, QStringLiteral("mark-no-match"));
    filter->clear();
    // The idle lock over the private session.
    window.sessionLock()->lock();
    save(window, out, QStringLiteral("lock"));
    window.markingPage()->endSession();

    window.showGuide();
    if (auto* guide = window.findChild<QDialog*>(QStringLiteral("guideDialog"))) {
        save(*guide, out, QStringLiteral("guide"));
        guide->close();
    }
    window.showShortcuts();
    if (auto* keys = window.findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) {
        save(*keys, out, QStringLiteral("shortcuts"));
        keys->close();
    }

    {
        // The import wizard with Sync ticked on a file missing most students.
        QFile csv(tmp.filePath(QStringLiteral("two.csv")));
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write("Student Number,First Name,Last Name,Grade,Homeroom\n");
            for (int i = 0; i < 2; ++i) {
                const cm::Student& s = context.students().at(i);
                csv.write(QStringLiteral("%1,%2,%3,%4,%5\n")
                              .arg(s.studentId, s.givenName, s.familyName, s.grade, s.homeroom)
                              .toUtf8());
            }
            csv.close();
            cm::ImportWizard wizard(context, &window);
            wizard.setSource(cm::ImportWizard::StudentsSheet, csv.fileName());
            wizard.show();
            wizard.next();
            save(wizard, out, QStringLiteral("import-columns"));
            wizard.next();
            if (auto* sync = wizard.findChild<QCheckBox*>(QStringLiteral("syncRoster")))
                sync->setChecked(true);
            save(wizard, out, QStringLiteral("import-sync"));
        }
    }

    // The student dialog refusing a duplicate id.
    cm::Student duplicate = context.students().at(1);
    duplicate.id = 0; // a new student with an id already in use
    cm::StudentDialog dialog(context, duplicate, true, &window);
    dialog.show();
    QMetaObject::invokeMethod(&dialog, "accept");
    save(dialog, out, QStringLiteral("student-dialog"));

    // File > Connect to a District Server, filled in as IT gives it; with
    // CARINGMAP_SCREENSHOT_SERVER (a server school's address) also the window
    // on that school.
    cm::ServerDialog server(&window);
    server.setAddress(
        QStringLiteral("postgresql://ana.lopez@db.district.example/district?school=lincoln"));
    server.show();
    save(server, out, QStringLiteral("district-connect"));
    const QString address = qEnvironmentVariable("CARINGMAP_SCREENSHOT_SERVER");
    if (!address.isEmpty() && window.openSchool(address).ok()) {
        window.findChild<QListWidget*>()->setCurrentRow(0);
        save(window, out, QStringLiteral("district-window"));
    }
    return 0;
}
