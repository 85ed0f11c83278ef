// The throwaway PostgreSQL cluster of the test suite (packaging/pg-test-cluster.sh,
// issue 17): registered only through caringmap_test_on_postgres, so CTest runs it
// after the cluster started, with CARINGMAP_TEST_PG naming it. An unset variable or
// an unreachable server fails: these cases exist to prove the cluster is there.
#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

namespace {

// One QPSQL connection opened from a libpq-style URI
// (postgresql:///db?host=/socket/dir&port=N&user=U); removed when it goes.
class PgConnection {
public:
    explicit PgConnection(const QString& uri, const QString& user = QString(),
                          const QString& password = QString())
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        const QUrl url(uri);
        const QUrlQuery query(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setDatabaseName(url.path().mid(1));
        db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                           ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                           : url.host());
        db.setPort(query.hasQueryItem(QStringLiteral("port"))
                       ? query.queryItemValue(QStringLiteral("port")).toInt()
                       : url.port(5432));
        if (!user.isEmpty())
            db.setUserName(user);
        else if (query.hasQueryItem(QStringLiteral("user")))
            db.setUserName(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded));
        else
            db.setUserName(url.userName());
        db.setPassword(password);
        // Fail in seconds, never hang, when the server is not there.
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~PgConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    bool open() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first row of a statement (empty when it returns none); a failing
    // statement is reported and fails the test.
    QVariantList row(const QString& sql) const {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        const bool ran = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ran);
        QVariantList values;
        if (query.next())
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i);
        return values;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QString clusterUri() {
    const QString uri = qEnvironmentVariable("CARINGMAP_TEST_PG");
    INFO("CARINGMAP_TEST_PG is not set: run this test through ctest, which starts the "
         "cluster (packaging/pg-test-cluster.sh) and sets it");
    REQUIRE_FALSE(uri.isEmpty());
    return uri;
}

} // namespace

TEST_CASE("postgres cluster: the IT role logs in to PostgreSQL 15 through QPSQL") {
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    const QString uri = clusterUri();
    PgConnection pg(uri);
    INFO("connecting to " << uri.toStdString() << ": " << pg.error().toStdString());
    REQUIRE(pg.open());

    const QVariantList row = pg.row(QStringLiteral("SELECT current_user, version()"));
    REQUIRE(row.size() == 2);
    CHECK(row[0].toString() == QStringLiteral("caringmap_it"));
    CHECK(row[1].toString().startsWith(QStringLiteral("PostgreSQL 15")));
    CHECK(pg.row(QStringLiteral("SELECT current_database()"))[0].toString() ==
          QStringLiteral("caringmap_test"));
}

TEST_CASE("postgres cluster: the IT role is no superuser, creates roles that log in with "
          "passwords") {
    const QString uri = clusterUri();
    PgConnection pg(uri);
    INFO("connecting to " << uri.toStdString() << ": " << pg.error().toStdString());
    REQUIRE(pg.open());

    // Superusers bypass row-level security: the district's IT role must not be one.
    const QVariantList flags = pg.row(QStringLiteral(
        "SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user"));
    REQUIRE(flags.size() == 3);
    CHECK_FALSE(flags[0].toBool());
    CHECK(flags[1].toBool());
    CHECK_FALSE(flags[2].toBool());

    // A counselor role, as `district grant` will make them: it logs in with its
    // password (scram-sha-256 on the socket), not without.
    const QString role =
        QStringLiteral("cm_smoke_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    pg.row(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'smoke-secret'").arg(role));
    {
        PgConnection counselor(uri, role, QStringLiteral("smoke-secret"));
        INFO(counselor.error().toStdString());
        REQUIRE(counselor.open());
        CHECK(counselor.row(QStringLiteral("SELECT current_user"))[0].toString() == role);
        PgConnection wrong(uri, role, QStringLiteral("not-the-password"));
        CHECK_FALSE(wrong.open());
        CHECK(wrong.error().contains(QStringLiteral("password authentication failed")));
    }
    pg.row(QStringLiteral("DROP ROLE %1").arg(role));
    CHECK(pg.row(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(role))[0]
              .toInt() == 0);
}
