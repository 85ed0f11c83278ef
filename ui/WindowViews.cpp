#include "WindowViews.h"

#include "Backup.h"
#include "CompareView.h"
#include "Dashboard.h"
#include "DueView.h"
#include "ImportWizard.h"
#include "Interaction.h"
#include "MainWindow.h"
#include "MarkingSheetDialog.h"
#include "MatchView.h"
#include "MentorListView.h"
#include "PdfOutput.h"
#include "ReportPrinting.h"
#include "RestoreBackupDialog.h"
#include "SchoolDocument.h"
#include "SchoolExport.h"
#include "UnconnectedPage.h"
#include "VoiceData.h"
#include "VoicePage.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>

namespace cm {

WindowViews::WindowViews(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_document(window.context()) {
    chooseFolder = [](QWidget* parent) {
        return QFileDialog::getExistingDirectory(parent, tr("Export the school to a folder"));
    };
    choosePdf = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested,
                                            tr("PDF document (*.pdf)"));
    };
    addPages();
    addFileActions();
    addReportsMenu();
    addVoiceSetting();
    // A private marking session hides everything but the marking page.
    connect(&m_document, &SchoolDocument::privateSessionChanged, this,
            [this](bool on) { m_reports->setEnabled(!on && m_document.isOpen()); });
    connect(&m_document, &SchoolDocument::schoolOpened, this,
            [this] { m_reports->setEnabled(!m_document.privateSession()); });
    connect(&m_document, &SchoolDocument::schoolClosed, this,
            [this] { m_reports->setEnabled(false); });
    m_reports->setEnabled(m_document.isOpen());
}

void WindowViews::addPages() {
    const Storage& storage = m_document.storage();
    auto* dashboard = new Dashboard(storage);
    dashboard->setRound(m_document.viewedRound());
    connect(&m_document, &SchoolDocument::viewedRoundChanged, dashboard,
            [dashboard](RowId id) { dashboard->setRound(id); });
    m_window.addPage(QStringLiteral("dashboardPage"), tr("Dashboard"), dashboard);

    // Applying matches goes through the shared undo stack, which already
    // tells every page; matches are not part of the context's roster or marks.
    auto* match = new MatchView(m_document, m_document.undoStack());
    connect(match, &MatchView::applyFailed, this, [this](const QString& reason) {
        m_window.interaction().showError(&m_window, tr("Go-to adults"), reason);
    });
    m_window.addPage(QStringLiteral("matchPage"), tr("Go-to adults"), match);

    // A check-in of "connected" records a mark: the context reloads.
    auto* mentors = new MentorListView(m_document, m_document.undoStack());
    connect(mentors, &MentorListView::dataChanged, this, &WindowViews::afterOutsideWrite);
    connect(mentors, &MentorListView::goToAdultsRequested, this,
            [this] { m_window.showPage(QStringLiteral("matchPage")); });
    connect(mentors, &MentorListView::printRequested, this,
            [this, mentors](int action) { printMentorLists(action, mentors->adult()); });
    m_window.addPage(QStringLiteral("mentorPage"), tr("Mentor lists"), mentors);

    auto* due = new DueView(m_document);
    connect(due, &DueView::dataChanged, this, &WindowViews::afterOutsideWrite);
    connect(due, &DueView::goToAdultsRequested, this,
            [this] { m_window.showPage(QStringLiteral("matchPage")); });
    m_window.addPage(QStringLiteral("duePage"), tr("Follow-up due"), due);

    m_window.addPage(QStringLiteral("comparePage"), tr("Compare rounds"), new CompareView(storage));

    m_voice = new VoicePage(m_document, m_window.interaction());
    m_window.addPage(QStringLiteral("voicePage"), tr("Student voice"), m_voice);
    if (auto* unconnected =
            qobject_cast<UnconnectedPage*>(m_window.page(QStringLiteral("unconnectedPage"))))
        connect(unconnected, &UnconnectedPage::namesNobodyRequested, this, [this] {
            m_window.showPage(QStringLiteral("voicePage"));
            m_voice->showGroup(Agreement::StaffOnly);
        });
}

void WindowViews::addFileActions() {
    QMenu* file = m_window.fileMenu();
    auto add = [&](QAction* before, const QString& name, const QString& text,
                   const QKeySequence& keys, void (WindowViews::*slot)()) {
        auto* a = new QAction(text, file);
        a->setObjectName(name);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(before, a);
        return a;
    };
    // Print what you see: the Unconnected page's Print button.
    if (auto* unconnected =
            qobject_cast<UnconnectedPage*>(m_window.page(QStringLiteral("unconnectedPage")))) {
        connect(unconnected, &UnconnectedPage::printRequested, this, [this](int action) {
            const ReportRequest::Kind kind = ReportRequest::Kind::Unconnected;
            if (action == UnconnectedPage::Preview)
                previewReport(kind);
            else if (action == UnconnectedPage::Print)
                printReport(kind);
            else
                saveReport(kind);
        });
    }
    add(m_window.fileExportAnchor(), QStringLiteral("actionImportWizard"),
        tr("Import from a school &system… (OneRoster, spreadsheet)"),
        QKeySequence(tr("Ctrl+Shift+I")), &WindowViews::importWizard);
    add(m_window.fileExportAnchor(), QStringLiteral("actionImportSurvey"),
        tr("Import a student &survey…"), QKeySequence(), &WindowViews::importSurvey);
    add(m_window.fileExportAnchor(), QStringLiteral("actionMarkingSheets"), tr("&Marking sheets…"),
        QKeySequence(tr("Ctrl+Shift+M")), &WindowViews::markingSheets);
    add(m_window.fileExportAnchor(), QStringLiteral("actionExport"), tr("&Export the school…"),
        QKeySequence(tr("Ctrl+Shift+E")), &WindowViews::exportSchool);
    add(m_window.fileBackupAnchor(), QStringLiteral("actionRestoreBackup"),
        tr("Restore a &backup…"), QKeySequence(), &WindowViews::restoreBackup);
}

// Settings › Show adults which students named them: a school setting, off by
// default, that the counselor changes; never during a marking session.
void WindowViews::addVoiceSetting() {
    auto* settings = m_window.findChild<QMenu*>(QStringLiteral("settingsMenu"));
    if (!settings)
        return;
    auto* share = settings->addAction(tr("Show adults which students &named them"));
    share->setObjectName(QStringLiteral("actionShowNamesToAdults"));
    share->setCheckable(true);
    share->setToolTip(tr("In their marking session, each adult sees which students named them "
                         "in the student survey"));
    auto sync = [this, share] {
        const bool open = m_document.isOpen();
        const QSignalBlocker block(share);
        share->setChecked(open && VoiceData::namesShownToAdults(m_document.storage()));
        share->setEnabled(open && !m_document.privateSession());
    };
    connect(share, &QAction::toggled, this, [this, share](bool on) {
        const Status s = m_document.setSetting(QLatin1String(VoiceData::kShowNamesToAdultsKey),
                                               on ? QStringLiteral("1") : QStringLiteral("0"));
        if (!s.ok()) {
            const QSignalBlocker block(share);
            share->setChecked(!on);
            m_window.interaction().showError(&m_window, tr("Settings"), s.message());
        }
    });
    connect(&m_document, &SchoolDocument::schoolOpened, share, sync);
    connect(&m_document, &SchoolDocument::schoolClosed, share, sync);
    connect(&m_document, &SchoolDocument::privateSessionChanged, share, sync);
    sync();
}

void WindowViews::addReportsMenu() {
    m_reports = new QMenu(tr("&Reports"), &m_window);
    m_reports->setObjectName(QStringLiteral("reportsMenu"));
    m_window.menuBar()->insertMenu(m_window.helpMenu()->menuAction(), m_reports);
    struct Entry {
        ReportRequest::Kind kind;
        QString name;
        QString title;
    };
    const Entry entries[] = {
        {ReportRequest::Kind::Unconnected, QStringLiteral("Unconnected"),
         tr("&Unconnected students")},
        {ReportRequest::Kind::MarkingSheet, QStringLiteral("MarkingSheet"),
         tr("&Marking sheet for a paper meeting")},
        {ReportRequest::Kind::Summary, QStringLiteral("Summary"), tr("&Summary with charts")},
        {ReportRequest::Kind::Voice, QStringLiteral("Voice"), tr("Student &voice")},
        {ReportRequest::Kind::Mentors, QStringLiteral("Mentors"),
         tr("Mentor &lists (every go-to adult, one per page)")}};
    for (const Entry& e : entries) {
        QMenu* sub = m_reports->addMenu(e.title);
        sub->setObjectName(QStringLiteral("reportMenu") + e.name);
        const ReportRequest::Kind kind = e.kind;
        QAction* preview = sub->addAction(tr("Print pre&view…"));
        preview->setObjectName(QStringLiteral("actionPreview") + e.name);
        connect(preview, &QAction::triggered, this, [this, kind] { previewReport(kind); });
        QAction* print = sub->addAction(tr("&Print…"));
        print->setObjectName(QStringLiteral("actionPrint") + e.name);
        connect(print, &QAction::triggered, this, [this, kind] { printReport(kind); });
        QAction* pdf = sub->addAction(tr("Save as P&DF…"));
        pdf->setObjectName(QStringLiteral("actionPdf") + e.name);
        connect(pdf, &QAction::triggered, this, [this, kind] { saveReport(kind); });
        if (kind == ReportRequest::Kind::Unconnected) {
            preview->setShortcut(QKeySequence::Print);
            pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
        }
    }
}

// The viewed round; the unconnected list as the Unconnected page filters it
// when that page is shown (print what you see).
ReportRequest WindowViews::request(ReportRequest::Kind kind) const {
    ReportRequest r;
    r.kind = kind;
    r.round = m_document.viewedRoundInfo();
    auto* unconnected =
        qobject_cast<UnconnectedPage*>(m_window.page(QStringLiteral("unconnectedPage")));
    if (kind == ReportRequest::Kind::Unconnected && unconnected &&
        m_window.currentPageName() == QLatin1String("unconnectedPage"))
        r.filter = unconnected->filter();
    return r;
}

void WindowViews::printMentorLists(int action, RowId shownAdult) {
    ReportRequest r = request(ReportRequest::Kind::Mentors);
    if (action == MentorListView::PreviewShown || action == MentorListView::PdfShown) {
        if (shownAdult == 0) {
            m_window.interaction().showError(&m_window, tr("Mentor lists"),
                                             tr("Choose an adult first."));
            return;
        }
        r.kind = ReportRequest::Kind::Mentor;
        r.adultId = shownAdult;
    }
    ReportPrinting printing(m_document.storage(), r);
    if (action == MentorListView::PreviewShown)
        printing.preview(&m_window);
    else if (action == MentorListView::PrintEveryMentor)
        printing.print(&m_window);
    else
        savePdf(printing, r);
}

// Save as PDF through the window's file picker, which suggests the name.
void WindowViews::savePdf(ReportPrinting& printing, const ReportRequest& r) {
    const QString suggested =
        ReportPrinting::suggestedPath(m_document.storage(), r, QDate::currentDate());
    QString path = choosePdf ? choosePdf(&m_window, suggested) : QString();
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status st = printing.writePdf(path, PdfOutput::defaultPageSize()); !st.ok())
        m_window.interaction().showError(&m_window, tr("Save as PDF"), st.message());
}

void WindowViews::previewReport(ReportRequest::Kind kind) {
    ReportPrinting(m_document.storage(), request(kind)).preview(&m_window);
}

void WindowViews::printReport(ReportRequest::Kind kind) {
    ReportPrinting(m_document.storage(), request(kind)).print(&m_window);
}

void WindowViews::saveReport(ReportRequest::Kind kind) {
    const ReportRequest r = request(kind);
    ReportPrinting printing(m_document.storage(), r);
    savePdf(printing, r);
}

void WindowViews::afterOutsideWrite() {
    m_document.reload();
}

void WindowViews::importWizard() {
    ImportWizard wizard(m_document, &m_window);
    wizard.exec();
    if (wizard.imported())
        afterOutsideWrite();
}

void WindowViews::importSurvey() {
    m_window.showPage(QStringLiteral("voicePage"));
    m_voice->importSurvey();
}

void WindowViews::markingSheets() {
    MarkingSheetDialog dialog(m_document, &m_window);
    connect(&dialog, &MarkingSheetDialog::marksImported, this, &WindowViews::afterOutsideWrite);
    dialog.exec();
}

void WindowViews::exportSchool() {
    const QString folder = chooseFolder(&m_window);
    if (folder.isEmpty())
        return;
    // Data minimisation (issue 15): the sensitive parts go only when asked.
    SchoolExport::Options options;
    options.withNotes = options.withDemographics = m_window.interaction().confirm(
        &m_window, tr("Export"),
        tr("Include the notes staff wrote and the students' demographic groups (sex, race, "
           "ethnicity)? They are sensitive: leave them out (No) unless the system receiving the "
           "export needs them."));
    const Result<QStringList> r = SchoolExport::exportTo(m_document.storage(), folder, options);
    if (!r.ok()) {
        m_window.interaction().showError(&m_window, tr("Export"), r.message());
        return;
    }
    m_window.interaction().showInfo(
        &m_window, tr("Export"),
        tr("The school was written to %1:\n%2").arg(folder, r->join(QStringLiteral(", "))));
}

void WindowViews::restoreBackup() {
    const QString dbPath = m_document.path();
    RestoreBackupDialog dialog(dbPath, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const QString backup = dialog.selectedBackup();
    const Status restored = m_document.restoreBackup(backup);
    if (!restored.ok())
        m_window.interaction().showError(&m_window, tr("Restore a backup"), restored.message());
    else
        m_window.interaction().showInfo(
            &m_window, tr("Restore a backup"),
            tr("The school is back as it was in %1. The state before the restore was kept "
               "as a backup too.")
                .arg(QFileInfo(backup).fileName()));
}

} // namespace cm
