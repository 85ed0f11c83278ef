// The Spanish interface: every tr() string has a Spanish translation (lupdate
// is run over the sources into a scratch copy of translations/caringmap_es.ts),
// translations keep their placeholders, and the built caringmap speaks
// Spanish with --lang es, with Spanish numbers.
#include "SettingsMenu.h"
#include "TestSupport.h"
#include "Translations.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or each numerus form
};

QVector<Message> readTs(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVector<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            m.unfinished = type == QLatin1String("unfinished");
            if (!m.numerus) {
                m.forms = {xml.readElementText()};
                out.push_back(m);
                continue;
            }
            while (xml.readNextStartElement())
                m.forms.push_back(xml.readElementText());
            out.push_back(m);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

// What lupdate finds in the sources today, merged into a copy of the repo's file.
QVector<Message> updatedCopy(const QTemporaryDir& dir, const QString& language) {
    const QString src = QStringLiteral(CARINGMAP_SOURCE_DIR);
    const QString ts = dir.filePath(QStringLiteral("caringmap_%1.ts").arg(language));
    REQUIRE(QFile::copy(src + QStringLiteral("/translations/caringmap_%1.ts").arg(language), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(LUPDATE_EXE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-extensions"), QStringLiteral("cpp,h"), src + QStringLiteral("/core"),
             src + QStringLiteral("/cli"), src + QStringLiteral("/ui"),
             src + QStringLiteral("/app"), QStringLiteral("-ts"), ts});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAll().toStdString());
    REQUIRE(p.exitCode() == 0);
    return readTs(ts);
}

QString describe(const Message& m) {
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

QStringList placeholders(const QString& text) {
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.push_back(it.next().captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

TEST_CASE("every tr() string has a Spanish translation", "[translations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QVector<Message> messages = updatedCopy(dir, QStringLiteral("es"));
    // The sources have hundreds of strings: a run that found none proves nothing.
    REQUIRE(messages.size() > 500);
    QStringList missing;
    for (const Message& m : messages) {
        const bool empty = std::any_of(m.forms.begin(), m.forms.end(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        // Spanish has two plural forms: one, and many.
        const bool wrongForms = m.numerus ? m.forms.size() != 2 : m.forms.size() != 1;
        if (m.unfinished || empty || wrongForms)
            missing.push_back(describe(m));
    }
    INFO("Untranslated in translations/caringmap_es.ts (run packaging/update-translations.sh, "
         "then translate them):\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Spanish translations keep every placeholder of the English text", "[translations]") {
    const QVector<Message> messages =
        readTs(QStringLiteral(CARINGMAP_SOURCE_DIR "/translations/caringmap_es.ts"));
    REQUIRE(messages.size() > 500);
    QStringList wrong;
    for (const Message& m : messages) {
        for (const QString& form : m.forms) {
            // A singular form may say "1" instead of %n; every other %N must stay.
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(form);
            if (m.numerus) {
                want.removeAll(QStringLiteral("%n"));
                have.removeAll(QStringLiteral("%n"));
            }
            if (!form.isEmpty() && want != have)
                wrong.push_back(describe(m) + QStringLiteral(" -> \"") + form + QLatin1Char('"'));
            if (form.endsWith(QLatin1Char('\n')) != m.source.endsWith(QLatin1Char('\n')))
                wrong.push_back(describe(m) + QStringLiteral(" (line end)"));
        }
    }
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("the English file gives every %n message its singular and plural", "[translations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList missing;
    int plurals = 0;
    for (const Message& m : updatedCopy(dir, QStringLiteral("en"))) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString()))
            missing.push_back(describe(m));
    }
    CHECK(plurals > 0);
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("caringmap --lang es speaks Spanish, with Spanish numbers", "[translations]") {
    cmtest::TempSchool school;
    const QString exe = QStringLiteral(CARINGMAP_EXE);
    const QString db = school.dbPath();
    REQUIRE(cmtest::runCaringmap(exe, {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                       QStringLiteral("--students"), QStringLiteral("60"),
                                       QStringLiteral("--adults"), QStringLiteral("8")})
                .code == 0);
    const cmtest::CliRun es =
        cmtest::runCaringmap(exe, {QStringLiteral("--lang"), QStringLiteral("es"),
                                   QStringLiteral("--db"), db, QStringLiteral("summary")});
    REQUIRE(es.code == 0);
    CHECK(es.out.contains(QStringLiteral("Estudiantes activos:")));
    CHECK(es.out.contains(QStringLiteral("Sin conexión:")));
    // 85,7 %: a decimal comma and a space before the sign.
    CHECK(es.out.contains(QRegularExpression(QStringLiteral("\\(\\d+,\\d %\\)"))));

    const cmtest::CliRun en = cmtest::runCaringmap(
        exe, {QStringLiteral("--db"), db, QStringLiteral("--lang=en"), QStringLiteral("summary")});
    REQUIRE(en.code == 0);
    CHECK(en.out.contains(QStringLiteral("Active students:")));
    CHECK(en.out.contains(QRegularExpression(QStringLiteral("\\(\\d+\\.\\d%\\)"))));

    const cmtest::CliRun bad = cmtest::runCaringmap(
        exe, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--lang takes es or en")));
}

TEST_CASE("Settings > Language stores the choice for the next start", "[translations]") {
    cm::SettingsMenu::saveLanguage(QString());
    cm::SettingsMenu menu;
    auto* spanish = menu.findChild<QAction*>(QStringLiteral("actionLanguage_es"));
    auto* system = menu.findChild<QAction*>(QStringLiteral("actionLanguage_system"));
    REQUIRE(spanish);
    REQUIRE(system);
    CHECK(system->isChecked());
    spanish->trigger();
    CHECK(cm::SettingsMenu::savedLanguage() == QStringLiteral("es"));
    CHECK(cm::SettingsMenu().findChild<QAction*>(QStringLiteral("actionLanguage_es"))->isChecked());
    system->trigger();
    CHECK(cm::SettingsMenu::savedLanguage().isEmpty());
}

// Last: it installs the Spanish translators in this process for good.
TEST_CASE("the Spanish translators cover caringmap's strings and Qt's own", "[translations]") {
    cm::Translations::install(QStringLiteral("es"));
    CHECK(cm::SettingsMenu().title() == QStringLiteral("Confi&guración"));
    CHECK(QCoreApplication::translate("cm::MainWindow", "&File") == QStringLiteral("&Archivo"));
    // Plurals: one and many.
    CHECK(QCoreApplication::translate("cm::DueView", "%n day(s)", nullptr, 1) ==
          QStringLiteral("1 día"));
    CHECK(QCoreApplication::translate("cm::DueView", "%n day(s)", nullptr, 3) ==
          QStringLiteral("3 días"));
    // Qt's standard buttons come from qtbase_es.qm.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("Cancelar")));
    // Numbers follow: the C locale of the test run does not speak Spanish.
    CHECK(QLocale().toString(85.7, 'f', 1) == QStringLiteral("85,7"));
}
