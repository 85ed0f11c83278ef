#include "ProcessTimer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>

namespace cmbench {

namespace {

// A hung program fails its figure instead of hanging the benchmark.
constexpr int kTimeoutMs = 30 * 60 * 1000;

// CPU time of the children waited for so far.
double childrenCpuMs() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

} // namespace

TimedRun ProcessTimer::run(const QString& program, const QStringList& args,
                           const QString& inputFile, const QString& outputFile) const {
    QProcess p;
    p.setProcessEnvironment(m_env);
    if (!inputFile.isEmpty())
        p.setStandardInputFile(inputFile);
    if (!outputFile.isEmpty())
        p.setStandardOutputFile(outputFile);
    QByteArray err;
    QObject::connect(&p, &QProcess::readyReadStandardError,
                     [&] { err += p.readAllStandardError(); });
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] { p.readAllStandardOutput(); });
    TimedRun r;
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(-1)) {
        r.error = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(-1);
        r.error = QStringLiteral("%1 %2 did not finish in %3 minutes")
                      .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')))
                      .arg(kTimeoutMs / 60000);
        return r;
    }
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.cpuMs = childrenCpuMs() - cpuBefore;
    err += p.readAllStandardError();
    r.ok = true;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        r.ok = false;
        r.error = QStringLiteral("%1 %2 failed (exit %3): %4")
                      .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')))
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(err).trimmed());
    }
    return r;
}

TimedRun ProcessTimer::best(int runs, const std::function<void()>& prepare,
                            const std::function<TimedRun()>& once) {
    TimedRun best;
    for (int i = 0; i < qMax(1, runs); ++i) {
        if (prepare)
            prepare();
        const TimedRun r = once();
        if (!r.ok)
            return r;
        const double cpu = best.ok ? qMin(best.cpuMs, r.cpuMs) : r.cpuMs;
        if (!best.ok || r.ms < best.ms)
            best = r;
        best.cpuMs = cpu;
    }
    return best;
}

} // namespace cmbench
