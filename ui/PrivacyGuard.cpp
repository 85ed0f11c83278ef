#include "PrivacyGuard.h"

#include "Interaction.h"
#include "SchoolDocument.h"

namespace cm {

PrivacyGuard::PrivacyGuard(SchoolDocument& document, Interaction& interaction, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_interaction(interaction) {}

bool PrivacyGuard::ensurePassphrase(QWidget* parent) {
    if (m_document.hasPassphrase())
        return true;
    const QString title = tr("Counselor passphrase");
    const QString first = m_interaction.askPassphrase(
        parent, title,
        tr("A private session hides colleagues' marks and notes. Choose the counselor passphrase "
           "that will be needed to leave it (at least 6 characters):"));
    if (first.isEmpty())
        return false;
    const QString again =
        m_interaction.askPassphrase(parent, title, tr("Type the passphrase again:"));
    if (again != first) {
        m_interaction.showError(parent, title, tr("The two passphrases differ. Nothing was set."));
        return false;
    }
    if (Status st = m_document.setPassphrase(first); !st.ok()) {
        m_interaction.showError(parent, title, st.message());
        return false;
    }
    return true;
}

bool PrivacyGuard::check(const QString& passphrase, QString* message) {
    int wait = 0;
    switch (m_document.checkPassphrase(passphrase, &wait)) {
    case SchoolDocument::PassphraseCheck::Right:
        return true;
    case SchoolDocument::PassphraseCheck::Wait:
        *message = tr("Too many wrong tries. Wait %n second(s) and try again.", nullptr, wait);
        return false;
    case SchoolDocument::PassphraseCheck::Wrong:
        *message = wait > 0 ? tr("Wrong passphrase. Too many wrong tries: wait %n second(s) before "
                                 "the next one.",
                                 nullptr, wait)
                            : tr("Wrong passphrase. Nothing was shown.");
        return false;
    }
    return false;
}

bool PrivacyGuard::unlock(QWidget* parent, const QString& why, bool allowWithout) {
    if (!m_document.hasPassphrase())
        return allowWithout;
    const QString title = tr("Counselor passphrase");
    const QString typed = m_interaction.askPassphrase(parent, title, why);
    if (typed.isEmpty())
        return false;
    QString message;
    if (check(typed, &message))
        return true;
    m_interaction.showError(parent, title, message);
    return false;
}

} // namespace cm
