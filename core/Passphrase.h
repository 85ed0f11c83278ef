#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace cm {

// The counselor passphrase of a school (issue 15): only a salted, slow hash
// is stored (libsodium's crypto_pwhash_str, Argon2id), in the school's
// settings under kSetting. Wrong tries in a row earn a growing wait.
class Passphrase {
public:
    static constexpr const char* kSetting = "counselor_passphrase";
    static constexpr int kMinLength = 6;

    // Argon2id hash string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash").
    static Result<QString> hash(const QString& passphrase);
    static bool verify(const QString& hashText, const QString& passphrase);
    // Why a new passphrase is not acceptable, or "" when it is.
    static QString weakness(const QString& passphrase);
    // Seconds to wait after `failures` wrong tries in a row: none for the
    // first four, then 2, 4, 8, ... up to five minutes.
    static int delayAfter(int failures);
    // libsodium initialised (it is, once, on first use).
    static bool ready();
};

} // namespace cm
