#include "ServerAddress.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace cm {

namespace {

const QRegularExpression& keyValueStart() {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(host|hostaddr|dbname|user|port|service|sslmode|application_name|"
                       "connect_timeout|passfile|options)\\s*="));
    return re;
}

const QRegularExpression& schoolWord() {
    static const QRegularExpression re(
        QStringLiteral("(^|\\s)school\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)"));
    return re;
}

bool isUri(const QString& s) {
    const QString t = s.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// Takes caringmap's own `school` parameter out of a URI's query or out of
// key=value words; libpq refuses parameters it does not know.
QString takeSchool(const QString& location, QString* school) {
    QString rest = location.trimmed();
    if (isUri(rest)) {
        const int q = rest.indexOf(QLatin1Char('?'));
        if (q < 0)
            return rest;
        QStringList kept;
        for (const QString& item : rest.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            if (item.startsWith(QLatin1String("school=")))
                *school = QUrl::fromPercentEncoding(item.mid(7).toUtf8());
            else
                kept.push_back(item);
        }
        rest.truncate(q);
        if (!kept.isEmpty())
            rest += QLatin1Char('?') + kept.join(QLatin1Char('&'));
        return rest;
    }
    const QRegularExpressionMatch m = schoolWord().match(rest);
    if (!m.hasMatch())
        return rest;
    QString value = m.captured(2);
    if (value.startsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2).replace(QLatin1String("\\'"), QLatin1String("'"));
    *school = value;
    rest.remove(m.capturedStart(0), m.capturedLength(0));
    return rest.trimmed();
}

QString quoted(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServer(const QString& location) {
    return isUri(location) || keyValueStart().match(location).hasMatch();
}

Result<ServerAddress> ServerAddress::parse(const QString& location) {
    ServerAddress a;
    const QString rest = takeSchool(location, &a.m_school);
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(rest.toUtf8().constData(), &error);
    if (!options) {
        const QString why =
            error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
        PQfreemem(error);
        return Error{QStringLiteral("not a PostgreSQL address: %1").arg(why), {}, 0};
    }
    QStringList words;
    QString user, host, dbname;
    Status st;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password")) {
            st = Status::fail(QStringLiteral(
                "the address holds a password: keep it out of the command line (other users of "
                "the computer can read it); put it in ~/.pgpass or PGPASSFILE, or PGPASSWORD"));
            break;
        }
        // QtSql joins connect options on spaces after turning ';' into ' '.
        if (value.contains(QLatin1Char(';'))) {
            st = Status::fail(
                QStringLiteral("the address' %1 holds a ';', which cannot be passed on").arg(key));
            break;
        }
        words.push_back(key + QLatin1Char('=') + quoted(value));
        if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("dbname"))
            dbname = value;
    }
    PQconninfoFree(options);
    if (!st.ok())
        return st.error();
    a.m_options = words.join(QLatin1Char(' '));
    a.m_display = QStringLiteral("%1%2/%3").arg(
        user.isEmpty() ? QString() : user + QLatin1Char('@'),
        host.isEmpty() ? QStringLiteral("localhost") : host, dbname.isEmpty() ? user : dbname);
    return a;
}

QString ServerAddress::withoutSchool(const QString& location) {
    QString ignored;
    return takeSchool(location, &ignored);
}

QString ServerAddress::withSchool(const QString& location, const QString& school) {
    QString ignored;
    const QString rest = takeSchool(location, &ignored);
    if (isUri(rest)) {
        const QString value = QString::fromUtf8(QUrl::toPercentEncoding(school));
        return rest + (rest.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("school=") + value;
    }
    return rest + QStringLiteral(" school=") + quoted(school);
}

} // namespace cm
