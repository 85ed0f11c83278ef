#include "MatchView.h"

#include "MatchApplyCommand.h"
#include "Mentoring.h"
#include "SchoolDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

namespace {

QString reasonText(MatchReason r) {
    switch (r) {
    case MatchReason::Concern:
        return MatchView::tr("flagged a concern");
    case MatchReason::Teaches:
        return MatchView::tr("teaches the student");
    case MatchReason::Homeroom:
        return MatchView::tr("teaches in the homeroom");
    case MatchReason::Grade:
        return MatchView::tr("teaches in the grade");
    case MatchReason::Volunteer:
        return MatchView::tr("volunteer");
    case MatchReason::Other:
        return MatchView::tr("has a free place");
    case MatchReason::None:
        break;
    }
    return MatchView::tr("no adult with a free place");
}

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

void setUpTable(QTableWidget* t, const QStringList& headers) {
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

MatchView::MatchView(SchoolDocument& document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_undo(undoStack)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_capacity(new QSpinBox(this))
    , m_suggest(new QPushButton(tr("Suggest matches"), this))
    , m_apply(new QPushButton(tr("Apply suggestion"), this))
    , m_table(new QTableWidget(this))
    , m_matches(new QTableWidget(this)) {
    m_capacity->setRange(0, 99);
    m_capacity->setToolTip(tr("Mentees per adult when the adult has no capacity of their own"));
    m_summary->setWordWrap(true);
    // Rich text with every piece of user data in it escaped.
    m_title->setTextFormat(Qt::RichText);
    m_summary->setTextFormat(Qt::RichText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Default capacity:"), this));
    bar->addWidget(m_capacity);
    bar->addWidget(m_suggest);
    bar->addWidget(m_apply);
    setUpTable(m_table, {tr("Student"), tr("ID"), tr("Grade"), tr("Homeroom"), tr("Go-to adult"),
                         tr("Why")});
    setUpTable(m_matches, {tr("Student"), tr("Grade"), tr("Go-to adult"), tr("Since"),
                           tr("Next follow-up"), tr("Outcome")});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(new QLabel(tr("Go-to adults in place (the plan) and their outcome (the "
                                    "adult's mark):"),
                                 this));
    layout->addWidget(m_matches, 2);

    m_capacity->setValue(Mentoring::settings(m_document.storage()).defaultCapacity);
    connect(m_suggest, &QPushButton::clicked, this, &MatchView::refresh);
    connect(m_apply, &QPushButton::clicked, this, &MatchView::applySuggestion);
    if (m_undo) {
        // Every edit on the shared stack (a mark toggled on another page
        // too) moves its index: recompute only while the view is on screen;
        // a hidden view is refreshed by the window when it is shown again.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    refresh();
}

int MatchView::suggestionRows() const {
    return m_table->rowCount();
}

int MatchView::matchRows() const {
    return m_matches->rowCount();
}

void MatchView::refresh() {
    // The round the window shows; a round without marks suggests nothing
    // (it would offer every student as unconnected).
    const Round viewed = m_document.viewedRoundInfo();
    const Result<Round> round =
        viewed.id != 0 ? Result<Round>(viewed) : m_document.round(QString());
    if (!round.ok()) {
        m_summary->setText(round.message().toHtmlEscaped());
        return;
    }
    if (const QString none = m_document.noMarksText(round->id); !none.isEmpty()) {
        m_suggestion = MentorSuggestion{};
        m_suggestion.round = *round;
        m_title->setText(tr("<b>Go-to adults for unconnected students</b>, %1")
                             .arg(round->name.toHtmlEscaped()));
        fillSuggestion();
        fillMatches();
        m_summary->setText(none.toHtmlEscaped() + QStringLiteral("<br>") +
                           tr("Suggestions come once this round has marks."));
        return;
    }
    const Result<MentorSuggestion> s =
        MentoringSuggestions::suggest(m_document.storage(), round->id, m_capacity->value());
    if (!s.ok()) {
        m_summary->setText(s.message().toHtmlEscaped());
        return;
    }
    m_suggestion = *s;
    m_title->setText(
        tr("<b>Go-to adults for unconnected students</b>, %1").arg(round->name.toHtmlEscaped()));
    fillSuggestion();
    fillMatches();
}

void MatchView::fillSuggestion() {
    const MentorSuggestion& s = m_suggestion;
    QVector<Adult> adults;
    for (const Adult& a : m_document.storage().adults()) {
        if (Mentoring::capacityOf(a, s.defaultCapacity) > 0)
            adults.push_back(a);
    }
    std::sort(adults.begin(), adults.end(), [](const Adult& a, const Adult& b) {
        return a.familyName == b.familyName ? a.givenName < b.givenName
                                            : a.familyName < b.familyName;
    });
    m_table->clearContents();
    m_table->setRowCount(int(s.students.size()));
    for (int r = 0; r < s.students.size(); ++r) {
        const Student& st = s.students[r];
        const MatchAssignment& m = s.assignments[r];
        m_table->setItem(r, 0, item(st.displayName()));
        m_table->setItem(r, 1, item(st.shownId()));
        m_table->setItem(r, 2, item(st.grade));
        m_table->setItem(r, 3, item(st.homeroom));
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("(nobody)"), QVariant::fromValue<qlonglong>(0));
        for (const Adult& a : adults) {
            combo->addItem(QStringLiteral("%1, %2 (%3)").arg(a.familyName, a.givenName, a.role),
                           QVariant::fromValue<qlonglong>(a.id));
        }
        combo->setCurrentIndex(
            std::max(0, combo->findData(QVariant::fromValue<qlonglong>(m.adultId))));
        m_table->setCellWidget(r, 4, combo);
        m_table->setItem(r, 5, item(reasonText(m.reason)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, r] {
            if (QTableWidgetItem* why = m_table->item(r, 5))
                why->setText(tr("changed by hand"));
        });
    }
    m_table->resizeColumnsToContents();
    QString text =
        tr("%n unconnected student(s) without a go-to adult", nullptr, int(s.students.size()));
    if (!s.alreadyMatched.isEmpty())
        text += tr("; %n more already have one (still unconnected until the adult marks a "
                   "connection)",
                   nullptr, int(s.alreadyMatched.size()));
    text += QLatin1Char('.');
    if (s.shortfall() > 0)
        text += QLatin1Char(' ') + tr("Not enough places: %n student(s) could not be matched; "
                                      "%n more place(s) needed.",
                                      nullptr, s.shortfall());
    m_summary->setText(text.toHtmlEscaped());
    m_apply->setEnabled(!s.students.isEmpty());
}

void MatchView::fillMatches() {
    QHash<RowId, Adult> adults;
    for (const Adult& a : m_document.storage().adults())
        adults.insert(a.id, a);
    QVector<Mentee> rows;
    for (const Adult& a : std::as_const(adults))
        rows += Mentoring::menteesOf(m_document.storage(), a.id);
    std::sort(rows.begin(), rows.end(),
              [](const Mentee& a, const Mentee& b) { return a.match.id < b.match.id; });
    m_matches->clearContents();
    m_matches->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Mentee& e = rows[r];
        const QDate next = e.match.firstFollowUp >= QDate::currentDate() ? e.match.firstFollowUp
                                                                         : e.match.secondFollowUp;
        m_matches->setItem(r, 0, item(e.student.displayName()));
        m_matches->setItem(r, 1, item(e.student.grade));
        m_matches->setItem(r, 2, item(adults.value(e.match.adultId).displayName()));
        m_matches->setItem(r, 3, item(e.match.startDate.toString(Qt::ISODate)));
        m_matches->setItem(r, 4, item(next.toString(Qt::ISODate)));
        m_matches->setItem(r, 5, item(e.connected ? tr("connected") : tr("not yet connected")));
    }
    m_matches->resizeColumnsToContents();
}

void MatchView::applySuggestion() {
    QVector<MatchAssignment> rows;
    for (int r = 0; r < m_table->rowCount() && r < m_suggestion.students.size(); ++r) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(r, 4));
        const RowId adult = combo ? combo->currentData().toLongLong() : 0;
        rows.push_back({m_suggestion.students[r].id, adult, m_suggestion.assignments[r].reason});
    }
    auto* cmd = new MatchApplyCommand(m_document, m_suggestion.round.id, rows, m_capacity->value());
    QPointer<MatchView> self(this);
    cmd->onError = [self](const QString& e) {
        if (self)
            self->m_lastError = e;
    };
    m_lastError.clear();
    if (m_undo) {
        m_undo->push(cmd); // redo() runs here; a failed one is dropped
    } else {
        cmd->redo();
        delete cmd;
        refresh();
        emit dataChanged();
    }
    if (!m_lastError.isEmpty()) {
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>")
                .arg(tr("Nothing was applied: %1").arg(m_lastError.toHtmlEscaped())));
        emit applyFailed(m_lastError);
    }
}

} // namespace cm
