// The dashboard's student voice figures and the change in agreement between
// rounds, on the repo's sample survey imported into the demo school.
#include "DemoSchool.h"
#include "MentoringSuggestions.h"
#include "SurveyImport.h"
#include "TestSupport.h"
#include "VoiceChange.h"
#include "VoiceData.h"
#include "VoiceFigures.h"

using namespace cm;

namespace {

RowId importSample(Storage& s) {
    REQUIRE(DemoSchool::create(s, DemoOptions{}).ok());
    const Result<SurveyImportReport> r =
        SurveyImport::import(s, QStringLiteral(CARINGMAP_SAMPLES "/student-survey.csv"), {});
    REQUIRE(r.ok());
    return s.currentRound().value().id;
}

} // namespace

TEST_CASE("voice figures: counts and shares agree with the comparison", "[voice]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId round = importSample(s);
    const VoiceComparison c = VoiceData::compare(s, round);
    const VoiceFigures f = VoiceFigures::compute(s, round);
    for (int i = 0; i < kAgreementCount; ++i)
        CHECK(f.count(Agreement(i)) == c.count(Agreement(i)));
    CHECK(f.count(Agreement::StaffOnly) == 6);
    CHECK(f.responded == 19);
    CHECK(f.named == c.namedAnyone());
    CHECK(f.unresolved == 7);
    int responded = 0, named = 0;
    for (const VoiceFigureRow& r : f.byGrade) {
        responded += r.responded;
        named += r.named;
        CHECK(r.named <= r.responded);
    }
    CHECK(responded == 19);
    CHECK(named == f.named);
    for (int i = 1; i < f.byGrade.size(); ++i)
        CHECK(compareGrades(f.byGrade[i - 1].label, f.byGrade[i].label) < 0);

    // A group shows figures only with enough members and enough answers.
    for (const VoiceFigureRow& r : f.byGroup)
        if (!r.suppressed)
            CHECK(r.responded >= f.privacyThreshold);

    // A threshold above the school's size suppresses every group, counts and all.
    const VoiceFigures strict = VoiceFigures::compute(s, round, 100000);
    for (const VoiceFigureRow& r : strict.byGroup) {
        CHECK(r.suppressed);
        CHECK(r.responded == 0);
        CHECK(r.named == 0);
    }
    // With no threshold no group is suppressed.
    for (const VoiceFigureRow& r : VoiceFigures::compute(s, round, 0).byGroup)
        CHECK_FALSE(r.suppressed);
}

TEST_CASE("voice change: agreement between two rounds", "[voice][compare]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId first = importSample(s);
    const VoiceComparison c = VoiceData::compare(s, first);

    const VoiceChange same = VoiceChange::load(s, first, first);
    CHECK(same.hasAnswers());
    CHECK(same.nowAgree() == 0);
    CHECK(same.noLongerAgree() == 0);
    for (int i = 0; i < kAgreementCount; ++i)
        CHECK(same.change(Agreement(i)) == 0);

    // A later round with no answers yet: everyone moves to no_response.
    const Result<Round> later = s.createRound(QStringLiteral("Later"));
    REQUIRE(later.ok());
    const VoiceChange change = VoiceChange::load(s, first, later->id);
    CHECK(change.before(Agreement::Both) == 8);
    CHECK(change.after(Agreement::Both) == 0);
    CHECK(change.change(Agreement::StaffOnly) == -6);
    CHECK(change.change(Agreement::NoResponse) == 19);
    CHECK(change.noLongerAgree() == 8);
    CHECK(change.nowAgree() == 0);
    // And back: the eight who agree in the first round are "now both".
    const VoiceChange back = VoiceChange::load(s, later->id, first);
    CHECK(back.nowAgree() == c.count(Agreement::Both));
    CHECK(back.noLongerAgree() == 0);
}

TEST_CASE("voice matching: students who named nobody are offered at the counselor's choice",
          "[voice][matching]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    const RowId round = importSample(s);
    const VoiceComparison c = VoiceData::compare(s, round);
    QVector<RowId> namesNobody;
    QHash<RowId, QVector<RowId>> staff;
    for (const VoiceStudent& v : c.students())
        if (v.agreement == Agreement::StaffOnly) {
            namesNobody.push_back(v.student.id);
            staff.insert(v.student.id, v.staffAdults);
        }
    REQUIRE(namesNobody.size() == 6);

    const Result<MentorSuggestion> plain = MentoringSuggestions::suggest(s, round, 50);
    const Result<MentorSuggestion> offered =
        MentoringSuggestions::suggest(s, round, 50, namesNobody);
    REQUIRE(plain.ok());
    REQUIRE(offered.ok());
    CHECK(offered->students.size() == plain->students.size() + 6);
    int byMarkingAdult = 0;
    for (int i = 0; i < offered->students.size(); ++i) {
        const RowId id = offered->students[i].id;
        if (!staff.contains(id))
            continue;
        if (staff.value(id).contains(offered->assignments[i].adultId))
            ++byMarkingAdult;
    }
    CHECK(byMarkingAdult == 6); // the adults who know them come first
}

TEST_CASE("voice change: rounds without answers count everyone as no response", "[voice]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{}).ok());
    const QVector<Round> rounds = s.rounds();
    REQUIRE(rounds.size() >= 2);
    const VoiceChange none = VoiceChange::load(s, rounds.first().id, rounds.last().id);
    CHECK_FALSE(none.hasAnswers());
    const int active = int(VoiceData::compare(s, rounds.last().id).students().size());
    CHECK(none.before(Agreement::NoResponse) == active);
    CHECK(none.after(Agreement::NoResponse) == active);
    CHECK(none.change(Agreement::NoResponse) == 0);
    CHECK(VoiceFigures::compute(s, rounds.last().id).responded == 0);
}
