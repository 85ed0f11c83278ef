#pragma once

#include <QDialog>

namespace cm {

// Help › How relationship mapping works: a short walk through a school
// year (map, find, pair, follow up, re-map) naming the pages that do each
// step. Opens from the Help menu and the welcome screen.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    static QString text();
};

} // namespace cm
