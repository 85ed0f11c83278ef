#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace cm {

class Interaction;
class SchoolDocument;

// The counselor passphrase in the window (issue 15): set the first time a
// private marking session starts, asked before anything that would end the
// session or show another page (leaving, closing the window, another page,
// the idle lock). Wrong tries in a row earn a growing wait (SchoolDocument).
class PrivacyGuard : public QObject {
    Q_OBJECT
public:
    PrivacyGuard(SchoolDocument& document, Interaction& interaction, QObject* parent = nullptr);

    // Before a private session: asks for a new passphrase (twice) when the
    // school has none. False when cancelled or refused.
    bool ensurePassphrase(QWidget* parent);
    // Asks for the passphrase; true when it is right (or the school has
    // none, when allowWithout). Says why it is asked in `why`.
    bool unlock(QWidget* parent, const QString& why, bool allowWithout = true);
    // Checks a passphrase typed elsewhere (the lock screen); on a wrong one
    // *message says what to do.
    bool check(const QString& passphrase, QString* message);

private:
    SchoolDocument& m_document;
    Interaction& m_interaction;
};

} // namespace cm
