#include "Window.h"

#include "MainWindow.h"
#include "SchoolContext.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace cm {

int runWindow(const QString& dbPath) {
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/caringmap.svg")));
    SchoolContext context;
    MainWindow window(context);
    QString path = dbPath;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (!path.isEmpty()) {
        if (Status s = window.openSchool(path); !s.ok()) {
            window.showWelcome();
            window.show();
            QMessageBox::warning(&window, QObject::tr("Open"), s.message());
        }
    }
    window.show();
    return QApplication::exec();
}

} // namespace cm
