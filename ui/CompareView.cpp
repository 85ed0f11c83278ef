#include "CompareView.h"

#include "Storage.h"
#include "UiHelpers.h"
#include "VoiceChange.h"
#include "VoicePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cm {

CompareView::CompareView(const Storage& storage, QWidget* parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Compare</b>"), this));
    bar->addWidget(m_before);
    bar->addWidget(new QLabel(tr("with"), this));
    bar->addWidget(m_after);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary, 1);
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_before->setAccessibleName(tr("Earlier round"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_after->setAccessibleName(tr("Later round"));
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setAccessibleName(tr("Students whose connection changed between the rounds"));
    m_tree->setHeaderLabels({tr("Student"), tr("ID"), tr("Grade"), tr("Homeroom"),
                             tr("Adults before"), tr("Adults now"), tr("Why fragile")});
    m_tree->setRootIsDecorated(true);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setAccessibleName(tr("Students compared between the rounds"));
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_before->setAccessibleName(tr("Earlier round"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_after->setAccessibleName(tr("Later round"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_tree->setUniformRowHeights(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree);
    connect(m_before, &QComboBox::currentIndexChanged, this, &CompareView::compare);
    connect(m_after, &QComboBox::currentIndexChanged, this, &CompareView::compare);
    refresh();
}

int CompareView::groupCount() const {
    return m_tree->topLevelItemCount();
}

void CompareView::refresh() {
    const RowId before = m_before->currentData().toLongLong();
    const RowId after = m_after->currentData().toLongLong();
    const QVector<Round> rounds = m_storage.rounds();
    {
        const QSignalBlocker b1(m_before), b2(m_after);
        m_before->clear();
        m_after->clear();
        for (const Round& r : rounds) {
            m_before->addItem(r.name, QVariant::fromValue<qlonglong>(r.id));
            m_after->addItem(r.name, QVariant::fromValue<qlonglong>(r.id));
        }
        // Default: the previous round with the current one.
        const int n = int(rounds.size());
        int bi = m_before->findData(QVariant::fromValue<qlonglong>(before));
        int ai = m_after->findData(QVariant::fromValue<qlonglong>(after));
        m_before->setCurrentIndex(bi >= 0 ? bi : std::max(0, n - 2));
        m_after->setCurrentIndex(ai >= 0 ? ai : n - 1);
    }
    compare();
}

void CompareView::compare() {
    m_tree->clear();
    const RowId a = m_before->currentData().toLongLong();
    const RowId b = m_after->currentData().toLongLong();
    if (!a || !b) {
        m_comparison = RoundComparison();
        m_summary->setText(tr("Two rounds are needed to compare."));
        return;
    }
    if (a == b) {
        // A round compared with itself shows nothing useful: say so.
        m_comparison = RoundComparison();
        m_summary->setText(m_before->count() < 2
                               ? tr("Two rounds are needed to compare.")
                               : tr("Choose two different rounds: a round compared with itself "
                                    "has no changes."));
        return;
    }
    m_comparison = RoundComparison::load(m_storage, a, b);
    QHash<RowId, QString> adults;
    for (const Adult& ad : m_storage.adults())
        adults.insert(ad.id, ad.active ? UiHelpers::listName(ad)
                                       : tr("%1 (left)").arg(UiHelpers::listName(ad)));
    auto names = [&](const QVector<RowId>& ids) {
        QStringList out;
        for (RowId id : ids)
            out.push_back(adults.value(id));
        return out.join(QStringLiteral("; ")); // names hold commas: "Family, Given"
    };
    const QVector<std::pair<QString, const QVector<ComparedStudent>*>> groups{
        {tr("Newly connected"), &m_comparison.newlyConnected()},
        {tr("Lost their connection"), &m_comparison.lostConnection()},
        {tr("Still unconnected"), &m_comparison.stillUnconnected()},
        {tr("Fragile: one adult, or every adult leaving or gone"), &m_comparison.fragile()}};
    for (const auto& [title, list] : groups) {
        auto* group =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(list->size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const ComparedStudent& s : *list) {
            new QTreeWidgetItem(group, {UiHelpers::listName(s.student), s.student.shownId(),
                                        s.student.grade, s.student.homeroom, names(s.adultsBefore),
                                        names(s.adultsAfter), s.reason});
        }
    }
    addVoiceChange(a, b);
    m_tree->expandAll();
    // The short columns fit their contents; the adults and the reason share
    // what is left, so that every column fits the window without scrolling.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < m_tree->columnCount(); ++c)
        header->setSectionResizeMode(c,
                                     c >= 4 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_summary->setText(tr("%n active student(s)", nullptr, m_comparison.studentsActive()));
}

// The change in agreement between staff and students (issue 14), when either
// round has survey answers.
void CompareView::addVoiceChange(RowId a, RowId b) {
    const VoiceChange voice = VoiceChange::load(m_storage, a, b);
    if (!voice.hasAnswers())
        return;
    // First: the change in agreement, above the students' lists.
    auto* group = new QTreeWidgetItem(QStringList{
        tr("Student voice: %n student(s) now agree with the staff", nullptr, voice.nowAgree()) +
        QStringLiteral("; ") + tr("%n no longer agree", nullptr, voice.noLongerAgree())});
    m_tree->insertTopLevelItem(0, group);
    group->setData(0, Qt::UserRole, QStringLiteral("voice"));
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (int i = 0; i < kAgreementCount; ++i) {
        const Agreement g = Agreement(i);
        const int d = voice.change(g);
        auto* row = new QTreeWidgetItem(
            group, {tr("%1: %2 then %3 (%4)")
                        .arg(VoicePanel::groupText(g))
                        .arg(voice.before(g))
                        .arg(voice.after(g))
                        .arg(d > 0 ? QStringLiteral("+%1").arg(d) : QString::number(d))});
        row->setFirstColumnSpanned(true);
    }
}

} // namespace cm
