#pragma once

#include "ReportRenderer.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cm {

class MainWindow;
class ReportPrinting;
class SchoolDocument;
class VoicePage;

// Joins the views beyond the roster and the marking session to the main
// window: the Dashboard, go-to adults (suggest and assign), mentor lists,
// follow-ups due and rounds compared as pages; File > Import from a school
// system, Marking sheets, Export, Restore backup; and the Reports menu (print
// preview, print, save as PDF). Each view writes through its own Storage
// calls, so after a write the window's SchoolDocument reloads and every view,
// the status bar included, catches up.
class WindowViews : public QObject {
    Q_OBJECT
public:
    explicit WindowViews(MainWindow& window);

    // Injectable for tests: the folder picker of File > Export.
    std::function<QString(QWidget*)> chooseFolder;
    // Injectable for tests: Save as PDF's file picker, given the suggested
    // path (Documents/unconnected-fall-2026-2026-11-23.pdf).
    std::function<QString(QWidget*, const QString&)> choosePdf;

    QMenu* reportsMenu() const { return m_reports; }

public slots:
    void importWizard();
    void importSurvey();
    void markingSheets();
    void exportSchool();
    void restoreBackup();
    void previewReport(cm::ReportRequest::Kind kind);
    void printReport(cm::ReportRequest::Kind kind);
    void saveReport(cm::ReportRequest::Kind kind);

private:
    void addPages();
    void addFileActions();
    void addReportsMenu();
    void addVoiceSetting();
    ReportRequest request(ReportRequest::Kind kind) const;
    void printMentorLists(int action, RowId shownAdult);
    void savePdf(ReportPrinting& printing, const ReportRequest& r);
    void afterOutsideWrite();

    MainWindow& m_window;
    SchoolDocument& m_document;
    QMenu* m_reports = nullptr;
    VoicePage* m_voice = nullptr;
};

} // namespace cm
