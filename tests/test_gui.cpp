// The desktop window, driven through the real MainWindow with the keyboard
// (QTest), dialogs replaced by FakeInteraction, on a real SQLite file.
#include "ConnectionAnalysis.h"
#include "GuiFixture.h"
#include "MarkingModel.h"
#include "MarkingPage.h"
#include "StudentDialog.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "TableRoles.h"
#include "UnconnectedModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cm;
using cmtest::GuiSchool;

namespace {

// An unconnected student of the current round and an active adult who has
// no mark for that student, whose "given family" name is unique.
struct Pick {
    Student student;
    Adult adult;
};

Pick pickUnconnected(GuiSchool& g) {
    const ConnectionAnalysis a =
        ConnectionAnalysis::load(g.school.storage(), g.context.viewedRound());
    const QVector<Student> unconnected = a.unconnected();
    REQUIRE(!unconnected.isEmpty());
    Pick p{unconnected.first(), {}};
    const QVector<Adult> adults = g.context.adults();
    for (const Adult& adult : adults) {
        if (!adult.active || g.context.mark(adult.id, p.student.id))
            continue;
        int same = 0;
        for (const Adult& other : adults)
            same += other.active && other.displayName() == adult.displayName() ? 1 : 0;
        if (same == 1) {
            p.adult = adult;
            break;
        }
    }
    REQUIRE(p.adult.id != 0);
    return p;
}

bool listsStudent(const UnconnectedModel* model, RowId id) {
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->studentAt(r) == id)
            return true;
    }
    return false;
}

// Ctrl+3 shows the Mark page; typing part of the name and Enter starts.
void startSessionByKeyboard(GuiSchool& g, const Adult& adult, bool privateMode) {
    QTest::keyClick(g.window.get(), Qt::Key_3, Qt::ControlModifier);
    REQUIRE(g.window->currentPageName() == QStringLiteral("markPage"));
    auto* privateBox = g.find<QCheckBox>(QStringLiteral("privateMode"));
    REQUIRE(privateBox->isChecked()); // private mode is the default
    if (!privateMode)
        QTest::mouseClick(privateBox, Qt::LeftButton, {}, QPoint(5, privateBox->height() / 2));
    REQUIRE(privateBox->isChecked() == privateMode);
    // The first private session asks the counselor to choose a passphrase.
    if (privateMode && !g.context.hasPassphrase())
        g.fake.passphrases = {QStringLiteral("counselor 2026"), QStringLiteral("counselor 2026")};
    auto* search = g.find<QLineEdit>(QStringLiteral("adultSearch"));
    search->setFocus();
    // Part of the name: the given name and the start of the family name.
    QTest::keyClicks(search, adult.givenName + QLatin1Char(' ') + adult.familyName.left(4));
    QTest::keyClick(search, Qt::Key_Return);
    if (!g.window->markingPage()->inSession()) // several matches: Enter picks in the list
        QTest::keyClick(g.find<QWidget>(QStringLiteral("adultList")), Qt::Key_Return);
    REQUIRE(g.window->markingPage()->sessionAdult() == adult.id);
    REQUIRE(g.find<QLabel>(QStringLiteral("sessionTitle"))->text().contains(adult.displayName()));
}

// Filters the roster down to one student and moves into the table.
QTableView* focusStudent(GuiSchool& g, const Student& s) {
    auto* filter = g.find<QLineEdit>(QStringLiteral("markFilter"));
    filter->setFocus();
    filter->clear();
    QTest::keyClicks(filter, s.studentId);
    auto* table = g.find<QTableView>(QStringLiteral("markTable"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(table->hasFocus());
    REQUIRE(table->currentIndex().row() == 0);
    return table;
}

} // namespace

TEST_CASE("A keyboard toggle in the marking session is stored and undo restores it") {
    GuiSchool g;
    const Pick p = pickUnconnected(g);
    const auto* unconnected = g.window->findChild<UnconnectedModel*>();
    REQUIRE(unconnected);
    const int before = unconnected->rowCount();
    const QString statusBefore = g.statusText();
    // The status bar reads exactly as the rule (ConnectionAnalysis) counts.
    const ConnectionTotals t =
        ConnectionAnalysis::load(g.school.storage(), g.context.viewedRound()).totals();
    REQUIRE(statusBefore ==
            QStringLiteral("%1 of %2 students unconnected · %3 with exactly one adult")
                .arg(t.unconnected)
                .arg(t.studentsActive)
                .arg(t.exactlyOne));
    CHECK(g.find<QLabel>(QStringLiteral("statusRound"))->text() ==
          QStringLiteral("Round: Fall 2026"));
    REQUIRE(listsStudent(unconnected, p.student.id));

    startSessionByKeyboard(g, p.adult, false);
    QTableView* table = focusStudent(g, p.student);
    QTest::keyClick(table, Qt::Key_Space);

    const std::optional<Mark> stored = g.storedMark(p.adult.id, p.student.id);
    REQUIRE(stored);
    CHECK(stored->connected);
    CHECK_FALSE(stored->concern);
    CHECK(unconnected->rowCount() == before - 1);
    CHECK_FALSE(listsStudent(unconnected, p.student.id));
    CHECK(g.statusText() != statusBefore);
    CHECK(g.statusText().startsWith(QStringLiteral("%1 of ").arg(before - 1)));
    CHECK(g.find<QLabel>(QStringLiteral("markCount"))->text().contains(QStringLiteral(": ")));

    // Edit > Undo (Ctrl+Z) restores the database and the views.
    QTest::keyClick(g.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(g.storedMark(p.adult.id, p.student.id));
    CHECK(unconnected->rowCount() == before);
    CHECK(listsStudent(unconnected, p.student.id));
    CHECK(g.statusText() == statusBefore);

    // Redo, then Ctrl+Space adds "may benefit" beside the connection: the two
    // are independent, so the student stays connected.
    QTest::keyClick(g.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(g.storedMark(p.adult.id, p.student.id));
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    REQUIRE(g.storedMark(p.adult.id, p.student.id)->concern);
    REQUIRE(g.storedMark(p.adult.id, p.student.id)->connected);
    CHECK(table->model()->index(0, MarkingModel::Connected).data(Qt::CheckStateRole) ==
          Qt::Checked);
    CHECK(table->model()->index(0, MarkingModel::Concern).data(Qt::CheckStateRole) == Qt::Checked);
    CHECK_FALSE(listsStudent(unconnected, p.student.id));
    CHECK(g.statusText().startsWith(QStringLiteral("%1 of ").arg(before - 1)));
    // Space takes the connection back; the concern stays and does not connect.
    QTest::keyClick(table, Qt::Key_Space);
    REQUIRE(g.storedMark(p.adult.id, p.student.id)->concern);
    CHECK_FALSE(g.storedMark(p.adult.id, p.student.id)->connected);
    CHECK(listsStudent(unconnected, p.student.id));
    CHECK(g.statusText() == statusBefore);
    // Alt+C (the other key for it) clears it.
    QTest::keyClick(table, Qt::Key_C, Qt::AltModifier);
    CHECK_FALSE(g.storedMark(p.adult.id, p.student.id));
}

TEST_CASE("Private mode hides the other adults marks and the unconnected list") {
    GuiSchool g;
    const Pick p = pickUnconnected(g);
    // A student some other adult connects with.
    Student known;
    for (const Student& s : g.context.students()) {
        if (s.active && !g.context.connectingAdults(s.id).isEmpty() &&
            !g.context.mark(p.adult.id, s.id)) {
            known = s;
            break;
        }
    }
    REQUIRE(known.id != 0);

    startSessionByKeyboard(g, p.adult, true);
    CHECK(g.context.privateSession());
    QTableView* table = focusStudent(g, known);
    CHECK(table->isColumnHidden(MarkingModel::Others));
    CHECK_FALSE(table->model()->index(0, MarkingModel::Others).data().isValid());
    // Only the marking adult's own (empty) marks show.
    CHECK(table->model()->index(0, MarkingModel::Connected).data(Qt::CheckStateRole) ==
          Qt::Unchecked);
    // The unconnected list and the other pages cannot be reached.
    QTest::keyClick(g.window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(g.window->currentPageName() == QStringLiteral("markPage"));
    auto* nav = g.find<QListWidget>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i) {
        const bool isMark =
            nav->item(i)->data(Qt::UserRole).toString() == QStringLiteral("markPage");
        CHECK(bool(nav->item(i)->flags() & Qt::ItemIsEnabled) == isMark);
    }
    auto* hidden = g.find<QLabel>(QStringLiteral("unconnectedHidden"));
    CHECK(hidden->parentWidget()->property("currentIndex").isValid());
    CHECK(qobject_cast<QStackedWidget*>(hidden->parentWidget())->currentWidget() == hidden);
    CHECK_FALSE(g.statusText().contains(QStringLiteral("unconnected")));

    // Leaving needs the counselor passphrase and returns to the counselor's view.
    g.fake.passphrases = {QStringLiteral("a wrong guess")};
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("leaveSession")), Qt::LeftButton);
    CHECK(g.window->markingPage()->inSession());
    CHECK(g.fake.errors.size() == 1);
    g.fake.passphrases = {QStringLiteral("counselor 2026")};
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("leaveSession")), Qt::LeftButton);
    CHECK_FALSE(g.window->markingPage()->inSession());
    CHECK_FALSE(g.context.privateSession());
    CHECK(g.statusText().contains(QStringLiteral("students unconnected")));
    QTest::keyClick(g.window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(g.window->currentPageName() == QStringLiteral("unconnectedPage"));
    CHECK(qobject_cast<QStackedWidget*>(hidden->parentWidget())->currentWidget() != hidden);
}

TEST_CASE("The student filter finds a student by part of an accented name") {
    GuiSchool g(true, false);
    g.school.student(QStringLiteral("9000001"), QStringLiteral("Zoë"), QStringLiteral("Ångström"),
                     QStringLiteral("07"), QStringLiteral("7A"));
    REQUIRE(g.window->openSchool(g.school.dbPath()).ok());
    auto* filter = g.find<QLineEdit>(QStringLiteral("studentFilter"));
    auto* table = g.find<QTableView>(QStringLiteral("studentTable"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("zoe angst"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Ångström, Zoë"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("ANGSTROM"));
    CHECK(table->model()->rowCount() == 1);
    // The same in the marking roster.
    startSessionByKeyboard(g, g.context.adults().first(), true);
    auto* markFilter = g.find<QLineEdit>(QStringLiteral("markFilter"));
    QTest::keyClicks(markFilter, QStringLiteral("zoe"));
    auto* markTable = g.find<QTableView>(QStringLiteral("markTable"));
    bool found = false;
    for (int r = 0; r < markTable->model()->rowCount(); ++r)
        found = found || markTable->model()->index(r, 0).data().toString().contains(
                             QStringLiteral("Ångström"));
    CHECK(found);
}

TEST_CASE("The student dialog refuses a duplicate id and an empty name") {
    GuiSchool g;
    const Student existing = g.context.students().first();
    StudentDialog dialog(g.context, Student{}, true);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("studentIdEdit")),
                     existing.studentId);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("givenNameEdit")),
                     QStringLiteral("Ana"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("dialogOk"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("dialogError"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(error->text().contains(QStringLiteral("given and family name")));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("familyNameEdit")),
                     QStringLiteral("Lima"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(error->text().contains(QStringLiteral("already used")));
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("studentIdEdit"));
    id->clear();
    QTest::keyClicks(id, QStringLiteral("NEW-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Adding a student through the window is stored and undoable") {
    GuiSchool g;
    const int before = int(g.context.students().size());
    const Student existing = g.context.students().first();
    // A duplicate that slipped past the dialog is still refused by the storage.
    g.fake.studentEditor = [&](Student* s, bool adding) {
        REQUIRE(adding);
        *s = existing;
        s->id = 0;
        return true;
    };
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("addStudent")), Qt::LeftButton);
    REQUIRE(g.fake.errors.size() == 1);
    CHECK(g.fake.errors.first().contains(QStringLiteral("already in use")));
    CHECK(g.context.students().size() == before);

    g.fake.studentEditor = [](Student* s, bool) {
        s->studentId = QStringLiteral("NEW-2");
        s->givenName = QStringLiteral("Nuño");
        s->familyName = QStringLiteral("Pérez");
        s->grade = QStringLiteral("06");
        return true;
    };
    const ConnectionTotals totals = g.context.totals();
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("addStudent")), Qt::LeftButton);
    REQUIRE(g.school.storage().studentByExternalId(QStringLiteral("NEW-2")));
    CHECK(g.context.totals().unconnected == totals.unconnected + 1);
    CHECK(g.window->studentsPage()->currentStudent() ==
          g.school.storage().studentByExternalId(QStringLiteral("NEW-2"))->id);
    g.context.undoStack()->undo();
    CHECK_FALSE(g.school.storage().studentByExternalId(QStringLiteral("NEW-2")));
    CHECK(g.context.totals().unconnected == totals.unconnected);
}

TEST_CASE("Deactivating a student keeps the marks and reactivating counts them again") {
    GuiSchool g;
    Student s;
    for (const Student& c : g.context.students()) {
        if (c.active && g.context.connectionCount(c.id) == 1) {
            s = c;
            break;
        }
    }
    REQUIRE(s.id != 0);
    const RowId round = g.context.viewedRound();
    const int marksBefore = int(g.school.storage().marks(round).size());
    const ConnectionTotals before = g.context.totals();
    g.window->studentsPage()->selectStudent(s.id);
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("toggleStudentActive")), Qt::LeftButton);
    CHECK(g.fake.confirmations == 1);
    CHECK_FALSE(g.school.storage().studentById(s.id)->active);
    CHECK(g.school.storage().marks(round).size() == marksBefore);
    CHECK(g.context.totals().studentsActive == before.studentsActive - 1);
    CHECK(g.context.totals().exactlyOne == before.exactlyOne - 1);

    // Reactivate with the same button: the mark counts again.
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("toggleStudentActive")), Qt::LeftButton);
    CHECK(g.school.storage().studentById(s.id)->active);
    CHECK(g.context.totals().exactlyOne == before.exactlyOne);
    CHECK(g.context.connectionCount(s.id) == 1);
}

TEST_CASE("A new round waits to be viewed and the earlier rounds marks stay") {
    GuiSchool g;
    const RowId old = g.context.viewedRound();
    const int oldMarks = int(g.school.storage().marks(old).size());
    const QString oldStatus = g.statusText();
    g.fake.texts << QStringLiteral("Spring 2027");
    QTest::keyClick(g.window.get(), Qt::Key_5, Qt::ControlModifier);
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("newRound")), Qt::LeftButton);
    // A new round is not an emergency: the window stays on the mapped round.
    CHECK(g.context.viewedRound() == old);
    CHECK(g.statusText() == oldStatus);
    // Viewed when the counselor chooses it: "no marks yet", not "N of N unconnected".
    auto* rounds = g.find<QTableWidget>(QStringLiteral("roundTable"));
    rounds->setCurrentCell(0, 0);
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("viewRound")), Qt::LeftButton);
    CHECK(g.context.viewedRoundInfo().name == QStringLiteral("Spring 2027"));
    CHECK(g.statusText().startsWith(QStringLiteral("Spring 2027: no marks yet")));
    CHECK(g.school.storage().marks(old).size() == oldMarks);
    // A second round with the same name is refused.
    g.fake.texts << QStringLiteral("Spring 2027");
    QTest::mouseClick(g.find<QPushButton>(QStringLiteral("newRound")), Qt::LeftButton);
    CHECK(g.fake.errors.size() == 1);
}

TEST_CASE("Without a database the welcome screen starts an empty school") {
    GuiSchool g(false, false);
    auto* central = qobject_cast<QStackedWidget*>(g.window->centralWidget());
    REQUIRE(central->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    auto* empty = g.find<QPushButton>(QStringLiteral("welcomeEmpty"));
    REQUIRE(empty->isVisible());
    const QString path = g.school.dir() + QStringLiteral("/new-school");
    g.fake.saveFiles << path;
    QTest::mouseClick(empty, Qt::LeftButton);
    REQUIRE(g.context.isOpen());
    CHECK(g.context.path().endsWith(QStringLiteral("new-school.sqlite")));
    CHECK(g.window->windowTitle().contains(QStringLiteral("new-school.sqlite")));
    CHECK_FALSE(empty->isVisible());
    CHECK(g.statusText().startsWith(QStringLiteral("0 of 0 students unconnected")));
}

TEST_CASE("At start-up the window reopens the school opened last") {
    GuiSchool first;
    const QString path = first.school.dbPath();
    // The first window remembered the file (QSettings of the test folder).
    SchoolDocument context;
    MainWindow window(context, &first.fake);
    REQUIRE(window.openStartupSchool(QString()).ok());
    CHECK(context.path() == path);
    CHECK(window.windowTitle().contains(QStringLiteral("school.sqlite")));
    // A file that cannot be opened leaves the welcome screen up, with the reason.
    const QString bad = first.school.write(QStringLiteral("not-a-school.sqlite"), "hello");
    SchoolDocument other;
    MainWindow second(other, &first.fake);
    CHECK_FALSE(second.openStartupSchool(bad).ok());
    CHECK_FALSE(other.isOpen());
}

TEST_CASE("Undo after switching rounds restores the mark in its own round") {
    GuiSchool g;
    const Pick p = pickUnconnected(g);
    const RowId fall = g.context.viewedRound();
    g.window->markingPage()->startSession(p.adult.id, false);
    QTableView* table = focusStudent(g, p.student);
    QTest::keyClick(table, Qt::Key_Space);
    REQUIRE(g.storedMark(p.adult.id, p.student.id));
    g.window->markingPage()->leaveSession(false);
    const Round spring = *g.school.storage().roundByName(QStringLiteral("Spring 2026"));
    g.context.setViewedRound(spring.id);
    const int springMarks = int(g.school.storage().marks(spring.id).size());
    g.context.undoStack()->undo();
    CHECK_FALSE(g.school.storage().mark(fall, p.adult.id, p.student.id));
    CHECK(g.school.storage().marks(spring.id).size() == springMarks);
    g.context.setViewedRound(fall);
    CHECK(g.context.connectionCount(p.student.id) == 0);
}

TEST_CASE("Deactivating an adult keeps their marks but they stop counting") {
    GuiSchool g;
    // A student whose only caring adult is the one who leaves.
    Student s;
    RowId adultId = 0;
    for (const Student& c : g.context.students()) {
        if (c.active && g.context.connectionCount(c.id) == 1) {
            s = c;
            adultId = g.context.connectingAdults(c.id).first();
            break;
        }
    }
    REQUIRE(adultId != 0);
    const RowId round = g.context.viewedRound();
    const int marksBefore = int(g.school.storage().marks(round).size());
    const int unconnectedBefore = g.context.totals().unconnected;
    QTest::keyClick(g.window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* filter = g.find<QLineEdit>(QStringLiteral("adultFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, g.context.adult(adultId)->adultId);
    auto* table = g.find<QTableView>(QStringLiteral("adultTable"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(table->hasFocus());
    // Alt+D is the Deactivate button's mnemonic; a mnemonic click is animated.
    QTest::keyClick(table, Qt::Key_D, Qt::AltModifier);
    for (int i = 0; i < 50 && g.fake.confirmations == 0; ++i)
        QTest::qWait(20);
    CHECK(g.fake.confirmations == 1);
    CHECK(g.fake.confirmations == 1);
    CHECK_FALSE(g.school.storage().adultById(adultId)->active);
    CHECK(g.school.storage().marks(round).size() == marksBefore);
    CHECK(g.context.connectionCount(s.id) == 0);
    CHECK(g.context.totals().unconnected >= unconnectedBefore + 1);
    g.context.undoStack()->undo();
    CHECK(g.school.storage().adultById(adultId)->active);
    CHECK(g.context.connectionCount(s.id) == 1);
    CHECK(g.context.totals().unconnected == unconnectedBefore);
}

TEST_CASE("A note is kept with the mark and F2 edits it") {
    GuiSchool g;
    const Pick p = pickUnconnected(g);
    g.fake.passphrases = {QStringLiteral("counselor 2026"), QStringLiteral("counselor 2026")};
    g.window->markingPage()->startSession(p.adult.id, true);
    REQUIRE(g.window->currentPageName() == QStringLiteral("markPage"));
    QTableView* table = focusStudent(g, p.student);
    QTest::keyClick(table, Qt::Key_Space);
    // F2 from the name column opens the note of the row.
    REQUIRE(table->currentIndex().column() != MarkingModel::Note);
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(table->currentIndex().column() == MarkingModel::Note);
    // Letters and spaces typed in the note stay in the note.
    QTest::keyClicks(editor, QStringLiteral("plays chess at lunch"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text once back in the event loop.
    CHECK(QTest::qWaitFor([&] {
        return g.storedMark(p.adult.id, p.student.id)->note ==
               QStringLiteral("plays chess at lunch");
    }));
    CHECK(g.storedMark(p.adult.id, p.student.id)->connected);
    CHECK_FALSE(g.storedMark(p.adult.id, p.student.id)->concern);
    // Adding a concern keeps the note; undo brings the earlier state back.
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    CHECK(g.storedMark(p.adult.id, p.student.id)->concern);
    CHECK(g.storedMark(p.adult.id, p.student.id)->note == QStringLiteral("plays chess at lunch"));
    g.context.undoStack()->undo();
    g.context.undoStack()->undo();
    CHECK(g.storedMark(p.adult.id, p.student.id)->note.isEmpty());
}

TEST_CASE("File import roster reads the canonical CSVs and a bad file imports nothing") {
    GuiSchool g;
    const int before = int(g.context.students().size());
    const QString good = g.school.write(QStringLiteral("students.csv"),
                                        "student_id,given_name,family_name,grade,homeroom\n"
                                        "S-900,Zoë,Ångström,07,7A\n"
                                        "S-901,Ana,Lima,08,8B\n");
    const QString bad = g.school.write(QStringLiteral("adults.csv"),
                                       "adult_id,given_name,family_name\nX1,Only,Three\n");
    g.fake.openFiles << good << bad << QString();
    QTest::keyClick(g.window.get(), Qt::Key_I, Qt::ControlModifier);
    CHECK(g.context.students().size() == before + 2);
    CHECK(g.school.storage().studentByExternalId(QStringLiteral("S-900")));
    REQUIRE(g.fake.errors.size() == 1);
    CHECK(g.fake.errors.first().contains(QStringLiteral("adults.csv")));
    CHECK_FALSE(g.school.storage().adultByExternalId(QStringLiteral("X1")));
    REQUIRE(g.fake.infos.size() == 1);
    CHECK(g.fake.infos.first().contains(QStringLiteral("2 added")));
    // The new students are in the views at once.
    auto* filter = g.find<QLineEdit>(QStringLiteral("studentFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("angstrom"));
    CHECK(g.find<QTableView>(QStringLiteral("studentTable"))->model()->rowCount() == 1);
}

namespace {
// Stands for another engineer's view: a widget with a refresh() slot.
class CountingView : public QWidget {
    Q_OBJECT
public:
    int refreshes = 0;
public slots:
    void refresh() { ++refreshes; }
};
} // namespace

TEST_CASE("An added page refreshes after writes once coalesced and only when shown") {
    GuiSchool g;
    auto* view = new CountingView;
    g.window->addPage(QStringLiteral("countingPage"), QStringLiteral("Counting"), view);
    const Pick p = pickUnconnected(g);
    g.window->markingPage()->startSession(p.adult.id, false);
    QTableView* table = focusStudent(g, p.student);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::qWait(80);
    CHECK(view->refreshes == 0); // hidden: waits
    g.window->markingPage()->leaveSession(false);
    QTest::keyClick(g.window.get(), Qt::Key_6, Qt::ControlModifier);
    CHECK(g.window->currentPageName() == QStringLiteral("countingPage"));
    CHECK(view->refreshes == 1);
    g.context.undoStack()->undo();
    g.context.undoStack()->undo();
    QTest::qWait(80);
    CHECK(view->refreshes == 2);
}

#include "test_gui.moc"

TEST_CASE("The students table sorted by caring adults stays in order as marks change") {
    GuiSchool g;
    auto* table = g.find<QTableView>(QStringLiteral("studentTable"));
    REQUIRE(table);
    QAbstractItemModel* m = table->model();
    table->sortByColumn(StudentTableModel::Adults, Qt::AscendingOrder);
    auto count = [&](int row) {
        return m->index(row, StudentTableModel::Adults).data(SortRole).toInt();
    };
    auto inOrder = [&] {
        for (int r = 1; r < m->rowCount(); ++r) {
            if (count(r - 1) > count(r))
                return false;
        }
        return true;
    };
    REQUIRE(m->rowCount() > 10);
    REQUIRE(inOrder());
    REQUIRE(count(0) == 0);
    // Connect the first unconnected student to three adults: the row moves
    // down past the students with fewer adults, and the order still holds.
    const RowId student = m->index(0, 0).data(RowIdRole).toLongLong();
    for (int i = 0; i < 3; ++i)
        REQUIRE(g.context
                    .setMark(g.context.viewedRound(), g.context.adults().at(i).id, student,
                             MarkKind::Connected)
                    .ok());
    CHECK(m->index(0, 0).data(RowIdRole).toLongLong() != student);
    CHECK(inOrder());
    g.context.undoStack()->clear();
}
