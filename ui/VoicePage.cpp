#include "VoicePage.h"

#include "FilterLineEdit.h"
#include "Interaction.h"
#include "SchoolDocument.h"
#include "SurveyImport.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"
#include "VoiceData.h"
#include "VoiceModel.h"
#include "VoiceResolvePanel.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

namespace {
enum PageIndex { ListPage, EmptyPage, PrivatePage };
}

VoicePage::VoicePage(SchoolDocument& document, Interaction& interaction, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_interaction(interaction)
    , m_model(new VoiceModel(document, this))
    , m_proxy(new TableFilterProxy(this))
    , m_stack(new QStackedWidget(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setGradeColumn(VoiceModel::Grade);

    auto* empty = new QWidget(this);
    m_empty = new QLabel(empty);
    m_empty->setObjectName(QStringLiteral("voiceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* importEmpty = new QPushButton(tr("&Import a student survey…"), empty);
    importEmpty->setObjectName(QStringLiteral("voiceImportEmpty"));
    connect(importEmpty, &QPushButton::clicked, this, &VoicePage::importSurvey);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(importEmpty, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    auto* hidden = new QLabel(tr("<h3>Hidden during a private marking session</h3>"
                                 "<p>Survey answers are confidential like marks; they come back "
                                 "when the session is left.</p>"),
                              this);
    hidden->setObjectName(QStringLiteral("voiceHidden"));
    hidden->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(buildList());
    m_stack->addWidget(empty);
    m_stack->addWidget(hidden);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_group, m_grade, m_homeroom})
        connect(combo, &QComboBox::currentIndexChanged, this, &VoicePage::applyFilters);
    connect(&document, &SchoolDocument::privateSessionChanged, this, &VoicePage::refresh);
    connect(&document, &SchoolDocument::viewedRoundChanged, this, &VoicePage::refresh);
    refresh();
}

QWidget* VoicePage::buildList() {
    auto* list = new QWidget(this);
    m_summary = new QLabel(list);
    m_summary->setObjectName(QStringLiteral("voiceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* import = new QPushButton(tr("&Import a student survey…"), list);
    import->setObjectName(QStringLiteral("voiceImport"));
    connect(import, &QPushButton::clicked, this, &VoicePage::importSurvey);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(import, 0, Qt::AlignTop);
    m_filter = new FilterLineEdit(list);
    m_filter->setObjectName(QStringLiteral("voiceFilter"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, grade, homeroom or adult"));
    m_group = new QComboBox(list);
    m_group->setObjectName(QStringLiteral("voiceGroupFilter"));
    m_group->setAccessibleName(tr("Group filter"));
    m_grade = new QComboBox(list);
    m_grade->setObjectName(QStringLiteral("voiceGradeFilter"));
    m_grade->setAccessibleName(tr("Grade filter"));
    m_homeroom = new QComboBox(list);
    m_homeroom->setObjectName(QStringLiteral("voiceHomeroomFilter"));
    m_homeroom->setAccessibleName(tr("Homeroom filter"));
    m_table = new QTableView(list);
    UiHelpers::setUpTable(m_table, QStringLiteral("voiceTable"),
                          tr("Students: adults who marked them and adults they named"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(VoiceModel::Group, Qt::AscendingOrder);
    // The group's whole name shows (bold for the first group), whatever the scale.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int groupWidth = 0;
    for (int i = 0; i < kAgreementCount; ++i)
        groupWidth = std::max(groupWidth,
                              boldMetrics.horizontalAdvance(VoiceModel::groupText(Agreement(i))));
    const int ch = m_table->fontMetrics().averageCharWidth();
    QHeaderView* header = m_table->horizontalHeader();
    // Wide enough for the value and for the header's own text with its sort arrow.
    auto fit = [&](int column, int chars) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(
            column, std::max(ch * chars, header->fontMetrics().horizontalAdvance(title) + ch * 5));
    };
    header->resizeSection(VoiceModel::Group, groupWidth + ch * 3);
    fit(VoiceModel::Name, 22);
    fit(VoiceModel::Id, 10);
    fit(VoiceModel::Grade, 6);
    fit(VoiceModel::Homeroom, 8);
    fit(VoiceModel::StaffAdults, 30);
    m_filter->setTargetView(m_table);
    m_resolve = new VoiceResolvePanel(m_document, m_interaction, list);
    m_resolve->setObjectName(QStringLiteral("voiceResolvePanel"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_group, 2);
    filters->addWidget(m_grade, 1);
    filters->addWidget(m_homeroom, 1);
    auto* splitter = new QSplitter(Qt::Vertical, list);
    splitter->setObjectName(QStringLiteral("voiceSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_resolve);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    return list;
}

void VoicePage::refresh() {
    if (m_document.privateSession()) {
        m_stack->setCurrentIndex(PrivatePage);
        return;
    }
    m_model->reset();
    const bool open = m_document.isOpen();
    m_resolve->setNames(
        open ? VoiceData::load(m_document.storage(), m_document.viewedRound()).unresolved()
             : QVector<UnresolvedName>());
    fillFilters();
    updateSummary();
    const VoiceComparison& c = m_model->comparison();
    const bool answers = c.count(Agreement::NoResponse) < int(c.students().size());
    const QString round = m_document.viewedRoundInfo().name;
    m_empty->setText(c.students().isEmpty()
                         ? tr("<h3>No students yet</h3>")
                         : tr("<h3>No survey answers in %1</h3><p>Ask the students which adults "
                              "at school they would go to, then import the form's export.</p>")
                               .arg(round.toHtmlEscaped()));
    m_stack->setCurrentIndex(answers || m_resolve->nameCount() > 0 ? ListPage : EmptyPage);
}

void VoicePage::updateSummary() {
    const VoiceComparison& c = m_model->comparison();
    QStringList lines;
    lines << tr("%1: %2 of %3 active students answered; %4 named at least one adult.")
                 .arg(m_document.viewedRoundInfo().name)
                 .arg(c.responded())
                 .arg(c.students().size())
                 .arg(c.namedAnyone());
    QStringList counts;
    for (int i = 0; i < kAgreementCount; ++i)
        counts << tr("%1: %2").arg(VoiceModel::groupText(Agreement(i))).arg(c.count(Agreement(i)));
    lines << counts.join(QStringLiteral(" · "));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void VoicePage::fillFilters() {
    QSet<QString> grades;
    QSet<QString> homerooms;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        grades.insert(m_model->index(r, VoiceModel::Grade).data().toString());
        homerooms.insert(m_model->index(r, VoiceModel::Homeroom).data().toString());
    }
    UiHelpers::fillFilterCombo(m_grade, tr("All grades"), UiHelpers::sortedGrades(grades));
    UiHelpers::fillFilterCombo(m_homeroom, tr("All homerooms"), UiHelpers::sortedValues(homerooms));
    const QString group = m_group->currentData().toString();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    const VoiceComparison& c = m_model->comparison();
    for (int i = 0; i < kAgreementCount; ++i)
        m_group->addItem(
            tr("%1 (%2)").arg(VoiceModel::groupText(Agreement(i))).arg(c.count(Agreement(i))),
            agreementName(Agreement(i)));
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    applyFilters();
}

void VoicePage::showGroup(Agreement group) {
    m_filter->clear();
    m_grade->setCurrentIndex(0);
    m_homeroom->setCurrentIndex(0);
    m_group->setCurrentIndex(std::max(0, m_group->findData(agreementName(group))));
    m_table->setFocus();
}

void VoicePage::applyFilters() {
    m_proxy->setColumnFilter(VoiceModel::Group, m_group->currentData().toString());
    m_proxy->setColumnFilter(VoiceModel::Grade, m_grade->currentData().toString());
    m_proxy->setColumnFilter(VoiceModel::Homeroom, m_homeroom->currentData().toString());
}

// A preview first (the import run and rolled back), then the import itself
// once the counselor confirms: the file's columns and counts, nothing changed
// before that.
void VoicePage::importSurvey() {
    const QString path = m_interaction.openFile(this, tr("Import a student survey"),
                                                tr("Survey exports (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    SurveyImportOptions options;
    options.round = m_document.viewedRoundInfo().name;
    options.dryRun = true;
    const Result<SurveyImportReport> preview = m_document.importSurvey(path, options);
    if (!preview.ok()) {
        m_interaction.showError(this, tr("Import a student survey"), preview.message());
        return;
    }
    const QString question =
        tr("Read %1 answer(s) from %2 student(s) into %3?\n\nStudent ID column: \"%4\"; answer "
           "column(s): \"%5\"; time column: \"%6\".\n%7 name(s) will be left to settle. A "
           "backup of the school is made first.")
            .arg(preview->rows)
            .arg(preview->students)
            .arg(preview->round, preview->studentIdColumn,
                 preview->answerColumns.join(QStringLiteral("\", \"")),
                 preview->timestampColumn.isEmpty() ? tr("none") : preview->timestampColumn)
            .arg(preview->unresolved);
    if (!m_interaction.confirm(this, tr("Import a student survey"), question))
        return;
    options.dryRun = false;
    const Result<SurveyImportReport> r = m_document.importSurvey(path, options);
    if (!r.ok()) {
        m_interaction.showError(this, tr("Import a student survey"), r.message());
        return;
    }
    m_interaction.showInfo(
        this, tr("Import a student survey"),
        tr("%1 answer(s) from %2 student(s) read into %3; %4 stored, %5 name(s) left to settle.")
            .arg(r->rows)
            .arg(r->students)
            .arg(r->round)
            .arg(r->stored)
            .arg(r->unresolved));
    refresh();
}

} // namespace cm
