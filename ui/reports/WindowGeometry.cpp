#include "WindowGeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace cm {

namespace {
QString settingsKey(const QString& key) {
    return QStringLiteral("geometry/") + key;
}
} // namespace

WindowGeometry::WindowGeometry(QWidget* window, const QString& key)
    : QObject(window)
    , m_window(window)
    , m_key(key) {
    window->installEventFilter(this);
}

WindowGeometry* WindowGeometry::manage(QWidget* window, const QString& key, QSize preferred) {
    auto* watcher = new WindowGeometry(window, key);
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (!saved.isEmpty() && window->restoreGeometry(saved))
        return watcher;
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return watcher;
    }
    // Title bar and borders are not known before the window is shown: leave
    // room for a typical frame so that the whole frame fits.
    const int title = window->fontMetrics().height() * 2 + 8;
    const QRect r = firstGeometry(screen->availableGeometry(), preferred, QSize(16, title + 8));
    window->resize(r.size());
    if (window->isWindow() && !window->parentWidget())
        window->move(r.topLeft());
    return watcher;
}

QRect WindowGeometry::firstGeometry(const QRect& available, QSize preferred, QSize frameExtra) {
    const QSize room = (available.size() - frameExtra).expandedTo(QSize(200, 150));
    const QSize size = preferred.boundedTo(room);
    // The frame (window plus title bar and borders) centred; move() places
    // the frame's top-left corner.
    const QSize frame = size + frameExtra;
    const QPoint topLeft(available.x() + std::max(0, (available.width() - frame.width()) / 2),
                         available.y() + std::max(0, (available.height() - frame.height()) / 2));
    return QRect(topLeft, size);
}

void WindowGeometry::save() const {
    QSettings().setValue(settingsKey(m_key), m_window->saveGeometry());
}

bool WindowGeometry::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && (event->type() == QEvent::Hide || event->type() == QEvent::Close)) {
        if (m_window->isVisible() || event->type() == QEvent::Hide)
            save();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cm
