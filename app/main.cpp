// caringmap: with a command it runs headless (core only, no display needed);
// without one it opens the window.
#include "Cli.h"
#include "GlobalArgs.h"
#include "ReportCommand.h"
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

} // namespace

namespace {

QtMessageHandler g_qtHandler = nullptr;

// Qt's PostgreSQL driver warns "Unable to free statement" for every prepared
// statement left after the server refused a transaction; the refusal itself
// is already said once, in words (Storage::describeSqlError).
void quietDriverEchoes(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    g_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv) {
    g_qtHandler = qInstallMessageHandler(quietDriverEchoes);
    QStringList args = arguments(argc, argv);
    // --lang es|en: the language for this run (see Translations).
    QString language;
    QString languageError;
    if (!cm::Translations::takeOption(&args, &language, &languageError)) {
        std::fprintf(stderr, "caringmap: %s\nTry 'caringmap --help'.\n", qPrintable(languageError));
        return cm::ExitUsage;
    }
    // --db is read here, once, for the window, the commands and `report`.
    const cm::GlobalArgs global = cm::GlobalArgs::parse(args);
    if (global.isReport()) {
        // `report ...` paints PDFs, which needs fonts: a GUI application object.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        cm::Translations::install(language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code =
            cm::runReportCommand(global.rest.mid(1), global.dbPathOrDefault(), out, err);
        return cm::Cli::finishOutput(code, out, err);
    }
    if (global.wantsCommandLine()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        cm::Translations::install(language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cm::Cli(out, err).run(global);
    }
    QApplication app(argc, argv);
    setIdentity();
    cm::Translations::install(language);
    return cm::runWindow(global.dbPath);
}
