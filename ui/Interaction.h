#pragma once

#include "Types.h"

#include <QString>

class QWidget;

namespace cm {

class SchoolDocument;

// Everything the window asks the user through a modal dialog or a file
// picker. The window calls this interface; DialogInteraction shows the real
// dialogs and tests replace it with a scripted fake.
class Interaction {
public:
    virtual ~Interaction() = default;

    // Student / adult dialogs; false when cancelled. The dialogs validate
    // (empty names, duplicate ids) before they return true.
    virtual bool editStudent(QWidget* parent, SchoolDocument& context, Student* student,
                             bool adding) = 0;
    virtual bool editAdult(QWidget* parent, SchoolDocument& context, Adult* adult, bool adding) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    // Empty when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label,
                            const QString& initial) = 0;
    // A passphrase, typed without echo. Empty when cancelled.
    virtual QString askPassphrase(QWidget* parent, const QString& title, const QString& label) = 0;
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void showInfo(QWidget* parent, const QString& title, const QString& text) = 0;
    // A district server's address with its school (ServerDialog); empty when
    // cancelled.
    virtual QString askServer(QWidget* parent, const QString& lastAddress) = 0;
};

} // namespace cm
