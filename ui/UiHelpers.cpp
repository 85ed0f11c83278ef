#include "UiHelpers.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace cm {

void UiHelpers::setUpTable(QTableView* view, const QString& objectName,
                           const QString& accessibleName) {
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void UiHelpers::fillFilterCombo(QComboBox* combo, const QString& allText,
                                const QStringList& values) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& v : values)
        combo->addItem(v, v);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QLabel* UiHelpers::hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace cm
