#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cm {

class CliArgs;
class SchoolDocument;
class Storage;

// Exit codes of the command line.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets: its own arguments, the streams, and the database
// (opened on first use; read-only commands refuse a file that does not exist).
class CliContext {
public:
    CliContext(CliArgs& args, QTextStream& out, QTextStream& err, QString dbPath);
    ~CliContext();

    CliArgs& args;
    QTextStream& out;
    QTextStream& err;

    // Opens the school; on failure prints the reason and returns nullptr.
    // Every write goes through the document; storage() is for reading.
    SchoolDocument* document(bool mustExist = false);
    const Storage* storage(bool mustExist = false);
    QString dbPath() const { return m_dbPath; }

    // Prints "caringmap: MESSAGE" plus the help hint and returns ExitUsage.
    int usage(const QString& message);
    // Prints "caringmap: MESSAGE" and returns ExitFailure.
    int fail(const QString& message);
    // Checks the arguments for leftovers; returns -1 when fine, else ExitUsage.
    int checkArgs();

private:
    QString m_dbPath;
    SchoolDocument* m_document = nullptr;
};

struct CliCommand {
    const char* name;
    const char* synopsis; // one line for --help
    int (*run)(CliContext&);
};

// The headless command line. Links the core only: no widgets, no display.
class Cli {
public:
    Cli(QTextStream& out, QTextStream& err);

    // True when the arguments (without the program name) ask for a
    // headless command rather than the window.
    static bool wantsCommandLine(const QStringList& args);
    static const QVector<CliCommand>& commands();

    // args without the program name. Returns the exit code.
    int run(const QStringList& args);

private:
    void printHelp();
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace cm
