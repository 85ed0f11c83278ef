#include "CompareView.h"

#include "Storage.h"

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
    m_tree->setHeaderLabels({tr("Student"), tr("ID"), tr("Grade"), tr("Homeroom"),
                             tr("Adults before"), tr("Adults now"), tr("Why fragile")});
    m_tree->setRootIsDecorated(true);
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
    m_comparison = RoundComparison::load(m_storage, a, b);
    QHash<RowId, QString> adults;
    for (const Adult& ad : m_storage.adults())
        adults.insert(ad.id, ad.active ? ad.displayName() : tr("%1 (left)").arg(ad.displayName()));
    auto names = [&](const QVector<RowId>& ids) {
        QStringList out;
        for (RowId id : ids)
            out.push_back(adults.value(id));
        return out.join(QStringLiteral(", "));
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
            new QTreeWidgetItem(group, {s.student.displayName(), s.student.shownId(),
                                        s.student.grade, s.student.homeroom, names(s.adultsBefore),
                                        names(s.adultsAfter), s.reason});
        }
    }
    m_tree->expandAll();
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(tr("%n active student(s)", nullptr, m_comparison.studentsActive()));
}

} // namespace cm
