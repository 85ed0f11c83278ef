#include "SessionLock.h"

#include "IdleLock.h"
#include "LockScreen.h"
#include "MarkingPage.h"
#include "PrivacyGuard.h"
#include "SchoolDocument.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>

namespace cm {

SessionLock::SessionLock(QMainWindow& window, SchoolDocument& document, Interaction& interaction,
                         QStackedWidget* central, QWidget* school, MarkingPage* marking)
    : QObject(&window)
    , m_window(window)
    , m_document(document)
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
