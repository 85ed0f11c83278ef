#pragma once

#include <QObject>

class QTimer;

namespace cm {

// Watches the application's input (an application event filter): after
// `timeout` without a key, click, wheel or mouse move it emits idle().
// 0 turns it off. The window's idle lock (issue 15).
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;
    void setTimeout(int msec);
    int timeout() const { return m_timeout; }
    // Minutes from the settings ("privacy/idleLockMinutes", default 10).
    static int savedMinutes();
    static void saveMinutes(int minutes);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_timeout = 0;
};

} // namespace cm
