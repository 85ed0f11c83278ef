#pragma once

#include "Types.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

// How one name in a student's answer was read.
struct NameResolution {
    enum class Outcome {
        Resolved,   // adult is the one adult meant
        Ambiguous,  // could be two or more adults (candidates): never guessed
        Unknown,    // matches no active adult ("my mom", "the lady in the office")
        NotAtSchool // settled by the counselor as not a current school adult
    };
    QString text; // the name as written, trimmed
    Outcome outcome = Outcome::Unknown;
    RowId adult = 0;           // adult row id when Resolved
    QVector<RowId> candidates; // adult row ids when Ambiguous, sorted
    bool resolved() const { return outcome == Outcome::Resolved; }
    bool unresolved() const { return outcome == Outcome::Ambiguous || outcome == Outcome::Unknown; }
};

// One student's whole answer, read.
struct AnswerResolution {
    QVector<NameResolution> names; // each name the answer gave, in order (non-answers left out)
    QVector<RowId> adults;         // resolved adults, each once, in the order named
    QStringList unresolved;        // names that are Ambiguous or Unknown, as written
};

// The rules for reading "which adults would you go to?" answers, in one place.
//
// 1. Split the answer into names at commas, semicolons, line breaks, "&",
//    "/" (but "n/a" stays whole), " and " and " y " (Spanish "and").
// 2. Drop non-answers: empty, "nobody", "no one", "none", "n/a", "idk",
//    "nadie", "ninguno", "not sure", "-"... (see isNonAnswer()).
// 3. Compare names normalised: case, accents and punctuation ignored,
//    apostrophes dropped ("O'Neil" = "ONeil"), spaces and hyphens ignored
//    ("Garcia-Lopez" = "Garcia Lopez"); a leading title ("Mr.", "Mrs.",
//    "Ms.", "Miss", "Mx.", "Dr.", "Coach", "Nurse", "Dean", "Principal",
//    "Sr.", "Sra.", "Srta.", "Profe", "Teacher", with or without the dot)
//    is set aside, and so is anything in brackets ("Ms. Garcia (math)").
// 4. Against the school's ACTIVE adults, in this order, the first rule that
//    matches anyone decides:
//    a. a settled resolution: the counselor said this text means this adult
//       (or no current school adult); the text is compared normalised with
//       its title kept, so "Mr. Smith" and "Mrs. Smith" are settled apart;
//    b. the adult id ("T0042");
//    c. given and family name ("Maria Garcia");
//    d. family name alone ("Garcia");
//    e. one typo: a name of six or more letters within edit distance 1 of
//       one adult's "given family" or family name, when no other adult is
//       within distance 2 of it.
//    A rule that matches two or more adults makes the name Ambiguous; no
//    rule matching makes it Unknown. Both are unresolved: never guessed.
//    Given names alone ("Ms. Maria") are not matched: too often someone
//    outside school.
//
// Each adult's keys are computed once; identical names are resolved once.
class NameResolver {
public:
    // adults: the candidates (the caller passes the active ones; inactive
    // ones given here are skipped). settled: settleKey(text) -> adult row id,
    // 0 for "not a current school adult".
    explicit NameResolver(const QVector<Adult>& adults, QHash<QString, RowId> settled = {});

    AnswerResolution resolve(const QString& answer) const;
    NameResolution resolveName(const QString& name) const;

    // The names of an answer, trimmed, non-answers kept (see isNonAnswer()).
    static QStringList split(const QString& answer);
    static bool isNonAnswer(const QString& name);
    // Lower case, accents and apostrophes removed, other punctuation made
    // spaces, split into words.
    static QStringList words(const QString& text);
    // The key a settled resolution is stored under: words() joined by spaces.
    static QString settleKey(const QString& name);
    static bool isTitle(const QString& word); // a word from words()
    // Levenshtein distance, giving up (returning limit + 1) above limit.
    static int editDistance(const QString& a, const QString& b, int limit);

private:
    struct Keys {
        RowId adult;
        QString full;   // given + family, squashed
        QString family; // family, squashed
    };
    NameResolution lookup(const QString& name) const;
    QVector<RowId> byTypo(const QString& key) const;

    QVector<Keys> m_keys;
    QHash<QString, QVector<RowId>> m_byId, m_byFull, m_byFamily;
    QHash<QString, RowId> m_settled;
    QHash<RowId, bool> m_active;
    mutable QHash<QString, NameResolution> m_memo; // name, simplified and case-folded
};

} // namespace cm
