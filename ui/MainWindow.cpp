#include "MainWindow.h"

#include "AdultsPage.h"
#include "CsvImport.h"
#include "DemoSchool.h"
#include "DialogInteraction.h"
#include "GuideDialog.h"
#include "MarkingPage.h"
#include "RoundsPage.h"
#include "SchoolDocument.h"
#include "ServerAddress.h"
#include "SessionLock.h"
#include "SettingsMenu.h"
#include "ShortcutsDialog.h"
#include "StudentsPage.h"
#include "UnconnectedPage.h"
#include "WelcomePage.h"
#include "WindowGeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

// The resources live in a static library: register them once, outside any
// namespace (Q_INIT_RESOURCE declares a global function).
static void initCaringmapResources() {
    Q_INIT_RESOURCE(caringmap);
}

namespace cm {

namespace {
const char* kRecentKey = "recentFiles";
const char* kLastKey = "lastDatabase";
const char* kServerKey = "lastServer";
const char* kMarkPage = "markPage";
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(SchoolDocument& context, Interaction* interaction, QWidget* parent)
    : QMainWindow(parent)
    , m_document(context)
    , m_ownedInteraction(interaction ? nullptr : new DialogInteraction)
    , m_interaction(interaction ? interaction : m_ownedInteraction.get())
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_main(new QWidget(this))
    , m_nav(new QListWidget(m_main))
    , m_pages(new QStackedWidget(m_main))
    , m_refreshTimer(new QTimer(this))
    , m_statusTotals(new QLabel(this))
    , m_statusRound(new QLabel(this)) {
    // Round names and totals are user data: never interpreted as markup.
    m_statusTotals->setTextFormat(Qt::PlainText);
    m_statusRound->setTextFormat(Qt::PlainText);
    initCaringmapResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/caringmap.svg")));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding-left: 8px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(m_main);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_main);
    setCentralWidget(m_central);
    m_statusTotals->setObjectName(QStringLiteral("statusTotals"));
    m_statusTotals->setAccessibleName(tr("Totals of the viewed round"));
    m_statusRound->setObjectName(QStringLiteral("statusRound"));
    m_statusRound->setContentsMargins(m_statusRound->fontMetrics().averageCharWidth() * 3, 0, 0, 0);
    statusBar()->addPermanentWidget(m_statusTotals);
    statusBar()->addPermanentWidget(m_statusRound);

    buildMenus();
    buildPages();
    m_sessionLock =
        new SessionLock(*this, m_document, *m_interaction, m_central, m_main, m_marking);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        refreshStalePage();
    });
    // Pages of other views refresh after writes, coalesced: a burst of
    // toggles costs one refresh, and hidden pages wait until shown.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(30);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshStalePage);
    connect(&m_document, &SchoolDocument::dataChanged, this, [this] {
        for (QWidget* p : std::as_const(m_autoRefresh))
            m_stale.insert(p);
        if (!m_stale.isEmpty())
            m_refreshTimer->start();
    });
    connect(&m_document, &SchoolDocument::dataChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &SchoolDocument::schoolClosed, this, &MainWindow::showWelcome);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoSchool);
    connect(m_welcome, &WelcomePage::importRosterRequested, this, [this] {
        startEmptySchool();
        if (m_document.isOpen())
            importRoster();
    });
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, &MainWindow::startEmptySchool);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openSchoolDialog);
    connect(m_welcome, &WelcomePage::connectServerRequested, this, &MainWindow::connectToServer);
    connect(m_welcome, &WelcomePage::guideRequested, this, &MainWindow::showGuide);
    connect(&m_document, &SchoolDocument::schoolOpened, this, &MainWindow::onSchoolOpened);
    connect(&m_document, &SchoolDocument::totalsChanged, this, &MainWindow::updateStatus);
    connect(&m_document, &SchoolDocument::viewedRoundChanged, this, &MainWindow::updateStatus);
    connect(&m_document, &SchoolDocument::privateSessionChanged, this,
            &MainWindow::onPrivateSession);
    connect(&m_document, &SchoolDocument::writeFailed, this, [this](const QString& message) {
        m_interaction->showError(this, tr("Could not save"), message);
    });
    WindowGeometry::manage(this, QStringLiteral("mainWindow"), QSize(1280, 800));
    if (m_document.isOpen())
        onSchoolOpened();
    else
        showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_sessionLock && !m_sessionLock->allowClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto add = [this](QMenu* menu, const QString& name, const QString& text,
                      const QKeySequence& keys, auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(m_fileMenu, QStringLiteral("actionNew"), tr("&New school…"), QKeySequence::New,
        &MainWindow::newSchool);
    add(m_fileMenu, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open,
        &MainWindow::openSchoolDialog);
    add(m_fileMenu, QStringLiteral("actionConnectServer"), tr("Connect to a &District Server…"),
        QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::connectToServer);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    add(m_fileMenu, QStringLiteral("actionImportRoster"), tr("&Import roster…"),
        QKeySequence(tr("Ctrl+I")), &MainWindow::importRoster);
    m_exportAnchor = m_fileMenu->addSeparator();
    m_exportAnchor->setObjectName(QStringLiteral("fileExportAnchor"));
    m_backupAnchor = m_fileMenu->addSeparator();
    m_backupAnchor->setObjectName(QStringLiteral("fileBackupAnchor"));
    add(m_fileMenu, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(tr("Ctrl+Shift+Z")),
                        QKeySequence(tr("Ctrl+Y"))});
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto* settings = new SettingsMenu(this);
    menuBar()->addMenu(settings);
    m_schoolNameAction = add(settings, QStringLiteral("actionSchoolName"), tr("School &name…"),
                             QKeySequence(), &MainWindow::editSchoolName);
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    add(m_helpMenu, QStringLiteral("actionGuide"), tr("&How relationship mapping works"),
        QKeySequence::HelpContents, &MainWindow::showGuide);
    add(m_helpMenu, QStringLiteral("actionShortcuts"), tr("&Keyboard shortcuts"),
        QKeySequence(tr("Ctrl+/")), &MainWindow::showShortcuts);
    add(m_helpMenu, QStringLiteral("actionAbout"), tr("&About caringmap"), QKeySequence(),
        &MainWindow::about);
    updateRecentMenu();
}

void MainWindow::buildPages() {
    m_students = new StudentsPage(m_document, *m_interaction, m_pages);
    m_adults = new AdultsPage(m_document, *m_interaction, m_pages);
    m_marking = new MarkingPage(m_document, *m_interaction, m_pages);
    m_unconnected = new UnconnectedPage(m_document, m_pages);
    m_rounds = new RoundsPage(m_document, *m_interaction, m_pages);
    // These follow SchoolDocument's fine-grained signals themselves.
    addPage(QStringLiteral("studentsPage"), tr("Students"), m_students, false);
    addPage(QStringLiteral("adultsPage"), tr("Adults"), m_adults, false);
    addPage(QString::fromLatin1(kMarkPage), tr("Mark"), m_marking, false);
    addPage(QStringLiteral("unconnectedPage"), tr("Unconnected"), m_unconnected, false);
    addPage(QStringLiteral("roundsPage"), tr("Rounds"), m_rounds, false);
    // The empty school's next step: the import wizard when the window has one.
    connect(m_students, &StudentsPage::importRequested, this, [this] {
        auto* wizard = findChild<QAction*>(QStringLiteral("actionImportWizard"));
        (wizard ? wizard : findChild<QAction*>(QStringLiteral("actionImportRoster")))->trigger();
    });
}

void MainWindow::addPage(const QString& objectName, const QString& title, QWidget* page,
                         bool autoRefresh) {
    page->setObjectName(objectName);
    if (autoRefresh && page->metaObject()->indexOfSlot("refresh()") >= 0)
        m_autoRefresh.push_back(page);
    m_pages->addWidget(page);
    m_pageByName.insert(objectName, page);
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, objectName);
    QFontMetrics fm(m_nav->font());
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(widest + fm.averageCharWidth() * 8);
    item->setSizeHint(QSize(0, fm.height() * 2));

    const int n = int(m_pageActions.size()) + 1;
    QAction* a = m_viewMenu->addAction(title);
    a->setObjectName(QStringLiteral("view_") + objectName);
    if (n <= 10) // the tenth page (Compare rounds) is Ctrl+0
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n % 10)));
    connect(a, &QAction::triggered, this, [this, objectName] {
        if (m_sessionLock->allowPage(objectName)) // a private session: the passphrase
            showPage(objectName);
    });
    m_pageActions.push_back(a);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

void MainWindow::refreshStalePage() {
    QWidget* current = m_pages->currentWidget();
    if (!current || !m_stale.contains(current) || !m_document.isOpen())
        return;
    m_stale.remove(current);
    QMetaObject::invokeMethod(current, "refresh");
}

QWidget* MainWindow::page(const QString& objectName) const {
    return m_pageByName.value(objectName);
}

void MainWindow::showPage(const QString& objectName) {
    QWidget* p = page(objectName);
    if (!p || !m_document.isOpen())
        return;
    const int i = m_pages->indexOf(p);
    if (!(m_nav->item(i)->flags() & Qt::ItemIsEnabled))
        return;
    m_nav->setCurrentRow(i);
    p->setFocus(Qt::OtherFocusReason);
    if (QWidget* next = p->nextInFocusChain(); next && p->isAncestorOf(next))
        next->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::currentPageName() const {
    QWidget* w = m_pages->currentWidget();
    return w ? w->objectName() : QString();
}

void MainWindow::showWelcome() {
    m_central->setCurrentWidget(m_welcome);
    setWindowTitle(tr("caringmap"));
    m_schoolNameAction->setEnabled(false);
    m_statusTotals->clear();
    m_statusRound->clear();
    for (QAction* a : m_pageActions)
        a->setEnabled(false);
}

void MainWindow::onSchoolOpened() {
    m_central->setCurrentWidget(m_main);
    m_schoolNameAction->setEnabled(true);
    updateTitle();
    onPrivateSession(false);
    updateStatus();
    showPage(QStringLiteral("studentsPage"));
}

// "Riverside High School (/path/school.sqlite) — caringmap": the school's
// name (Settings › School name…), else the file's.
void MainWindow::updateTitle() {
    if (!m_document.isOpen())
        return;
    // A district server's school: its id on the server (never a password:
    // addresses hold none).
    const Result<ServerAddress> server = ServerAddress::parse(m_document.path());
    const QString where =
        m_document.storage().isServer() && server.ok()
            ? QStringLiteral("%1 · %2").arg(m_document.storage().school(), server->display())
            : QDir::toNativeSeparators(QFileInfo(m_document.path()).absoluteFilePath());
    setWindowTitle(tr("%1 (%2) — caringmap").arg(m_document.storage().schoolName(), where));
}

void MainWindow::editSchoolName() {
    if (!m_document.isOpen())
        return;
    const QString name = m_interaction->askText(
        this, tr("School name"),
        tr("The school's name, as report titles and the window title show it:"),
        m_document.storedSchoolName());
    if (name.trimmed().isEmpty() || name.trimmed() == m_document.storedSchoolName())
        return;
    if (Status s = m_document.setSchoolName(name); !s.ok())
        m_interaction->showError(this, tr("School name"), s.message());
}

void MainWindow::onPrivateSession(bool on) {
    // A private session locks the window on the marking page.
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem* item = m_nav->item(i);
        const bool allowed = !on || item->data(Qt::UserRole).toString() == QLatin1String(kMarkPage);
        item->setFlags(allowed ? item->flags() | Qt::ItemIsEnabled
                               : item->flags() & ~Qt::ItemIsEnabled);
        // The shortcuts stay: they ask for the passphrase (SessionLock).
        m_pageActions[i]->setEnabled(true);
    }
    for (QAction* a : m_fileMenu->actions()) {
        if (a != m_recentMenu->menuAction() && a->objectName() != QLatin1String("actionQuit"))
            a->setEnabled(!on);
    }
    m_recentMenu->setEnabled(!on);
    // Copies of a school's file: a server's school is backed up by IT.
    if (m_document.isOpen() && m_document.storage().isServer())
        for (const char* name : {"actionSaveTransfer", "actionOpenTransfer", "actionRestoreBackup"})
            if (auto* a = findChild<QAction*>(QLatin1String(name)))
                a->setEnabled(false);
    if (on)
        showPage(QString::fromLatin1(kMarkPage));
    updateStatus();
}

void MainWindow::updateStatus() {
    if (!m_document.isOpen()) {
        m_statusTotals->clear();
        m_statusRound->clear();
        return;
    }
    m_statusRound->setText(tr("Round: %1").arg(m_document.viewedRoundInfo().name));
    // Exactly "N of M students unconnected · K with exactly one adult".
    m_statusTotals->setText(m_document.privateSession() ? tr("Private marking session")
                                                        : m_document.totalsText());
}

Status MainWindow::openSchool(const QString& path) {
    if (m_marking && m_marking->inSession())
        m_marking->endSession();
    Status s = m_document.open(path);
    if (s.ok())
        rememberFile(m_document.path());
    return s;
}

Status MainWindow::openStartupSchool(const QString& dbPath) {
    QString path = dbPath;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QLatin1String(kLastKey)).toString();
        if (!last.isEmpty() && (ServerAddress::isServer(last) || QFileInfo::exists(last)))
            path = last;
    }
    if (path.isEmpty()) {
        showWelcome();
        return {};
    }
    Status s = openSchool(path);
    if (!s.ok())
        showWelcome();
    return s;
}

void MainWindow::rememberFile(const QString& path) {
    // A server's address is kept as given (it names no file).
    const QString absolute =
        ServerAddress::isServer(path) ? path : QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    settings.setValue(QLatin1String(kLastKey), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(
            ServerAddress::isServer(path) ? path : QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (Status s = openSchool(path); !s.ok())
                m_interaction->showError(this, tr("Open"), s.message());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newSchool() {
    startEmptySchool();
}

void MainWindow::startEmptySchool() {
    QString path = m_interaction->saveFile(this, tr("Where to keep the new school's data"),
                                           tr("caringmap school (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sqlite")))
        path += QLatin1String(".sqlite");
    if (QFileInfo::exists(path)) {
        m_interaction->showError(this, tr("New school"),
                                 tr("%1 already exists. Open it with File › Open, or choose "
                                    "another name.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (Status s = openSchool(path); !s.ok())
        m_interaction->showError(this, tr("New school"), s.message());
}

void MainWindow::openSchoolDialog() {
    const QString path = m_interaction->openFile(this, tr("Open a school"),
                                                 tr("caringmap school (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = openSchool(path); !s.ok())
        m_interaction->showError(this, tr("Open"), s.message());
}

// A school on the district's PostgreSQL server; the address (without a
// password: libpq reads it from ~/.pgpass) is remembered for next time.
void MainWindow::connectToServer() {
    const QString location =
        m_interaction->askServer(this, QSettings().value(QLatin1String(kServerKey)).toString());
    if (location.isEmpty())
        return;
    if (Status s = openSchool(location); !s.ok()) {
        m_interaction->showError(this, tr("District server"), s.message());
        return;
    }
    QSettings().setValue(QLatin1String(kServerKey), location);
}

void MainWindow::openDemoSchool() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-school.sqlite"));
    if (!QFileInfo::exists(path)) {
        Storage storage;
        Status s = storage.open(path);
        if (s.ok())
            s = DemoSchool::create(storage, DemoOptions{}).status();
        if (!s.ok()) {
            m_interaction->showError(this, tr("Demo school"), s.message());
            return;
        }
    }
    if (Status s = openSchool(path); !s.ok())
        m_interaction->showError(this, tr("Demo school"), s.message());
}

// The canonical CSVs (the import wizard replaces this): students, then
// adults, then optionally marks. Each file imports completely or not at all.
void MainWindow::importRoster() {
    if (!m_document.isOpen())
        return;
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    struct Step {
        CsvImport::Kind kind;
        QString title;
    };
    const Step steps[] = {
        {CsvImport::Kind::Students, tr("Students CSV (cancel to skip)")},
        {CsvImport::Kind::Adults, tr("Adults CSV (cancel to skip)")},
        {CsvImport::Kind::Marks, tr("Marks CSV for the viewed round (cancel to skip)")},
    };
    QStringList done;
    for (const Step& step : steps) {
        const QString path = m_interaction->openFile(this, step.title, filter);
        if (path.isEmpty())
            continue;
        // Through the document: one transaction, a backup before it changes
        // the school (as on the command line), the undo history cleared.
        const Result<ImportReport> r = m_document.importCsv(
            step.kind, path,
            step.kind == CsvImport::Kind::Marks ? m_document.viewedRoundInfo().name : QString());
        if (!r.ok()) {
            m_interaction->showError(
                this, tr("Import roster"),
                tr("%1\nNothing from this file was imported.").arg(r.message()));
            continue;
        }
        done << tr("%1: %2 added, %3 updated, %4 unchanged")
                    .arg(QFileInfo(path).fileName())
                    .arg(r->added)
                    .arg(r->updated)
                    .arg(r->unchanged);
        if (!r->backupPath.isEmpty())
            done << tr("A backup of the school before the import: %1").arg(r->backupPath);
    }
    if (done.isEmpty())
        return;
    m_interaction->showInfo(this, tr("Import roster"), done.join(QLatin1Char('\n')));
}

// Both help windows stay open beside the window (not modal): one of each.
void MainWindow::showGuide() {
    auto* dialog = findChild<GuideDialog*>();
    if (!dialog) {
        dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts() {
    delete findChild<ShortcutsDialog*>(); // rebuilt: actions change with the pages
    auto* dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::about() {
    m_interaction->showInfo(
        this, tr("About caringmap"),
        tr("caringmap %1\n\nRelationship mapping: make sure every student has at least one "
           "caring adult.\n\nAll data stays on this computer, in the school file you open. "
           "caringmap never uses the network.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace cm
