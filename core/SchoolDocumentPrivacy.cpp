// SchoolDocument's privacy writes (issue 15): the counselor passphrase and
// the encrypted transfer file.
#include "SchoolDocument.h"

#include "Backup.h"
#include "Passphrase.h"
#include "TransferFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

namespace cm {

bool SchoolDocument::hasPassphrase() const {
    return isOpen() && !m_storage->setting(QLatin1String(Passphrase::kSetting)).isEmpty();
}

Status SchoolDocument::setPassphrase(const QString& passphrase) {
    if (const QString why = Passphrase::weakness(passphrase); !why.isEmpty())
        return Status::fail(why);
    const Result<QString> hash = Passphrase::hash(passphrase);
    if (!hash.ok())
        return hash.status();
    const bool had = hasPassphrase();
    return write([&](Storage& s) {
        if (Status st = s.setSetting(QLatin1String(Passphrase::kSetting), *hash); !st.ok())
            return st;
        AuditEntry e;
        e.action = had ? QStringLiteral("passphrase-changed") : QStringLiteral("passphrase-set");
        return record(e);
    });
}

SchoolDocument::PassphraseCheck SchoolDocument::checkPassphrase(const QString& passphrase,
                                                                int* waitSeconds) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_waitUntil.isValid() && now < m_waitUntil) {
        if (waitSeconds)
            *waitSeconds = int(std::max<qint64>(1, (now.msecsTo(m_waitUntil) + 999) / 1000));
        return PassphraseCheck::Wait;
    }
    if (Passphrase::verify(m_storage->setting(QLatin1String(Passphrase::kSetting)), passphrase)) {
        m_wrongTries = 0;
        m_waitUntil = {};
        return PassphraseCheck::Right;
    }
    ++m_wrongTries;
    const int delay = Passphrase::delayAfter(m_wrongTries);
    m_waitUntil = delay > 0 ? now.addSecs(delay) : QDateTime();
    if (waitSeconds)
        *waitSeconds = delay;
    return PassphraseCheck::Wrong;
}

Status SchoolDocument::resetPassphrase() {
    return write([&](Storage& s) {
        if (Status st = s.setSetting(QLatin1String(Passphrase::kSetting), QString()); !st.ok())
            return st;
        AuditEntry e;
        e.action = QStringLiteral("passphrase-reset");
        e.after = QStringLiteral("the counselor passphrase was removed");
        return record(e);
    });
}

namespace {

// One backup file: the same students (by their school ids), then compacted.
Status purgeBackup(const QString& path, const QStringList& studentIds) {
    Storage backup;
    if (Status st = backup.open(path); !st.ok())
        return st;
    for (const QString& id : studentIds)
        if (const std::optional<Student> s = backup.studentByExternalId(id))
            if (Status st = backup.purgeStudent(s->id); !st.ok())
                return st;
    return backup.compact();
}

} // namespace

Result<int> SchoolDocument::purgeStudents(const QVector<RowId>& studentRows, int* backups,
                                          QStringList* unreadable) {
    if (!isOpen())
        return Error{tr("no school is open"), {}, 0};
    QStringList ids;
    for (RowId row : studentRows)
        if (const std::optional<Student> s = m_storage->studentById(row))
            ids << s->studentId;
    const Status purged = audited(
        [&]() -> Status {
            for (RowId row : studentRows)
                if (Status st = m_storage->purgeStudent(row); !st.ok())
                    return st;
            return {};
        },
        [&] {
            AuditEntry e;
            e.action = QStringLiteral("purge");
            e.after = QStringLiteral("%1 student(s) purged").arg(ids.size());
            return e;
        });
    if (!purged.ok())
        return purged.error();
    m_undo->clear(); // nothing may bring them back
    if (Status st = m_storage->compact(); !st.ok())
        return st.error();
    QStringList skipped;
    int cleaned = 0;
    for (const BackupInfo& b : Backup::list(path(), &skipped)) {
        if (Status st = purgeBackup(b.path, ids); !st.ok())
            return Error{
                tr("the school was purged, but a backup could not be: %1").arg(st.message()),
                b.path, 0};
        ++cleaned;
    }
    if (backups)
        *backups = cleaned;
    if (unreadable)
        *unreadable = skipped;
    reload();
    return int(ids.size());
}

Status SchoolDocument::saveTransferFile(const QString& output, const QString& passphrase) {
    if (!isOpen())
        return Status::fail(tr("no school is open"));
    if (m_storage->isServer())
        return Status::fail(serverBackupText());
    if (const QString why = Passphrase::weakness(passphrase); !why.isEmpty())
        return Status::fail(why);
    if (Status st =
            recordEvent(QStringLiteral("transfer-file-written"), QFileInfo(output).fileName());
        !st.ok())
        return st;
    return TransferFile::write(path(), output, passphrase);
}

Status SchoolDocument::restoreTransferFile(const QString& input, const QString& passphrase) {
    if (!isOpen())
        return Status::fail(tr("no school is open"));
    if (m_storage->isServer())
        return Status::fail(serverBackupText());
    QTemporaryDir temp(QFileInfo(path()).absolutePath() + QStringLiteral("/.transfer-XXXXXX"));
    if (!temp.isValid())
        return Status::fail(QStringLiteral("cannot make a temporary folder beside the school"));
    const QString plain = temp.filePath(QStringLiteral("school.sqlite"));
    if (Status st = TransferFile::decrypt(input, passphrase, plain); !st.ok())
        return st;
    // Checked (integrity, caringmap's schema) and put in place by Backup,
    // after a backup of the school as it is now.
    if (Status st = restoreBackup(plain); !st.ok())
        return st;
    return recordEvent(QStringLiteral("transfer-file-restored"), QFileInfo(input).fileName());
}

} // namespace cm
