#include "MarkingSheetDialog.h"

#include "MarkingSheet.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"
#include "WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

MarkingSheetDialog::MarkingSheetDialog(SchoolDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setWindowTitle(tr("Marking sheets"));
    WindowGeometry::manage(this, QStringLiteral("markingSheetDialog"), QSize(560, 420));

    m_adult = new QComboBox;
    m_importAdult = new QComboBox;
    m_importAdult->addItem(tr("(as named on the sheet)"), QString());
    for (const Adult& a : document.storage().adults()) {
        if (!a.active)
            continue;
        m_adult->addItem(QStringLiteral("%1 (%2)").arg(a.displayName(), a.adultId), a.adultId);
        m_importAdult->addItem(QStringLiteral("%1 (%2)").arg(a.displayName(), a.adultId),
                               a.adultId);
    }
    QSet<QString> seen;
    QStringList homerooms;
    for (const Student& s : document.storage().students())
        if (s.active && !s.homeroom.isEmpty() && !seen.contains(s.homeroom)) {
            seen.insert(s.homeroom);
            homerooms << s.homeroom;
        }
    std::sort(homerooms.begin(), homerooms.end());
    m_homeroom = new QComboBox;
    m_homeroom->addItems(homerooms);
    m_adult->setAccessibleName(tr("Adult for the sheet"));
    m_homeroom->setAccessibleName(tr("Homeroom for the sheet"));

    auto* exportBox = new QGroupBox(tr("Export a blank sheet"));
    m_byAdult = new QRadioButton(tr("For one adult (every active student):"));
    auto* byHomeroom = new QRadioButton(tr("For one homeroom:"));
    m_byAdult->setChecked(true);
    auto* exportButton = new QPushButton(tr("Save sheet…"));
    connect(exportButton, &QPushButton::clicked, this, &MarkingSheetDialog::chooseExport);
    auto* ef = new QFormLayout(exportBox);
    m_onlyTaught = new QCheckBox(tr("Only the students this adult teaches"));
    ef->addRow(m_byAdult, m_adult);
    ef->addRow(QString(), m_onlyTaught);
    ef->addRow(byHomeroom, m_homeroom);
    ef->addRow(new QLabel(tr("CSV or XLSX. Staff tick \"connected\" or \"concern\".")),
               exportButton);

    auto* importBox = new QGroupBox(tr("Import a filled sheet"));
    m_round = new QLineEdit;
    const QVector<Round> rounds = document.storage().rounds();
    m_round->setPlaceholderText(rounds.isEmpty() ? tr("a new round") : rounds.constLast().name);
    auto* importButton = new QPushButton(tr("Choose sheet…"));
    connect(importButton, &QPushButton::clicked, this, &MarkingSheetDialog::chooseImport);
    auto* imf = new QFormLayout(importBox);
    imf->addRow(tr("Filled in by:"), m_importAdult);
    imf->addRow(tr("Round:"), m_round);
    imf->addRow(QString(), importButton);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // file names and errors
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exportBox);
    layout->addWidget(importBox);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);
}

QString MarkingSheetDialog::status() const {
    return m_status->text();
}

bool MarkingSheetDialog::exportSheet(const QString& path) {
    SheetScope scope;
    if (m_byAdult->isChecked()) {
        scope.adultId = m_adult->currentData().toString();
        scope.onlyTaught = m_onlyTaught->isChecked();
    } else
        scope.homeroom = m_homeroom->currentText();
    const Result<int> r = MarkingSheet::exportTo(m_document.storage(), scope, path);
    if (!r.ok()) {
        m_status->setText(tr("The sheet was not written: %1").arg(r.message()));
        return false;
    }
    m_status->setText(tr("Wrote a sheet of %n student(s) to %1.", nullptr, *r).arg(path));
    return true;
}

bool MarkingSheetDialog::importSheet(const QString& path, bool dryRun) {
    const Result<SheetReport> r = m_document.importSheet(
        path, m_round->text().trimmed(), m_importAdult->currentData().toString(), dryRun);
    if (!r.ok()) {
        m_status->setText(tr("Nothing was imported: %1").arg(r.message()));
        return false;
    }
    QString text = tr("%1 (%2), round %3: %4 connected, %5 concern;")
                       .arg(r->adultName, r->adultId, r->roundName)
                       .arg(r->connected)
                       .arg(r->concern) +
                   QLatin1Char(' ') + tr("%n new mark(s),", nullptr, r->added) + QLatin1Char(' ') +
                   tr("%1 updated, %2 unchanged.").arg(r->updated).arg(r->unchanged);
    if (r->both > 0)
        text += QLatin1Char(' ') +
                tr("%n row(s) had both columns ticked: both are recorded.", nullptr, r->both);
    m_status->setText(dryRun ? tr("Preview: %1").arg(text) : tr("Imported: %1").arg(text));
    return true;
}

void MarkingSheetDialog::chooseExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save marking sheet"), QString(), tr("CSV file (*.csv);;Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportSheet(path);
}

void MarkingSheetDialog::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Filled marking sheet"), QString(),
                                                      tr("Marking sheets (*.csv *.xlsx)"));
    if (path.isEmpty() || !importSheet(path, true))
        return;
    if (UiHelpers::message(this, QMessageBox::Question, tr("Import marking sheet"),
                           m_status->text() + QStringLiteral("\n\n") + tr("Import these marks?"),
                           QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    if (importSheet(path, false))
        emit marksImported();
}

} // namespace cm
