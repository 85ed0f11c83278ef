// Privacy in the window (issue 15): a private marking session needs the
// counselor passphrase to be left, to close the window and to open another
// page; the idle lock hides the school until the passphrase is typed.
#include "GuiFixture.h"
#include "IdleLock.h"
#include "MarkingPage.h"
#include "PrivacyActions.h"
#include "SessionLock.h"
#include "StudentsPage.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace cm;
using cmtest::GuiSchool;

namespace {

// A student with the fields these tests care about.
cm::Student newStudent(const QString& id, const QString& given, const QString& family,
                       const QString& grade = QString(), const QString& homeroom = QString()) {
    cm::Student s;
    s.studentId = id;
    s.givenName = given;
    s.familyName = family;
    s.grade = grade;
    s.homeroom = homeroom;
    return s;
}

const QString kPass = QStringLiteral("counselor 2026");

struct Pick {
    Adult adult;
    Student student;
};

// A private session for the school's first adult; the first one sets the
// passphrase (asked twice).
const Adult& startPrivate(GuiSchool& g) {
    g.fake.passphrases = {kPass, kPass};
    const Adult& adult = g.context.adults().first();
    g.window->markingPage()->startSession(adult.id, true);
    REQUIRE(g.window->markingPage()->inSession());
    REQUIRE(g.context.privateSession());
    REQUIRE(g.context.hasPassphrase());
    return adult;
}

} // namespace

TEST_CASE("privacy ui: the first private session sets the passphrase; cancelling starts none") {
    GuiSchool g;
    g.fake.passphrases = {}; // cancelled
    g.window->markingPage()->startSession(g.context.adults().first().id, true);
    CHECK_FALSE(g.window->markingPage()->inSession());
    CHECK_FALSE(g.context.hasPassphrase());
    g.fake.passphrases = {kPass, QStringLiteral("something else")}; // the two differ
    g.window->markingPage()->startSession(g.context.adults().first().id, true);
    CHECK_FALSE(g.window->markingPage()->inSession());
    CHECK(g.fake.errors.size() == 1);
    startPrivate(g);
    // Recorded, with who set it.
    const QVector<AuditEntry> rows = g.context.storage().auditEntries();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.constLast().action == QStringLiteral("passphrase-set"));
}

TEST_CASE("privacy ui: leaving, closing and another page all need the passphrase") {
    GuiSchool g;
    startPrivate(g);
    auto* leave = g.find<QPushButton>(QStringLiteral("leaveSession"));

    // Leaving: a wrong passphrase keeps the session.
    g.fake.passphrases = {QStringLiteral("not it at all")};
    QTest::mouseClick(leave, Qt::LeftButton);
    CHECK(g.window->markingPage()->inSession());
    CHECK(g.fake.errors.size() == 1);

    // Closing the window: cancelled or wrong, the window stays.
    const int asked = g.fake.passphraseAsks;
    CHECK_FALSE(g.window->close());
    CHECK(g.fake.passphraseAsks == asked + 1);
    CHECK(g.window->isVisible());
    g.fake.passphrases = {QStringLiteral("wrong again")};
    CHECK_FALSE(g.window->close());
    CHECK(g.window->isVisible());
    CHECK(g.window->markingPage()->inSession());

    // Another page (Ctrl+1, the Students page): asked, refused, still marking.
    g.fake.passphrases = {QStringLiteral("one more guess")};
    QTest::keyClick(g.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(g.fake.passphraseAsks == asked + 3);
    CHECK(g.window->currentPageName() == QStringLiteral("markPage"));
    CHECK(g.context.privateSession());

    // The right passphrase: the session ends and the page shows.
    g.fake.passphrases = {kPass};
    QTest::keyClick(g.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(g.window->markingPage()->inSession());
    CHECK_FALSE(g.context.privateSession());
    CHECK(g.window->currentPageName() == QStringLiteral("studentsPage"));
}

TEST_CASE("privacy ui: closing with the right passphrase closes the window") {
    GuiSchool g;
    startPrivate(g);
    g.fake.passphrases = {kPass};
    CHECK(g.window->close());
    CHECK_FALSE(g.window->isVisible());
}

TEST_CASE("privacy ui: the idle lock hides the school and says whose session it is") {
    GuiSchool g;
    const Adult& adult = startPrivate(g);
    SessionLock* lock = g.window->sessionLock();
    lock->idleLock().setTimeout(50); // a tiny timeout instead of minutes
    auto* central = qobject_cast<QStackedWidget*>(g.window->centralWidget());
    REQUIRE(central);
    auto* screen = g.find<QWidget>(QStringLiteral("lockScreen"));
    REQUIRE(QTest::qWaitFor([&] { return central->currentWidget() == screen; }, 5000));
    CHECK(lock->isLocked());
    CHECK(g.find<QLabel>(QStringLiteral("lockWho"))->text().contains(adult.displayName()));
    lock->idleLock().setTimeout(0); // no new lock while the test types

    auto* field = g.find<QLineEdit>(QStringLiteral("lockPassphrase"));
    auto* open = g.find<QPushButton>(QStringLiteral("unlockButton"));
    field->setText(QStringLiteral("wrong passphrase"));
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(lock->isLocked());
    CHECK(g.find<QLabel>(QStringLiteral("lockMessage"))->text().contains(QStringLiteral("Wrong")));
    CHECK_FALSE(g.window->close()); // not while locked
    field->setText(kPass);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK_FALSE(lock->isLocked());
    CHECK(central->currentWidget() != screen);
    CHECK(g.window->markingPage()->inSession()); // the session goes on
}

TEST_CASE("privacy ui: no idle lock without a passphrase, none with 0 minutes") {
    GuiSchool g;
    SessionLock* lock = g.window->sessionLock();
    // No passphrase yet: nothing could open the lock, so idle shows none.
    QSignalSpy idle(&lock->idleLock(), &IdleLock::idle);
    lock->idleLock().setTimeout(20);
    REQUIRE(idle.wait(5000));
    CHECK_FALSE(lock->isLocked());
    // 0 minutes: off.
    lock->idleLock().setTimeout(0);
    CHECK(lock->idleLock().timeout() == 0);
    IdleLock::saveMinutes(0);
    CHECK(IdleLock::savedMinutes() == 0);
}

TEST_CASE("privacy ui: File > Save a copy for another computer, and Open a transfer file") {
    GuiSchool g;
    new PrivacyActions(*g.window); // owned by the window, as in createMainWindow
    const QString file = g.school.dir() + QStringLiteral("/copy.caringmap");
    g.fake.saveFiles = {file};
    g.fake.passphrases = {QStringLiteral("usb stick 2026"), QStringLiteral("usb stick 2026")};
    g.find<QAction>(QStringLiteral("actionSaveTransfer"))->trigger();
    INFO(g.fake.errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(QFileInfo::exists(file));
    CHECK(g.fake.infos.size() == 1);

    // Wrong passphrase: refused, the school unchanged.
    REQUIRE(g.context
                .addStudent(newStudent(QStringLiteral("NEW-1"), QStringLiteral("Late"),
                                       QStringLiteral("Arrival")))
                .ok());
    g.fake.openFiles = {file};
    g.fake.passphrases = {QStringLiteral("not the passphrase")};
    g.find<QAction>(QStringLiteral("actionOpenTransfer"))->trigger();
    CHECK(g.fake.errors.size() == 1);
    CHECK(g.context.storage().studentByExternalId(QStringLiteral("NEW-1")));

    // The right one: the school as it was saved.
    g.fake.openFiles = {file};
    g.fake.passphrases = {QStringLiteral("usb stick 2026")};
    g.find<QAction>(QStringLiteral("actionOpenTransfer"))->trigger();
    CHECK(g.fake.errors.size() == 1);
    CHECK_FALSE(g.context.storage().studentByExternalId(QStringLiteral("NEW-1")));
    CHECK(g.context.students().size() == g.context.storage().students().size());
}

TEST_CASE("privacy ui: purging a student asks for confirmation") {
    GuiSchool g;
    new PrivacyActions(*g.window);
    const Student s = g.context.students().first();
    g.fake.texts = {s.studentId};
    g.fake.confirmAnswer = false;
    g.find<QAction>(QStringLiteral("actionPurgeStudent"))->trigger();
    CHECK(g.fake.confirmations == 1);
    CHECK(g.context.storage().studentById(s.id));
    g.fake.texts = {s.studentId};
    g.fake.confirmAnswer = true;
    g.find<QAction>(QStringLiteral("actionPurgeStudent"))->trigger();
    CHECK_FALSE(g.context.storage().studentById(s.id));
    CHECK(g.context.student(s.id) == nullptr);
}

TEST_CASE("privacy ui: the History tab lists a student's changes with who made them") {
    GuiSchool g;
    const Pick p{g.context.adults().first(), g.context.students().first()};
    startPrivate(g);
    REQUIRE(g.context
                .setMark(g.context.viewedRound(), p.adult.id, p.student.id, MarkKind::Concern,
                         QStringLiteral("quiet lately"))
                .ok());
    g.fake.passphrases = {kPass};
    REQUIRE(g.window->markingPage()->leaveSession(true));

    g.window->showPage(QStringLiteral("studentsPage"));
    g.window->studentsPage()->selectStudent(p.student.id);
    auto* history = g.find<QTableWidget>(QStringLiteral("studentHistory"));
    REQUIRE(history);
    REQUIRE(history->rowCount() >= 1);
    // Newest first: the concern, made in the adult's marking session.
    CHECK(history->item(0, 1)->text() ==
          p.adult.adultId + QLatin1Char(' ') + p.adult.displayName());
    CHECK(history->item(0, 2)->text() == QStringLiteral("mark"));
    CHECK(history->item(0, 4)->text().contains(QStringLiteral("quiet lately")));
}

TEST_CASE("privacy ui: Settings change the idle minutes and the passphrase, after the passphrase") {
    GuiSchool g;
    SessionLock& lockWithMenu = *g.window->sessionLock();
    REQUIRE(g.find<QAction>(QStringLiteral("actionIdleLock")));
    REQUIRE(g.find<QAction>(QStringLiteral("actionPassphrase")));
    startPrivate(g);
    // Idle minutes: a wrong passphrase changes nothing.
    g.fake.passphrases = {QStringLiteral("wrong guess")};
    g.fake.texts = {QStringLiteral("0")};
    lockWithMenu.changeIdleMinutes();
    CHECK(IdleLock::savedMinutes() == 10);
    g.fake.passphrases = {kPass};
    lockWithMenu.changeIdleMinutes();
    CHECK(IdleLock::savedMinutes() == 0);
    CHECK(lockWithMenu.idleLock().timeout() == 0);

    // A new passphrase: the old one first, the new one twice.
    g.fake.passphrases = {kPass, QStringLiteral("new one 2027"), QStringLiteral("new one 2027")};
    lockWithMenu.changePassphrase();
    CHECK(g.context.checkPassphrase(QStringLiteral("new one 2027")) ==
          SchoolDocument::PassphraseCheck::Right);
}
