// Reading survey exports: columns, times, the latest answer, errors.
#include "SurveyColumns.h"
#include "SurveyFile.h"
#include "SurveyTime.h"
#include "TestSupport.h"
#include "XlsxWriter.h"

#include <QTemporaryDir>

using namespace cm;

namespace {

const QSet<QString> kRoster{QStringLiteral("240100"), QStringLiteral("240101"),
                            QStringLiteral("240102"), QStringLiteral("240103"),
                            QStringLiteral("240104")};

// The shape of a Microsoft Forms export (response number "ID", two times,
// the student's own answers), as in the pilot school's file.
const QByteArray kMicrosoftForms =
    "ID,Start time,Completion time,Email,Name,Student ID number,\"If you had a problem, which "
    "adults at school would you talk to?\",Anything else you want us to know?\r\n"
    "1,9/14/26 8:02:11,9/14/26 8:04:40,s240100@students.example.org,Amara \xc3\x81vila,240100,"
    "\"Ms. Qui\xc3\xb1ones, Mr O'Connell\",\r\n"
    "2,9/14/26 8:02:30,9/14/26 8:03:02,s240101@students.example.org,Ben Baker,240101,nobody,\r\n"
    "3,9/14/26 8:03:05,9/14/26 8:05:51,s240102@students.example.org,Chlo\xc3\xa9 Chen,240102,"
    "Dr. Adeyemi and the lady in the office,I like advisory\r\n"
    "6,9/15/26 10:11:00,9/15/26 10:12:30,s240101@students.example.org,Ben Baker,240101,"
    "Mr. O'Connell,changed my answer\r\n";

SurveyAnswer answerOf(const SurveyReading& r, const QString& studentId) {
    for (const SurveyAnswer& a : r.answers)
        if (a.studentId == studentId)
            return a;
    return {};
}

Result<SurveyReading> readText(const QTemporaryDir& dir, const QByteArray& content,
                               const SurveyReadOptions& options = {}) {
    return SurveyFile::read(cmtest::writeFile(dir, QStringLiteral("survey.csv"), content), options,
                            kRoster);
}

} // namespace

TEST_CASE("survey file: a Microsoft Forms export - the later answer stands", "[voice]") {
    QTemporaryDir dir;
    const Result<SurveyReading> r = readText(dir, kMicrosoftForms);
    REQUIRE(r.ok());
    CHECK(r->studentIdColumn == QStringLiteral("Student ID number")); // not the response "ID"
    CHECK(r->timestampColumn == QStringLiteral("Completion time"));
    CHECK(r->answerColumns ==
          QStringList{QStringLiteral("If you had a problem, which adults at school would you "
                                     "talk to?")});
    CHECK(r->rows == 4);
    CHECK(r->superseded == 1);
    REQUIRE(r->answers.size() == 3);
    CHECK(answerOf(*r, QStringLiteral("240100")).text ==
          QStringLiteral("Ms. Quiñones, Mr O'Connell"));
    const SurveyAnswer ben = answerOf(*r, QStringLiteral("240101"));
    CHECK(ben.text == QStringLiteral("Mr. O'Connell"));
    CHECK(ben.line == 5);
    CHECK(ben.answeredAt == QDateTime(QDate(2026, 9, 15), QTime(10, 12, 30)));
}

TEST_CASE("survey file: an earlier time later in the file does not stand", "[voice]") {
    QTemporaryDir dir;
    const Result<SurveyReading> r =
        readText(dir, "Timestamp,Student ID,Which adults would you go to?\n"
                      "2026/09/14 9:00:00 AM GMT-4,240100,Mr. Lee\n"
                      "2026/09/14 8:00:00 AM GMT-4,240100,nobody\n"
                      "2026/09/14 1:00:00 PM GMT-4,240102,Coach Okafor\n");
    REQUIRE(r.ok());
    CHECK(r->timestampColumn == QStringLiteral("Timestamp"));
    CHECK(answerOf(*r, QStringLiteral("240100")).text == QStringLiteral("Mr. Lee"));
    CHECK(answerOf(*r, QStringLiteral("240102")).answeredAt ==
          QDateTime(QDate(2026, 9, 14), QTime(17, 0), Qt::UTC));
}

TEST_CASE("survey file: without a time column the later row stands - several answer columns",
          "[voice]") {
    QTemporaryDir dir;
    SurveyReadOptions o;
    o.map = QStringLiteral("Number=student_id,First choice=adults,Second choice=adults");
    const Result<SurveyReading> r = readText(dir,
                                             "Number,First choice,Second choice\n"
                                             "240103,Ms Quinones,Mr. Lindgren\n"
                                             "240104,,\n"
                                             "240103,Mr. Lee,\n",
                                             o);
    REQUIRE(r.ok());
    CHECK(r->timestampColumn.isEmpty());
    CHECK(answerOf(*r, QStringLiteral("240103")).text == QStringLiteral("Mr. Lee"));
    CHECK(answerOf(*r, QStringLiteral("240104")).text.isEmpty());
    CHECK_FALSE(answerOf(*r, QStringLiteral("240104")).answeredAt.isValid());

    const Result<SurveyReading> both = readText(dir,
                                                "Number,First choice,Second choice\n"
                                                "240103,Ms Quinones,Mr. Lindgren\n",
                                                o);
    REQUIRE(both.ok());
    CHECK(both->answers.front().text == QStringLiteral("Ms Quinones; Mr. Lindgren"));
}

TEST_CASE("survey file: --map names a column with commas and sets guesses aside", "[voice]") {
    const QStringList headers{QStringLiteral("ID"), QStringLiteral("Your number"),
                              QStringLiteral("Who, at school, helps you?"),
                              QStringLiteral("Adults you trust")};
    const Result<SurveyColumns> c = SurveyColumns::resolve(
        headers, QStringLiteral("your number=student_id, Who, at school, helps you?=adults"));
    REQUIRE(c.ok());
    CHECK(c->studentId == 1);
    CHECK(c->answers == QVector<int>{2}); // mapped answers: nothing guessed beside them
    CHECK(c->timestamp == -1);

    // A column set aside is not guessed.
    const QStringList more = headers + QStringList{QStringLiteral("Adults at home")};
    const Result<SurveyColumns> guessed =
        SurveyColumns::resolve(more, QStringLiteral("Your number=student_id"));
    REQUIRE(guessed.ok());
    CHECK(guessed->answers == QVector<int>{3, 4});
    const Result<SurveyColumns> ignored = SurveyColumns::resolve(
        more, QStringLiteral("Your number=student_id,Adults at home=ignore"));
    REQUIRE(ignored.ok());
    CHECK(ignored->answers == QVector<int>{3});

    // A bare "ID" is never the student id.
    const Result<SurveyColumns> none = SurveyColumns::resolve(headers);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().line == 1);
    CHECK(none.error().message.contains(QStringLiteral("no column holds the student id")));

    for (const char* bad : {"Your number=grade", "Nope=student_id", "Your number",
                            "ID=student_id,Your number=student_id"})
        CHECK_FALSE(SurveyColumns::resolve(headers, QString::fromLatin1(bad)).ok());
    const Result<SurveyColumns> noAnswers =
        SurveyColumns::resolve({QStringLiteral("Student ID"), QStringLiteral("Comments")});
    REQUIRE_FALSE(noAnswers.ok());
    CHECK(noAnswers.error().message.contains(QStringLiteral("--map \"Column=adults\"")));
}

TEST_CASE("survey file: ids that lost their leading zeros or case still match one student",
          "[voice]") {
    QTemporaryDir dir;
    const QSet<QString> roster{QStringLiteral("0012345"), QStringLiteral("S100"),
                               QStringLiteral("077"), QStringLiteral("77")};
    const QString path = cmtest::writeFile(dir, QStringLiteral("s.csv"),
                                           "Student ID,Adults you trust\n"
                                           "12345,Mr. Lee\n"
                                           "s100,Ms. Kim\n"
                                           "77,Coach Okafor\n");
    const Result<SurveyReading> r = SurveyFile::read(path, {}, roster);
    REQUIRE(r.ok());
    CHECK(answerOf(*r, QStringLiteral("0012345")).text == QStringLiteral("Mr. Lee"));
    CHECK(answerOf(*r, QStringLiteral("S100")).text == QStringLiteral("Ms. Kim"));
    CHECK(answerOf(*r, QStringLiteral("77")).text == QStringLiteral("Coach Okafor")); // exact
    // "0077" could be 077 or 77: refused, not guessed.
    const Result<SurveyReading> twice = SurveyFile::read(
        cmtest::writeFile(dir, QStringLiteral("t.csv"), "Student ID,Adults you trust\n0077,x\n"),
        {}, roster);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().line == 2);
}

TEST_CASE("survey file: a Microsoft Forms workbook (xlsx) with Excel dates", "[voice]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("responses.xlsx"));
    // As Forms writes it: the response number, Excel serial times, the id as a number.
    const QVector<QStringList> rows{
        {QStringLiteral("ID"), QStringLiteral("Start time"), QStringLiteral("Completion time"),
         QStringLiteral("Student ID number"),
         QStringLiteral("If you had a problem, which adults at school would you talk to?")},
        {QStringLiteral("1"), QStringLiteral("46279.33"), QStringLiteral("46280.5"),
         QStringLiteral("240100"), QStringLiteral("Coach Okafor")},
        {QStringLiteral("2"), QStringLiteral("46279.3"), QStringLiteral("46279.34"),
         QStringLiteral("240100"), QStringLiteral("nobody")},
        {QStringLiteral("3"), QStringLiteral("46279.4"), QStringLiteral("46279.41"),
         QStringLiteral("240101"), QStringLiteral("Ms. Qui\u00f1ones")}};
    REQUIRE(XlsxWriter::write(path, QStringLiteral("Form1"), rows).ok());
    const Result<SurveyReading> r = SurveyFile::read(path, {}, kRoster);
    REQUIRE(r.ok());
    CHECK(r->studentIdColumn == QStringLiteral("Student ID number"));
    CHECK(r->superseded == 1);
    const SurveyAnswer amara = answerOf(*r, QStringLiteral("240100"));
    CHECK(amara.text == QStringLiteral("Coach Okafor")); // the later completion time
    CHECK(amara.line == 2);
    CHECK(amara.answeredAt == QDateTime(QDate(2026, 9, 15), QTime(12, 0)));

    const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
    REQUIRE(XlsxWriter::write(bad, QStringLiteral("Form1"),
                              {rows[0],
                               rows[1],
                               {QStringLiteral("4"), QString(), QString(), QStringLiteral("555"),
                                QStringLiteral("x")}})
                .ok());
    const Result<SurveyReading> unknown = SurveyFile::read(bad, {}, kRoster);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().line == 3);
    CHECK(unknown.error().message.contains(QStringLiteral("\"555\"")));
}

TEST_CASE("survey file: Windows-1252 text", "[voice]") {
    QTemporaryDir dir;
    SurveyReadOptions o;
    o.encoding = TextEncoding::Windows1252;
    const Result<SurveyReading> r =
        readText(dir, "Student ID,Adults you trust\n240100,Sra. Qui\xf1ones\n", o);
    REQUIRE(r.ok());
    CHECK(r->answers.front().text == QStringLiteral("Sra. Quiñones"));
}

TEST_CASE("survey file: errors name the file - the line - the reason", "[voice]") {
    QTemporaryDir dir;
    const QByteArray head = "Timestamp,Student ID,Adults you trust\n";
    struct Case {
        QByteArray rows;
        int line;
        const char* reason;
    };
    const QVector<Case> cases{
        {"9/14/2026 8:00,240100,Mr. Lee\n9/14/2026 8:01,999999,Mr. Lee\n", 3,
         "unknown student id \"999999\""},
        {"9/14/2026 8:00,,Mr. Lee\n", 2, "the student id is empty"},
        {"yesterday,240100,Mr. Lee\n", 2, "cannot read the time \"yesterday\""},
        {"9/14/2026 8:00,240100,x\n14/9/2026 8:00,240101,y\n", 3, "puts the day first"},
        {"9/14/2026 8:00,240100," + QByteArray(SurveyFile::kMaxAnswerChars + 1, 'a') + "\n", 2,
         "characters long"},
    };
    for (const Case& c : cases) {
        const Result<SurveyReading> r = readText(dir, head + c.rows);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file.endsWith(QStringLiteral("survey.csv")));
        CHECK(r.error().line == c.line);
        CHECK(r.error().message.contains(QString::fromLatin1(c.reason)));
    }
    const Result<SurveyReading> empty = readText(dir, "");
    CHECK_FALSE(empty.ok());
    const Result<SurveyReading> missing =
        SurveyFile::read(dir.filePath(QStringLiteral("none.csv")), {}, kRoster);
    CHECK_FALSE(missing.ok());
}

TEST_CASE("survey time: the formats of Google and Microsoft Forms", "[voice]") {
    using O = SurveyTime::Order;
    const QDateTime local(QDate(2026, 9, 14), QTime(8, 2, 11));
    CHECK(SurveyTime::parse(QStringLiteral("9/14/26 8:02:11"), O::MonthFirst) == local);
    CHECK(SurveyTime::parse(QStringLiteral("9/14/2026 8:02:11"), O::MonthFirst) == local);
    CHECK(SurveyTime::parse(QStringLiteral("14/09/2026 08:02:11"), O::DayFirst) == local);
    CHECK(SurveyTime::parse(QStringLiteral("2026-09-14 08:02:11"), O::DayFirst) == local);
    CHECK(SurveyTime::parse(QStringLiteral("2026/09/14 8:02:11 PM GMT-4"), O::MonthFirst) ==
          QDateTime(QDate(2026, 9, 15), QTime(0, 2, 11), Qt::UTC));
    CHECK(SurveyTime::parse(QStringLiteral("2026-09-14T08:02:11Z"), O::MonthFirst) ==
          QDateTime(QDate(2026, 9, 14), QTime(8, 2, 11), Qt::UTC));
    CHECK(SurveyTime::parse(QStringLiteral("9/14/2026"), O::MonthFirst) ==
          QDateTime(QDate(2026, 9, 14), QTime(0, 0)));
    CHECK_FALSE(SurveyTime::parse(QStringLiteral("9/14/2026"), O::DayFirst).isValid());
    // Excel serial dates: 45000 is 2023-03-15; .75 is 18:00.
    CHECK(SurveyTime::parse(QStringLiteral("45000.75"), O::DayFirst) ==
          QDateTime(QDate(2023, 3, 15), QTime(18, 0)));
    CHECK(SurveyTime::parse(QStringLiteral("46279"), O::MonthFirst) ==
          QDateTime(QDate(2026, 9, 14), QTime(0, 0)));
    CHECK_FALSE(SurveyTime::parse(QStringLiteral("0.5"), O::MonthFirst).isValid());
    CHECK_FALSE(SurveyTime::parse(QStringLiteral("13:00 PM"), O::MonthFirst).isValid());

    int conflict = 0;
    CHECK(SurveyTime::order({QStringLiteral("3/4/2026"), QStringLiteral("13/4/2026")}, &conflict) ==
          O::DayFirst);
    CHECK(conflict == -1);
    CHECK(SurveyTime::order({QStringLiteral("3/4/2026")}, &conflict) == O::MonthFirst);
    SurveyTime::order({QStringLiteral("4/13/2026"), QStringLiteral("13/4/2026")}, &conflict);
    CHECK(conflict == 1);
}
