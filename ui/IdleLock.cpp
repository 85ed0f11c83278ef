#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace cm {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(int msec) {
    m_timeout = std::max(0, msec);
    if (m_timeout == 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_timeout);
}

int IdleLock::savedMinutes() {
    return QSettings().value(QStringLiteral("privacy/idleLockMinutes"), 10).toInt();
}

void IdleLock::saveMinutes(int minutes) {
    QSettings().setValue(QStringLiteral("privacy/idleLockMinutes"), std::max(0, minutes));
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timeout > 0)
            m_timer->start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cm
