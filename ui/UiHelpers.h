#pragma once

#include "Types.h"

#include <QMessageBox>
#include <QSet>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace cm {

// Small shared set-ups so that every page's tables and filters look and
// behave the same (keyboard, sorting, accessible names).
class UiHelpers {
public:
    static void setUpTable(QTableView* view, const QString& objectName,
                           const QString& accessibleName);
    // A filter combo whose first entry ("All grades") has empty data; fills
    // the values, keeping the current choice when it still exists.
    static void fillFilterCombo(QComboBox* combo, const QString& allText,
                                const QStringList& values);
    // The distinct non-empty values of a filter, sorted: plain text order, or
    // school grade order (K before 1 before 10) for grades.
    static QStringList sortedValues(QSet<QString> values);
    static QStringList sortedGrades(QSet<QString> grades);
    // A status filter combo with the entries active ("1"), inactive ("0")
    // and all (empty data), in that order.
    static QComboBox* statusFilter(QWidget* parent, const QString& objectName,
                                   const QString& accessibleName, const QString& activeText,
                                   const QString& inactiveText, const QString& allText);
    // Shows every status in a status filter from statusFilter().
    static void showAllStatuses(QComboBox* status);
    // After a row was (de)activated: shows every status when the filter
    // would now hide the row.
    static void revealToggled(QComboBox* status, bool nowActive);
    // Makes the view's current row the source model's sourceRow, scrolled
    // into view, when the proxy shows it.
    static void selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy,
                                int sourceRow);
    // A dialog's line edit with its object and accessible names.
    static QLineEdit* lineEdit(QWidget* parent, const QString& objectName,
                               const QString& accessibleName, const QString& text);
    // The hidden label ("dialogError") where a dialog says why it refuses OK.
    static QLabel* dialogErrorLabel(QWidget* parent);
    // Shows a non-empty error in the dialog's error label, growing the dialog
    // to fit, and returns true (refused); returns false when error is empty.
    static bool refuse(QDialog* dialog, QLabel* errorLabel, const QString& error);
    // A modal message box showing text as plain text: names, rounds and
    // file contents are never interpreted as markup (QMessageBox's static
    // functions guess, and would render a student named "<img ...>").
    static QMessageBox::StandardButton
    message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A person's name as lists show it everywhere: "Family, Given" (the
    // student's preferred name where set).
    static QString listName(const Student& s);
    static QString listName(const Adult& a);
    // A word-wrapped explanatory label.
    static QLabel* hint(const QString& text, QWidget* parent);
};

} // namespace cm
