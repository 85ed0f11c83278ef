#include "UnconnectedPage.h"

#include "FilterLineEdit.h"
#include "SchoolDocument.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"
#include "UnconnectedModel.h"
#include "VoiceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

namespace {
enum PageIndex { ListPage, EmptyPage, PrivatePage };
}

UnconnectedPage::UnconnectedPage(SchoolDocument& context, QWidget* parent)
    : QWidget(parent)
    , m_document(context)
    , m_model(new UnconnectedModel(context, this))
    , m_proxy(new TableFilterProxy(this))
    , m_stack(new QStackedWidget(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setGradeColumn(UnconnectedModel::Grade);

    auto* list = new QWidget(this);
    m_summary = new QLabel(list);
    m_summary->setObjectName(QStringLiteral("unconnectedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // the round name in it is escaped
    m_filter = new FilterLineEdit(list);
    m_filter->setObjectName(QStringLiteral("unconnectedFilter"));
    m_filter->setAccessibleName(tr("Filter unconnected students"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, grade, homeroom or adult"));
    m_grade = new QComboBox(list);
    m_grade->setObjectName(QStringLiteral("unconnectedGradeFilter"));
    m_grade->setAccessibleName(tr("Grade filter"));
    m_homeroom = new QComboBox(list);
    m_homeroom->setObjectName(QStringLiteral("unconnectedHomeroomFilter"));
    m_homeroom->setAccessibleName(tr("Homeroom filter"));
    m_table = new QTableView(list);
    UiHelpers::setUpTable(m_table, QStringLiteral("unconnectedTable"), tr("Unconnected students"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(UnconnectedModel::Grade, Qt::AscendingOrder);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(UnconnectedModel::Name, ch * 30);
    m_table->horizontalHeader()->resizeSection(UnconnectedModel::Homeroom, ch * 12);
    m_table->horizontalHeader()->resizeSection(UnconnectedModel::Concern, ch * 32);
    m_filter->setTargetView(m_table);
    // Print what you see: the grade and homeroom filters go on paper.
    auto* print = new QPushButton(tr("&Print this list"), list);
    print->setObjectName(QStringLiteral("unconnectedPrint"));
    print->setAccessibleName(tr("Print the unconnected students shown"));
    auto* printMenu = new QMenu(print);
    const QPair<int, QString> actions[] = {
        {Preview, tr("Print pre&view…")}, {Print, tr("&Print…")}, {SavePdf, tr("Save as P&DF…")}};
    for (const auto& [action, text] : actions) {
        QAction* a = printMenu->addAction(text);
        a->setObjectName(QStringLiteral("unconnectedPrint%1").arg(action));
        connect(a, &QAction::triggered, this,
                [this, action = action] { emit printRequested(action); });
    }
    print->setMenu(printMenu);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_grade, 1);
    filters->addWidget(m_homeroom, 1);
    m_voiceFlag = new QLabel(list);
    m_voiceFlag->setObjectName(QStringLiteral("unconnectedVoiceFlag"));
    m_voiceFlag->setWordWrap(true);
    m_voiceFlag->setTextFormat(Qt::PlainText);
    m_voiceShow = new QPushButton(tr("Show &them"), list);
    m_voiceShow->setObjectName(QStringLiteral("unconnectedVoiceShow"));
    m_voiceShow->setAccessibleName(tr("Show the students adults know who named nobody"));
    connect(m_voiceShow, &QPushButton::clicked, this, &UnconnectedPage::namesNobodyRequested);
    auto* voice = new QHBoxLayout;
    voice->addWidget(m_voiceFlag, 1);
    voice->addWidget(m_voiceShow);
    filters->addWidget(print);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addLayout(voice);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("unconnectedEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* hidden = new QLabel(tr("<h3>Hidden during a private marking session</h3>"
                                 "<p>The list comes back when the session is left.</p>"),
                              this);
    hidden->setObjectName(QStringLiteral("unconnectedHidden"));
    hidden->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(list);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(hidden);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_grade, m_homeroom})
        connect(combo, &QComboBox::currentIndexChanged, this, &UnconnectedPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnconnectedPage::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UnconnectedPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UnconnectedPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UnconnectedPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UnconnectedPage::updateSummary);
    connect(&context, &SchoolDocument::privateSessionChanged, this, &UnconnectedPage::refresh);
    connect(&context, &SchoolDocument::viewedRoundChanged, this, &UnconnectedPage::refresh);
    refresh();
}

UnconnectedReportData::Filter UnconnectedPage::filter() const {
    return {m_grade->currentData().toString(), m_homeroom->currentData().toString()};
}

void UnconnectedPage::setFilter(const QString& grade, const QString& homeroom) {
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(grade)));
    m_homeroom->setCurrentIndex(std::max(0, m_homeroom->findData(homeroom)));
}

void UnconnectedPage::refresh() {
    fillFilters();
    applyFilters(); // a grade that left the list falls back to "All grades"
    const QString round = m_document.viewedRoundInfo().name;
    const QString noMarks = m_document.noMarksText(m_document.viewedRound());
    if (!noMarks.isEmpty() && !m_document.privateSession()) {
        m_empty->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                             .arg(noMarks.toHtmlEscaped(),
                                  tr("Mark this round on the Mark page, or view the last mapped "
                                     "round on the Rounds page.")));
        m_summary->clear();
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    const int n = m_model->rowCount();
    const ConnectionTotals t = m_document.totals();
    updateSummary();
    if (t.studentsActive == 0)
        m_empty->setText(tr("<h3>No students yet</h3><p>Import a roster (File › Import "
                            "roster) or add students on the Students page.</p>"));
    else
        m_empty->setText(tr("<h3>Every active student has at least one caring adult in %1.</h3>")
                             .arg(round.toHtmlEscaped()));
    if (m_document.privateSession())
        m_stack->setCurrentIndex(PrivatePage);
    else
        m_stack->setCurrentIndex(n == 0 ? EmptyPage : ListPage);
    if (isVisible())
        updateVoiceFlag();
}

void UnconnectedPage::showEvent(QShowEvent* event) {
    updateVoiceFlag();
    QWidget::showEvent(event);
}

void UnconnectedPage::updateVoiceFlag() {
    int namesNobody = 0;
    const RowId round = m_document.viewedRound();
    if (m_document.isOpen() && !m_document.privateSession() &&
        m_document.storage().surveyAnswerCount(round) > 0)
        namesNobody = VoiceData::compare(m_document.storage(), round).count(Agreement::StaffOnly);
    m_voiceFlag->setVisible(namesNobody > 0);
    m_voiceShow->setVisible(namesNobody > 0);
    m_voiceFlag->setText(tr("Names nobody: %n more student(s) have adults who marked them but "
                            "named no adult at school in the survey, the hidden disconnection.",
                            nullptr, namesNobody));
}

void UnconnectedPage::updateSummary() {
    // The count follows the filters: what is listed is what is counted.
    const QString round = m_document.viewedRoundInfo().name.toHtmlEscaped();
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int active = m_document.totals().studentsActive;
    QString text =
        tr("<b>%1 of %n active student(s) have no caring adult in %2.</b>", nullptr, active)
            .arg(all)
            .arg(round);
    if (shown != all) {
        QStringList narrowed;
        if (!m_grade->currentData().toString().isEmpty())
            narrowed << tr("grade %1").arg(m_grade->currentText().toHtmlEscaped());
        if (!m_homeroom->currentData().toString().isEmpty())
            narrowed << tr("homeroom %1").arg(m_homeroom->currentText().toHtmlEscaped());
        if (!m_filter->text().trimmed().isEmpty())
            narrowed << tr("matching “%1”").arg(m_filter->text().trimmed().toHtmlEscaped());
        text +=
            QLatin1Char(' ') +
            tr("<b>%n shown</b> (%1).", nullptr, shown).arg(narrowed.join(QStringLiteral(", ")));
    }
    text += QLatin1Char(' ') + tr("Each of them needs a go-to adult. The list updates as marks "
                                  "are made.");
    m_summary->setText(text);
}

void UnconnectedPage::fillFilters() {
    QSet<QString> grades;
    QSet<QString> homerooms;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        grades.insert(m_model->index(r, UnconnectedModel::Grade).data().toString());
        homerooms.insert(m_model->index(r, UnconnectedModel::Homeroom).data().toString());
    }
    UiHelpers::fillFilterCombo(m_grade, tr("All grades"), UiHelpers::sortedGrades(grades));
    UiHelpers::fillFilterCombo(m_homeroom, tr("All homerooms"), UiHelpers::sortedValues(homerooms));
}

void UnconnectedPage::applyFilters() {
    m_proxy->setColumnFilter(UnconnectedModel::Grade, m_grade->currentData().toString());
    m_proxy->setColumnFilter(UnconnectedModel::Homeroom, m_homeroom->currentData().toString());
}

} // namespace cm
