// The import wizard and the marking-sheet and restore dialogs, driven
// offscreen; screenshots go to /tmp/caringmap-import-*.png.
#include "Backup.h"
#include "DemoSchool.h"
#include "ImportWizard.h"
#include "MarkingSheetDialog.h"
#include "OneRosterFixture.h"
#include "RestoreBackupDialog.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;

namespace {
void shot(QWidget& w, const char* name) {
    QApplication::processEvents();
    w.grab().save(QStringLiteral("/tmp/caringmap-import-%1.png").arg(QLatin1String(name)));
}
} // namespace

TEST_CASE("ui: the wizard maps a Windows-1252 spreadsheet and previews exactly", "[ui]") {
    TempSchool school;
    school.student(QStringLiteral("0013"), QStringLiteral("Amy"), QStringLiteral("Chen"),
                   QStringLiteral("08"), QStringLiteral("8A"));
    school.student(QStringLiteral("0099"), QStringLiteral("Old"), QStringLiteral("Timer"));
    const QString path =
        school.write(QStringLiteral("sis.csv"),
                     "Student Number,First Name,Last Name,Grade Level,Home Room,IEP\r\n"
                     "0012,Jos\xE9,N\xFA\xF1"
                     "ez,07,7A,Y\r\n0013,Amy,Chen,08,8B,\r\n0014,Bo,Kim,06,6C,N\r\n");
    ImportWizard w(school.document());
    w.setSource(ImportWizard::StudentsSheet, path);
    w.setEncoding(TextEncoding::Windows1252);
    w.show();
    shot(w, "wizard-1-source");
    w.next();
    REQUIRE(w.currentId() == ImportWizard::PageColumns);
    shot(w, "wizard-2-columns");
    const QString before = cmtest::dump(school.storage());
    w.next();
    REQUIRE(w.currentId() == ImportWizard::PagePreview);
    CHECK(w.previewText().contains(QStringLiteral("2 new, 1 updated, 0 unchanged")));
    CHECK(cmtest::dump(school.storage()) == before);
    shot(w, "wizard-3-preview");
    w.accept();
    REQUIRE(w.imported());
    CHECK(w.report().students.added == 2);
    CHECK(school.storage().studentByExternalId(QStringLiteral("0012"))->givenName ==
          QString::fromUtf8("Jos\xC3\xA9"));
    CHECK(school.storage().studentByExternalId(QStringLiteral("0099"))->active); // no sync
}

TEST_CASE("ui: the wizard imports one school of a OneRoster zip", "[ui]") {
    TempSchool school;
    const QString zip = OneRosterFixture::twoSchools().writeZip(school.dir() + "/district.zip");
    ImportWizard w(school.document());
    w.setSource(ImportWizard::OneRosterExport, zip);
    w.show();
    w.next();
    REQUIRE(w.currentId() == ImportWizard::PageSchool);
    shot(w, "wizard-4-school");
    w.next();
    REQUIRE(w.currentId() == ImportWizard::PagePreview);
    CHECK(w.previewText().contains(QStringLiteral("Students: 4 new")));
    shot(w, "wizard-5-oneroster-preview");
    w.accept();
    REQUIRE(w.imported());
    CHECK(school.storage().students().size() == 4);
}

TEST_CASE("ui: a bad source stays on the first page with the reason", "[ui]") {
    TempSchool school;
    ImportWizard w(school.document());
    w.setSource(ImportWizard::OneRosterExport, school.write(QStringLiteral("x.zip"), "nope"));
    w.show();
    w.next();
    CHECK(w.currentId() == ImportWizard::PageSource);
    shot(w, "wizard-6-bad-zip");
}

TEST_CASE("ui: marking sheet dialog exports and imports - restore dialog lists backups", "[ui]") {
    TempSchool school;
    DemoOptions o;
    o.students = 40;
    o.adults = 5;
    REQUIRE(DemoSchool::create(school.storage(), o).ok());
    MarkingSheetDialog d(school.document());
    d.show();
    const QString sheet = school.dir() + QStringLiteral("/sheet.csv");
    REQUIRE(d.exportSheet(sheet));
    QFile f(sheet);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    lines[1].replace(",,,\r", ",x,,\r");
    lines[2].replace(",,,\r", ",,yes,\r");
    school.write(QStringLiteral("sheet.csv"), lines.join('\n'));
    REQUIRE(d.importSheet(sheet, true));
    CHECK(d.status().startsWith(QStringLiteral("Preview:")));
    shot(d, "sheet-dialog");
    REQUIRE(d.importSheet(sheet, false));
    CHECK(d.status().contains(QStringLiteral("1 connected, 1 concern")));

    RestoreBackupDialog r(school.dbPath());
    r.show();
    CHECK(r.count() == 1);
    CHECK(r.selectedBackup() == Backup::list(school.dbPath()).first().path);
    shot(r, "restore-dialog");
}
