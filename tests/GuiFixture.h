#pragma once

#include "FakeInteraction.h"
#include "MainWindow.h"
#include "SchoolDocument.h"
#include "TestSupport.h"

#include <QStringList>

#include <memory>

namespace cmtest {

// A demo school in a temporary file, opened in the real main window with the
// fake interaction. QSettings are redirected to the temporary folder.
class GuiSchool {
public:
    // fullWindow: the window as caringmap shows it, with every view and menu
    // (createMainWindow); otherwise the bare MainWindow.
    explicit GuiSchool(bool demo = true, bool open = true, bool fullWindow = false);
    ~GuiSchool();

    TempSchool school;
    FakeInteraction fake;
    cm::SchoolDocument context;
    std::unique_ptr<cm::MainWindow> window;

    template <typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    // Reads the database through its own connection: what is really stored.
    std::optional<cm::Mark> storedMark(cm::RowId adult, cm::RowId student) const;
    QString statusText() const;
};

} // namespace cmtest
