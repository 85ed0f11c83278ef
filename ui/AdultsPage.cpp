#include "AdultsPage.h"

#include "AddAdultCommand.h"
#include "AdultTableModel.h"
#include "EditAdultCommand.h"
#include "EmptyStateView.h"
#include "FilterLineEdit.h"
#include "HistoryView.h"
#include "Interaction.h"
#include "SchoolDocument.h"
#include "SetActiveCommand.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cm {

AdultsPage::AdultsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent)
    : QWidget(parent)
    , m_document(context)
    , m_interaction(interaction)
    , m_model(new AdultTableModel(context, this))
    , m_proxy(new TableFilterProxy(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setColumnFilter(AdultTableModel::Active, QStringLiteral("1"));

    auto* filter = new FilterLineEdit(this);
    m_filter = filter;
    m_filter->setObjectName(QStringLiteral("adultFilter"));
    m_filter->setAccessibleName(tr("Filter adults"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, role or email"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->setAccessibleName(tr("Role filter"));
    m_status =
        UiHelpers::statusFilter(this, QStringLiteral("adultStatusFilter"), tr("Status filter"),
                                tr("Active adults"), tr("Inactive adults"), tr("All adults"));

    auto* add = new QPushButton(tr("&Add adult…"), this);
    add->setObjectName(QStringLiteral("addAdult"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAdult"));
    m_active = new QPushButton(tr("&Deactivate"), this);
    m_active->setObjectName(QStringLiteral("toggleAdultActive"));

    m_table = new QTableView(this);
    UiHelpers::setUpTable(m_table, QStringLiteral("adultTable"), tr("Adults"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AdultTableModel::Name, Qt::AscendingOrder);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(AdultTableModel::Name, ch * 28);
    m_table->horizontalHeader()->resizeSection(AdultTableModel::Role, ch * 22);
    m_table->horizontalHeader()->resizeSection(AdultTableModel::Email, ch * 34);
    m_table->horizontalHeader()->resizeSection(
        AdultTableModel::Marks,
        qMax(ch * 18, m_table->horizontalHeader()->sectionSizeHint(AdultTableModel::Marks)));
    filter->setTargetView(m_table);
    m_tableState = new EmptyStateView(m_table, QStringLiteral("adultsEmpty"), this);
    QPushButton* addFirst =
        m_tableState->addButton(tr("Add one &adult…"), QStringLiteral("emptyAddAdult"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_role, 1);
    filters->addWidget(m_status, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_active);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    // The History tab: the audit trail's rows about the chosen adult.
    m_history = new HistoryView(m_document, this);
    m_history->setObjectName(QStringLiteral("adultHistory"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adultTabs"));
    tabs->setAccessibleName(tr("The chosen adult"));
    tabs->tabBar()->setAccessibleName(tr("History of the chosen adult"));
    tabs->addTab(m_history, tr("History"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tableState);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({3000, 1000}); // the table keeps its columns
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_role, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &AdultsPage::applyFilters);
    connect(add, &QPushButton::clicked, this, &AdultsPage::addAdult);
    connect(addFirst, &QPushButton::clicked, this, &AdultsPage::addAdult);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AdultsPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AdultsPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AdultsPage::updateEmpty);
    connect(m_edit, &QPushButton::clicked, this, &AdultsPage::editAdult);
    connect(m_active, &QPushButton::clicked, this, &AdultsPage::toggleActive);
    connect(m_table, &QTableView::activated, this, &AdultsPage::editAdult);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdultsPage::updateButtons);
    connect(&context, &SchoolDocument::rosterChanged, this, &AdultsPage::refresh);
    refresh();
}

RowId AdultsPage::currentAdult() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->adultAt(m_proxy->mapToSource(i).row()) : 0;
}

void AdultsPage::selectAdult(RowId id) {
    UiHelpers::selectSourceRow(m_table, m_proxy, m_document.adultIndex(id));
}

void AdultsPage::refresh() {
    QSet<QString> roles;
    for (const Adult& a : m_document.adults())
        roles.insert(a.role);
    UiHelpers::fillFilterCombo(m_role, tr("All roles"), UiHelpers::sortedValues(roles));
    updateButtons();
    updateEmpty();
}

void AdultsPage::updateEmpty() {
    const bool noAdults = m_document.adults().isEmpty();
    m_tableState->setMessage(
        noAdults ? tr("This school has no adults yet. Import the staff roster (File › Import "
                      "roster, or Import from a school system), or add adults one by one.")
                 : tr("No adult matches these filters. Press Escape in the filter box or "
                      "choose All roles and All adults."));
    m_tableState->setEmpty(m_proxy->rowCount() == 0);
    for (QPushButton* b : m_tableState->findChildren<QPushButton*>())
        b->setVisible(noAdults);
}

void AdultsPage::applyFilters() {
    m_proxy->setColumnFilter(AdultTableModel::Role, m_role->currentData().toString());
    m_proxy->setColumnFilter(AdultTableModel::Active, m_status->currentData().toString());
}

void AdultsPage::updateButtons() {
    const Adult* a = m_document.adult(currentAdult());
    m_edit->setEnabled(a != nullptr);
    m_active->setEnabled(a != nullptr);
    m_history->showAdult(a ? a->id : 0);
    if (a)
        m_active->setText(a->active ? tr("&Deactivate") : tr("Re&activate"));
}

void AdultsPage::addAdult() {
    Adult a;
    if (!m_interaction.editAdult(this, m_document, &a, true))
        return;
    if (Status st = m_document.run(new AddAdultCommand(m_document, a)); !st.ok()) {
        m_interaction.showError(this, tr("Add an adult"), st.message());
        return;
    }
    if (const auto added = m_document.storage().adultByExternalId(a.adultId)) {
        UiHelpers::showAllStatuses(m_status);
        selectAdult(added->id);
    }
}

void AdultsPage::editAdult() {
    const Adult* current = m_document.adult(currentAdult());
    if (!current)
        return;
    const Adult before = *current;
    Adult after = before;
    if (!m_interaction.editAdult(this, m_document, &after, false) || after == before)
        return;
    if (Status st = m_document.run(new EditAdultCommand(m_document, before, after)); !st.ok())
        m_interaction.showError(this, tr("Edit adult"), st.message());
    selectAdult(before.id);
}

void AdultsPage::toggleActive() {
    const Adult* current = m_document.adult(currentAdult());
    if (!current)
        return;
    const RowId id = current->id;
    const bool active = !current->active;
    if (!active &&
        !m_interaction.confirm(this, tr("Deactivate adult"),
                               tr("Deactivate %1? Their marks are kept but no longer count; "
                                  "they count again if you reactivate them.")
                                   .arg(current->displayName())))
        return;
    if (Status st = m_document.run(
            new SetActiveCommand(m_document, SetActiveCommand::Who::Adult, id, active));
        !st.ok())
        m_interaction.showError(this, tr("Deactivate adult"), st.message());
    UiHelpers::revealToggled(m_status, active);
    selectAdult(id);
}

} // namespace cm
