// School data is shown as plain text: a student named "<b>x</b>" is shown as
// exactly that, never rendered as markup (labels and message boxes).
#include "DialogInteraction.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "MarkingModel.h"
#include "MarkingPage.h"
#include "MentorCheckInDialog.h"
#include "Mentoring.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>

using namespace cm;
using cmtest::GuiSchool;

namespace {

const QString kStudent = QStringLiteral("<b>x</b>");
const QString kAdult = QStringLiteral("<img src=\"a.png\">Ada");
const QString kRound = QStringLiteral("<i>Fall</i> 2026");

// What a label really shows: its text as the label interprets it.
QString shown(const QLabel* label) {
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

struct Names {
    RowId student = 0;
    RowId adult = 0;
};

Names addHostileNames(GuiSchool& g) {
    Names n;
    n.student = g.school.student(QStringLiteral("S1"), kStudent, QStringLiteral("Lee"));
    n.adult = g.school.adult(QStringLiteral("A1"), kAdult, QStringLiteral("Ray"));
    REQUIRE(g.school.storage().createRound(kRound).ok());
    REQUIRE(g.window->openSchool(g.school.dbPath()).ok());
    return n;
}

} // namespace

TEST_CASE("plain text: names and round names in labels are shown literally", "[plain-text]") {
    GuiSchool g(false, false);
    const Names n = addHostileNames(g);

    const auto* round = g.find<QLabel>(QStringLiteral("statusRound"));
    REQUIRE(round != nullptr);
    CHECK(round->textFormat() == Qt::PlainText);
    CHECK(shown(round) == QStringLiteral("Round: ") + kRound);

    g.window->markingPage()->startSession(n.adult, false);
    const auto* title = g.find<QLabel>(QStringLiteral("sessionTitle"));
    REQUIRE(title != nullptr);
    CHECK(shown(title).contains(kAdult + QStringLiteral(" Ray")));
    const auto* count = g.find<QLabel>(QStringLiteral("markCount"));
    REQUIRE(count != nullptr);
    CHECK(count->textFormat() == Qt::PlainText);
    CHECK(shown(count).contains(kRound));

    // The student's tooltip in the marking table (tooltips guess markup too).
    const auto* table = g.find<QTableView>(QStringLiteral("markTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->model()->rowCount() == 1);
    const QString tip =
        table->model()->index(0, MarkingModel::Name).data(Qt::ToolTipRole).toString();
    QTextDocument doc;
    if (Qt::mightBeRichText(tip))
        doc.setHtml(tip);
    else
        doc.setPlainText(tip);
    CHECK(doc.toPlainText() == kStudent + QStringLiteral(" Lee (S1)"));
}

TEST_CASE("plain text: the check-in dialog names the match literally", "[plain-text]") {
    GuiSchool g(false, false);
    const Names n = addHostileNames(g);
    const Result<RowId> match =
        Mentoring::assign(g.school.storage(), n.student, n.adult, QDate(2026, 9, 1));
    REQUIRE(match.ok());
    MentorCheckInDialog dialog(g.context, *match, g.window.get());
    const auto* label = dialog.findChild<QLabel*>(QStringLiteral("checkInMatch"));
    REQUIRE(label != nullptr);
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK(shown(label).startsWith(kStudent));
    CHECK(shown(label).contains(kAdult));
}

TEST_CASE("plain text: message boxes show a name literally", "[plain-text]") {
    GuiSchool g(false, false);
    addHostileNames(g);
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    // Answers the confirmation as soon as it is on screen.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            format = box->textFormat();
            text = box->text();
            box->done(QMessageBox::No);
        }
    });
    poll.start(10);
    DialogInteraction real;
    const QString question = QStringLiteral("Deactivate %1?").arg(kStudent);
    CHECK_FALSE(real.confirm(g.window.get(), QStringLiteral("Deactivate student"), question));
    CHECK(format == Qt::PlainText);
    CHECK(text == question);
}
