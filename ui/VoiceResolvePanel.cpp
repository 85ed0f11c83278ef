#include "VoiceResolvePanel.h"

#include "Interaction.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

VoiceResolvePanel::VoiceResolvePanel(SchoolDocument& document, Interaction& interaction,
                                     QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_interaction(interaction) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("voiceUnresolvedTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("voiceUnresolvedTable"));
    m_table->setAccessibleName(tr("Unresolved survey names"));
    m_table->setHorizontalHeaderLabels({tr("Name as written"), tr("Students"), tr("Could be")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(0, ch * 32);
    m_table->horizontalHeader()->resizeSection(
        1, m_table->horizontalHeader()->fontMetrics().horizontalAdvance(tr("Students")) + ch * 4);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("voiceResolveChooser"));
    m_chooser->setAccessibleName(tr("Adult the name means"));
    m_resolve = new QPushButton(tr("&Settle the name"), this);
    m_resolve->setObjectName(QStringLiteral("voiceResolveButton"));
    m_resolve->setAccessibleName(tr("Settle the selected name as the chosen adult"));
    auto* chooserLabel = new QLabel(tr("&Means:"), this);
    chooserLabel->setBuddy(m_chooser);
    auto* row = new QHBoxLayout;
    row->addWidget(chooserLabel);
    row->addWidget(m_chooser, 1);
    row->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VoiceResolvePanel::fillChooser);
    connect(m_resolve, &QPushButton::clicked, this, &VoiceResolvePanel::resolveSelected);
    setNames({});
}

void VoiceResolvePanel::setNames(const QVector<UnresolvedName>& names) {
    const int previous = m_table->currentRow();
    m_names = names;
    m_title->setText(names.isEmpty()
                         ? tr("Every name in the answers is resolved.")
                         : tr("%n name(s) in the answers could not be matched to one adult and "
                              "are not counted. Choose whom each means; every identical answer "
                              "is settled at once.",
                              nullptr, int(names.size())));
    m_table->setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        const UnresolvedName& n = names[r];
        QStringList candidates;
        for (RowId id : n.candidates)
            if (const Adult* a = m_document.adult(id))
                candidates << a->displayName();
        m_table->setItem(r, 0, new QTableWidgetItem(n.text));
        m_table->setItem(r, 1, new QTableWidgetItem(QString::number(n.students.size())));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(candidates.isEmpty()
                                                  ? tr("no adult on staff")
                                                  : candidates.join(QStringLiteral(", "))));
    }
    m_table->setVisible(!names.isEmpty());
    if (!names.isEmpty())
        m_table->selectRow(std::clamp(previous, 0, int(names.size()) - 1));
    fillChooser();
}

// Candidates first, then every active adult by family name; last "nobody on staff" (0).
void VoiceResolvePanel::fillChooser() {
    m_chooser->clear();
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_names.size();
    m_chooser->setEnabled(any);
    m_resolve->setEnabled(any);
    if (!any)
        return;
    const QVector<RowId>& candidates = m_names[row].candidates;
    for (RowId id : candidates)
        if (const Adult* a = m_document.adult(id))
            m_chooser->addItem(tr("%1 (could be)").arg(a->displayName()), a->id);
    QVector<Adult> adults;
    for (const Adult& a : m_document.adults())
        if (a.active && !candidates.contains(a.id))
            adults.push_back(a);
    std::sort(adults.begin(), adults.end(), [](const Adult& a, const Adult& b) {
        return a.familyName.localeAwareCompare(b.familyName) < 0 ||
               (a.familyName == b.familyName && a.givenName.localeAwareCompare(b.givenName) < 0);
    });
    for (const Adult& a : adults)
        m_chooser->addItem(QStringLiteral("%1 (%2)").arg(a.displayName(), a.adultId), a.id);
    m_chooser->addItem(tr("Nobody on staff (not counted)"), RowId(0));
}

void VoiceResolvePanel::resolveSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_names.size() || m_chooser->currentIndex() < 0)
        return;
    const Status s =
        m_document.resolveSurveyName(m_names[row].text, m_chooser->currentData().value<RowId>());
    if (!s.ok())
        m_interaction.showError(this, tr("Settle a survey name"), s.message());
}

} // namespace cm
