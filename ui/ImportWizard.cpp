#include "ImportWizard.h"

#include "OneRoster.h"
#include "SchoolDocument.h"
#include "SchoolExport.h"
#include "SpreadsheetImport.h"
#include "UiHelpers.h"
#include "WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

namespace {
QLabel* wrapLabel(const QString& text = QString()) {
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}
} // namespace

ImportWizard::ImportWizard(SchoolDocument& document, QWidget* parent)
    : QWizard(parent)
    , m_document(document) {
    setWindowTitle(tr("Import roster"));
    setOption(QWizard::NoBackButtonOnStartPage);
    WindowGeometry::manage(this, QStringLiteral("importWizard"), QSize(760, 520));

    // 1. Source
    auto* source = new QWizardPage;
    source->setTitle(tr("Where does the roster come from?"));
    source->setSubTitle(tr("Nothing changes until the last step; a backup is made first."));
    m_sourceBox = new QComboBox;
    m_sourceBox->addItem(tr("Students: a spreadsheet saved as CSV"), StudentsSheet);
    m_sourceBox->addItem(tr("Staff: a spreadsheet saved as CSV"), AdultsSheet);
    m_sourceBox->addItem(tr("OneRoster export (folder or .zip)"), OneRosterExport);
    m_sourceBox->addItem(tr("caringmap export folder"), CaringmapExport);
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("File or folder"));
    auto* browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (\"ANSI\", older school systems)"),
                        int(TextEncoding::Windows1252));
    m_sourceError = wrapLabel();
    m_sourceError->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout(source);
    form->addRow(tr("Kind:"), m_sourceBox);
    form->addRow(tr("File or folder:"), pathRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(m_sourceError);
    setPage(PageSource, source);

    // 2. Columns
    auto* columns = new QWizardPage;
    columns->setTitle(tr("Which column is which?"));
    columns->setSubTitle(tr("The first rows of the file. Choose a field for each column; "
                            "columns left on \"ignore\" keep what is stored."));
    m_table = new QTableWidget;
    m_table->setAccessibleName(tr("The first rows of the file, a field chooser above each column"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsHint = wrapLabel();
    auto* cl = new QVBoxLayout(columns);
    cl->addWidget(m_table);
    cl->addWidget(m_columnsHint);
    setPage(PageColumns, columns);

    // 3. School (OneRoster)
    auto* school = new QWizardPage;
    school->setTitle(tr("Which school?"));
    school->setSubTitle(tr("A district export can hold several schools."));
    m_school = new QComboBox;
    m_demographics = new QCheckBox(tr("Also import demographics (sex, race, ethnicity) as "
                                      "student groups for equity breakdowns"));
    auto* sl = new QFormLayout(school);
    sl->addRow(tr("School:"), m_school);
    sl->addRow(m_demographics);
    sl->addRow(wrapLabel(tr("Demographics are sensitive: take them only if the school will "
                            "use the equity breakdowns.")));
    setPage(PageSchool, school);

    // 4. Preview
    auto* preview = new QWizardPage;
    preview->setTitle(tr("What will change"));
    preview->setSubTitle(tr("Counted by running the import and undoing it."));
    m_sync = new QCheckBox(tr("Sync: this is the full roster; people missing from it become "
                              "inactive (never deleted; their marks are kept)"));
    m_preview = wrapLabel();
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_sync, &QCheckBox::toggled, this, &ImportWizard::updatePreview);
    m_syncWarning = wrapLabel();
    m_syncWarning->setObjectName(QStringLiteral("syncWarning"));
    m_syncWarning->setTextFormat(Qt::PlainText);
    m_syncWarning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_syncWarning->setVisible(false);
    m_sync->setObjectName(QStringLiteral("syncRoster"));
    auto* pl = new QVBoxLayout(preview);
    pl->addWidget(m_sync);
    pl->addWidget(m_syncWarning);
    pl->addWidget(m_preview, 1);
    setPage(PagePreview, preview);
    setButtonText(QWizard::FinishButton, tr("Import"));
}

void ImportWizard::setSource(Source s, const QString& path) {
    m_sourceBox->setCurrentIndex(m_sourceBox->findData(s));
    m_path->setText(path);
}

void ImportWizard::setEncoding(TextEncoding encoding) {
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

ImportWizard::Source ImportWizard::source() const {
    return Source(m_sourceBox->currentData().toInt());
}

void ImportWizard::browse() {
    QString path;
    if (source() == CaringmapExport)
        path = QFileDialog::getExistingDirectory(this, tr("Export folder"));
    else if (source() == OneRosterExport)
        path = QFileDialog::getOpenFileName(this, tr("OneRoster export"), QString(),
                                            tr("Zip files (*.zip);;CSV files (*.csv)"));
    else
        path = QFileDialog::getOpenFileName(this, tr("Roster spreadsheet"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        // A OneRoster folder: the user picks its manifest.csv.
        if (source() == OneRosterExport && path.endsWith(QLatin1String(".csv")))
            path = QFileInfo(path).absolutePath();
        m_path->setText(path);
    }
}

int ImportWizard::nextId() const {
    switch (currentId()) {
    case PageSource:
        if (source() == OneRosterExport)
            return PageSchool;
        if (source() == CaringmapExport)
            return PagePreview;
        return PageColumns;
    case PageColumns:
    case PageSchool:
        return PagePreview;
    default:
        return -1;
    }
}

bool ImportWizard::validateCurrentPage() {
    if (currentId() != PageSource)
        return true;
    m_sourceError->clear();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_sourceError->setText(tr("Choose a file or folder that exists."));
        return false;
    }
    if (source() == OneRosterExport) {
        const Result<QVector<OneRosterSchool>> schools = OneRoster::schools(path);
        if (!schools.ok()) {
            m_sourceError->setText(schools.message());
            return false;
        }
        m_school->clear();
        for (const OneRosterSchool& s : *schools)
            m_school->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.sourcedId), s.sourcedId);
        return true;
    }
    if (source() == CaringmapExport) {
        if (!SchoolExport::isExportFolder(path)) {
            m_sourceError->setText(tr("This folder has no students.csv and adults.csv."));
            return false;
        }
        return true;
    }
    const Result<QVector<QStringList>> rows =
        SpreadsheetImport::preview(path, TextEncoding(m_encoding->currentData().toInt()), 8);
    if (!rows.ok()) {
        m_sourceError->setText(rows.message());
        return false;
    }
    m_previewRows = *rows;
    return true;
}

void ImportWizard::initializePage(int id) {
    if (id == PageColumns)
        fillColumns();
    if (id == PagePreview) {
        m_sync->setVisible(source() != CaringmapExport);
        updatePreview();
    }
    QWizard::initializePage(id);
}

QString ImportWizard::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("student_id"), QT_TR_NOOP("Student ID")},
        {QStringLiteral("adult_id"), QT_TR_NOOP("Staff ID")},
        {QStringLiteral("given_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("preferred_name"), QT_TR_NOOP("Preferred name")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("homeroom"), QT_TR_NOOP("Homeroom")},
        {QStringLiteral("active"), QT_TR_NOOP("Active (yes/no)")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("group"), QT_TR_NOOP("Student group (e.g. IEP)")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

void ImportWizard::fillColumns() {
    const RosterKind kind = source() == AdultsSheet ? RosterKind::Adults : RosterKind::Students;
    const QStringList headers = m_previewRows.value(0);
    const ColumnMapping guess = ColumnMapping::guess(headers, kind);
    m_table->clear();
    m_table->setColumnCount(headers.size());
    m_table->setRowCount(qMax(1, int(m_previewRows.size())));
    m_table->setHorizontalHeaderLabels(headers);
    m_fieldBoxes.clear();
    for (int c = 0; c < headers.size(); ++c) {
        auto* box = new QComboBox;
        box->setAccessibleName(tr("Field for column %1").arg(headers[c]));
        box->addItem(tr("(ignore)"), QString());
        for (const QString& f : ColumnMapping::fields(kind))
            box->addItem(fieldLabel(f), f);
        box->setAccessibleName(tr("Field of column %1").arg(headers[c]));
        box->setCurrentIndex(qMax(0, box->findData(guess.fieldFor(headers[c]))));
        m_table->setCellWidget(0, c, box);
        m_fieldBoxes.push_back(box);
        for (int r = 1; r < m_previewRows.size(); ++r)
            m_table->setItem(r, c, new QTableWidgetItem(m_previewRows[r].value(c)));
    }
    m_table->setVerticalHeaderLabels(QStringList{tr("Field")});
    m_table->resizeColumnsToContents();
    QStringList required;
    for (const QString& f : ColumnMapping::requiredFields(kind))
        required << fieldLabel(f);
    m_columnsHint->setText(
        tr("Required: %1. A column set to \"%2\" makes student groups "
           "named after the column (for example IEP).")
            .arg(required.join(QStringLiteral(", ")), fieldLabel(ColumnMapping::kGroup)));
}

ColumnMapping ImportWizard::mapping() const {
    ColumnMapping m;
    const QStringList headers = m_previewRows.value(0);
    for (int c = 0; c < m_fieldBoxes.size() && c < headers.size(); ++c)
        m.set(headers[c], m_fieldBoxes[c]->currentData().toString());
    return m;
}

Result<RosterReport> ImportWizard::run(bool dryRun) {
    const QString path = m_path->text().trimmed();
    switch (source()) {
    case OneRosterExport: {
        OneRosterOptions o;
        o.dryRun = dryRun;
        o.sync = m_sync->isChecked();
        o.school = m_school->currentData().toString();
        o.demographics = m_demographics->isChecked();
        return m_document.importOneRoster(path, o);
    }
    case CaringmapExport: {
        ImportOptions o;
        o.dryRun = dryRun;
        return m_document.importFolder(path, o);
    }
    case StudentsSheet:
    case AdultsSheet: {
        SpreadsheetOptions o;
        o.dryRun = dryRun;
        o.sync = m_sync->isChecked();
        o.encoding = TextEncoding(m_encoding->currentData().toInt());
        o.mapping = mapping();
        return m_document.importSpreadsheet(
            source() == AdultsSheet ? RosterKind::Adults : RosterKind::Students, path, o);
    }
    }
    return Error{QStringLiteral("unknown source"), {}, 0};
}

void ImportWizard::updatePreview() {
    const Result<RosterReport> r = run(true);
    if (!r.ok()) {
        m_preview->setText(
            tr("This file cannot be imported; nothing will change.\n\n%1").arg(r.message()));
        button(QWizard::FinishButton)->setEnabled(false);
        return;
    }
    button(QWizard::FinishButton)->setEnabled(true);
    QStringList lines;
    int deactivated = 0;
    auto count = [&](const QString& who, const ChangeCount& c) {
        if (c.added + c.updated + c.unchanged + c.deactivated == 0)
            return;
        lines << tr("%1: %2 new, %3 updated, %4 unchanged")
                     .arg(who)
                     .arg(c.added)
                     .arg(c.updated)
                     .arg(c.unchanged);
        if (m_sync->isChecked() || c.deactivated > 0)
            lines << tr("    %1 no longer present (they will become inactive)").arg(c.deactivated);
        deactivated += c.deactivated;
    };
    count(tr("Students"), r->students);
    count(tr("Staff"), r->adults);
    if (r->teachingLinks > 0)
        lines << tr("Teaching links (who teaches whom): %1").arg(r->teachingLinks);
    if (r->groupMembers > 0)
        lines << tr("Student group memberships: %1").arg(r->groupMembers);
    if (r->marks > 0)
        lines << tr("Marks: %1").arg(r->marks);
    for (const QString& n : r->notes)
        lines << tr("Note: %1").arg(n);
    if (lines.isEmpty())
        lines << tr("The file holds nobody to import.");
    lines << QString()
          << tr("When the import changes a school that already has data, a backup is made "
                "first; File > Restore backup puts it back.");
    m_preview->setText(lines.join(QLatin1Char('\n')));
    // Making people inactive is the one change to read twice: a warning, and
    // Enter does not import.
    const bool warn = m_sync->isChecked() && deactivated > 0;
    QString warning;
    if (warn) {
        warning = tr("Warning: %n person(s) in caringmap are missing from this file and will "
                     "become inactive. Untick Sync if the file is not the full roster.",
                     nullptr, deactivated);
        const QStringList names = leavingNames();
        if (!names.isEmpty()) {
            constexpr int kShown = 20;
            warning += QLatin1Char('\n') + names.mid(0, kShown).join(QStringLiteral("; "));
            if (names.size() > kShown)
                warning +=
                    QLatin1Char(' ') + tr("and %n more.", nullptr, int(names.size()) - kShown);
        }
    }
    m_syncWarning->setText(warning);
    m_syncWarning->setVisible(warn);
    setOption(QWizard::NoDefaultButton, warn);
    if (auto* finish = qobject_cast<QPushButton*>(button(QWizard::FinishButton)))
        finish->setDefault(!warn);
}

QStringList ImportWizard::leavingNames() const {
    // Spreadsheets only: the active people whose ID is not in the file's ID
    // column ("Family, Given (ID)", by name). A OneRoster export shows the count.
    if (source() != StudentsSheet && source() != AdultsSheet)
        return {};
    const bool adults = source() == AdultsSheet;
    const Result<QVector<QStringList>> rows = SpreadsheetImport::preview(
        m_path->text().trimmed(), TextEncoding(m_encoding->currentData().toInt()), 1000000);
    if (!rows.ok() || rows->isEmpty())
        return {};
    const QStringList headers = rows->first();
    const ColumnMapping m = mapping();
    const QString idField = adults ? QStringLiteral("adult_id") : QStringLiteral("student_id");
    int idColumn = -1;
    for (int c = 0; c < headers.size(); ++c) {
        if (m.fieldFor(headers[c]) == idField)
            idColumn = c;
    }
    if (idColumn < 0)
        return {};
    QSet<QString> inFile;
    for (int r = 1; r < rows->size(); ++r)
        inFile.insert(rows->at(r).value(idColumn).trimmed());
    QStringList names;
    if (adults) {
        for (const Adult& a : m_document.adults())
            if (a.active && !inFile.contains(a.adultId))
                names << QStringLiteral("%1 (%2)").arg(UiHelpers::listName(a), a.adultId);
    } else {
        for (const Student& st : m_document.students())
            if (st.active && !inFile.contains(st.studentId))
                names << QStringLiteral("%1 (%2)").arg(UiHelpers::listName(st), st.studentId);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString ImportWizard::previewText() const {
    return m_preview->text();
}

void ImportWizard::accept() {
    const Result<RosterReport> r = run(false);
    if (!r.ok()) {
        UiHelpers::message(this, QMessageBox::Warning, tr("Import roster"),
                           tr("Nothing was imported.\n\n%1").arg(r.message()));
        return;
    }
    m_report = *r;
    m_imported = true;
    emit rosterImported(m_report);
    QWizard::accept();
}

} // namespace cm
