#pragma once

#include <QMenu>

namespace cm {

// Settings › Language: System language, English or Español. The choice is
// stored in QSettings and applies the next time caringmap starts (the app's
// main reads it; --lang overrides it).
class SettingsMenu : public QMenu {
    Q_OBJECT
public:
    explicit SettingsMenu(QWidget* parent = nullptr);

    // The saved choice: "es", "en", or empty for the system's language.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);
};

} // namespace cm
