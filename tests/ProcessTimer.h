#pragma once
// Times whole programs as a user waits for them: QElapsedTimer around a
// QProcess, from start to exit, best of N runs. For the benchmarks only.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace cmbench {

struct TimedRun {
    bool ok = false;
    double ms = 0;    // wall clock: what the user waits for
    double cpuMs = 0; // user + system time of the process, less sensitive to other load
    QString error;    // when !ok: which program failed and what it said
};

class ProcessTimer {
public:
    explicit ProcessTimer(const QProcessEnvironment& env)
        : m_env(env) {}

    // One run; stdin from inputFile and stdout into outputFile when given
    // (else stdout is read and dropped). Fails on a crash or a non-zero exit.
    TimedRun run(const QString& program, const QStringList& args,
                 const QString& inputFile = QString(), const QString& outputFile = QString()) const;

    // The fastest of runs calls of once(); prepare() runs untimed before each
    // (copying a database, removing an output). Stops at the first failure.
    static TimedRun best(int runs, const std::function<void()>& prepare,
                         const std::function<TimedRun()>& once);

private:
    QProcessEnvironment m_env;
};

} // namespace cmbench
