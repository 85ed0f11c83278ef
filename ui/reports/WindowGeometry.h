#pragma once

#include <QObject>
#include <QRect>
#include <QSize>

class QWidget;

namespace cm {

// Gives a top-level window (the main window, a dialog, the print preview)
// the size and position it had when last closed (QSettings
// "geometry/<key>"), or on first use a preferred size that fits the
// screen's available area, centred. Saves again whenever it is hidden.
// Lives in the reports library so that the print preview can use it too.
class WindowGeometry : public QObject {
    Q_OBJECT
public:
    // Restores (or sizes) window now; window owns the returned watcher.
    static WindowGeometry* manage(QWidget* window, const QString& key, QSize preferred);
    // The first-start geometry: preferred, shrunk to fit available with room
    // for the window frame (frameExtra); its top-left is where the frame's
    // top-left goes (QWidget::move) to centre the frame in available.
    static QRect firstGeometry(const QRect& available, QSize preferred, QSize frameExtra);

    void save() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowGeometry(QWidget* window, const QString& key);

    QWidget* m_window;
    QString m_key;
};

} // namespace cm
