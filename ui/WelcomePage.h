#pragma once

#include <QWidget>

namespace cm {

// First start: open the demo school, import a roster, start an empty school
// or open an existing file.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void openDemoRequested();
    void importRosterRequested();
    void startEmptyRequested();
    void openFileRequested();
    void connectServerRequested();
    void guideRequested();
};

} // namespace cm
