// The installed desktop files stay in step with the program: the man page
// describes every command, and the version and application id agree
// everywhere (packaging/linux/).
#include "Cli.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QString read(const QString& relative) {
    QFile f(QStringLiteral(CARINGMAP_SOURCE_DIR "/") + relative);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

const QString kAppId = QStringLiteral("org.caringmap.CaringMap");

} // namespace

TEST_CASE("the man page describes every command and sub-command", "[packaging]") {
    const QString man = read(QStringLiteral("packaging/linux/caringmap.1"));
    QStringList missing;
    QSet<QString> synopses;
    for (const cm::CliCommand& c : cm::Cli::commands()) {
        // "match suggest ...", "round new NAME | round list": each named form.
        const QStringList words = QString::fromLatin1(c.synopsis).split(QLatin1Char(' '));
        QString form = QString::fromLatin1(c.name);
        const QString second = words.value(1);
        if (QRegularExpression(QStringLiteral("^[a-z][a-z-]*$")).match(second).hasMatch())
            form += QLatin1Char(' ') + second;
        synopses.insert(form);
    }
    synopses.insert(QStringLiteral("report mentor"));
    for (const QString& form : synopses) {
        // An entry starts ".B name" (and the sub-command) on its own line.
        const QRegularExpression entry(
            QStringLiteral("^\\.B %1\\b").arg(QRegularExpression::escape(form)),
            QRegularExpression::MultilineOption);
        if (!entry.match(man).hasMatch())
            missing.push_back(form);
    }
    INFO(
        "Not in packaging/linux/caringmap.1: " << missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
    CHECK(synopses.size() > 15);
    for (const char* section : {".SH EXIT STATUS", ".SH FILES", ".SH ENVIRONMENT", "\\-\\-lang"})
        CHECK(man.contains(QLatin1String(section)));
}

TEST_CASE("the version and the application id agree everywhere", "[packaging]") {
    const QString version = QStringLiteral(CARINGMAP_VERSION);
    const QString metainfo =
        read(QStringLiteral("packaging/linux/") + kAppId + QStringLiteral(".metainfo.xml"));
    // A new version needs its <release> entry (software centers show it).
    CHECK(metainfo.contains(QStringLiteral("<release version=\"%1\"").arg(version)));
    CHECK(metainfo.contains(QStringLiteral("<id>%1</id>").arg(kAppId)));
    CHECK(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
    const QString man = read(QStringLiteral("packaging/linux/caringmap.1"));
    CHECK(man.contains(QStringLiteral("\"caringmap %1\"").arg(version)));
    const QString desktop =
        read(QStringLiteral("packaging/linux/") + kAppId + QStringLiteral(".desktop"));
    CHECK(desktop.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
    CHECK(read(QStringLiteral("app/main.cpp")).contains(kAppId));
}
