#include "TransferFile.h"

#include "Backup.h"
#include "Passphrase.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

namespace cm {

namespace {

const QByteArray kMagic("CMXFER01");
constexpr qint64 kChunk = 64 * 1024;
constexpr int kHeaderSize = 8 + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

Error failure(const QString& message, const QString& file) {
    return Error{message, file, 0};
}

// Argon2id: key from the passphrase and the file's salt.
bool deriveKey(unsigned char* key, const QString& passphrase, const unsigned char* salt,
               quint64 ops, quint64 mem) {
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, utf8.constData(),
                         static_cast<unsigned long long>(utf8.size()), salt, ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a) {
    return reinterpret_cast<unsigned char*>(a.data());
}

} // namespace

bool TransferFile::looksLike(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

Status TransferFile::write(const QString& dbPath, const QString& output,
                           const QString& passphrase) {
    if (!Passphrase::ready())
        return failure(QStringLiteral("the cryptography library could not start"), output);
    // The plain copy lives beside the school (already plain there) and goes.
    QTemporaryDir temp(QFileInfo(dbPath).absolutePath() + QStringLiteral("/.transfer-XXXXXX"));
    if (!temp.isValid())
        return failure(QStringLiteral("cannot make a temporary folder"), dbPath);
    const QString plainPath = temp.filePath(QStringLiteral("school.sqlite"));
    if (Status st = Backup::snapshot(dbPath, plainPath); !st.ok())
        return st;
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read the school: %1").arg(plain.errorString()),
                       dbPath);

    QByteArray header = kMagic;
    header.resize(kHeaderSize);
    const quint64 ops = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_MODERATE;
    qToLittleEndian<quint64>(ops, header.data() + 8);
    qToLittleEndian<quint64>(mem, header.data() + 16);
    randombytes_buf(header.data() + 24, crypto_pwhash_SALTBYTES);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, bytes(header) + 24, ops, mem))
        return failure(QStringLiteral("not enough memory to derive the key"), output);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(streamHeader), key);
    sodium_memzero(key, sizeof key);

    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly))
        return failure(QStringLiteral("cannot write: %1").arg(out.errorString()), output);
    out.setPermissions(kOwnerOnly);
    out.write(header);
    out.write(streamHeader);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    for (;;) {
        const QByteArray chunk = plain.read(kChunk);
        const bool last = plain.atEnd();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, bytes(cipher), &length, bytes(chunk),
            static_cast<unsigned long long>(chunk.size()), bytes(header),
            static_cast<unsigned long long>(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.write(cipher.constData(), qint64(length));
        if (last)
            break;
    }
    if (!out.commit())
        return failure(QStringLiteral("cannot write: %1").arg(out.errorString()), output);
    QFile::setPermissions(output, kOwnerOnly);
    return {};
}

Status TransferFile::decrypt(const QString& input, const QString& passphrase,
                             const QString& plainPath) {
    const auto refuse = [&](const QString& why) {
        QFile::remove(plainPath);
        return Status(failure(why, input));
    };
    if (!Passphrase::ready())
        return refuse(QStringLiteral("the cryptography library could not start"));
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read: %1").arg(in.errorString()), input);
    const QByteArray header = in.read(kHeaderSize);
    if (header.size() != kHeaderSize || !header.startsWith(kMagic))
        return failure(QStringLiteral("not a caringmap transfer file"), input);
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 8);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 16);
    // Only the limits caringmap writes: a hostile file cannot ask for hours.
    if (ops < crypto_pwhash_OPSLIMIT_INTERACTIVE || ops > crypto_pwhash_OPSLIMIT_MODERATE ||
        mem < crypto_pwhash_MEMLIMIT_INTERACTIVE || mem > crypto_pwhash_MEMLIMIT_MODERATE)
        return failure(QStringLiteral("the transfer file is damaged (its key settings are not "
                                      "caringmap's)"),
                       input);
    QByteArray streamHeader = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return failure(QStringLiteral("the transfer file is cut short"), input);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, bytes(header) + 24, ops, mem))
        return failure(QStringLiteral("not enough memory to derive the key"), input);
    crypto_secretstream_xchacha20poly1305_state state;
    const int init =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(streamHeader), key);
    sodium_memzero(key, sizeof key);
    if (init != 0)
        return failure(QStringLiteral("the transfer file is damaged"), input);

    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return failure(QStringLiteral("cannot write: %1").arg(out.errorString()), plainPath);
    QByteArray plain(kChunk, '\0');
    bool first = true;
    for (;;) {
        const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, bytes(plain), &length, &tag, bytes(cipher),
                static_cast<unsigned long long>(cipher.size()), bytes(header),
                static_cast<unsigned long long>(header.size())) != 0) {
            out.close();
            return refuse(first ? QStringLiteral("wrong passphrase, or the file was changed; "
                                                 "nothing was restored")
                                : QStringLiteral("the transfer file was changed or damaged; "
                                                 "nothing was restored"));
        }
        first = false;
        if (out.write(plain.constData(), qint64(length)) != qint64(length)) {
            out.close();
            return refuse(QStringLiteral("cannot write the school: %1").arg(out.errorString()));
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
        if (in.atEnd()) {
            out.close();
            return refuse(QStringLiteral("the transfer file is cut short; nothing was restored"));
        }
    }
    if (!in.atEnd()) {
        out.close();
        return refuse(QStringLiteral("the transfer file has bytes added after its end; nothing "
                                     "was restored"));
    }
    if (!out.flush()) {
        out.close();
        return refuse(QStringLiteral("cannot write the school: %1").arg(out.errorString()));
    }
    out.close();
    return {};
}

} // namespace cm
