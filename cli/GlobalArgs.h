#pragma once

#include <QString>
#include <QStringList>

namespace cm {

// The options that come before (or around) any command, read in one place
// for the window, the command line and `report`: --db FILE or --db=FILE
// anywhere before "--". An empty file name is a usage mistake, never the
// default school. When --db names a district server (postgresql://...),
// --school ID (anywhere before "--") chooses the school and becomes part of
// the address; with a file it stays with the command (OneRoster's --school).
struct GlobalArgs {
    QString dbPath;   // as given; empty when --db was not given
    QStringList rest; // every other argument, in order
    QString error;    // a usage mistake ("--db needs a file"), or empty

    static GlobalArgs parse(const QStringList& args);
    void takeSchool();

    // The school to open: --db, or the platform's default.
    QString dbPathOrDefault() const;
    // A command (or --help, a mistake) rather than the window.
    bool wantsCommandLine() const { return !rest.isEmpty() || !error.isEmpty(); }
    // `report ...`: painted PDFs, which need a GUI application object.
    bool isReport() const {
        return error.isEmpty() && !rest.isEmpty() && rest.first() == QLatin1String("report");
    }
};

} // namespace cm
