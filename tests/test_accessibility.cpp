// Screen readers (issue 16): every page of the real window and every dialog
// it opens is walked, and any widget that takes keyboard focus without a
// name a screen reader can say (its accessible name, a label whose buddy it
// is, or a button's own text) fails the test. Charts also need a description.
#include "GuiFixture.h"

#include "AdultDialog.h"
#include "ImportWizard.h"
#include "MarkingSheetDialog.h"
#include "RestoreBackupDialog.h"
#include "StudentDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QWizard>

#include <catch2/catch.hpp>

using cmtest::GuiSchool;

namespace {

// Parts of a compound widget that the compound names (a combo's list, a
// spin box's line edit, a scroll area's viewport and bars).
bool isPart(const QWidget* w, const QWidget* root) {
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QMenu*>(w))
        return true;
    for (const QWidget* p = w->parentWidget(); p && p != root->parentWidget();
         p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            return true;
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p); area && area->viewport() == w)
            return true;
    }
    return false;
}

// The nearest named ancestors, to find an unnamed widget in the code.
QString where(const QWidget* w) {
    QStringList path;
    for (const QWidget* p = w->parentWidget(); p && path.size() < 3; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            path << QStringLiteral("%1 %2").arg(QString::fromLatin1(p->metaObject()->className()),
                                                p->objectName());
    return path.join(QStringLiteral(" < "));
}

QString spokenName(const QWidget* w, const QList<QLabel*>& labels) {
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    for (const QLabel* l : labels)
        if (l->buddy() == w && !l->text().trimmed().isEmpty())
            return l->text();
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        return QString(b->text()).remove(QLatin1Char('&')).trimmed();
    if (auto* l = qobject_cast<const QLabel*>(w)) // selectable text is read as it is
        return l->text().trimmed();
    return {};
}

// "class objectName" of every focusable widget under root with no name.
QStringList unnamed(QWidget* root) {
    QStringList out;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || w->isWindow() != (w == root) ||
            !w->isVisibleTo(root) || isPart(w, root))
            continue;
        if (w == root && !qobject_cast<QAbstractButton*>(w))
            continue; // the page or dialog itself is named by its title
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || spokenName(w, labels).isEmpty())
            out << QStringLiteral("%1 \"%2\" in %3 (%4)")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            root->objectName(), where(w));
    }
    for (const QChartView* chart : root->findChildren<QChartView*>())
        if (chart->accessibleName().isEmpty() || chart->accessibleDescription().isEmpty())
            out << QStringLiteral("chart \"%1\" without a name and description in %2")
                       .arg(chart->objectName(), root->objectName());
    return out;
}

void checkDialog(QDialog& dialog, const QString& name) {
    dialog.setObjectName(name);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QStringList missing = unnamed(&dialog);
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
    dialog.reject();
}

} // namespace

TEST_CASE("accessibility: every focusable widget on every page has a name", "[a11y][gui]") {
    GuiSchool g(true, true, true);
    g.window->resize(1366, 768);
    g.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(g.window.get()));
    auto* nav = g.window->findChild<QListWidget*>();
    REQUIRE(nav);
    REQUIRE(nav->count() >= 11);
    QStringList missing = unnamed(g.window.get()); // menus, navigation, status bar
    for (int i = 0; i < nav->count(); ++i) {
        const QString page = nav->item(i)->data(Qt::UserRole).toString();
        g.window->showPage(page);
        QWidget* shown = g.window->page(page);
        REQUIRE(shown);
        missing << unnamed(shown);
    }
    missing.removeDuplicates();
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("accessibility: every dialog's focusable widgets have names", "[a11y][gui]") {
    GuiSchool g(true, true, true);
    const cm::Student student = g.context.students().first();
    const cm::Adult adult = g.context.adults().first();
    {
        cm::StudentDialog d(g.context, student, false, g.window.get());
        checkDialog(d, QStringLiteral("studentDialog"));
    }
    {
        cm::AdultDialog d(g.context, adult, false, g.window.get());
        checkDialog(d, QStringLiteral("adultDialog"));
    }
    {
        cm::MarkingSheetDialog d(g.context, g.window.get());
        checkDialog(d, QStringLiteral("markingSheetDialog"));
    }
    {
        cm::RestoreBackupDialog d(g.context.path(), g.window.get());
        checkDialog(d, QStringLiteral("restoreBackupDialog"));
    }
    {
        cm::ImportWizard w(g.context, g.window.get());
        w.setObjectName(QStringLiteral("importWizard"));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        QStringList missing = unnamed(&w);
        // The pages not shown yet are walked too: each is a child of the wizard.
        for (int id : w.pageIds())
            missing << unnamed(w.page(id));
        missing.removeDuplicates();
        INFO(missing.join(QLatin1Char('\n')).toStdString());
        CHECK(missing.isEmpty());
        w.reject();
    }
}
