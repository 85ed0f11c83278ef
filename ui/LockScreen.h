#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace cm {

class PrivacyGuard;

// What the window shows instead of the school once the idle lock (or a
// locked private session) hides it: whose session it is, and a passphrase
// field. The counselor passphrase opens it.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(PrivacyGuard& guard, QWidget* parent = nullptr);
    // "Private marking session of …" or the school's name.
    void setWho(const QString& text);

signals:
    void unlocked();

private:
    void tryUnlock();

    PrivacyGuard& m_guard;
    QLabel* m_who;
    QLabel* m_message;
    QLineEdit* m_passphrase;
};

} // namespace cm
