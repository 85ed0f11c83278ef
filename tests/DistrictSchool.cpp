#include "DistrictSchool.h"

#include "DistrictGenerator.h"

#include "CsvImport.h"
#include "OneRoster.h"
#include "Storage.h"

#include <QCommandLineParser>
#include <QDir>

#include <utility>

namespace cmbench {

QString DistrictOptions::stamp() const {
    return QStringLiteral("students=%1 adults=%2 marks=%3+%4 homeroom=%5 periods=%6 seed=%7 v1")
        .arg(students)
        .arg(adults)
        .arg(firstMarks)
        .arg(secondMarks)
        .arg(homeroomSize)
        .arg(periods)
        .arg(seed);
}

bool DistrictSchool::write(const QString& dir, const DistrictOptions& options, DistrictFiles* files,
                           QString* error) {
    if (options.students < 1 || options.adults < 1 || options.firstMarks < 0 ||
        options.secondMarks < 0 || options.homeroomSize < 1 || options.periods < 0) {
        *error = QStringLiteral("the district needs at least one student and one adult");
        return false;
    }
    return DistrictGenerator(options).write(dir, files, error);
}

bool DistrictSchool::importInto(cm::Storage& storage, const DistrictFiles& files, QString* error) {
    const cm::Result<cm::RosterReport> roster =
        cm::OneRoster::import(storage, files.oneRosterDir, cm::OneRosterOptions{});
    if (!roster.ok()) {
        *error = roster.message();
        return false;
    }
    for (const auto& [path, round] : {std::pair{files.firstMarksCsv, firstRound()},
                                      std::pair{files.secondMarksCsv, secondRound()}}) {
        if (!storage.roundByName(round)) {
            if (const cm::Result<cm::Round> made = storage.createRound(round); !made.ok()) {
                *error = made.message();
                return false;
            }
        }
        const cm::Result<cm::ImportReport> r =
            cm::CsvImport::importFile(storage, cm::CsvImport::Kind::Marks, path, round);
        if (!r.ok()) {
            *error = r.message();
            return false;
        }
    }
    return true;
}

bool DistrictSchool::makeDatabase(const QString& dir, const DistrictOptions& options,
                                  QString* dbPath, QString* error) {
    DistrictFiles files;
    if (!write(dir, options, &files, error))
        return false;
    *dbPath = QDir(dir).filePath(QStringLiteral("district.sqlite"));
    cm::Storage storage;
    if (const cm::Status st = storage.open(*dbPath); !st.ok()) {
        *error = st.message();
        return false;
    }
    return importInto(storage, files, error);
}

void DistrictSchool::addOptions(QCommandLineParser& parser) {
    const DistrictOptions d;
    parser.addOptions({
        {QStringLiteral("students"),
         QStringLiteral("Students in the district school (%1).").arg(d.students),
         QStringLiteral("N")},
        {QStringLiteral("adults"), QStringLiteral("Adults (%1).").arg(d.adults),
         QStringLiteral("N")},
        {QStringLiteral("marks"),
         QStringLiteral("Marks in the first round (%1).").arg(d.firstMarks), QStringLiteral("N")},
        {QStringLiteral("second-marks"),
         QStringLiteral("Marks in the second round (%1).").arg(d.secondMarks), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (%1).").arg(d.seed),
         QStringLiteral("S")},
    });
}

bool DistrictSchool::options(const QCommandLineParser& parser, DistrictOptions* o, QString* error) {
    auto number = [&](const char* name, int* out) {
        const QString v = parser.value(QString::fromLatin1(name));
        if (v.isEmpty())
            return true;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0) {
            *error = QStringLiteral("--%1 takes a whole number, not '%2'")
                         .arg(QString::fromLatin1(name), v);
            return false;
        }
        *out = n;
        return true;
    };
    int seed = int(o->seed);
    const bool ok = number("students", &o->students) && number("adults", &o->adults) &&
                    number("marks", &o->firstMarks) && number("second-marks", &o->secondMarks) &&
                    number("seed", &seed);
    o->seed = quint32(seed);
    if (ok && (o->students < 1 || o->adults < 1)) {
        *error = QStringLiteral("the district needs at least one student and one adult");
        return false;
    }
    return ok;
}

} // namespace cmbench
