#pragma once

#include "Error.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace cm {

class AdultsPage;
class Interaction;
class MarkingPage;
class RoundsPage;
class SessionLock;
class SchoolDocument;
class StudentsPage;
class UnconnectedPage;
class WelcomePage;

// The window: a welcome screen until a school is open, then a navigation
// list with one page per view. Other views join with one line:
//     window.addPage("dashboardPage", tr("Dashboard"), new Dashboard(ctx.storage()));
// and refresh on SchoolDocument::dataChanged.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // interaction: the dialogs and file pickers (nullptr: the real ones).
    explicit MainWindow(SchoolDocument& context, Interaction* interaction = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation, the stack and View (Ctrl+1..9). When
    // autoRefresh is on and the page has a refresh() slot, it is called after
    // data changes: at once (coalesced) while the page is shown, else when
    // the page is next shown.
    void addPage(const QString& objectName, const QString& title, QWidget* page,
                 bool autoRefresh = true);
    QWidget* page(const QString& objectName) const;
    void showPage(const QString& objectName);
    QString currentPageName() const;

    // Opens a school file (creating it when new) and remembers it.
    Status openSchool(const QString& path);
    // At start-up: dbPath when given, else the school opened last (QSettings),
    // else the welcome screen. Returns the error of a file that did not open.
    Status openStartupSchool(const QString& dbPath);
    void showWelcome();

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    // File menu anchors: insert Export / Print / Restore backup actions
    // before these separators (QMenu::insertAction(anchor, action)).
    QAction* fileExportAnchor() const { return m_exportAnchor; }
    QAction* fileBackupAnchor() const { return m_backupAnchor; }

    SchoolDocument& context() { return m_document; }
    Interaction& interaction() { return *m_interaction; }
    MarkingPage* markingPage() const { return m_marking; }
    StudentsPage* studentsPage() const { return m_students; }
    // The private session's passphrase and the idle lock (issue 15).
    SessionLock* sessionLock() const { return m_sessionLock; }

public slots:
    void newSchool();
    void openSchoolDialog();
    void connectToServer();
    void importRoster();
    void openDemoSchool();
    void about();
    void showGuide();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void onSchoolOpened();
    void onPrivateSession(bool on);
    void updateStatus();
    void updateTitle();
    void editSchoolName();
    void updateRecentMenu();
    void rememberFile(const QString& path);
    void startEmptySchool();
    void refreshStalePage();

    SchoolDocument& m_document;
    std::unique_ptr<Interaction> m_ownedInteraction;
    Interaction* m_interaction;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QWidget* m_main;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QHash<QString, QWidget*> m_pageByName;
    QList<QWidget*> m_autoRefresh;
    QSet<QWidget*> m_stale;
    QTimer* m_refreshTimer;
    QList<QAction*> m_pageActions;
    QLabel* m_statusTotals;
    QLabel* m_statusRound;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_exportAnchor = nullptr;
    QAction* m_backupAnchor = nullptr;
    QAction* m_schoolNameAction = nullptr;
    StudentsPage* m_students = nullptr;
    AdultsPage* m_adults = nullptr;
    MarkingPage* m_marking = nullptr;
    UnconnectedPage* m_unconnected = nullptr;
    RoundsPage* m_rounds = nullptr;
    SessionLock* m_sessionLock = nullptr;
};

} // namespace cm
