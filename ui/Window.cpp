#include "Window.h"

#include "MainWindow.h"
#include "SchoolContext.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace cm {

int runWindow(const QString& dbPath) {
    SchoolContext context;
    MainWindow window(context);
    QApplication::setWindowIcon(window.windowIcon());
    const Status s = window.openStartupSchool(dbPath);
    window.show();
    if (!s.ok())
        QMessageBox::warning(&window, QObject::tr("Open"), s.message());
    return QApplication::exec();
}

} // namespace cm
