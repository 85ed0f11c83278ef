#include "RoundsPage.h"

#include "Interaction.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

RoundsPage::RoundsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent)
    : QWidget(parent)
    , m_document(context)
    , m_interaction(interaction)
    , m_table(new QTableWidget(this)) {
    auto* hint = UiHelpers::hint(
        tr("A round is one mapping meeting. The school usually maps in the fall and again in "
           "the spring. Start a new round for the next meeting: the earlier rounds' marks stay "
           "as they are. A new round is shown only when you choose it: select it and press "
           "Enter (or View this round) when its marking starts."),
        this);
    UiHelpers::setUpTable(m_table, QStringLiteral("roundTable"), tr("Rounds"));
    m_table->setSortingEnabled(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Round"), tr("Opened"), tr("Marks"), tr("Being viewed")});
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(0, ch * 24);
    m_table->horizontalHeader()->resizeSection(1, ch * 22);
    auto* add = new QPushButton(tr("&New round…"), this);
    add->setObjectName(QStringLiteral("newRound"));
    auto* view = new QPushButton(tr("&View this round"), this);
    view->setObjectName(QStringLiteral("viewRound"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(view);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &RoundsPage::newRound);
    connect(view, &QPushButton::clicked, this, &RoundsPage::viewSelectedRound);
    connect(m_table, &QTableWidget::activated, this, &RoundsPage::viewSelectedRound);
    // Counting every round's marks takes a moment at district scale: a hidden
    // page recounts when it is shown (showEvent), not on every change.
    auto refreshIfShown = [this] {
        if (isVisible())
            refresh();
    };
    connect(&context, &SchoolDocument::roundsChanged, this, refreshIfShown);
    connect(&context, &SchoolDocument::viewedRoundChanged, this, refreshIfShown);
    refresh();
}

void RoundsPage::refresh() {
    const QVector<Round> rounds =
        m_document.isOpen() ? m_document.storage().rounds() : QVector<Round>();
    const QHash<RowId, int> counts =
        m_document.isOpen() ? m_document.storage().markCounts() : QHash<RowId, int>();
    const int keep = m_table->currentRow();
    m_table->setRowCount(int(rounds.size()));
    // Newest first: the round a counselor most likely wants is on top.
    for (int i = 0; i < rounds.size(); ++i) {
        const Round& r = rounds[rounds.size() - 1 - i];
        auto* name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.id);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1,
                         new QTableWidgetItem(QLocale().toString(r.opened.toLocalTime().date(),
                                                                 QLocale::LongFormat)));
        const int marks = counts.value(r.id);
        m_table->setItem(
            i, 2, new QTableWidgetItem(marks > 0 ? QString::number(marks) : tr("no marks yet")));
        m_table->setItem(
            i, 3, new QTableWidgetItem(r.id == m_document.viewedRound() ? tr("Yes") : QString()));
    }
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->setCurrentCell(keep, 0);
}

// Mark counts change while marking: recount when the page is shown.
void RoundsPage::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void RoundsPage::newRound() {
    const QString name = m_interaction.askText(
        this, tr("New round"), tr("Name of the new round (for example \"Spring 2027\"):"),
        QString());
    if (name.isEmpty())
        return;
    const Result<Round> r = m_document.createRound(name);
    if (!r.ok()) {
        m_interaction.showError(this, tr("New round"), r.message());
        return;
    }
    // A new round is not an emergency: the school stays on the round it
    // shows until the counselor chooses the new one.
    const RowId viewed = m_document.viewedRound();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == r->id)
            m_table->setCurrentCell(row, 0);
    }
    if (viewed != r->id)
        m_interaction.showInfo(
            this, tr("New round"),
            tr("The round \"%1\" is ready; it has no marks yet. The window keeps showing "
               "\"%2\" until you choose the new round: select it and press View this round "
               "when its marking starts.")
                .arg(r->name, m_document.viewedRoundInfo().name));
}

void RoundsPage::viewSelectedRound() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_document.setViewedRound(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
}

} // namespace cm
