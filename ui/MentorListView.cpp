#include "MentorListView.h"

#include "ConnectionAnalysis.h"
#include "EmptyStateView.h"
#include "MatchApplyCommand.h"
#include "MentorCheckInDialog.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

MentorListView::MentorListView(SchoolDocument& document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_undo(undoStack)
    , m_adult(new QComboBox(this))
    , m_load(new QLabel(this))
    , m_add(new QPushButton(tr("Add mentee…"), this))
    , m_checkIn(new QPushButton(tr("Record check-in…"), this))
    , m_end(new QPushButton(tr("End match"), this))
    , m_table(new QTableWidget(this)) {
    m_adult->setAccessibleName(tr("Mentees of"));
    m_table->setAccessibleName(tr("Mentees"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Mentees of</b>"), this));
    bar->addWidget(m_adult);
    m_load->setTextFormat(Qt::PlainText);
    bar->addWidget(m_load, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_checkIn);
    bar->addWidget(m_end);
    bar->addWidget(makePrintButton());
    const QStringList headers{tr("#"),
                              tr("Student"),
                              tr("Grade"),
                              tr("Homeroom"),
                              tr("Since"),
                              tr("First follow-up"),
                              tr("Second follow-up"),
                              tr("Last check-in"),
                              tr("Outcome"),
                              tr("Plan")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_adult->setObjectName(QStringLiteral("mentorChooser"));
    m_adult->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the mentee count shows
    m_adult->setAccessibleName(tr("Adult whose mentees are listed"));
    m_tableState = new EmptyStateView(m_table, QStringLiteral("mentorEmpty"), this);
    QPushButton* goTo =
        m_tableState->addButton(tr("Open &Go-to adults"), QStringLiteral("emptyOpenGoTo"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tableState);
    connect(goTo, &QPushButton::clicked, this, &MentorListView::goToAdultsRequested);
    connect(m_adult, &QComboBox::currentIndexChanged, this, &MentorListView::fillMentees);
    connect(m_add, &QPushButton::clicked, this, &MentorListView::chooseMentee);
    connect(m_checkIn, &QPushButton::clicked, this, &MentorListView::recordCheckIn);
    connect(m_end, &QPushButton::clicked, this, &MentorListView::endMatch);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &MentorListView::refresh);
    refresh();
}

// Print: this mentor's list, or every mentor's in one PDF, one per page
// (for the staff mailbox run).
QPushButton* MentorListView::makePrintButton() {
    auto* print = new QPushButton(tr("&Print lists"), this);
    print->setObjectName(QStringLiteral("mentorPrint"));
    print->setAccessibleName(tr("Print mentor lists"));
    auto* menu = new QMenu(print);
    const QPair<int, QString> actions[] = {
        {PreviewShown, tr("Print pre&view of this list…")},
        {PdfShown, tr("Save this list as P&DF…")},
        {PrintEveryMentor, tr("Print &every mentor's list…")},
        {PdfEveryMentor, tr("Save every mentor's list as one PD&F…")}};
    for (const auto& [action, text] : actions) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QStringLiteral("mentorPrint%1").arg(action));
        connect(a, &QAction::triggered, this,
                [this, action = action] { emit printRequested(action); });
    }
    print->setMenu(menu);
    return print;
}

void MentorListView::setAdult(RowId adultId) {
    m_adult->setCurrentIndex(m_adult->findData(QVariant::fromValue<qlonglong>(adultId)));
}

RowId MentorListView::adult() const {
    return m_adult->currentData().toLongLong();
}

int MentorListView::rowCount() const {
    return m_table->rowCount();
}

void MentorListView::refresh() {
    fillAdults();
    fillMentees();
}

void MentorListView::fillAdults() {
    const RowId current = adult();
    QVector<Adult> adults;
    for (const Adult& a : m_document.storage().adults()) {
        if (a.active)
            adults.push_back(a);
    }
    // Adults with mentees first (the lists there are to print), then the
    // others, each by name.
    const QHash<RowId, int> load = Mentoring::openLoad(m_document.storage());
    std::sort(adults.begin(), adults.end(), [&load](const Adult& a, const Adult& b) {
        const bool am = load.value(a.id) > 0;
        const bool bm = load.value(b.id) > 0;
        if (am != bm)
            return am;
        const int f = ConnectionAnalysis::compareNames(a.familyName, b.familyName);
        return f != 0 ? f < 0 : ConnectionAnalysis::compareNames(a.givenName, b.givenName) < 0;
    });
    const QSignalBlocker block(m_adult);
    m_adult->clear();
    bool separated = false;
    for (const Adult& a : adults) {
        const int n = load.value(a.id);
        if (n == 0 && !separated && m_adult->count() > 0) {
            m_adult->insertSeparator(m_adult->count());
            separated = true;
        }
        m_adult->addItem(
            n > 0 ? tr("%1, %2 (%3) · %n mentee(s)", nullptr, n)
                        .arg(a.familyName, a.givenName, a.adultId)
                  : QStringLiteral("%1, %2 (%3)").arg(a.familyName, a.givenName, a.adultId),
            QVariant::fromValue<qlonglong>(a.id));
    }
    m_adult->setCurrentIndex(
        std::max(0, m_adult->findData(QVariant::fromValue<qlonglong>(current))));
}

void MentorListView::fillMentees() {
    const RowId id = adult();
    m_mentees = id ? Mentoring::menteesOf(m_document.storage(), id) : QVector<Mentee>();
    m_table->clearContents();
    m_table->setRowCount(int(m_mentees.size()));
    for (int r = 0; r < m_mentees.size(); ++r) {
        const Mentee& e = m_mentees[r];
        const QString last =
            e.lastCheckIn ? QStringLiteral("%1 · %2").arg(e.lastCheckIn->date.toString(Qt::ISODate),
                                                          checkInStatusName(e.lastCheckIn->status))
                          : tr("none yet");
        const QStringList cells{QString::number(e.match.id),
                                UiHelpers::listName(e.student),
                                e.student.grade,
                                e.student.homeroom,
                                e.match.startDate.toString(Qt::ISODate),
                                e.match.firstFollowUp.toString(Qt::ISODate),
                                e.match.secondFollowUp.toString(Qt::ISODate),
                                last,
                                e.connected ? tr("connected") : tr("not yet connected"),
                                e.match.plan};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    const std::optional<Adult> a = m_document.storage().adultById(id);
    const int capacity =
        a ? Mentoring::capacityOf(*a, Mentoring::settings(m_document.storage()).defaultCapacity)
          : 0;
    m_load->setText(tr("%1 of %n place(s) taken", nullptr, capacity).arg(m_mentees.size()));
    m_add->setEnabled(id != 0 && m_mentees.size() < capacity);
    m_checkIn->setEnabled(!m_mentees.isEmpty());
    m_end->setEnabled(!m_mentees.isEmpty());
    QString name;
    if (a)
        name = UiHelpers::listName(*a);
    m_tableState->setMessage(
        id == 0 ? tr("There are no active adults yet. Import the staff roster first.")
                : tr("%1 has no mentees yet. Give unconnected students a go-to adult on the "
                     "Go-to adults page (suggest, check, apply), or add a mentee here with "
                     "Add mentee.")
                      .arg(name));
    m_tableState->setEmpty(m_mentees.isEmpty());
}

RowId MentorListView::selectedMatch() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_mentees.size() ? m_mentees[row].match.id : 0;
}

QString MentorListView::addMentee(RowId studentId) {
    QString error;
    auto* cmd = new MatchApplyCommand(m_document, m_document.round(QString())->id,
                                      {{studentId, adult(), MatchReason::Other}});
    cmd->onError = [&error](const QString& e) { error = e; };
    if (m_undo) {
        m_undo->push(cmd);
        if (error.isEmpty())
            cmd->onError = nullptr; // the stack keeps it; error goes out of scope
    } else {
        cmd->redo();
        delete cmd;
        refresh();
    }
    if (error.isEmpty())
        emit dataChanged();
    return error;
}

void MentorListView::chooseMentee() {
    // Unconnected students of the current round who have no go-to adult yet.
    const Result<Round> round = m_document.round(QString());
    if (!round.ok())
        return;
    const ConnectionAnalysis analysis = ConnectionAnalysis::load(m_document.storage(), round->id);
    QStringList labels;
    QVector<RowId> ids;
    for (const Student& s : analysis.unconnected()) {
        if (Mentoring::openMatchOfStudent(m_document.storage(), s.id))
            continue;
        labels.push_back(QStringLiteral("%1 · %2 %3 (%4)")
                             .arg(UiHelpers::listName(s), s.grade, s.homeroom, s.studentId));
        ids.push_back(s.id);
    }
    if (ids.isEmpty()) {
        UiHelpers::message(this, QMessageBox::Information, tr("Add mentee"),
                           tr("Every unconnected student has a go-to adult."));
        return;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Add mentee"), tr("Unconnected student:"),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    const QString error = addMentee(ids.value(int(labels.indexOf(picked))));
    if (!error.isEmpty())
        UiHelpers::message(this, QMessageBox::Warning, tr("Add mentee"), error);
}

void MentorListView::recordCheckIn() {
    const RowId match = selectedMatch();
    if (!match)
        return;
    MentorCheckInDialog dialog(m_document, match, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillMentees();
        emit dataChanged();
    }
}

void MentorListView::endMatch() {
    const RowId match = selectedMatch();
    if (!match)
        return;
    if (Status st = m_document.endMatch(match, QDate::currentDate()); !st.ok()) {
        UiHelpers::message(this, QMessageBox::Warning, tr("End match"), st.message());
        return;
    }
    fillMentees();
    emit dataChanged();
}

} // namespace cm
