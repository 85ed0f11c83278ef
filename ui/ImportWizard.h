#pragma once

#include "ColumnMapping.h"
#include "Csv.h"
#include "RosterSync.h"

#include <QStringList>
#include <QVector>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cm {

class SchoolDocument;

// File > Import roster: pick a spreadsheet, a OneRoster folder or zip, or a
// caringmap export folder; preview the first rows and map the columns
// (guessed from the headers); choose the encoding, the school and whether to
// take demographics; see exactly what will change (a dry run of the real
// import), with or without sync mode; then import in one transaction, after
// a backup. Standalone: the main window opens it and listens to rosterImported().
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Source { StudentsSheet, AdultsSheet, OneRosterExport, CaringmapExport };
    enum Page { PageSource, PageColumns, PageSchool, PagePreview };

    ImportWizard(SchoolDocument& document, QWidget* parent = nullptr);

    // Presets the first page (drag and drop, tests).
    void setSource(Source source, const QString& path);
    void setEncoding(TextEncoding encoding);
    // After a successful import.
    bool imported() const { return m_imported; }
    const RosterReport& report() const { return m_report; }
    // The preview text shown on the last page.
    QString previewText() const;
    // Finish: imports for real; stays open with the reason when it fails.
    void accept() override;
    // A roster field in words ("student_id" -> "Student ID").
    static QString fieldLabel(const QString& field);

signals:
    void rosterImported(const cm::RosterReport& report);

protected:
    int nextId() const override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    Source source() const;
    void browse();
    void fillColumns();
    // With Sync: who would become inactive (spreadsheets), by name.
    QStringList leavingNames() const;
    ColumnMapping mapping() const;
    Result<RosterReport> run(bool dryRun);
    void updatePreview();

    SchoolDocument& m_document;
    // Source page
    QComboBox* m_sourceBox = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_sourceError = nullptr;
    // Columns page
    QTableWidget* m_table = nullptr;
    QLabel* m_columnsHint = nullptr;
    QVector<QComboBox*> m_fieldBoxes;
    QVector<QStringList> m_previewRows;
    // School page
    QComboBox* m_school = nullptr;
    QCheckBox* m_demographics = nullptr;
    // Preview page
    QCheckBox* m_sync = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_syncWarning = nullptr;

    bool m_imported = false;
    RosterReport m_report;
};

} // namespace cm
