// caringmap: with a command it runs headless (core only, no display needed);
// without one it opens the window.
#include "Cli.h"
#include "Storage.h"
#include "Window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList arguments(int argc, char** argv) {
    QStringList out;
    for (int i = 1; i < argc; ++i)
        out.push_back(QString::fromLocal8Bit(argv[i]));
    return out;
}

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("caringmap"));
    QCoreApplication::setApplicationName(QStringLiteral("caringmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARINGMAP_VERSION));
}

} // namespace

int main(int argc, char** argv) {
    const QStringList args = arguments(argc, argv);
    if (cm::Cli::wantsCommandLine(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cm::Cli(out, err).run(args);
    }
    QApplication app(argc, argv);
    setIdentity();
    QString db;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--db=")))
            db = args[i].mid(5);
    }
    return cm::runWindow(db);
}
