// A survey export with every kind of answer, imported and compared with the
// staff's marks; unresolved names settled.
#include "SurveyImport.h"
#include "TestSupport.h"
#include "VoiceData.h"

using namespace cm;

namespace {

const QByteArray kSurvey =
    "Timestamp,Email Address,What is your student ID?,"
    "Which adults at school would you go to if you had a problem?\n"
    "2026/09/14 8:00:00 AM GMT-4,amara@example.org,240100,\"T0042, Mr O'Connell\"\n"
    "2026/09/14 9:30:00 AM GMT-4,ben@example.org,240101,Ms. Garcia\n"
    "2026/09/14 8:01:00 AM GMT-4,ben@example.org,240101,nobody\n"
    "2026/09/14 8:02:00 AM GMT-4,chloe@example.org,240102,Mr. Smith and my mom\n"
    "2026/09/14 8:03:00 AM GMT-4,diego@example.org,240103,Ms Quinones\n"
    "2026/09/14 8:04:00 AM GMT-4,esme@example.org,240104,Coach Okafot\n"
    "2026/09/14 8:05:00 AM GMT-4,farah@example.org,240105,Nadie\n"
    "2026/09/14 8:06:00 AM GMT-4,hana@example.org,240107,Mr. OConnel\n";

struct School {
    cmtest::TempSchool school;
    RowId round = 0;
    QHash<QString, RowId> adult; // adult id -> row id
    QHash<QString, RowId> student;

    School() {
        Storage& s = school.storage();
        round = s.createRound(QStringLiteral("Fall 2026")).value().id;
        const char* const adults[][3] = {
            {"T0042", "María", "García"}, {"T0043", "John", "Smith"},
            {"T0044", "Ann", "Smith"},    {"T0045", "Sean", "O'Connell"},
            {"T0046", "Chidi", "Okafor"}, {"T0047", "Rosa", "Quiñones"},
            {"T0048", "David", "Lee"},
        };
        for (const auto& a : adults)
            adult.insert(QString::fromUtf8(a[0]),
                         school.adult(QString::fromUtf8(a[0]), QString::fromUtf8(a[1]),
                                      QString::fromUtf8(a[2])));
        const char* const students[][3] = {
            {"240100", "Amara", "Avila"},  {"240101", "Ben", "Baker"}, {"240102", "Chloe", "Chen"},
            {"240103", "Diego", "Dubois"}, {"240104", "Esme", "Eze"},  {"240105", "Farah", "Fox"},
            {"240106", "Gus", "Gray"},     {"240107", "Hana", "Hill"},
        };
        for (const auto& st : students)
            student.insert(QString::fromUtf8(st[0]),
                           school.student(QString::fromUtf8(st[0]), QString::fromUtf8(st[1]),
                                          QString::fromUtf8(st[2])));
        // The staff's view: who marked whom as connected.
        mark("T0042", "240100");
        mark("T0046", "240101");
        mark("T0048", "240102");
        mark("T0048", "240106");
        mark("T0045", "240107");
    }
    void mark(const char* adultId, const char* studentId) {
        REQUIRE(school.storage()
                    .setMark(round, adult.value(QString::fromLatin1(adultId)),
                             student.value(QString::fromLatin1(studentId)), MarkKind::Connected)
                    .ok());
    }
    Result<SurveyImportReport> import(const QByteArray& content, bool dryRun = false) {
        SurveyImportOptions o;
        o.round = QStringLiteral("Fall 2026");
        o.dryRun = dryRun;
        // Through the document, as the window and the command line import.
        return school.document().importSurvey(school.write(QStringLiteral("survey.csv"), content),
                                              o);
    }
};

QString groupOf(const VoiceComparison& c, const QString& studentId) {
    for (const VoiceStudent& v : c.students())
        if (v.student.studentId == studentId)
            return agreementName(v.agreement);
    return QString();
}

} // namespace

TEST_CASE("voice import: every kind of answer - exact counts and groups", "[voice]") {
    School f;
    Storage& s = f.school.storage();
    const Result<SurveyImportReport> r = f.import(kSurvey);
    REQUIRE(r.ok());
    CHECK(r->round == QStringLiteral("Fall 2026"));
    CHECK(r->rows == 8);
    CHECK(r->students == 7);
    CHECK(r->superseded == 1);
    CHECK(r->stored == 7);
    CHECK(r->unresolved == 2);
    CHECK(r->studentIdColumn == QStringLiteral("What is your student ID?"));

    const VoiceComparison c = VoiceData::compare(s, f.round);
    CHECK(c.count(Agreement::Both) == 3);        // Amara, Ben (later answer), Hana (typo)
    CHECK(c.count(Agreement::StaffOnly) == 1);   // Chloé: only unresolved names
    CHECK(c.count(Agreement::StudentOnly) == 2); // Diego (no accent), Esme (typo)
    CHECK(c.count(Agreement::Neither) == 1);     // Farah: "Nadie"
    CHECK(c.count(Agreement::NoResponse) == 1);  // Gus
    CHECK(c.students().front().student.studentId == QStringLiteral("240102"));
    for (const auto& [id, group] : {std::pair{"240100", "both"},
                                    {"240101", "both"},
                                    {"240102", "staff_only"},
                                    {"240103", "student_only"},
                                    {"240104", "student_only"},
                                    {"240105", "neither"},
                                    {"240106", "no_response"},
                                    {"240107", "both"}})
        CHECK(groupOf(c, QString::fromLatin1(id)) == QString::fromLatin1(group));
    const VoiceStudent& amara =
        *std::find_if(c.students().cbegin(), c.students().cend(), [](const VoiceStudent& v) {
            return v.student.studentId == QLatin1String("240100");
        });
    CHECK(amara.studentAdults ==
          QVector<RowId>{f.adult[QStringLiteral("T0042")], f.adult[QStringLiteral("T0045")]});
    CHECK(amara.mutual == QVector<RowId>{f.adult[QStringLiteral("T0042")]});

    const VoiceData data = VoiceData::load(s, f.round);
    REQUIRE(data.unresolved().size() == 2);
    const UnresolvedName& smith = data.unresolved()[0]; // same count: by text
    CHECK(smith.text == QStringLiteral("Mr. Smith"));
    CHECK(smith.candidates ==
          QVector<RowId>{f.adult[QStringLiteral("T0043")], f.adult[QStringLiteral("T0044")]});
    CHECK(smith.students == QVector<RowId>{f.student[QStringLiteral("240102")]});
    CHECK(data.unresolved()[1].text == QStringLiteral("my mom"));
    CHECK(data.unresolved()[1].candidates.isEmpty());
}

TEST_CASE("voice import: settling names moves the student and empties the list", "[voice]") {
    School f;
    Storage& s = f.school.storage();
    REQUIRE(f.import(kSurvey).ok());
    REQUIRE(
        s.setSurveyResolution(QStringLiteral("mr smith"), f.adult[QStringLiteral("T0043")]).ok());
    REQUIRE(s.setSurveyResolution(QStringLiteral("My mom"), 0).ok());
    CHECK(VoiceData::load(s, f.round).unresolved().isEmpty());
    const VoiceComparison c = VoiceData::compare(s, f.round);
    CHECK(groupOf(c, QStringLiteral("240102")) == QStringLiteral("both"));
    CHECK(c.count(Agreement::Both) == 4);
    CHECK(c.count(Agreement::StaffOnly) == 0);
}

TEST_CASE("voice import: a bad file - a dry run - the same file again change nothing", "[voice]") {
    School f;
    Storage& s = f.school.storage();
    const QString before = cmtest::dump(s);
    QByteArray unknown = kSurvey;
    unknown.replace("240103,", "999999,"); // line 6
    const Result<SurveyImportReport> bad = f.import(unknown);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().line == 6);
    CHECK(bad.error().file.endsWith(QStringLiteral("survey.csv")));
    CHECK(bad.error().message.contains(QStringLiteral("999999")));
    CHECK(cmtest::dump(s) == before);

    const Result<SurveyImportReport> dry = f.import(kSurvey, true);
    REQUIRE(dry.ok());
    CHECK(dry->stored == 7);
    CHECK(dry->unresolved == 2);
    CHECK(cmtest::dump(s) == before);

    REQUIRE(f.import(kSurvey).ok());
    const QString imported = cmtest::dump(s);
    CHECK(imported != before);
    const Result<SurveyImportReport> again = f.import(kSurvey);
    REQUIRE(again.ok());
    CHECK(again->backupPath.isEmpty()); // nothing changed: no backup made
    CHECK(cmtest::dump(s) == imported);
}

TEST_CASE("voice import: answers go into the named round - a mistyped one is refused", "[voice]") {
    School f;
    SurveyImportOptions o;
    o.round = QStringLiteral("Spring 2027");
    const QString before = cmtest::dump(f.school.storage());
    const Result<SurveyImportReport> typo = SurveyImport::import(
        f.school.storage(), f.school.write(QStringLiteral("s.csv"), kSurvey), o);
    REQUIRE_FALSE(typo.ok());
    CHECK(cmtest::dump(f.school.storage()) == before);
    REQUIRE(f.school.storage().createRound(QStringLiteral("Spring 2027")).ok());
    const Result<SurveyImportReport> r = SurveyImport::import(
        f.school.storage(), f.school.write(QStringLiteral("s.csv"), kSurvey), o);
    REQUIRE(r.ok());
    const auto spring = f.school.storage().roundByName(QStringLiteral("Spring 2027"));
    REQUIRE(spring);
    CHECK(f.school.storage().surveyAnswerCount(spring->id) == 7);
    CHECK(f.school.storage().surveyAnswerCount(f.round) == 0);
}
