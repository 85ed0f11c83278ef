#pragma once

#include <QObject>

namespace cm {

class MainWindow;

// The File menu's privacy actions (issue 15): save the school as an
// encrypted transfer file for another computer, open one, and purge a
// student (after a confirmation). Owned by the window.
class PrivacyActions : public QObject {
    Q_OBJECT
public:
    explicit PrivacyActions(MainWindow& window);

    void saveTransferFile();
    void openTransferFile();
    void purgeStudent();

private:
    MainWindow& m_window;
};

} // namespace cm
