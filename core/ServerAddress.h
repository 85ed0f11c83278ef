#pragma once

#include "Error.h"

#include <QString>

namespace cm {

// Where a district's PostgreSQL server is (issue 17): what `--db` holds when it
// is not a school file. Any form libpq accepts, a URI
// (postgresql://user@host:port/dbname?host=/run/postgresql) or key=value
// words (host=... dbname=...), parsed by libpq itself. caringmap adds one
// parameter of its own, `school=ID` (the school to open), taken out before
// libpq sees the rest. A password is refused: passwords come from libpq's
// own places (PGPASSWORD, ~/.pgpass, PGPASSFILE), never from a command line
// that other users of the machine can read.
class ServerAddress {
public:
    // Whether `location` names a server rather than a file: a postgres(ql)://
    // URI or libpq key=value words with a known key.
    static bool isServer(const QString& location);
    static Result<ServerAddress> parse(const QString& location);

    // The same address with `school` set (replacing one given before), or
    // without one.
    static QString withSchool(const QString& location, const QString& school);
    static QString withoutSchool(const QString& location);

    // libpq key='value' words for QtSql's connect options (no password).
    QString connectOptions() const { return m_options; }
    QString school() const { return m_school; }
    // user@host/dbname, for titles and messages (never a password).
    QString display() const { return m_display; }

private:
    QString m_options;
    QString m_school;
    QString m_display;
};

} // namespace cm
