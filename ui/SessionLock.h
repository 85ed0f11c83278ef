#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QStackedWidget;
class QWidget;

namespace cm {

class IdleLock;
class Interaction;
class LockScreen;
class MarkingPage;
class PrivacyGuard;
class SchoolDocument;

// The window's side of issue 15: during a private marking session, closing
// the window or opening another page needs the counselor passphrase (and
// ends the session); after the idle timeout the school is hidden behind the
// lock screen until the passphrase is typed.
class SessionLock : public QObject {
    Q_OBJECT
public:
    // central: the window's stack; school: the page it shows while unlocked.
    SessionLock(QMainWindow& window, SchoolDocument& document, Interaction& interaction,
                QStackedWidget* central, QWidget* school, MarkingPage* marking);

    PrivacyGuard& guard() { return *m_guard; }
    IdleLock& idleLock() { return *m_idle; }
    bool isLocked() const;
    // Hides the school behind the lock screen (a school with a passphrase).
    void lock();
    // Before the window closes: false keeps it open.
    bool allowClose();
    // Before another page shows: during a private session, leaving it first.
    bool allowPage(const QString& objectName);

    // Settings: the idle minutes and a new passphrase, each after the
    // current passphrase.
    void changeIdleMinutes();
    void changePassphrase();

private:
    void unlock();

    QMainWindow& m_window;
    SchoolDocument& m_document;
    Interaction& m_interaction;
    QStackedWidget* m_central;
    QWidget* m_school;
    MarkingPage* m_marking;
    PrivacyGuard* m_guard;
    IdleLock* m_idle;
    LockScreen* m_screen;
};

} // namespace cm
