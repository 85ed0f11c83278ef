#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cm {

class SchoolDocument;

// File > Marking sheets: export a sheet per adult or per homeroom (CSV or
// XLSX) for staff who mark on their own time, and import a filled sheet (CSV or XLSX)
// into a round after a preview naming the adult and what will be added.
// Standalone; marksImported() tells the window to refresh.
class MarkingSheetDialog : public QDialog {
    Q_OBJECT
public:
    MarkingSheetDialog(SchoolDocument& document, QWidget* parent = nullptr);

    // Exports the sheet chosen in the dialog to path (tests, scripted use).
    bool exportSheet(const QString& path);
    // Previews (dryRun) or imports a filled sheet; the outcome is shown in the dialog.
    bool importSheet(const QString& path, bool dryRun);
    QString status() const;

signals:
    void marksImported();

private:
    void chooseExport();
    void chooseImport();

    SchoolDocument& m_document;
    QRadioButton* m_byAdult = nullptr;
    QComboBox* m_adult = nullptr;
    QCheckBox* m_onlyTaught = nullptr;
    QComboBox* m_homeroom = nullptr;
    QComboBox* m_importAdult = nullptr;
    QLineEdit* m_round = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace cm
