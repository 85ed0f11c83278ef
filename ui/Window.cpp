#include "Window.h"

#include "MainWindow.h"
#include "PrivacyActions.h"
#include "SchoolDocument.h"
#include "UiHelpers.h"
#include "WindowViews.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace cm {

std::unique_ptr<MainWindow> createMainWindow(SchoolDocument& context, Interaction* interaction) {
    auto window = std::make_unique<MainWindow>(context, interaction);
    new WindowViews(*window);    // owned by the window
    new PrivacyActions(*window); // likewise
    return window;
}

int runWindow(const QString& dbPath) {
    SchoolDocument context;
    const std::unique_ptr<MainWindow> window = createMainWindow(context);
    QApplication::setWindowIcon(window->windowIcon());
    const Status s = window->openStartupSchool(dbPath);
    window->show();
    if (!s.ok())
        UiHelpers::message(window.get(), QMessageBox::Warning, QObject::tr("Open"), s.message());
    return QApplication::exec();
}

} // namespace cm
