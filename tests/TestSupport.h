#pragma once

#include "SchoolDocument.h"
#include "Storage.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cmtest {

// A fresh school, opened and migrated: a real SQLite file in a temporary
// folder or, when CARINGMAP_TEST_PG holds a district server's address (the
// suite's throwaway PostgreSQL cluster, tests/CMakeLists.txt), a new school
// of its own on that server. dbPath() is then the school's address, which
// --db and Storage::open take as they take a file.
class TempSchool {
public:
    TempSchool();
    cm::Storage& storage() { return m_storage; }
    // The same school as the window and the command line see it: a document
    // on a second connection, opened on first use (reload() it after writing
    // through storage()).
    cm::SchoolDocument& document();
    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_location; }
    // The test runs on a district server (CARINGMAP_TEST_PG).
    static bool onServer();
    // The server's address without a school (empty on a file).
    static QString serverAddress();
    // A new school on the server (district init on first use); its address.
    static QString newServerSchool();
    // Writes a file (UTF-8 bytes as given) into the temporary folder.
    QString write(const QString& name, const QByteArray& content) const;

    // Adds a student/adult quickly; returns the row id.
    cm::RowId student(const QString& id, const QString& given, const QString& family,
                      const QString& grade = QStringLiteral("07"),
                      const QString& homeroom = QStringLiteral("7A"), bool active = true);
    cm::RowId adult(const QString& id, const QString& given, const QString& family,
                    bool active = true);

private:
    QTemporaryDir m_dir;
    QString m_location;
    cm::Storage m_storage;
    std::unique_ptr<cm::SchoolDocument> m_document;
};

// Where a test's school lives: a new school on the district server when the
// test runs on one (TempSchool::onServer()), else fileName in dir.
QString newSchool(const QTemporaryDir& dir, const QString& fileName);

// Fingerprint of everything in the database but the audit trail, to prove
// "nothing changed".
QString dump(const cm::Storage& storage);
// The same for a school file (opened on its own connection for the read).
QString dump(const QString& dbPath);

// One run of the built caringmap binary: exit code (-1 if it crashed) and its output.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs exe (each test target passes its own CARINGMAP_EXE) with args and waits up to 2 min.
CliRun runCaringmap(const QString& exe, const QStringList& args,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// Writes content into dir/name and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);

// The top-level JSON object of a command's --format json output.
QJsonObject jsonObject(const QString& text);

} // namespace cmtest

// Readable QString / QStringList in Catch's failure messages.
#include <catch2/catch.hpp>
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return "{ " + l.join(QStringLiteral(", ")).toStdString() + " }";
    }
};
} // namespace Catch
