#pragma once

#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
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
    // A word-wrapped explanatory label.
    static QLabel* hint(const QString& text, QWidget* parent);
};

} // namespace cm
