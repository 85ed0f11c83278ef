// Damaged and hostile input files: every one is refused within seconds with
// a message naming the file (and the entry of a zip), and changes nothing.
// The damage is made here, from good files, rather than checked in.
#include "Csv.h"
#include "CsvImport.h"
#include "CsvTable.h"
#include "DamagedZip.h"
#include "MarkingSheet.h"
#include "OneRoster.h"
#include "OneRosterFixture.h"
#include "TestSupport.h"
#include "XlsxReader.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace cm;
using cmtest::TempSchool;
using Store = DamagedZip::Store;

namespace {

// The one-school OneRoster export as zip entries, users.csv stored as asked.
QVector<DamagedZip::Entry> rosterEntries(Store users, Store orgs = Store::Deflated) {
    const OneRosterFixture f = OneRosterFixture::oneSchool();
    QVector<DamagedZip::Entry> out;
    for (auto it = f.files.cbegin(); it != f.files.cend(); ++it) {
        Store store = Store::Deflated;
        if (it.key() == QLatin1String("users.csv"))
            store = users;
        else if (it.key() == QLatin1String("orgs.csv"))
            store = orgs;
        out.push_back({it.key(), it.value(), store});
    }
    return out;
}

// A school with a student, so that "nothing changed" means something.
struct Hostile {
    TempSchool school;
    QString before;
    Hostile() {
        school.student(QStringLiteral("S1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
        before = cmtest::dump(school.storage());
    }
    QString path(const char* name) const { return school.dir() + QLatin1Char('/') + name; }
    Error importRoster(const QString& zip) {
        OneRosterOptions sync;
        sync.sync = true;
        const Result<RosterReport> r = OneRoster::import(school.storage(), zip, sync);
        REQUIRE_FALSE(r.ok());
        CHECK(cmtest::dump(school.storage()) == before);
        return r.error();
    }
};

// A minimal workbook: one worksheet, inline strings.
QByteArray sheetXml(const QByteArray& cells) {
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
           "spreadsheetml/2006/main\"><sheetData><row r=\"1\">" +
           cells + "</row></sheetData></worksheet>";
}

QByteArray markingSheetXml() {
    QByteArray cells;
    for (const char* h : {"adult_id", "student_id", "connected", "concern"})
        cells += QByteArray("<c t=\"inlineStr\"><is><t>") + h + "</t></is></c>";
    return sheetXml(cells);
}

// A device that gives some bytes, then fails as a disk would.
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(QByteArray first)
        : m_first(std::move(first)) {
        open(ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_first.isEmpty()) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = qMin<qint64>(maxSize, m_first.size());
        memcpy(data, m_first.constData(), size_t(n));
        m_first.remove(0, n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_first;
};

} // namespace

TEST_CASE("hostile: a damaged OneRoster zip fails naming the zip and the entry", "[hostile]") {
    Hostile h;
    const QString zip = h.path("export.zip");
    const QString users = zip + QStringLiteral("/users.csv");

    SECTION("a flipped byte in stored data fails its CRC") {
        DamagedZip::write(zip, rosterEntries(Store::Stored));
        DamagedZip z(zip);
        const qsizetype at = z.bytes().indexOf("Amy", z.dataOffset(QStringLiteral("users.csv")));
        REQUIRE(at > 0);
        z.flip(at, 'X'); // "Amy" becomes "Xmy": only the CRC can tell
        z.save();
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("CRC")));
    }
    SECTION("a broken deflate stream") {
        DamagedZip::write(zip, rosterEntries(Store::Deflated));
        DamagedZip z(zip);
        const QString name = QStringLiteral("users.csv");
        const qsizetype size = z.compressedSize(name);
        z.fill(z.dataOffset(name) + size / 3, size / 3, '\xFF');
        z.save();
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("damaged")));
    }
    SECTION("a deflate stream cut in half") {
        DamagedZip::write(zip, rosterEntries(Store::TruncatedDeflate));
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("ends early")));
    }
    SECTION("a password-protected entry") {
        DamagedZip::write(zip, rosterEntries(Store::Deflated, Store::Encrypted));
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == zip + QStringLiteral("/orgs.csv"));
        CHECK(e.message.contains(QStringLiteral("password-protected")));
    }
    SECTION("the encryption flag alone") {
        DamagedZip::write(zip, rosterEntries(Store::Deflated));
        DamagedZip z(zip);
        z.setEncryptedFlag(QStringLiteral("orgs.csv"));
        z.save();
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == zip + QStringLiteral("/orgs.csv"));
        CHECK(e.message.contains(QStringLiteral("password-protected")));
    }
    SECTION("an entry that claims to unpack to gigabytes (a zip bomb)") {
        DamagedZip::write(zip, rosterEntries(Store::Deflated));
        DamagedZip z(zip);
        z.setUncompressedSize(QStringLiteral("users.csv"), 0xF0000000u);
        z.save();
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("MB allowed")));
    }
    SECTION("a real zip bomb: 32 MB of line breaks in 32 KB") {
        QVector<DamagedZip::Entry> entries = rosterEntries(Store::Deflated);
        for (DamagedZip::Entry& e : entries)
            if (e.name == QLatin1String("users.csv"))
                e.data += QByteArray(32 * 1024 * 1024, '\n');
        DamagedZip::write(zip, entries);
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("zip bomb")));
    }
    SECTION("an entry longer or shorter than its header says") {
        DamagedZip::write(zip, rosterEntries(Store::Deflated));
        DamagedZip z(zip);
        z.setUncompressedSize(QStringLiteral("users.csv"), 100000);
        z.save();
        const Error e = h.importRoster(zip);
        INFO(e.toString().toStdString());
        CHECK(e.file == users);
        CHECK(e.message.contains(QStringLiteral("ends early")));
    }
    // The same export undamaged imports: the damage was what failed.
    DamagedZip::write(h.path("good.zip"), rosterEntries(Store::Stored));
    CHECK(OneRoster::import(h.school.storage(), h.path("good.zip"), {}).ok());
}

TEST_CASE("hostile: a damaged or hostile XLSX fails in seconds naming the file", "[hostile]") {
    Hostile h;
    const QString path = h.path("sheet.xlsx");
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    QElapsedTimer timer;
    timer.start();
    Result<QVector<QStringList>> r = QVector<QStringList>();

    SECTION("a good sheet reads") {
        DamagedZip::write(path, {{sheet, markingSheetXml()}});
        r = XlsxReader::readFirstSheet(path);
        REQUIRE(r.ok());
        CHECK(r->value(0).value(3) == QStringLiteral("concern"));
        return;
    }
    SECTION("a cut deflate stream (it used to hang at 100% CPU)") {
        QByteArray big = markingSheetXml();
        big.replace("</sheetData>",
                    QByteArray("<row><c><v>1</v></c></row>").repeated(2000) + "</sheetData>");
        DamagedZip::write(path, {{sheet, big, Store::TruncatedDeflate}});
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("ends early")));
    }
    SECTION("a broken deflate stream") {
        DamagedZip::write(path, {{sheet, markingSheetXml().repeated(50)}});
        DamagedZip z(path);
        z.fill(z.dataOffset(sheet) + 20, 40, '\0');
        z.save();
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("200,000 nested elements in a cell (it used to overflow the stack)") {
        const QByteArray deep = QByteArray("<r>").repeated(200000);
        DamagedZip::write(path, {{sheet, sheetXml("<c t=\"inlineStr\"><is>" + deep + "x")}});
        CHECK(QFileInfo(path).size() < 8000);
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("nested")));
    }
    SECTION("200,000 nested elements in a shared string") {
        const QByteArray deep = QByteArray("<b>").repeated(200000);
        DamagedZip::write(path, {{QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>" + deep},
                                 {sheet, markingSheetXml()}});
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("nested")));
    }
    SECTION("a password-protected workbook (an OLE compound file)") {
        h.school.write(QStringLiteral("sheet.xlsx"),
                       QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(4096, '\0'));
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("password-protected")));
    }
    SECTION("an encrypted worksheet entry") {
        DamagedZip::write(path, {{sheet, markingSheetXml(), Store::Encrypted}});
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("password-protected")));
    }
    SECTION("a list of files whose entries run past the end of the file") {
        DamagedZip::write(
            path, {{QStringLiteral("xl/sharedStrings.xml"), "<sst/>"}, {sheet, markingSheetXml()}});
        DamagedZip z(path);
        z.breakCentralExtra(sheet);
        z.save();
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("a worksheet that claims to unpack to gigabytes") {
        DamagedZip::write(path, {{sheet, markingSheetXml()}});
        DamagedZip z(path);
        z.setUncompressedSize(sheet, 0x7FFFFFFFu);
        z.save();
        r = XlsxReader::readFirstSheet(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("MB allowed")));
    }
    INFO(r.message().toStdString());
    CHECK(r.error().file == path);
    CHECK(timer.elapsed() < 5000);
    // The marking sheet import says the same and changes nothing.
    const Result<SheetReport> imported = MarkingSheet::importFrom(h.school.storage(), path);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().toString() == r.error().toString());
    CHECK(cmtest::dump(h.school.storage()) == h.before);
}

TEST_CASE("hostile: a CSV that ends inside a UTF-8 character is refused", "[hostile]") {
    Hostile h;
    const QString path = h.school.write(QStringLiteral("students.csv"),
                                        "student_id,given_name,family_name,grade,homeroom\n"
                                        "S2,Bo,Kim,07,7A\n"
                                        "S3,Cy,caf\xC3");
    const Result<ImportReport> r =
        CsvImport::importFile(h.school.storage(), CsvImport::Kind::Students, path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == path);
    CHECK(r.error().line == 3);
    CHECK(r.error().message.contains(QStringLiteral("ends inside a UTF-8 character")));
    CHECK(cmtest::dump(h.school.storage()) == h.before);

    // A complete character at the very end is fine.
    QBuffer ok;
    ok.setData("name\ncaf\xC3\xA9");
    ok.open(QIODevice::ReadOnly);
    CsvReader reader(&ok, QStringLiteral("ok.csv"));
    QStringList fields;
    REQUIRE(reader.next(&fields, nullptr));
    REQUIRE(reader.next(&fields, nullptr));
    CHECK(fields.value(0) == QString::fromUtf8("caf\xC3\xA9"));
    CHECK_FALSE(reader.next(&fields, nullptr));
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("hostile: a read error is not the end of the file", "[hostile]") {
    FailingDevice device("id,name\n1,Ann\n2,B");
    CsvTable table(&device, QStringLiteral("disk/users.csv"));
    REQUIRE(table.open({QStringLiteral("id")}).ok());
    int records = 0;
    while (table.next())
        ++records;
    CHECK(records == 1); // "2,B" is not taken as a whole last record
    const Status st = table.status();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().file == QStringLiteral("disk/users.csv"));
    CHECK(st.error().message == QStringLiteral("cannot read the file: Input/output error"));
}
