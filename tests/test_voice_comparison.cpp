// Staff and student views side by side: the five groups.
#include "TestSupport.h"
#include "VoiceComparison.h"

using namespace cm;

namespace {

Student student(RowId id, const char* studentId, const char* family, const char* grade,
                bool active = true) {
    Student s;
    s.id = id;
    s.studentId = QString::fromLatin1(studentId);
    s.givenName = QStringLiteral("Kid");
    s.familyName = QString::fromLatin1(family);
    s.grade = QString::fromLatin1(grade);
    s.active = active;
    return s;
}

QStringList ids(const VoiceComparison& c) {
    QStringList out;
    for (const VoiceStudent& v : c.students())
        out.push_back(v.student.studentId);
    return out;
}

const VoiceStudent* find(const VoiceComparison& c, const char* studentId) {
    for (const VoiceStudent& v : c.students())
        if (v.student.studentId == QLatin1String(studentId))
            return &v;
    return nullptr;
}

} // namespace

TEST_CASE("voice: agreement from the two views", "[voice]") {
    using A = Agreement;
    CHECK(VoiceComparison::agreement(true, true, true) == A::Both);
    CHECK(VoiceComparison::agreement(true, true, false) == A::StaffOnly);
    CHECK(VoiceComparison::agreement(false, true, true) == A::StudentOnly);
    CHECK(VoiceComparison::agreement(false, true, false) == A::Neither);
    CHECK(VoiceComparison::agreement(true, false, false) == A::NoResponse);
    CHECK(VoiceComparison::agreement(false, false, false) == A::NoResponse);
    for (int i = 0; i < kAgreementCount; ++i) {
        Agreement parsed = A::Both;
        REQUIRE(parseAgreement(agreementName(Agreement(i)), &parsed));
        CHECK(parsed == Agreement(i));
    }
    Agreement a = A::Both;
    CHECK_FALSE(parseAgreement(QStringLiteral("maybe"), &a));
    CHECK(agreementName(A::StaffOnly) == QStringLiteral("staff_only"));
}

TEST_CASE("voice: every student in one group - staff_only first - exact counts", "[voice]") {
    const QVector<Student> students{
        student(1, "S1", "Ames", "08"),       // both, one adult mutual
        student(2, "S2", "Baker", "07"),      // staff only: named nobody
        student(3, "S3", "Cruz", "07"),       // student only
        student(4, "S4", "Diaz", "07"),       // neither: only unresolved names
        student(5, "S5", "Eze", "07"),        // no response
        student(6, "S6", "Fox", "07", false), // inactive: left out
        student(7, "S7", "Adams", "07"),      // staff only, sorts before Baker
        student(8, "S8", "Gale", "07"),       // both, nothing mutual
    };
    QHash<RowId, QVector<RowId>> staff;
    staff.insert(1, {12, 11, 11});
    staff.insert(2, {11});
    staff.insert(6, {11});
    staff.insert(7, {13});
    staff.insert(8, {11});
    QHash<RowId, StudentVoice> voices;
    voices.insert(1, {{11, 14}, {}});
    voices.insert(2, {{}, {}});
    voices.insert(3, {{14}, {}});
    voices.insert(4, {{}, {QStringLiteral("Mr. Smith"), QStringLiteral("my mom")}});
    voices.insert(6, {{11}, {}});
    voices.insert(7, {{}, {}});
    voices.insert(8, {{12}, {}});

    const VoiceComparison c(students, staff, voices);
    CHECK(ids(c) == QStringList{QStringLiteral("S7"), QStringLiteral("S2"), QStringLiteral("S4"),
                                QStringLiteral("S3"), QStringLiteral("S8"), QStringLiteral("S1"),
                                QStringLiteral("S5")});
    CHECK(c.count(Agreement::Both) == 2);
    CHECK(c.count(Agreement::StaffOnly) == 2);
    CHECK(c.count(Agreement::StudentOnly) == 1);
    CHECK(c.count(Agreement::Neither) == 1);
    CHECK(c.count(Agreement::NoResponse) == 1);
    CHECK(c.responded() == 6);
    CHECK(c.namedAnyone() == 3);

    const VoiceStudent* ames = find(c, "S1");
    REQUIRE(ames);
    CHECK(ames->agreement == Agreement::Both);
    CHECK(ames->staffAdults == QVector<RowId>{11, 12});
    CHECK(ames->studentAdults == QVector<RowId>{11, 14});
    CHECK(ames->mutual == QVector<RowId>{11});
    const VoiceStudent* gale = find(c, "S8");
    REQUIRE(gale);
    CHECK(gale->agreement == Agreement::Both);
    CHECK(gale->mutual.isEmpty());
    const VoiceStudent* diaz = find(c, "S4");
    REQUIRE(diaz);
    CHECK(diaz->agreement == Agreement::Neither);
    CHECK(diaz->unresolved.size() == 2);
    CHECK(find(c, "S6") == nullptr);
}
