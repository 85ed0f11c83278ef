#include "Translations.h"

#include "SettingsMenu.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cm {

namespace {

bool isKnown(const QString& language) {
    return language == QLatin1String("es") || language == QLatin1String("en");
}

// The system's first UI language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale::Language systemLanguage() {
    const QStringList ui = QLocale::system().uiLanguages();
    return ui.isEmpty() ? QLocale::system().language() : QLocale(ui.first()).language();
}

void load(const QString& file, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

bool Translations::takeOption(QStringList* args, QString* language, QString* error) {
    for (int i = 0; i < args->size(); ++i) {
        const QString a = args->at(i);
        QString value;
        int taken = 1;
        if (a == QLatin1String("--lang")) {
            if (i + 1 >= args->size()) {
                *error = QStringLiteral("--lang needs es or en");
                return false;
            }
            value = args->at(i + 1);
            taken = 2;
        } else if (a.startsWith(QLatin1String("--lang="))) {
            value = a.mid(7);
        } else {
            continue;
        }
        if (!isKnown(value)) {
            *error = QStringLiteral("--lang takes es or en, not '%1'").arg(value);
            return false;
        }
        *language = value;
        args->erase(args->begin() + i, args->begin() + i + taken);
        --i;
    }
    return true;
}

QString Translations::resolve(const QString& override) {
    if (isKnown(override))
        return override;
    const QString saved = SettingsMenu::savedLanguage();
    if (!saved.isEmpty())
        return saved;
    return systemLanguage() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

void Translations::install(const QString& override) {
    const QString language = resolve(override);
    const QLocale::Language wanted =
        language == QLatin1String("es") ? QLocale::Spanish : QLocale::English;
    // Numbers and dates follow the system's locale (es_MX, en_GB, fr_FR),
    // unless a language was chosen (--lang, Settings) that the system does not
    // speak: then that language's. C/POSIX counts as English.
    const bool chosen = isKnown(override) || !SettingsMenu::savedLanguage().isEmpty();
    const QLocale system = QLocale::system();
    const bool keepSystem = !chosen || system.language() == wanted ||
                            (wanted == QLocale::English && system.language() == QLocale::C);
    if (!keepSystem)
        QLocale::setDefault(QLocale(wanted));
    load(QStringLiteral("caringmap_") + language, QStringLiteral(":/i18n"));
    if (language == QLatin1String("es"))
        load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace cm
