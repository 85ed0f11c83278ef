#include "DueView.h"

#include "EmptyStateView.h"
#include "MentorCheckInDialog.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

DueView::DueView(SchoolDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_summary(new QLabel(this))
    , m_checkIn(new QPushButton(tr("Record check-in…"), this))
    , m_table(new QTableWidget(this)) {
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("Follow-ups due as of"));
    m_table->setAccessibleName(tr("Follow-ups due"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Follow-ups due</b> as of"), this));
    bar->addWidget(m_asOf);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_checkIn);
    const QStringList headers{tr("Student"), tr("ID"),      tr("Go-to adult"),   tr("Follow-up"),
                              tr("Due"),     tr("Overdue"), tr("Last check-in"), tr("Plan")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setAccessibleName(tr("Follow-ups due"));
    m_asOf->setAccessibleName(tr("Due as of"));
    m_tableState = new EmptyStateView(m_table, QStringLiteral("dueEmpty"), this);
    QPushButton* goTo =
        m_tableState->addButton(tr("Open &Go-to adults"), QStringLiteral("emptyDueGoTo"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tableState);
    connect(goTo, &QPushButton::clicked, this, &DueView::goToAdultsRequested);
    connect(m_asOf, &QDateEdit::dateChanged, this, &DueView::refresh);
    connect(m_checkIn, &QPushButton::clicked, this, &DueView::recordCheckIn);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DueView::recordCheckIn);
    refresh();
}

void DueView::setAsOf(const QDate& date) {
    m_asOf->setDate(date); // refreshes
}

int DueView::rowCount() const {
    return m_table->rowCount();
}

RowId DueView::matchAt(int row) const {
    return row >= 0 && row < m_due.size() ? m_due[row].match.id : 0;
}

void DueView::refresh() {
    m_due = Mentoring::due(m_document.storage(), m_asOf->date());
    QHash<RowId, Student> students;
    for (const Student& s : m_document.storage().students())
        students.insert(s.id, s);
    QHash<RowId, QString> adults;
    for (const Adult& a : m_document.storage().adults())
        adults.insert(a.id, UiHelpers::listName(a));
    m_table->clearContents();
    m_table->setRowCount(int(m_due.size()));
    for (int r = 0; r < m_due.size(); ++r) {
        const DueFollowUp& d = m_due[r];
        const Student s = students.value(d.match.studentId);
        const QString last = d.lastCheckIn
                                 ? QStringLiteral("%1 · %2%3")
                                       .arg(d.lastCheckIn->date.toString(Qt::ISODate),
                                            checkInStatusName(d.lastCheckIn->status),
                                            d.lastCheckIn->note.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" · ") + d.lastCheckIn->note)
                                 : tr("none yet");
        const QStringList cells{UiHelpers::listName(s),
                                s.shownId(),
                                adults.value(d.match.adultId),
                                d.which == FollowUp::First ? tr("first (about 4 weeks)")
                                                           : tr("second (about 2 months)"),
                                d.dueDate.toString(Qt::ISODate),
                                d.daysOverdue == 0 ? tr("due today")
                                                   : tr("%n day(s)", nullptr, d.daysOverdue),
                                last,
                                d.match.plan};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n follow-up(s) due or overdue", nullptr, int(m_due.size())));
    m_checkIn->setEnabled(!m_due.isEmpty());
    const MentoringSettings settings = Mentoring::settings(m_document.storage());
    m_tableState->setMessage(
        tr("No follow-ups are due as of %1; they appear %2 and %3 days after a go-to adult is "
           "assigned (Go-to adults page), and stay here until a check-in is recorded.")
            .arg(QLocale().toString(m_asOf->date(), QLocale::LongFormat))
            .arg(settings.firstFollowUpDays)
            .arg(settings.secondFollowUpDays));
    m_tableState->setEmpty(m_due.isEmpty());
}

void DueView::recordCheckIn() {
    const RowId match = matchAt(m_table->currentRow());
    if (!match)
        return;
    MentorCheckInDialog dialog(m_document, match, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit dataChanged();
    }
}

} // namespace cm
