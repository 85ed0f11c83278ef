#include "ConnectionAnalysis.h"
#include "CsvImport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <algorithm>
#include <random>

using namespace cm;
using cmtest::TempSchool;
using Kind = CsvImport::Kind;

namespace {
const QByteArray kStudents = "\xEF\xBB\xBF"
                             "family_name,student_id,given_name,grade,homeroom,extra,active\r\n"
                             "Lopez,0012345,Ana,07,7A,ignored,yes\r\n"
                             "\"O'Brien, Jr.\",0000042,Liam,KG,K1,,\r\n"
                             "Zhang,77,Mei,12,12B,,0\r\n";
const QByteArray kAdults = "adult_id,given_name,family_name,role,email\n"
                           "T1,Tia,Ray,teacher,tia@school.example\n"
                           "T2,Uri,Sol,counselor,\n";

// Imports kStudents and kAdults: the roster the mark tests start from.
void importRoster(TempSchool& school) {
    REQUIRE(CsvImport::importFile(school.storage(), Kind::Students,
                                  school.write(QStringLiteral("s.csv"), kStudents))
                .ok());
    REQUIRE(CsvImport::importFile(school.storage(), Kind::Adults,
                                  school.write(QStringLiteral("a.csv"), kAdults))
                .ok());
}
} // namespace

TEST_CASE("import: students by header name - leading zeros kept - quotes and BOM", "[import]") {
    TempSchool school;
    const QString path = school.write(QStringLiteral("students.csv"), kStudents);
    const Result<ImportReport> r = CsvImport::importFile(school.storage(), Kind::Students, path);
    REQUIRE(r.ok());
    CHECK(r->added == 3);
    const auto ana = school.storage().studentByExternalId(QStringLiteral("0012345"));
    REQUIRE(ana);
    CHECK(ana->givenName == QStringLiteral("Ana"));
    CHECK(ana->homeroom == QStringLiteral("7A"));
    const auto liam = school.storage().studentByExternalId(QStringLiteral("0000042"));
    REQUIRE(liam);
    CHECK(liam->familyName == QStringLiteral("O'Brien, Jr."));
    CHECK(liam->active);
    CHECK_FALSE(school.storage().studentByExternalId(QStringLiteral("77"))->active);
}

TEST_CASE("import: importing the same file again changes nothing - edits update", "[import]") {
    TempSchool school;
    const QString path = school.write(QStringLiteral("students.csv"), kStudents);
    REQUIRE(CsvImport::importFile(school.storage(), Kind::Students, path).ok());
    const QString before = cmtest::dump(school.storage());
    const Result<ImportReport> again =
        CsvImport::importFile(school.storage(), Kind::Students, path);
    REQUIRE(again.ok());
    CHECK(again->unchanged == 3);
    CHECK(again->added + again->updated == 0);
    CHECK(cmtest::dump(school.storage()) == before);

    const QString edited = school.write(QStringLiteral("edited.csv"),
                                        "student_id,given_name,family_name,grade,homeroom\n"
                                        "0012345,Ana,Lopez,08,8C\n");
    const Result<ImportReport> r = CsvImport::importFile(school.storage(), Kind::Students, edited);
    REQUIRE(r.ok());
    CHECK(r->updated == 1);
    CHECK(school.storage().studentByExternalId(QStringLiteral("0012345"))->grade ==
          QStringLiteral("08"));
    CHECK(school.storage().students().size() == 3);
}

TEST_CASE("import: a missing required column is named and nothing is imported", "[import]") {
    TempSchool school;
    const QString path =
        school.write(QStringLiteral("adults.csv"), "adult_id,given_name,email\nT1,Tia,tia@x\n");
    const Result<ImportReport> r = CsvImport::importFile(school.storage(), Kind::Adults, path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 1);
    CHECK(r.error().file == path);
    CHECK(r.message().contains(QStringLiteral("family_name")));
    CHECK(r.message().contains(QStringLiteral("role")));
    CHECK(school.storage().adults().isEmpty());
}

TEST_CASE("import: a mark for an unknown student fails on its line and changes nothing",
          "[import]") {
    TempSchool school;
    importRoster(school);
    REQUIRE(school.storage().createRound(QStringLiteral("Fall 2026")).ok());
    const QString before = cmtest::dump(school.storage());
    const QString marks =
        school.write(QStringLiteral("marks.csv"), "adult_id,student_id,mark,note\n"
                                                  "T1,0012345,connected,plays chess\n"
                                                  "T2,0000042,concern,\n"
                                                  "T1,0099999,connected,\n");
    const Result<ImportReport> r =
        CsvImport::importFile(school.storage(), Kind::Marks, marks, QStringLiteral("Fall 2026"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 4);
    CHECK(r.message().contains(QStringLiteral("0099999")));
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("import: unknown adult - unknown mark kind and bad active value are refused",
          "[import]") {
    TempSchool school;
    importRoster(school);
    const QString before = cmtest::dump(school.storage());

    const Result<ImportReport> adult = CsvImport::importFile(
        school.storage(), Kind::Marks,
        school.write(QStringLiteral("m1.csv"), "adult_id,student_id,mark\nT7,0012345,connected\n"));
    REQUIRE_FALSE(adult.ok());
    CHECK(adult.message().contains(QStringLiteral("T7")));
    CHECK(adult.error().line == 2);

    const Result<ImportReport> kind = CsvImport::importFile(
        school.storage(), Kind::Marks,
        school.write(QStringLiteral("m2.csv"), "adult_id,student_id,mark\nT1,0012345,friend\n"));
    REQUIRE_FALSE(kind.ok());
    CHECK(kind.message().contains(QStringLiteral("friend")));

    const Result<ImportReport> active = CsvImport::importFile(
        school.storage(), Kind::Students,
        school.write(QStringLiteral("s2.csv"), "student_id,given_name,family_name,grade,homeroom,"
                                               "active\n5,Al,Bo,07,7A,yes\n6,Cy,Do,07,7A,maybe\n"));
    REQUIRE_FALSE(active.ok());
    CHECK(active.error().line == 3);
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("import: a malformed quote mid-file imports nothing at all", "[import]") {
    TempSchool school;
    const QString path =
        school.write(QStringLiteral("bad.csv"), "student_id,given_name,family_name,grade,homeroom\n"
                                                "1,Ana,Lopez,07,7A\n"
                                                "2,\"Ben,Ng,07,7A\n");
    const Result<ImportReport> r = CsvImport::importFile(school.storage(), Kind::Students, path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 3);
    CHECK(school.storage().students().isEmpty());
}

TEST_CASE("import: marks land in the named round and connect students", "[import]") {
    TempSchool school;
    importRoster(school);
    REQUIRE(school.storage().createRound(QStringLiteral("Winter 2027")).ok());
    const Result<ImportReport> r = CsvImport::importFile(
        school.storage(), Kind::Marks,
        school.write(QStringLiteral("m.csv"), "student_id,mark,adult_id\n0012345,Connected,T1\n"
                                              "0000042,concern,T2\n0012345,connected,T1\n"),
        QStringLiteral("Winter 2027"));
    REQUIRE(r.ok());
    CHECK(r->added == 2);
    CHECK(r->unchanged == 1);
    const auto round = school.storage().roundByName(QStringLiteral("Winter 2027"));
    REQUIRE(round);
    const ConnectionAnalysis a = ConnectionAnalysis::load(school.storage(), round->id);
    CHECK(a.totals().studentsActive == 2);
    CHECK(a.totals().unconnected == 1);
    CHECK(a.unconnected().first().studentId == QStringLiteral("0000042"));
}

TEST_CASE("import: an empty file or a missing file is a clear error", "[import]") {
    TempSchool school;
    const Result<ImportReport> empty = CsvImport::importFile(
        school.storage(), Kind::Students, school.write(QStringLiteral("empty.csv"), ""));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.message().contains(QStringLiteral("empty")));
    const Result<ImportReport> missing = CsvImport::importFile(
        school.storage(), Kind::Students, school.dir() + QStringLiteral("/nope.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("nope.csv")));
}

TEST_CASE("import: optional columns the file lacks keep what is stored", "[import]") {
    TempSchool school;
    REQUIRE(CsvImport::importFile(
                school.storage(), Kind::Adults,
                school.write(QStringLiteral("a1.csv"),
                             "adult_id,given_name,family_name,role,email,capacity,volunteer,"
                             "leaving_date\nT1,Tia,Ray,teacher,tia@x,2,yes,2027-06-30\n"))
                .ok());
    const Result<ImportReport> r = CsvImport::importFile(
        school.storage(), Kind::Adults,
        school.write(QStringLiteral("a2.csv"), "adult_id,given_name,family_name,role\n"
                                               "T1,Tia,Ray-Lee,teacher\n"));
    REQUIRE(r.ok());
    CHECK(r->updated == 1);
    const auto tia = school.storage().adultByExternalId(QStringLiteral("T1"));
    REQUIRE(tia);
    CHECK(tia->familyName == QStringLiteral("Ray-Lee"));
    CHECK(tia->email == QStringLiteral("tia@x"));
    CHECK(tia->capacity == 2);
    CHECK(tia->volunteer);
    CHECK(tia->leavingDate == QDate(2027, 6, 30));
    CHECK(tia->active);

    const Result<ImportReport> bad = CsvImport::importFile(
        school.storage(), Kind::Adults,
        school.write(QStringLiteral("a3.csv"), "adult_id,given_name,family_name,role,leaving_date\n"
                                               "T1,Tia,Ray,teacher,30/06/2027\n"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("import: a mistyped round is refused - it lists the rounds and creates nothing",
          "[import]") {
    TempSchool school;
    importRoster(school);
    REQUIRE(school.storage().createRound(QStringLiteral("Fall 2026")).ok());
    const QString before = cmtest::dump(school.storage());
    const Result<ImportReport> r = CsvImport::importFile(
        school.storage(), Kind::Marks,
        school.write(QStringLiteral("m.csv"), "adult_id,student_id,mark\nT1,0012345,connected\n"),
        QStringLiteral("Fal 2026"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("no round named \"Fal 2026\"")));
    CHECK(r.message().contains(QStringLiteral("\"Fall 2026\"")));
    CHECK(cmtest::dump(school.storage()) == before);
}

TEST_CASE("import: the same id twice in one file names both lines and imports nothing",
          "[import]") {
    TempSchool school;
    importRoster(school);
    const QString before = cmtest::dump(school.storage());
    const Result<ImportReport> students = CsvImport::importFile(
        school.storage(), Kind::Students,
        school.write(QStringLiteral("dup.csv"), "student_id,given_name,family_name,grade,homeroom\n"
                                                "S1,Ann,Lee,07,7A\nS2,Bo,Kim,07,7A\n"
                                                "S1,Anna,Leigh,08,8B\n"));
    REQUIRE_FALSE(students.ok());
    CHECK(students.error().line == 4);
    CHECK(students.message().contains(QStringLiteral("also on line 2")));
    const Result<ImportReport> adults = CsvImport::importFile(
        school.storage(), Kind::Adults,
        school.write(QStringLiteral("dupa.csv"), "adult_id,given_name,family_name,role\n"
                                                 "T9,Ava,Oak,teacher\nT9,Ava,Oak,teacher\n"));
    REQUIRE_FALSE(adults.ok());
    CHECK(adults.error().line == 3);
    CHECK(adults.message().contains(QStringLiteral("also on line 2")));
    CHECK(cmtest::dump(school.storage()) == before);
}

// Schools generated with random marks where some adults give a student both a
// `connected` and a `concern` row, in random order within the file: the
// unconnected list and the counts must equal a direct count of the rule.
TEST_CASE("import: connected and concern rows from the same adult are independent", "[import]") {
    for (quint32 seed = 1; seed <= 8; ++seed) {
        TempSchool school;
        QRandomGenerator rng(seed);
        const int students = 60, adults = 8;
        QByteArray s = "student_id,given_name,family_name,grade,homeroom\n";
        for (int i = 0; i < students; ++i)
            s += QStringLiteral("S%1,Given%1,Family%1,07,7A\n").arg(i).toUtf8();
        QByteArray a = "adult_id,given_name,family_name,role\n";
        for (int i = 0; i < adults; ++i)
            a += QStringLiteral("T%1,Adult%1,Staff%1,teacher\n").arg(i).toUtf8();
        // Expected: per student, the set of adults with a connected row.
        QHash<int, QSet<int>> connecting;
        QStringList rows;
        for (int st = 0; st < students; ++st) {
            for (int ad = 0; ad < adults; ++ad) {
                const quint32 roll = rng.bounded(100u);
                if (roll < 6) {
                    connecting[st].insert(ad);
                    rows << QStringLiteral("T%1,S%2,connected").arg(ad).arg(st);
                } else if (roll < 10) {
                    connecting[st].insert(ad);
                    rows << QStringLiteral("T%1,S%2,connected").arg(ad).arg(st)
                         << QStringLiteral("T%1,S%2,concern").arg(ad).arg(st);
                } else if (roll < 13) {
                    rows << QStringLiteral("T%1,S%2,concern").arg(ad).arg(st);
                }
            }
        }
        std::shuffle(rows.begin(), rows.end(), std::mt19937(seed));
        const QByteArray m = "adult_id,student_id,mark\n" + rows.join(QLatin1Char('\n')).toUtf8();
        REQUIRE(CsvImport::importFile(school.storage(), Kind::Students,
                                      school.write(QStringLiteral("s.csv"), s))
                    .ok());
        REQUIRE(CsvImport::importFile(school.storage(), Kind::Adults,
                                      school.write(QStringLiteral("a.csv"), a))
                    .ok());
        const Result<ImportReport> r = CsvImport::importFile(
            school.storage(), Kind::Marks, school.write(QStringLiteral("m.csv"), m));
        REQUIRE(r.ok());
        int unconnected = 0, one = 0;
        for (int st = 0; st < students; ++st) {
            unconnected += connecting.value(st).isEmpty() ? 1 : 0;
            one += connecting.value(st).size() == 1 ? 1 : 0;
        }
        const ConnectionAnalysis an =
            ConnectionAnalysis::load(school.storage(), school.storage().currentRound()->id);
        INFO("seed " << seed);
        CHECK(an.totals().unconnected == unconnected);
        CHECK(an.totals().exactlyOne == one);
        for (const Student& st : an.activeStudents())
            CHECK(an.count(st.id) == connecting.value(st.studentId.mid(1).toInt()).size());
    }
}

// Notes come back exactly as written, whatever they hold: on a district
// server the marks travel as array literals (core/ServerBatch), where quotes,
// backslashes, commas, braces and line breaks all have meaning.
TEST_CASE("import: notes with quotes, backslashes, braces and line breaks read back exactly",
          "[import]") {
    TempSchool school;
    const RowId s1 =
        school.student(QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("Li"));
    const RowId s2 =
        school.student(QStringLiteral("S2"), QStringLiteral("Bo"), QStringLiteral("Wu"));
    const RowId t1 = school.adult(QStringLiteral("T1"), QStringLiteral("Cy"), QStringLiteral("Ng"));
    const QString notes[] = {QStringLiteral("said \"hi\", then {left}"),
                             QString::fromUtf8("back\\slash, NULL, ñandú 😀\nsecond line")};
    const QByteArray csv = "adult_id,student_id,mark,note\n"
                           "T1,S1,connected,\"said \"\"hi\"\", then {left}\"\n"
                           "T1,S2,concern,\"back\\slash, NULL, \xC3\xB1"
                           "and\xC3\xBA \xF0\x9F\x98\x80\nsecond line\"\n"
                           "T1,S2,connected,\n";
    const Result<ImportReport> r = CsvImport::importFile(
        school.storage(), Kind::Marks, school.write(QStringLiteral("m.csv"), csv));
    REQUIRE(r.ok());
    const RowId round = school.storage().currentRound().value().id;
    const std::optional<Mark> m1 = school.storage().mark(round, t1, s1);
    const std::optional<Mark> m2 = school.storage().mark(round, t1, s2);
    REQUIRE(m1);
    REQUIRE(m2);
    CHECK(m1->note == notes[0]);
    CHECK(m2->note == notes[1]); // the later row without a note keeps it
    CHECK(m2->connected);
    CHECK(m2->concern);
}
