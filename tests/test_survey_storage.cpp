// Survey answers and settled names in a real school file.
#include "Migrations.h"
#include "NameResolver.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cm;

namespace {

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 9, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("survey storage: the later answer stands across imports", "[voice]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId fall = s.createRound(QStringLiteral("Fall")).value().id;
    const RowId spring = s.createRound(QStringLiteral("Spring")).value().id;
    const RowId ben =
        school.student(QStringLiteral("240101"), QStringLiteral("Ben"), QStringLiteral("Baker"));
    const RowId amara =
        school.student(QStringLiteral("240100"), QStringLiteral("Amara"), QStringLiteral("Ávila"));

    CHECK(s.putSurveyAnswer(fall, ben, at(14, 8), QStringLiteral("nobody")).value());
    CHECK(s.putSurveyAnswer(fall, ben, at(15, 10), QStringLiteral("Mr. O'Connell")).value());
    // An older answer (say, an earlier export imported again) does not win.
    CHECK_FALSE(s.putSurveyAnswer(fall, ben, at(14, 8), QStringLiteral("nobody")).value());
    // The same answer again is stored again (nothing changes).
    CHECK(s.putSurveyAnswer(fall, ben, at(15, 10), QStringLiteral("Mr. O'Connell")).value());
    CHECK(s.putSurveyAnswer(spring, ben, at(1, 9), QStringLiteral("Coach Okafor")).value());
    // No time: stored as answered now.
    CHECK(s.putSurveyAnswer(fall, amara, QDateTime(), QStringLiteral("Ms. Quiñones")).value());

    const QVector<Storage::SurveyAnswerRow> rows = s.surveyAnswers(fall);
    REQUIRE(rows.size() == 2);
    CHECK(s.surveyAnswerCount(fall) == 2);
    CHECK(s.surveyAnswerCount(spring) == 1);
    const Storage::SurveyAnswerRow& b = rows[ben < amara ? 0 : 1];
    CHECK(b.studentId == ben);
    CHECK(b.answer == QStringLiteral("Mr. O'Connell"));
    CHECK(b.answeredAt == at(15, 10));
    const Storage::SurveyAnswerRow& a = rows[ben < amara ? 1 : 0];
    CHECK(a.answer == QStringLiteral("Ms. Quiñones"));
    CHECK(qAbs(a.answeredAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

TEST_CASE("survey storage: settled names by their normalised text", "[voice]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId smith =
        school.adult(QStringLiteral("T1"), QStringLiteral("John"), QStringLiteral("Smith"));
    const RowId lee =
        school.adult(QStringLiteral("T2"), QStringLiteral("David"), QStringLiteral("Lee"));

    REQUIRE(s.setSurveyResolution(QStringLiteral("Mr. Smith"), smith).ok());
    REQUIRE(s.setSurveyResolution(QStringLiteral("my mom"), 0).ok());
    QHash<QString, RowId> settled = s.surveyResolutions();
    CHECK(settled.size() == 2);
    CHECK(settled.value(QStringLiteral("mr smith")) == smith);
    CHECK(settled.contains(QStringLiteral("my mom")));
    CHECK(settled.value(QStringLiteral("my mom"), -1) == 0);

    // Settled again (the same text written otherwise): replaced, not doubled.
    REQUIRE(s.setSurveyResolution(QStringLiteral("MR SMITH!"), lee).ok());
    settled = s.surveyResolutions();
    CHECK(settled.size() == 2);
    CHECK(settled.value(QStringLiteral("mr smith")) == lee);

    REQUIRE(s.removeSurveyResolution(QStringLiteral("My Mom")).ok());
    CHECK(s.surveyResolutions().keys() == QList<QString>{QStringLiteral("mr smith")});

    const QString before = cmtest::dump(s);
    CHECK_FALSE(s.setSurveyResolution(QStringLiteral("..."), lee).ok());
    CHECK_FALSE(s.setSurveyResolution(QStringLiteral("Mr. Lee"), 9999).ok());
    CHECK(cmtest::dump(s) == before);
}

TEST_CASE("survey storage: a version 3 school gains the survey tables and keeps its data",
          "[voice]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const MigrationStep& step : migrationSteps()) {
            if (step.version > 3)
                break;
            for (const QString& sql : step.statements)
                REQUIRE(q.exec(migrationSql(sql, false)));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO student (student_id, given_name, family_name) "
                                      "VALUES ('240100', 'Amara', 'Avila')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    Storage s;
    REQUIRE(s.open(path).ok());
    CHECK(s.schemaVersion() == latestSchemaVersion());
    const auto amara = s.studentByExternalId(QStringLiteral("240100"));
    REQUIRE(amara);
    const RowId round = s.createRound(QStringLiteral("Fall")).value().id;
    CHECK(s.putSurveyAnswer(round, amara->id, QDateTime(), QStringLiteral("nobody")).value());
    CHECK(s.surveyAnswerCount(round) == 1);
}
