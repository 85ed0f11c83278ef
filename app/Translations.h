#pragma once

#include <QString>
#include <QStringList>

namespace cm {

// Which language caringmap speaks, for the window, the reports and the CLI:
// --lang es|en, else Settings › Language, else the system's language
// (Spanish when it is Spanish, else English).
class Translations {
public:
    // Takes "--lang X" / "--lang=X" out of args into *language. False, with
    // *error set, when the value is missing or not es/en.
    static bool takeOption(QStringList* args, QString* language, QString* error);

    // The language to use ("es" or "en") for an override (may be empty).
    static QString resolve(const QString& override);

    // After the application object exists: loads caringmap's strings and, for
    // Spanish, Qt's own (qtbase_es.qm). Numbers and dates follow the system's
    // locale, or the chosen language's when the system does not speak it.
    static void install(const QString& override);
};

} // namespace cm
