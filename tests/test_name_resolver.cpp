// Reading students' "which adults would you go to?" answers.
#include "NameResolver.h"
#include "TestSupport.h"

#include <QRandomGenerator>

using namespace cm;
using Outcome = NameResolution::Outcome;

namespace {

Adult adult(RowId id, const char* adultId, const QString& given, const QString& family,
            bool active = true) {
    Adult a;
    a.id = id;
    a.adultId = QString::fromLatin1(adultId);
    a.givenName = given;
    a.familyName = family;
    a.active = active;
    return a;
}

// A staff with two Smiths, accents, an apostrophe and a hyphen.
QVector<Adult> staff() {
    return {
        adult(1, "T0042", QStringLiteral("María"), QStringLiteral("García")),
        adult(2, "T0043", QStringLiteral("John"), QStringLiteral("Smith")),
        adult(3, "T0044", QStringLiteral("Ann"), QStringLiteral("Smith")),
        adult(4, "T0045", QStringLiteral("Sean"), QStringLiteral("O'Connell")),
        adult(5, "T0046", QStringLiteral("Chidi"), QStringLiteral("Okafor")),
        adult(6, "T0047", QStringLiteral("Rosa"), QStringLiteral("Quiñones-Ruiz")),
        adult(7, "T0048", QStringLiteral("David"), QStringLiteral("Lee")),
        adult(8, "T0049", QStringLiteral("Old"), QStringLiteral("Timer"), false),
        adult(9, "T0050", QStringLiteral("Dean"), QStringLiteral("Adeyemi")),
    };
}

// The textbook full table, to check the banded one against.
int plainDistance(const QString& a, const QString& b) {
    QVector<QVector<int>> d(a.size() + 1, QVector<int>(b.size() + 1));
    for (int i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (int j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (int i = 1; i <= a.size(); ++i)
        for (int j = 1; j <= b.size(); ++j)
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    return d[a.size()][b.size()];
}

RowId resolvedTo(const NameResolver& r, const QString& name) {
    const NameResolution n = r.resolveName(name);
    return n.resolved() ? n.adult : 0;
}

} // namespace

TEST_CASE("names: an answer splits at commas - semicolons - and - y - ampersands - line breaks",
          "[voice]") {
    CHECK(NameResolver::split(QStringLiteral("Ms. García, Coach Okafor and Mr. Lee")) ==
          QStringList{QStringLiteral("Ms. García"), QStringLiteral("Coach Okafor"),
                      QStringLiteral("Mr. Lee")});
    CHECK(NameResolver::split(QStringLiteral("Ms Garcia;Mr. Lee & Dr. Adeyemi\r\nSr. Okafor y "
                                             "Sra. Smith")) ==
          QStringList{QStringLiteral("Ms Garcia"), QStringLiteral("Mr. Lee"),
                      QStringLiteral("Dr. Adeyemi"), QStringLiteral("Sr. Okafor"),
                      QStringLiteral("Sra. Smith")});
    // "and" inside a name is not a separator.
    CHECK(NameResolver::split(QStringLiteral("Mr. Anderson AND Ms. Sandy")) ==
          QStringList{QStringLiteral("Mr. Anderson"), QStringLiteral("Ms. Sandy")});
    CHECK(NameResolver::split(QStringLiteral(" ,; ")).isEmpty());
    CHECK(NameResolver::split(QStringLiteral("Mr. Lee / Ms. Kim, N/A")) ==
          QStringList{QStringLiteral("Mr. Lee"), QStringLiteral("Ms. Kim"), QStringLiteral("N/A")});
}

TEST_CASE("names: non-answers name nobody", "[voice]") {
    for (const char* text : {"nobody", "No one", "NONE", "n/a", "N/A.", "idk", "Nadie", "", "  ",
                             "no one really", "I don't know", "-", "None of them"})
        CHECK(NameResolver::isNonAnswer(QString::fromUtf8(text)));
    for (const char* text : {"Mr. Lee", "my mom", "Noone Smith"})
        CHECK_FALSE(NameResolver::isNonAnswer(QString::fromUtf8(text)));

    const NameResolver r(staff());
    const AnswerResolution a = r.resolve(QStringLiteral("nobody"));
    CHECK(a.adults.isEmpty());
    CHECK(a.unresolved.isEmpty());
    CHECK(a.names.isEmpty());
    // A non-answer beside a name is dropped, the name kept.
    CHECK(r.resolve(QStringLiteral("none, Mr. Lee")).adults == QVector<RowId>{7});
}

TEST_CASE("names: words ignore case - accents - punctuation", "[voice]") {
    CHECK(NameResolver::words(QStringLiteral("Ms. QUIÑONES-Ruiz")) ==
          QStringList{QStringLiteral("ms"), QStringLiteral("quinones"), QStringLiteral("ruiz")});
    CHECK(NameResolver::words(QStringLiteral("O'Neil")) ==
          NameResolver::words(QStringLiteral("ONeil")));
    CHECK(NameResolver::words(QStringLiteral("O’Neil")) == QStringList{QStringLiteral("oneil")});
    CHECK(NameResolver::settleKey(QStringLiteral("  Mr.  SMITH ")) == QStringLiteral("mr smith"));
    CHECK(NameResolver::editDistance(QStringLiteral("oconnel"), QStringLiteral("oconnell"), 2) ==
          1);
    CHECK(NameResolver::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 2) == 3);
    CHECK(NameResolver::editDistance(QStringLiteral("abc"), QStringLiteral("abc"), 0) == 0);
}

TEST_CASE("names: the banded edit distance agrees with the full table", "[voice]") {
    QRandomGenerator rng(14);
    const auto word = [&rng](int maxLength) {
        QString w;
        const int n = int(rng.bounded(quint32(maxLength + 1)));
        for (int i = 0; i < n; ++i)
            w += QChar(u'a' + char16_t(rng.bounded(3u))); // small alphabet: many near misses
        return w;
    };
    for (int round = 0; round < 3000; ++round) {
        const QString a = word(round % 2 ? 9 : 70), b = word(round % 2 ? 9 : 70);
        const int limit = int(rng.bounded(4u));
        const int plain = plainDistance(a, b);
        INFO(a.toStdString() << " / " << b.toStdString() << " limit " << limit);
        REQUIRE(NameResolver::editDistance(a, b, limit) == std::min(plain, limit + 1));
    }
}

TEST_CASE("names: ids - full names - family names - titles resolve", "[voice]") {
    const NameResolver r(staff());
    CHECK(resolvedTo(r, QStringLiteral("T0042")) == 1);
    CHECK(resolvedTo(r, QStringLiteral("t0042")) == 1);
    CHECK(resolvedTo(r, QStringLiteral("María García")) == 1);
    CHECK(resolvedTo(r, QStringLiteral("maria garcia")) == 1); // missing accents
    CHECK(resolvedTo(r, QStringLiteral("Garcia")) == 1);
    for (const char* title : {"Mr", "Mr.", "Mrs.", "Ms", "Miss", "Mx.", "Dr.", "Coach", "Nurse",
                              "Dean", "Principal", "Sr.", "Sra", "Profe"})
        CHECK(resolvedTo(r, QString::fromLatin1(title) + QStringLiteral(" Okafor")) == 5);
    CHECK(resolvedTo(r, QStringLiteral("Coach Chidi Okafor")) == 5);
    CHECK(resolvedTo(r, QStringLiteral("Mr O'Connell")) == 4);
    CHECK(resolvedTo(r, QStringLiteral("Mr. OConnell")) == 4);
    CHECK(resolvedTo(r, QStringLiteral("Ms Quinones-Ruiz")) == 6);
    CHECK(resolvedTo(r, QStringLiteral("Ms. Quiñones Ruiz")) == 6);
    // A title that is also a given name: "Dean Adeyemi" is Dean Adeyemi.
    CHECK(resolvedTo(r, QStringLiteral("Dean Adeyemi")) == 9);
    CHECK(resolvedTo(r, QStringLiteral("Dr. Adeyemi")) == 9);
    // Brackets describe; the name is outside them.
    CHECK(resolvedTo(r, QStringLiteral("Ms. Garcia (math)")) == 1);
    CHECK(resolvedTo(r, QStringLiteral("Coach [soccer] Okafor")) == 5);
}

TEST_CASE("names: one typo in a long name resolves only when no one else is near", "[voice]") {
    const NameResolver r(staff());
    CHECK(resolvedTo(r, QStringLiteral("Mr. OConnel")) == 4);  // one letter missing
    CHECK(resolvedTo(r, QStringLiteral("Coach Okafot")) == 5); // one letter wrong
    CHECK(r.resolveName(QStringLiteral("Mr. OConel")).outcome == Outcome::Unknown); // two typos
    CHECK(r.resolveName(QStringLiteral("Mr. Le")).outcome == Outcome::Unknown);     // short name
    // Two adults near the typo: not guessed.
    const NameResolver twins({adult(1, "A1", QStringLiteral("Ann"), QStringLiteral("Jensen")),
                              adult(2, "A2", QStringLiteral("Bo"), QStringLiteral("Jansson"))});
    const NameResolution n = twins.resolveName(QStringLiteral("Ms. Jenson"));
    CHECK(n.outcome == Outcome::Ambiguous);
    CHECK(n.candidates == QVector<RowId>{1, 2});
}

TEST_CASE("names: ambiguous and unknown names stay unresolved", "[voice]") {
    const NameResolver r(staff());
    const NameResolution smith = r.resolveName(QStringLiteral("Mr. Smith"));
    CHECK(smith.outcome == Outcome::Ambiguous);
    CHECK(smith.candidates == QVector<RowId>{2, 3});
    CHECK(smith.text == QStringLiteral("Mr. Smith"));
    CHECK(resolvedTo(r, QStringLiteral("Ann Smith")) == 3); // the full name settles it
    CHECK(r.resolveName(QStringLiteral("my mom")).outcome == Outcome::Unknown);
    CHECK(r.resolveName(QStringLiteral("Ms. Maria")).outcome == Outcome::Unknown); // given name
    CHECK(r.resolveName(QStringLiteral("Coach")).outcome == Outcome::Unknown);
    // Inactive adults are not candidates.
    CHECK(r.resolveName(QStringLiteral("Mr. Timer")).outcome == Outcome::Unknown);

    const AnswerResolution a =
        r.resolve(QStringLiteral("Ms. Garcia, Mr. Smith and my mom; Maria Garcia"));
    CHECK(a.adults == QVector<RowId>{1}); // García once
    CHECK(a.unresolved == QStringList{QStringLiteral("Mr. Smith"), QStringLiteral("my mom")});
    CHECK(a.names.size() == 4);
}

TEST_CASE("names: settled resolutions win", "[voice]") {
    QHash<QString, RowId> settled;
    settled.insert(NameResolver::settleKey(QStringLiteral("Mr. Smith")), 2);
    settled.insert(NameResolver::settleKey(QStringLiteral("the lady in the office")), 6);
    settled.insert(NameResolver::settleKey(QStringLiteral("my mom")), 0);
    settled.insert(NameResolver::settleKey(QStringLiteral("Mr. Lee")), 8); // has left
    settled.insert(NameResolver::settleKey(QStringLiteral("Ms. Smith (science)")), 3);
    const NameResolver r(staff(), settled);
    CHECK(resolvedTo(r, QStringLiteral("mr smith")) == 2);
    CHECK(resolvedTo(r, QStringLiteral("The lady in the office!")) == 6);
    // The title is part of the settled text: "Mrs. Smith" is still open.
    CHECK(r.resolveName(QStringLiteral("Mrs. Smith")).outcome == Outcome::Ambiguous);
    CHECK(r.resolveName(QStringLiteral("My Mom")).outcome == Outcome::NotAtSchool);
    CHECK(r.resolveName(QStringLiteral("Mr. Lee")).outcome == Outcome::NotAtSchool);
    // Settled as listed, brackets included: "Ms. Smith" alone is still open.
    CHECK(resolvedTo(r, QStringLiteral("ms smith (Science)")) == 3);
    CHECK(r.resolveName(QStringLiteral("Ms. Smith")).outcome == Outcome::Ambiguous);
    const AnswerResolution a = r.resolve(QStringLiteral("my mom and Mr. Smith"));
    CHECK(a.adults == QVector<RowId>{2});
    CHECK(a.unresolved.isEmpty());
}
