#pragma once

#include <QString>

#include <optional>

namespace cm {

class CliContext;

// The encrypted halves of `backup` (cli/PrivacyCommands.cpp).
int backupCreateEncrypted(CliContext& ctx, bool encrypt, const std::optional<QString>& output,
                          const std::optional<QString>& passphraseFile);
int backupRestoreEncrypted(CliContext& ctx, const QString& input,
                           const std::optional<QString>& passphraseFile);

} // namespace cm
