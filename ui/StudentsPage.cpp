#include "StudentsPage.h"

#include "AddStudentCommand.h"
#include "EditStudentCommand.h"
#include "EmptyStateView.h"
#include "FilterLineEdit.h"
#include "HistoryView.h"
#include "Interaction.h"
#include "SchoolDocument.h"
#include "SetActiveCommand.h"
#include "StudentTableModel.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"
#include "VoiceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cm {

StudentsPage::StudentsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent)
    : QWidget(parent)
    , m_document(context)
    , m_interaction(interaction)
    , m_model(new StudentTableModel(context, this))
    , m_proxy(new TableFilterProxy(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setGradeColumn(StudentTableModel::Grade);
    m_proxy->setColumnFilter(StudentTableModel::Active, QStringLiteral("1"));

    auto* filter = new FilterLineEdit(this);
    m_filter = filter;
    m_filter->setObjectName(QStringLiteral("studentFilter"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, grade or homeroom"));
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_grade->setAccessibleName(tr("Grade filter"));
    m_homeroom = new QComboBox(this);
    m_homeroom->setObjectName(QStringLiteral("homeroomFilter"));
    m_homeroom->setAccessibleName(tr("Homeroom filter"));
    m_status =
        UiHelpers::statusFilter(this, QStringLiteral("statusFilter"), tr("Status filter"),
                                tr("Active students"), tr("Inactive students"), tr("All students"));

    auto* add = new QPushButton(tr("&Add student…"), this);
    add->setObjectName(QStringLiteral("addStudent"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStudent"));
    m_active = new QPushButton(tr("&Deactivate"), this);
    m_active->setObjectName(QStringLiteral("toggleStudentActive"));

    m_table = new QTableView(this);
    UiHelpers::setUpTable(m_table, QStringLiteral("studentTable"), tr("Students"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(StudentTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->resizeSection(StudentTableModel::Name,
                                               m_table->fontMetrics().averageCharWidth() * 32);
    m_table->horizontalHeader()->resizeSection(
        StudentTableModel::Adults,
        qMax(m_table->fontMetrics().averageCharWidth() * 18,
             m_table->horizontalHeader()->sectionSizeHint(StudentTableModel::Adults)));
    filter->setTargetView(m_table);
    m_tableState = new EmptyStateView(m_table, QStringLiteral("studentsEmpty"), this);
    QPushButton* import =
        m_tableState->addButton(tr("&Import a roster…"), QStringLiteral("emptyImportRoster"));
    QPushButton* addFirst =
        m_tableState->addButton(tr("Add one &student…"), QStringLiteral("emptyAddStudent"));

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("studentDetail"));
    m_detail->setAccessibleName(tr("Student details"));
    m_detail->setMinimumWidth(m_detail->fontMetrics().averageCharWidth() * 30);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_grade, 1);
    filters->addWidget(m_homeroom, 1);
    filters->addWidget(m_status, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_active);
    buttons->addStretch();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tableState);
    m_history = new HistoryView(m_document, this);
    m_history->setObjectName(QStringLiteral("studentHistory"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("studentTabs"));
    tabs->setAccessibleName(tr("The chosen student"));
    tabs->tabBar()->setAccessibleName(tr("Details or history of the chosen student"));
    tabs->addTab(m_detail, tr("Details"));
    tabs->addTab(m_history, tr("History"));
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_grade, m_homeroom, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &StudentsPage::applyFilters);
    connect(add, &QPushButton::clicked, this, &StudentsPage::addStudent);
    connect(addFirst, &QPushButton::clicked, this, &StudentsPage::addStudent);
    connect(import, &QPushButton::clicked, this, &StudentsPage::importRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &StudentsPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudentsPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StudentsPage::updateEmpty);
    connect(m_edit, &QPushButton::clicked, this, &StudentsPage::editStudent);
    connect(m_active, &QPushButton::clicked, this, &StudentsPage::toggleActive);
    connect(m_table, &QTableView::activated, this, &StudentsPage::editStudent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StudentsPage::showDetail);
    connect(&context, &SchoolDocument::rosterChanged, this, &StudentsPage::refresh);
    connect(&context, &SchoolDocument::markChanged, this, &StudentsPage::showDetail);
    // Survey answers and their settled names change through dataChanged.
    for (auto signal : {&SchoolDocument::dataChanged, &SchoolDocument::schoolOpened})
        connect(&context, signal, this, [this] {
            m_voices.reset();
            showDetail();
        });
    connect(&context, &SchoolDocument::viewedRoundChanged, this, [this] {
        m_voices.reset();
        showDetail();
    });
    connect(&context, &SchoolDocument::privateSessionChanged, this, &StudentsPage::showDetail);
    refresh();
}

RowId StudentsPage::currentStudent() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->studentAt(m_proxy->mapToSource(i).row()) : 0;
}

void StudentsPage::selectStudent(RowId id) {
    UiHelpers::selectSourceRow(m_table, m_proxy, m_model->rowOf(id));
}

void StudentsPage::refresh() {
    fillFilters();
    showDetail();
    updateEmpty();
}

void StudentsPage::updateEmpty() {
    const bool noStudents = m_document.students().isEmpty();
    m_tableState->setMessage(
        noStudents ? tr("This school has no students yet. Import the roster from your student "
                        "information system (a CSV file, a spreadsheet or a OneRoster export), "
                        "or add students one by one.")
                   : tr("No student matches these filters. Press Escape in the filter box or "
                        "choose All grades, All homerooms and All students."));
    m_tableState->setEmpty(m_proxy->rowCount() == 0);
    for (QPushButton* b : m_tableState->findChildren<QPushButton*>())
        b->setVisible(noStudents);
}

void StudentsPage::fillFilters() {
    QSet<QString> grades;
    QSet<QString> homerooms;
    for (const Student& s : m_document.students()) {
        grades.insert(s.grade);
        homerooms.insert(s.homeroom);
    }
    UiHelpers::fillFilterCombo(m_grade, tr("All grades"), UiHelpers::sortedGrades(grades));
    UiHelpers::fillFilterCombo(m_homeroom, tr("All homerooms"), UiHelpers::sortedValues(homerooms));
}

void StudentsPage::applyFilters() {
    m_proxy->setColumnFilter(StudentTableModel::Grade, m_grade->currentData().toString());
    m_proxy->setColumnFilter(StudentTableModel::Homeroom, m_homeroom->currentData().toString());
    m_proxy->setColumnFilter(StudentTableModel::Active, m_status->currentData().toString());
}

void StudentsPage::showDetail() {
    const Student* s = m_document.student(currentStudent());
    m_edit->setEnabled(s != nullptr);
    m_active->setEnabled(s != nullptr);
    m_history->showStudent(s ? s->id : 0);
    if (!s) {
        m_detail->setHtml(tr("<p>Choose a student to see who their caring adults are.</p>"));
        return;
    }
    m_active->setText(s->active ? tr("&Deactivate") : tr("Re&activate"));
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(s->displayName().toHtmlEscaped(), tr("ID %1 · grade %2 · homeroom %3")
                                                       .arg(s->shownId(), s->grade, s->homeroom)
                                                       .toHtmlEscaped());
    if (!s->active) {
        html += tr("<p><b>Inactive:</b> not counted. Their marks are kept and count again "
                   "when the student is reactivated.</p>");
    }
    auto names = [this](const QVector<RowId>& ids) {
        QString list;
        for (RowId id : ids) {
            if (const Adult* a = m_document.adult(id))
                list += QStringLiteral("<li>%1 (%2)</li>")
                            .arg(a->displayName().toHtmlEscaped(), a->role.toHtmlEscaped());
        }
        return list;
    };
    const QVector<RowId> connecting = m_document.connectingAdults(s->id);
    const QString round = m_document.viewedRoundInfo().name.toHtmlEscaped();
    if (connecting.isEmpty())
        html += tr("<p><b>No caring adult in %1.</b> This student is unconnected.</p>").arg(round);
    else
        html += tr("<p><b>Caring adults in %1:</b></p><ul>%2</ul>").arg(round, names(connecting));
    const QVector<RowId> concerned = m_document.concernedAdults(s->id);
    if (!concerned.isEmpty())
        html += tr("<p><b>May benefit from a relationship</b>, flagged by:</p><ul>%1</ul>")
                    .arg(names(concerned));
    html += voiceHtml(s->id, connecting);
    m_detail->setHtml(html);
}

QString StudentsPage::voiceHtml(RowId student, const QVector<RowId>& connecting) {
    if (m_document.privateSession() || !m_document.isOpen())
        return {}; // answers are as confidential as the marks
    if (!m_voices)
        m_voices = VoiceData::load(m_document.storage(), m_document.viewedRound()).voices();
    const auto it = m_voices->constFind(student);
    if (it == m_voices->constEnd())
        return tr("<p><b>Student voice:</b> no survey answer this round.</p>");
    QStringList named;
    for (RowId id : it->adults) {
        if (const Adult* a = m_document.adult(id))
            named << (connecting.contains(id) ? tr("%1 (both)").arg(a->displayName())
                                              : a->displayName())
                         .toHtmlEscaped();
    }
    QString html;
    if (named.isEmpty())
        html = connecting.isEmpty()
                   ? tr("<p><b>Student voice:</b> named no adult at school.</p>")
                   : tr("<p><b>Student voice: named no adult at school</b>, though adults "
                        "marked them: the hidden disconnection. Act here first.</p>");
    else
        html = tr("<p><b>Student voice:</b> would go to %1.</p>")
                   .arg(named.join(QStringLiteral(", ")));
    if (!it->unresolved.isEmpty())
        html += tr("<p>Not resolved yet: %1</p>")
                    .arg(it->unresolved.join(QStringLiteral(", ")).toHtmlEscaped());
    return html;
}

void StudentsPage::addStudent() {
    Student s;
    if (!m_interaction.editStudent(this, m_document, &s, true))
        return;
    auto* command = new AddStudentCommand(m_document, s);
    if (Status st = m_document.run(command); !st.ok()) {
        m_interaction.showError(this, tr("Add a student"), st.message());
        return;
    }
    if (const auto added = m_document.storage().studentByExternalId(s.studentId)) {
        UiHelpers::showAllStatuses(m_status);
        selectStudent(added->id);
    }
}

void StudentsPage::editStudent() {
    const Student* current = m_document.student(currentStudent());
    if (!current)
        return;
    const Student before = *current;
    Student after = before;
    if (!m_interaction.editStudent(this, m_document, &after, false) || after == before)
        return;
    if (Status st = m_document.run(new EditStudentCommand(m_document, before, after)); !st.ok())
        m_interaction.showError(this, tr("Edit student"), st.message());
    selectStudent(before.id);
}

void StudentsPage::toggleActive() {
    const Student* current = m_document.student(currentStudent());
    if (!current)
        return;
    const RowId id = current->id;
    const bool active = !current->active;
    if (!active &&
        !m_interaction.confirm(this, tr("Deactivate student"),
                               tr("Deactivate %1? The student is no longer counted; their "
                                  "marks are kept and count again if you reactivate them.")
                                   .arg(current->displayName())))
        return;
    if (Status st = m_document.run(
            new SetActiveCommand(m_document, SetActiveCommand::Who::Student, id, active));
        !st.ok())
        m_interaction.showError(this, tr("Deactivate student"), st.message());
    UiHelpers::revealToggled(m_status, active);
    selectStudent(id);
}

} // namespace cm
