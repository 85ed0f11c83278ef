#pragma once

#include <QString>

namespace cm {

// Opens the desktop window on a database. Returns the exit code.
int runWindow(const QString& dbPath);

} // namespace cm
