#pragma once

#include <QString>

#include <memory>

namespace cm {

class Interaction;
class MainWindow;
class SchoolDocument;

// The whole window: MainWindow with every view and menu joined to it
// (WindowViews). interaction: the dialogs and file pickers (nullptr: real ones).
std::unique_ptr<MainWindow> createMainWindow(SchoolDocument& context,
                                             Interaction* interaction = nullptr);

// Opens the desktop window on a database. Returns the exit code.
int runWindow(const QString& dbPath);

} // namespace cm
