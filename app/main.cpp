// caringmap: with a command it runs headless (core only, no display needed);
// without one it opens the window.
#include "Cli.h"
#include "ReportCommand.h"
#include "Storage.h"
#include "Translations.h"
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
    // The application id: the installed launcher, metainfo and icon are
    // named after it (packaging/linux/), and Wayland matches the window to them.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QStringLiteral("org.caringmap.CaringMap"));
}

// `report ...` paints PDFs, which needs fonts: a GUI application object.
// True when the first argument other than --db is "report"; sets db and the
// report's own arguments.
bool isReport(const QStringList& args, QString* db, QStringList* rest) {
    bool found = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            *db = args[++i];
        else if (args[i].startsWith(QLatin1String("--db=")))
            *db = args[i].mid(5);
        else if (!found && args[i] != QLatin1String("report"))
            return false;
        else if (!found)
            found = true;
        else
            rest->push_back(args[i]);
    }
    return found;
}

} // namespace

int main(int argc, char** argv) {
    QStringList args = arguments(argc, argv);
    // --lang es|en: the language for this run (see Translations).
    QString language;
    QString languageError;
    if (!cm::Translations::takeOption(&args, &language, &languageError)) {
        std::fprintf(stderr, "caringmap: %s\nTry 'caringmap --help'.\n", qPrintable(languageError));
        return cm::ExitUsage;
    }
    QString reportDb;
    QStringList reportArgs;
    if (isReport(args, &reportDb, &reportArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        cm::Translations::install(language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cm::runReportCommand(
            reportArgs, reportDb.isEmpty() ? cm::Storage::defaultPath() : reportDb, out, err);
    }
    if (cm::Cli::wantsCommandLine(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        cm::Translations::install(language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cm::Cli(out, err).run(args);
    }
    QApplication app(argc, argv);
    setIdentity();
    cm::Translations::install(language);
    QString db;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--db=")))
            db = args[i].mid(5);
    }
    return cm::runWindow(db);
}
