#include "Csv.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace cm;

namespace {
struct Parsed {
    QVector<QStringList> records;
    QVector<int> lines;
    std::optional<Error> error;
};

Parsed parse(const QByteArray& bytes, TextEncoding enc = TextEncoding::Utf8) {
    QByteArray data = bytes;
    QBuffer buf(&data);
    buf.open(QIODevice::ReadOnly);
    CsvReader reader(&buf, QStringLiteral("test.csv"), enc);
    Parsed p;
    QStringList rec;
    int line = 0;
    while (reader.next(&rec, &line)) {
        p.records.push_back(rec);
        p.lines.push_back(line);
    }
    if (reader.hasError())
        p.error = reader.error();
    return p;
}
} // namespace

TEST_CASE("csv: a UTF-8 byte-order mark is not part of the first column name", "[csv]") {
    const Parsed p = parse("\xEF\xBB\xBFstudent_id,given_name\n1,Zo\xC3\xAB\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0][0] == QStringLiteral("student_id"));
    CHECK(p.records[1][1] == QStringLiteral("Zoë"));
}

TEST_CASE("csv: CRLF and LF line ends give the same records and line numbers", "[csv]") {
    const Parsed crlf = parse("a,b\r\n1,2\r\n3,4\r\n");
    const Parsed lf = parse("a,b\n1,2\n3,4");
    REQUIRE_FALSE(crlf.error);
    REQUIRE_FALSE(lf.error);
    CHECK(crlf.records == lf.records);
    CHECK(crlf.lines == QVector<int>{1, 2, 3});
    CHECK(crlf.records[2] == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("csv: quoted fields keep commas - doubled quotes and line breaks", "[csv]") {
    const Parsed p = parse("name,note\n\"O'Brien, Liam\",\"said \"\"hi\"\"\nthen left\"\n"
                           "x,y\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1][0] == QStringLiteral("O'Brien, Liam"));
    CHECK(p.records[1][1] == QStringLiteral("said \"hi\"\nthen left"));
    // The record after a two-line field starts on the file's line 4.
    CHECK(p.lines == QVector<int>{1, 2, 4});
}

TEST_CASE("csv: blank lines are skipped and empty fields kept", "[csv]") {
    const Parsed p = parse("a,b,c\n\n1,,3\n,,\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1] == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    CHECK(p.lines[1] == 3);
}

TEST_CASE("csv: a quote that is never closed is an error naming its line", "[csv]") {
    const Parsed p = parse("a,b\n1,2\n3,\"open\n4,5\n");
    REQUIRE(p.error);
    CHECK(p.error->line == 3);
    CHECK(p.error->message.contains(QStringLiteral("quote")));
    CHECK(p.error->toString().startsWith(QStringLiteral("test.csv:3:")));
}

TEST_CASE("csv: text after a closing quote or a quote in a bare field is malformed", "[csv]") {
    const Parsed after = parse("a,b\n\"x\"y,2\n");
    REQUIRE(after.error);
    CHECK(after.error->line == 2);
    const Parsed bare = parse("a,b\n1,2\nab\"c,3\n");
    REQUIRE(bare.error);
    CHECK(bare.error->line == 3);
}

TEST_CASE("csv: invalid UTF-8 is reported with its line - Windows-1252 decodes", "[csv]") {
    const QByteArray bytes("name\nAna\nJos\xE9\n");
    const Parsed utf8 = parse(bytes);
    REQUIRE(utf8.error);
    CHECK(utf8.error->line == 3);
    const Parsed cp1252 = parse(bytes + "\x80uro \x93quoted\x94\n", TextEncoding::Windows1252);
    REQUIRE_FALSE(cp1252.error);
    CHECK(cp1252.records[2][0] == QStringLiteral("José"));
    CHECK(cp1252.records[3][0] == QStringLiteral("€uro “quoted”"));
}

TEST_CASE("csv: records longer than the chunk size are read whole", "[csv]") {
    const QByteArray longField(200 * 1024, 'x');
    const Parsed p = parse("a,b\n\"" + longField + "\",2\n3,4\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1][0].size() == longField.size());
    CHECK(p.lines[2] == 3);
}

TEST_CASE("csv: a file that is not CSV fails fast instead of filling memory", "[csv]") {
    const QByteArray garbage(3 * CsvReader::kMaxRecordChars, '"');
    const Parsed p = parse("a\n\"" + garbage.left(garbage.size() / 2).replace('"', 'z'));
    REQUIRE(p.error);
}

TEST_CASE("csv: written cells are quoted and neutralised against formulas", "[csv]") {
    CHECK(csv::formatRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                             QStringLiteral("=1+1"), QStringLiteral("@SUM(A1)"),
                             QStringLiteral("-3"), QStringLiteral("plain")}) ==
          QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",'=1+1,'@SUM(A1),'-3,plain\r\n"));
    for (const QString& v :
         {QStringLiteral("=HYPERLINK()"), QStringLiteral("'=x"), QStringLiteral("'Ohana"),
          QStringLiteral("+1"), QStringLiteral("\tTab"), QStringLiteral("ordinary")})
        CHECK(csv::unneutralise(csv::neutralise(v)) == v);
}
