#pragma once

#include "Error.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace cm {

// Where the command line gets a passphrase: the first line of
// --passphrase-file F, else a prompt on the terminal with echo off (or one
// line of standard input when it is not a terminal). Never an argument: those
// show in the process list and the shell's history.
class PassphrasePrompt {
public:
    // confirm: asked twice at a terminal, and both must match.
    static Result<QString> read(const std::optional<QString>& file, const QString& prompt,
                                bool confirm, QTextStream& err);
};

} // namespace cm
