#include "SettingsMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace cm {

namespace {

const char* const kLanguageKey = "language";

bool isKnown(const QString& language) {
    return language == QLatin1String("es") || language == QLatin1String("en");
}

} // namespace

SettingsMenu::SettingsMenu(QWidget* parent)
    : QMenu(tr("&Settings"), parent) {
    setObjectName(QStringLiteral("settingsMenu"));
    QMenu* language = addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(language);
    // Each language is named in itself, so that it can be found whatever the
    // interface speaks.
    const QList<QPair<QString, QString>> choices{
        {QString(), tr("&System language")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("es"), QStringLiteral("E&spañol")},
    };
    const QString saved = savedLanguage();
    for (const auto& [code, text] : choices) {
        QAction* a = language->addAction(text);
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        a->setActionGroup(group);
        connect(a, &QAction::triggered, this, [code = code] { saveLanguage(code); });
    }
    language->addSeparator();
    QAction* note = language->addAction(tr("Applies the next time caringmap starts"));
    note->setEnabled(false);
}

QString SettingsMenu::savedLanguage() {
    const QString value = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return isKnown(value) ? value : QString();
}

void SettingsMenu::saveLanguage(const QString& language) {
    QSettings settings;
    if (isKnown(language))
        settings.setValue(QLatin1String(kLanguageKey), language);
    else
        settings.remove(QLatin1String(kLanguageKey));
}

} // namespace cm
