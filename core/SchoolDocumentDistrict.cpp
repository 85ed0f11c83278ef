// The school document on a district server (issue 17): other counselors'
// changes, and the aggregate figures kept for the district office.
#include "DistrictSummary.h"
#include "SchoolDocument.h"

#include <QJsonDocument>

#include <tuple>

namespace cm {

void SchoolDocument::listenToServer() {
    if (!m_storage->isServer())
        return;
    m_storage->subscribe(this, [this](const QString& payload) { onServerChange(payload); });
}

// "<school>\t<server process>\t<hint>" (Storage::changeChannel): our own
// commits and other schools' are ignored; one mark of the viewed round is
// applied in place; anything else reloads the views.
void SchoolDocument::onServerChange(const QString& payload) {
    const QStringList parts = payload.split(QLatin1Char('\t'));
    if (!isOpen() || parts.size() != 3 || parts[0] != m_storage->school() ||
        parts[1].toLongLong() == m_storage->serverProcess())
        return;
    const QStringList hint = parts[2].split(QLatin1Char(' '));
    if (hint.size() == 4 && hint[0] == QLatin1String("mark")) {
        const RowId roundId = hint[1].toLongLong();
        const RowId adultId = hint[2].toLongLong();
        const RowId studentId = hint[3].toLongLong();
        if (roundId != m_roundId || !m_loaded) {
            emit dataChanged();
            return;
        }
        // What this window knew before: the loaded marks, or else the rule's
        // flags (loading the marks now would read the change already made).
        std::optional<Mark> before;
        if (m_marksLoaded) {
            before = mark(adultId, studentId);
        } else {
            const StudentConnections c = m_analysis.connections(studentId);
            const bool connected = c.connecting.contains(adultId);
            const bool concern = c.concerned.contains(adultId);
            if (connected || concern)
                before = Mark{0, roundId, adultId, studentId, connected, concern, {}, {}};
        }
        const std::optional<Mark> after = m_storage->mark(roundId, adultId, studentId);
        const auto flags = [](const std::optional<Mark>& m) {
            return m ? std::make_tuple(true, m->connected, m->concern, m->note)
                     : std::make_tuple(false, false, false, QString());
        };
        if (flags(before) != flags(after))
            applyMark(adultId, studentId, before, after);
        return;
    }
    reload();
}

QString SchoolDocument::serverBackupText() {
    return tr("Backups and transfer files are copies of a school's file. This school is on the "
              "district's server, which district IT backs up with pg_dump.");
}

void SchoolDocument::storeDistrictSummary() {
    if (!isOpen() || !m_storage->isServer() || m_storage->commits() == m_summaryCommits ||
        !(m_loaded || m_summaryAfterImport))
        return;
    m_summaryCommits = m_storage->commits();
    m_summaryAfterImport = false;
    const QByteArray json = QJsonDocument(DistrictSummary::compute(*m_storage).toJson()).toJson();
    // A viewer may not keep it: the next counselor's or IT's write will.
    (void)m_storage->putSchoolSummary(QString::fromUtf8(json));
}

} // namespace cm
