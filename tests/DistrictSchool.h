#pragma once
// The district-size school of the benchmarks (issue 12): a OneRoster 1.1 export
// and two marks CSVs, generated from a fixed seed so that every run, on every
// machine, measures the same school. Not used by the tests.

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace cm {
class Storage;
}

namespace cmbench {

struct DistrictOptions {
    int students = 30000;
    int adults = 3750;
    int firstMarks = 250000;  // rows of the first round's marks CSV
    int secondMarks = 150000; // rows of the second round's
    int homeroomSize = 25;
    int periods = 6; // scheduled classes each student takes
    quint32 seed = 2026;
    // A short text naming every option, to recognise files made earlier.
    QString stamp() const;
};

// What was written, and what the rule must find in it.
struct DistrictFiles {
    QString oneRosterDir; // manifest, orgs, users, classes, enrollments
    QString firstMarksCsv;
    QString secondMarksCsv;
    int activeStudents = 0;
    int activeAdults = 0;
    int homerooms = 0;
    int classes = 0; // homerooms included
    int enrollments = 0;
    int unconnected[2] = {0, 0}; // expected, per round
};

class DistrictSchool {
public:
    static QString firstRound() { return QStringLiteral("Fall 2026"); }
    static QString secondRound() { return QStringLiteral("Spring 2027"); }

    // Writes the files into dir (made if missing); false with *error on a write failure.
    static bool write(const QString& dir, const DistrictOptions& options, DistrictFiles* files,
                      QString* error);

    // Builds the school in storage through the core's own importers (OneRoster,
    // then both rounds of marks), as the program would. False with *error.
    static bool importInto(cm::Storage& storage, const DistrictFiles& files, QString* error);

    // write() into dir, then importInto() a new dir/district.sqlite; its path in *dbPath.
    static bool makeDatabase(const QString& dir, const DistrictOptions& options, QString* dbPath,
                             QString* error);

    // --students, --adults, --marks, --second-marks, --seed for every benchmark.
    static void addOptions(QCommandLineParser& parser);
    // Reads them into *options (defaults kept); false with *error on a bad value.
    static bool options(const QCommandLineParser& parser, DistrictOptions* options, QString* error);
};

} // namespace cmbench
