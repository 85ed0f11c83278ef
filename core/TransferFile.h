#pragma once

#include "Error.h"

#include <QString>

namespace cm {

// The encrypted transfer file (issue 15): the whole school in one file that
// can travel on a USB stick. Its key comes from a passphrase through
// Argon2id (crypto_pwhash, a random salt per file); the school's database is
// sealed with libsodium's crypto_secretstream_xchacha20poly1305 in 64 KiB
// chunks, the last one tagged final, the header (format, Argon2 limits,
// salt) authenticated with every chunk. A wrong passphrase, a changed byte,
// a file cut short or with bytes added is refused, and nothing is written.
//
// Layout: "CMXFER01" | opslimit u64 LE | memlimit u64 LE | salt (16) |
// secretstream header (24) | chunks (each plain size + 17 bytes).
class TransferFile {
public:
    static QString suffix() { return QStringLiteral(".caringmap"); }
    // Starts with the format's magic bytes.
    static bool looksLike(const QString& path);
    // Encrypts the school at dbPath (its last committed state) into output,
    // owner-only (0600), through QSaveFile: complete or not there.
    static Status write(const QString& dbPath, const QString& output, const QString& passphrase);
    // Decrypts input into a new owner-only file plainPath. On any failure
    // plainPath is removed and the reason returned.
    static Status decrypt(const QString& input, const QString& passphrase,
                          const QString& plainPath);
};

} // namespace cm
