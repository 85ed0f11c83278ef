#include "UiHelpers.h"

#include "Types.h"

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

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

QStringList UiHelpers::sortedValues(QSet<QString> values) {
    values.remove(QString());
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end());
    return list;
}

QStringList UiHelpers::sortedGrades(QSet<QString> grades) {
    grades.remove(QString());
    QStringList list(grades.begin(), grades.end());
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return compareGrades(a, b) < 0; });
    return list;
}

QComboBox* UiHelpers::statusFilter(QWidget* parent, const QString& objectName,
                                   const QString& accessibleName, const QString& activeText,
                                   const QString& inactiveText, const QString& allText) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(activeText, QStringLiteral("1"));
    combo->addItem(inactiveText, QStringLiteral("0"));
    combo->addItem(allText, QString());
    return combo;
}

void UiHelpers::showAllStatuses(QComboBox* status) {
    status->setCurrentIndex(status->findData(QString()));
}

void UiHelpers::revealToggled(QComboBox* status, bool nowActive) {
    if (status->currentData().toString() == (nowActive ? QStringLiteral("0") : QStringLiteral("1")))
        showAllStatuses(status);
}

void UiHelpers::selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy,
                                int sourceRow) {
    if (sourceRow < 0)
        return;
    const QModelIndex i = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (i.isValid()) {
        view->setCurrentIndex(i);
        view->scrollTo(i);
    }
}

QLineEdit* UiHelpers::lineEdit(QWidget* parent, const QString& objectName,
                               const QString& accessibleName, const QString& text) {
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* UiHelpers::dialogErrorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogError"));
    label->setTextFormat(Qt::PlainText); // errors quote names and ids
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

bool UiHelpers::refuse(QDialog* dialog, QLabel* errorLabel, const QString& error) {
    if (error.isEmpty())
        return false;
    errorLabel->setText(error);
    errorLabel->show();
    dialog->adjustSize();
    return true;
}

QMessageBox::StandardButton UiHelpers::message(QWidget* parent, QMessageBox::Icon icon,
                                               const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton) {
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QLabel* UiHelpers::hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString UiHelpers::listName(const Student& s) {
    const QString given = s.preferredName.isEmpty() ? s.givenName : s.preferredName;
    return given.isEmpty() ? s.familyName : s.familyName + QStringLiteral(", ") + given;
}

QString UiHelpers::listName(const Adult& a) {
    return a.givenName.isEmpty() ? a.familyName : a.familyName + QStringLiteral(", ") + a.givenName;
}

} // namespace cm
