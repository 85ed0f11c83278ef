#include "GuiFixture.h"

#include "DemoSchool.h"
#include "Window.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTest>

namespace cmtest {

GuiSchool::GuiSchool(bool demo, bool open, bool fullWindow) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, school.dir());
    QSettings().clear();
    if (demo)
        REQUIRE(cm::DemoSchool::create(school.storage(), cm::DemoOptions{}).ok());
    window = fullWindow ? cm::createMainWindow(context, &fake)
                        : std::make_unique<cm::MainWindow>(context, &fake);
    if (open)
        REQUIRE(window->openSchool(school.dbPath()).ok());
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

GuiSchool::~GuiSchool() {
    window.reset();
    context.close();
}

std::optional<cm::Mark> GuiSchool::storedMark(cm::RowId adult, cm::RowId student) const {
    cm::Storage fresh;
    REQUIRE(fresh.open(school.dbPath()).ok());
    return fresh.mark(context.viewedRound(), adult, student);
}

QString GuiSchool::statusText() const {
    return window->findChild<QLabel*>(QStringLiteral("statusTotals"))->text();
}

} // namespace cmtest
