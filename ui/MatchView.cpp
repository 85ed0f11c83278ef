#include "MatchView.h"

#include "EmptyStateView.h"
#include "MatchApplyCommand.h"
#include "Mentoring.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"
#include "VoiceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
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

// Short columns fit their contents; the stretch columns share the rest of
// the width, however often the table is refilled.
void setUpTable(QTableWidget* t, const QStringList& headers, const QList<int>& stretch) {
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = t->horizontalHeader();
    for (int c = 0; c < headers.size(); ++c)
        header->setSectionResizeMode(c, stretch.contains(c) ? QHeaderView::Stretch
                                                            : QHeaderView::ResizeToContents);
}

} // namespace

MatchView::MatchView(SchoolDocument& document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_undo(undoStack)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_capacity(new QSpinBox(this))
    , m_suggest(new QPushButton(tr("Suggest matches"), this))
    , m_apply(new QPushButton(tr("Apply suggestion"), this))
    , m_table(new QTableWidget(this))
    , m_matches(new QTableWidget(this)) {
    m_capacity->setRange(0, 99);
    m_capacity->setAccessibleName(tr("Default capacity"));
    m_table->setAccessibleName(tr("Suggested go-to adults"));
    m_matches->setAccessibleName(tr("Go-to adults in place"));
    m_capacity->setToolTip(tr("Mentees per adult when the adult has no capacity of their own"));
    m_summary->setWordWrap(true);
    // Rich text with every piece of user data in it escaped.
    m_title->setTextFormat(Qt::RichText);
    m_summary->setTextFormat(Qt::RichText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Default capacity:"), this));
    bar->addWidget(m_capacity);
    m_namesNobody = new QCheckBox(tr("Also students who &named nobody"), this);
    m_namesNobody->setObjectName(QStringLiteral("matchNamesNobody"));
    m_namesNobody->setToolTip(tr("Student voice: students whom adults marked but who named no "
                                 "adult at school in the survey; the adults who marked them "
                                 "come first"));
    bar->addWidget(m_namesNobody);
    bar->addWidget(m_suggest);
    bar->addWidget(m_apply);
    setUpTable(m_table,
               {tr("Student"), tr("ID"), tr("Grade"), tr("Homeroom"), tr("Go-to adult"), tr("Why")},
               {0, 4, 5});
    setUpTable(m_matches,
               {tr("Student"), tr("Grade"), tr("Go-to adult"), tr("Since"), tr("Next follow-up"),
                tr("Outcome")},
               {0, 2});
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_suggest->setObjectName(QStringLiteral("suggestMatches"));
    m_apply->setObjectName(QStringLiteral("applySuggestion"));
    m_table->setAccessibleName(tr("Suggested go-to adults"));
    m_matches->setObjectName(QStringLiteral("matchTable"));
    m_matches->setAccessibleName(tr("Go-to adults in place"));
    m_notice->setObjectName(QStringLiteral("matchNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_suggestionState = new EmptyStateView(m_table, QStringLiteral("suggestionEmpty"), this);
    m_matchesState = new EmptyStateView(m_matches, QStringLiteral("matchesEmpty"), this);
    m_matchesState->setMessage(
        tr("No go-to adults are in place yet. Check the suggestion above (change any row's "
           "adult), then press Apply suggestion: each student gets a go-to adult, and "
           "follow-ups fall due after 4 weeks and 2 months."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_suggestionState, 3);
    layout->addWidget(new QLabel(tr("Go-to adults in place (the plan) and their outcome (the "
                                    "adult's mark):"),
                                 this));
    layout->addWidget(m_matchesState, 2);

    m_capacity->setValue(Mentoring::settings(m_document.storage()).defaultCapacity);
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        refresh();
    });
    connect(m_namesNobody, &QCheckBox::toggled, this, [this] {
        m_notice->hide();
        refresh();
    });
    connect(m_apply, &QPushButton::clicked, this, &MatchView::applySuggestion);
    if (m_undo) {
        // Every edit on the shared stack (a mark toggled on another page
        // too) moves its index: recompute only while the view is on screen;
        // a hidden view is refreshed by the window when it is shown again.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            m_notice->hide(); // what Apply did is no longer the last change
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
    QVector<RowId> namesNobody;
    if (m_namesNobody->isChecked()) {
        const VoiceComparison voice = VoiceData::compare(m_document.storage(), round->id);
        for (const VoiceStudent& v : voice.students())
            if (v.agreement == Agreement::StaffOnly)
                namesNobody.push_back(v.student.id);
    }
    const Result<MentorSuggestion> s = MentoringSuggestions::suggest(
        m_document.storage(), round->id, m_capacity->value(), namesNobody);
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
        m_table->setItem(r, 0, item(UiHelpers::listName(st)));
        m_table->setItem(r, 1, item(st.shownId()));
        m_table->setItem(r, 2, item(st.grade));
        m_table->setItem(r, 3, item(st.homeroom));
        auto* combo = new QComboBox(m_table);
        combo->setAccessibleName(tr("Go-to adult for %1").arg(st.displayName()));
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
    m_suggestionState->setMessage(
        s.alreadyMatched.isEmpty()
            ? tr("Every active student is connected in this round: nobody needs a go-to adult.")
            : tr("Every unconnected student already has a go-to adult (listed below). Their "
                 "follow-ups appear on the Follow-up due page."));
    m_suggestionState->setEmpty(s.students.isEmpty());
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
        m_matches->setItem(r, 0, item(UiHelpers::listName(e.student)));
        m_matches->setItem(r, 1, item(e.student.grade));
        m_matches->setItem(r, 2, item(UiHelpers::listName(adults.value(e.match.adultId))));
        m_matches->setItem(r, 3, item(e.match.startDate.toString(Qt::ISODate)));
        m_matches->setItem(r, 4, item(next.toString(Qt::ISODate)));
        m_matches->setItem(r, 5, item(e.connected ? tr("connected") : tr("not yet connected")));
    }
    m_matchesState->setEmpty(rows.isEmpty());
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
    if (m_lastError.isEmpty()) {
        QSet<RowId> adults;
        int students = 0;
        for (const MatchAssignment& a : std::as_const(rows)) {
            if (a.adultId == 0)
                continue;
            ++students;
            adults.insert(a.adultId);
        }
        m_notice->setText(tr("Assigned %n student(s)", nullptr, students) + QLatin1Char(' ') +
                          tr("to %n adult(s); undo with Ctrl+Z.", nullptr, int(adults.size())));
        m_notice->show();
    }
    if (!m_lastError.isEmpty()) {
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>")
                .arg(tr("Nothing was applied: %1").arg(m_lastError.toHtmlEscaped())));
        emit applyFailed(m_lastError);
    }
}

} // namespace cm
