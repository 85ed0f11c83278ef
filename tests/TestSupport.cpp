#include "TestSupport.h"

#include "Migrations.h"
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

namespace cmtest {

bool TempSchool::onServer() {
    return !serverAddress().isEmpty();
}

QString TempSchool::serverAddress() {
    return qEnvironmentVariable("CARINGMAP_TEST_PG");
}

QString TempSchool::newServerSchool() {
    static bool initialised = false;
    cm::Storage district;
    cm::Status st = district.openDistrict(serverAddress());
    // Once per test run, not per process: `district init` re-applies the
    // row-level security, which locks every table while other tests use them.
    if (st.ok() && !initialised)
        st = district.initDistrict(cm::Storage::InitMode::IfNeeded);
    initialised = st.ok();
    // Unique across the test processes that share the server.
    static int counter = 0;
    const QString id = QStringLiteral("t%1-%2-%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(++counter)
                           .arg(QRandomGenerator::global()->generate() % 100000);
    if (st.ok())
        st = district.addSchool(id, QStringLiteral("Test school"));
    if (!st.ok())
        throw std::runtime_error(st.message().toStdString());
    return cm::ServerAddress::withSchool(serverAddress(), id);
}

TempSchool::TempSchool() {
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_location = onServer() ? newServerSchool() : m_dir.filePath(QStringLiteral("school.sqlite"));
    const cm::Status st = m_storage.open(dbPath());
    if (!st.ok())
        throw std::runtime_error(st.message().toStdString());
}

cm::SchoolDocument& TempSchool::document() {
    if (!m_document) {
        m_document = std::make_unique<cm::SchoolDocument>();
        const cm::Status st = m_document->open(dbPath());
        if (!st.ok())
            throw std::runtime_error(st.message().toStdString());
    }
    return *m_document;
}

QString TempSchool::write(const QString& name, const QByteArray& content) const {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        throw std::runtime_error("cannot write test file");
    return path;
}

cm::RowId TempSchool::student(const QString& id, const QString& given, const QString& family,
                              const QString& grade, const QString& homeroom, bool active) {
    cm::Student s;
    s.studentId = id;
    s.givenName = given;
    s.familyName = family;
    s.grade = grade;
    s.homeroom = homeroom;
    s.active = active;
    const cm::Result<cm::RowId> r = m_storage.addStudent(s);
    if (!r.ok())
        throw std::runtime_error(r.message().toStdString());
    return *r;
}

cm::RowId TempSchool::adult(const QString& id, const QString& given, const QString& family,
                            bool active) {
    cm::Adult a;
    a.adultId = id;
    a.givenName = given;
    a.familyName = family;
    a.role = QStringLiteral("teacher");
    a.active = active;
    const cm::Result<cm::RowId> r = m_storage.addAdult(a);
    if (!r.ok())
        throw std::runtime_error(r.message().toStdString());
    return *r;
}

QString newSchool(const QTemporaryDir& dir, const QString& fileName) {
    return TempSchool::onServer() ? TempSchool::newServerSchool() : dir.filePath(fileName);
}

QString dump(const QString& dbPath) {
    cm::Storage s;
    if (!s.open(dbPath).ok())
        return QStringLiteral("(cannot open %1)").arg(dbPath);
    return dump(s);
}

QString dump(const cm::Storage& storage) {
    QString out;
    QSqlQuery tables(storage.database());
    // A server's school-owned tables (their rows of other schools are
    // invisible to the session), or the file's.
    tables.exec(storage.isServer()
                    ? QStringLiteral("SELECT table_name FROM information_schema.columns WHERE"
                                     " table_schema = current_schema() AND column_name ="
                                     " 'school_id' AND table_name <> 'school_access' AND"
                                     " table_name <> 'school_summary' ORDER BY table_name")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.push_back(tables.value(0).toString());
    for (const QString& t : names) {
        // The audit trail (append-only, timed) is checked by test_privacy:
        // two equal schools made at different moments differ only there.
        if (t == QLatin1String("audit"))
            continue;
        QSqlQuery q(storage.database());
        // Table names come from the catalog, not from input. Every column
        // orders the rows, so that both engines list them alike.
        q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(t));
        QStringList order;
        for (int i = 1; i <= q.record().count(); ++i)
            order << QString::number(i);
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                   .arg(t, order.join(QLatin1Char(','))));
        out += QStringLiteral("[%1]\n").arg(t);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.push_back(q.value(i).toString());
            out += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

CliRun runCaringmap(const QString& exe, const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(exe, args);
    p.waitForFinished(120000);
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QJsonObject jsonObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace cmtest
