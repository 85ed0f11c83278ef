// The sample survey in the repo, imported into the demo school: the counts
// the README gives.
#include "DemoSchool.h"
#include "SurveyImport.h"
#include "TestSupport.h"
#include "VoiceData.h"

using namespace cm;

TEST_CASE("voice sample: the repo's sample survey against the demo school", "[voice]") {
    cmtest::TempSchool school;
    Storage& s = school.storage();
    REQUIRE(DemoSchool::create(s, DemoOptions{}).ok());
    const QString sample = QStringLiteral(CARINGMAP_SAMPLES "/student-survey.csv");
    const Result<SurveyImportReport> r = SurveyImport::import(s, sample, {});
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->rows == 20);
    CHECK(r->students == 19);
    CHECK(r->superseded == 1);
    CHECK(r->studentIdColumn == QStringLiteral("Student ID number"));
    CHECK(r->timestampColumn == QStringLiteral("Completion time"));
    CHECK(r->unresolved == 7);

    const RowId round = s.currentRound().value().id;
    const VoiceComparison c = VoiceData::compare(s, round);
    CHECK(c.count(Agreement::Both) == 8);
    CHECK(c.count(Agreement::StaffOnly) == 6);
    CHECK(c.count(Agreement::StudentOnly) == 3);
    CHECK(c.count(Agreement::Neither) == 2);
    CHECK(c.count(Agreement::NoResponse) == int(c.students().size()) - 19);

    QStringList unresolved;
    const VoiceData data = VoiceData::load(s, round);
    for (const UnresolvedName& n : data.unresolved())
        unresolved.push_back(n.text);
    unresolved.sort();
    CHECK(unresolved == QStringList{QStringLiteral("Coach Chen"), QStringLiteral("Coach Ivanova"),
                                    QStringLiteral("Mr. Adams"), QStringLiteral("Ms. Hill"),
                                    QStringLiteral("Ms. Lopez"), QStringLiteral("my mom"),
                                    QStringLiteral("the lady in the office")});
}
