#include "GlobalArgs.h"

#include "ServerAddress.h"
#include "Storage.h"

namespace cm {

GlobalArgs GlobalArgs::parse(const QStringList& args) {
    GlobalArgs g;
    bool afterDashes = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (afterDashes) {
            g.rest.push_back(a);
            continue;
        }
        afterDashes = (a == QLatin1String("--"));
        QString value;
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                g.error = QStringLiteral("--db needs a file");
                continue;
            }
            value = args[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            value = a.mid(5);
        } else {
            g.rest.push_back(a);
            continue;
        }
        if (value.trimmed().isEmpty() && g.error.isEmpty())
            g.error = QStringLiteral("--db needs a file name; it was empty");
        g.dbPath = value;
    }
    if (ServerAddress::isServer(g.dbPath))
        g.takeSchool();
    return g;
}

// On a server: --school ID out of the command's arguments, into the address.
void GlobalArgs::takeSchool() {
    QStringList kept;
    bool afterDashes = false;
    for (int i = 0; i < rest.size(); ++i) {
        const QString& a = rest[i];
        if (!afterDashes && a == QLatin1String("--school")) {
            if (i + 1 >= rest.size()) {
                error = QStringLiteral("--school needs a school's id");
                continue;
            }
            dbPath = ServerAddress::withSchool(dbPath, rest[++i]);
        } else if (!afterDashes && a.startsWith(QLatin1String("--school="))) {
            dbPath = ServerAddress::withSchool(dbPath, a.mid(9));
        } else {
            afterDashes = afterDashes || a == QLatin1String("--");
            kept.push_back(a);
        }
    }
    rest = kept;
}

QString GlobalArgs::dbPathOrDefault() const {
    return dbPath.isEmpty() ? Storage::defaultPath() : dbPath;
}

} // namespace cm
