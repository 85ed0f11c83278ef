#include "GlobalArgs.h"

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
    return g;
}

QString GlobalArgs::dbPathOrDefault() const {
    return dbPath.isEmpty() ? Storage::defaultPath() : dbPath;
}

} // namespace cm
