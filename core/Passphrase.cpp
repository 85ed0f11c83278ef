#include "Passphrase.h"

#include <sodium.h>

#include <QCoreApplication>

#include <algorithm>

namespace cm {

bool Passphrase::ready() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Result<QString> Passphrase::hash(const QString& passphrase) {
    if (!ready())
        return Error{QStringLiteral("the cryptography library could not start"), {}, 0};
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{QStringLiteral("not enough memory to protect the passphrase"), {}, 0};
    return QString::fromLatin1(out);
}

bool Passphrase::verify(const QString& hashText, const QString& passphrase) {
    if (!ready() || hashText.isEmpty())
        return false;
    const QByteArray stored = hashText.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString Passphrase::weakness(const QString& passphrase) {
    if (passphrase.trimmed().size() < kMinLength)
        return QCoreApplication::translate(
            "cm::Passphrase", "The passphrase needs at least %n characters.", nullptr, kMinLength);
    return {};
}

int Passphrase::delayAfter(int failures) {
    if (failures < 5)
        return 0;
    const int steps = std::min(failures - 4, 9); // 2^9 > 300
    return std::min(1 << steps, 300);
}

} // namespace cm
