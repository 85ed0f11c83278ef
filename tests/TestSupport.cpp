#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

namespace cmtest {

TempSchool::TempSchool() {
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
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

QString dump(const QString& dbPath) {
    cm::Storage s;
    if (!s.open(dbPath).ok())
        return QStringLiteral("(cannot open %1)").arg(dbPath);
    return dump(s);
}

QString dump(const cm::Storage& storage) {
    QString out;
    QSqlQuery tables(storage.database());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.push_back(tables.value(0).toString());
    for (const QString& t : names) {
        // The audit trail (append-only, timed) is checked by test_privacy:
        // two equal schools made at different moments differ only there.
        if (t == QLatin1String("audit"))
            continue;
        QSqlQuery q(storage.database());
        // Table names come from sqlite_master, not from input.
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(t));
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
