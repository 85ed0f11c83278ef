#include "SessionLock.h"

#include "IdleLock.h"
#include "LockScreen.h"
#include "MarkingPage.h"
#include "PrivacyGuard.h"
#include "SchoolDocument.h"

#include "Interaction.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace cm {

SessionLock::SessionLock(QMainWindow& window, SchoolDocument& document, Interaction& interaction,
                         QStackedWidget* central, QWidget* school, MarkingPage* marking)
    : QObject(&window)
    , m_window(window)
    , m_document(document)
    , m_interaction(interaction)
    , m_central(central)
    , m_school(school)
    , m_marking(marking)
    , m_guard(new PrivacyGuard(document, interaction, this))
    , m_idle(new IdleLock(this))
    , m_screen(new LockScreen(*m_guard, central)) {
    m_central->addWidget(m_screen);
    m_idle->setTimeout(IdleLock::savedMinutes() * 60 * 1000);
    connect(m_idle, &IdleLock::idle, this, &SessionLock::lock);
    connect(m_screen, &LockScreen::unlocked, this, &SessionLock::unlock);
    connect(&m_document, &SchoolDocument::schoolClosed, this, &SessionLock::unlock);
    if (auto* settings = window.findChild<QMenu*>(QStringLiteral("settingsMenu"))) {
        settings->addSeparator();
        QAction* idle = settings->addAction(tr("&Idle lock…"));
        idle->setObjectName(QStringLiteral("actionIdleLock"));
        connect(idle, &QAction::triggered, this, &SessionLock::changeIdleMinutes);
        QAction* pass = settings->addAction(tr("Counselor &passphrase…"));
        pass->setObjectName(QStringLiteral("actionPassphrase"));
        connect(pass, &QAction::triggered, this, &SessionLock::changePassphrase);
    }
}

void SessionLock::changeIdleMinutes() {
    if (m_document.isOpen() &&
        !m_guard->unlock(&m_window, tr("Enter the counselor passphrase to change the idle lock:")))
        return;
    const QString text = m_interaction.askText(
        &m_window, tr("Idle lock"),
        tr("Minutes without a key press or mouse use before the window locks (0: never):"),
        QString::number(m_idle->timeout() / 60000));
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (text.isEmpty())
        return;
    if (!ok || minutes < 0 || minutes > 24 * 60) {
        m_interaction.showError(&m_window, tr("Idle lock"),
                                tr("Type a number of minutes from 0 to 1440."));
        return;
    }
    IdleLock::saveMinutes(minutes);
    m_idle->setTimeout(minutes * 60 * 1000);
}

void SessionLock::changePassphrase() {
    if (!m_document.isOpen())
        return;
    if (m_document.hasPassphrase()) {
        if (!m_guard->unlock(&m_window, tr("Enter the current counselor passphrase:"), false))
            return;
        const QString title = tr("Counselor passphrase");
        const QString first =
            m_interaction.askPassphrase(&m_window, title, tr("The new passphrase:"));
        if (first.isEmpty())
            return;
        if (m_interaction.askPassphrase(&m_window, title, tr("Type the passphrase again:")) !=
            first) {
            m_interaction.showError(&m_window, title,
                                    tr("The two passphrases differ. Nothing was set."));
            return;
        }
        if (Status st = m_document.setPassphrase(first); !st.ok())
            m_interaction.showError(&m_window, title, st.message());
        return;
    }
    m_guard->ensurePassphrase(&m_window);
}

bool SessionLock::isLocked() const {
    return m_central->currentWidget() == m_screen;
}

void SessionLock::lock() {
    // Nothing to open it with: a school without a passphrase is not locked.
    if (isLocked() || !m_document.isOpen() || !m_document.hasPassphrase())
        return;
    QString who = tr("School: %1").arg(m_document.schoolName());
    if (m_marking->inSession() && m_document.privateSession()) {
        if (const Adult* a = m_document.adult(m_marking->sessionAdult()))
            who = tr("Private marking session of %1").arg(a->displayName());
    }
    m_screen->setWho(who);
    m_central->setCurrentWidget(m_screen);
    m_window.menuBar()->setEnabled(false);
}

void SessionLock::unlock() {
    if (!isLocked())
        return;
    m_window.menuBar()->setEnabled(true);
    m_central->setCurrentWidget(m_school);
    if (m_idle->timeout() > 0)
        m_idle->setTimeout(m_idle->timeout());
}

bool SessionLock::allowClose() {
    if (isLocked())
        return false; // the lock screen first
    if (!m_marking->inSession() || !m_document.privateSession())
        return true;
    const Adult* a = m_document.adult(m_marking->sessionAdult());
    return m_guard->unlock(&m_window,
                           tr("A private marking session is running (%1). Enter the counselor "
                              "passphrase to close caringmap:")
                               .arg(a ? a->displayName() : QString()));
}

bool SessionLock::allowPage(const QString& objectName) {
    if (!m_marking->inSession() || !m_document.privateSession() ||
        objectName == m_marking->objectName())
        return true;
    return m_marking->leaveSession(true);
}

} // namespace cm
