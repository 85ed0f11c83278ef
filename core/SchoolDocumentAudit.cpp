// SchoolDocument's audit trail (issue 15): who made each change. Every
// write appends its row inside the write's own transaction, so a change is
// never saved without its row, nor a row without its change.
#include "SchoolDocument.h"

#include "AuditTrail.h"
#include "Mentoring.h"

#include <QStringList>

namespace cm {

void SchoolDocument::setSessionAdult(RowId adultId) {
    m_sessionAdult = adultId;
}

QString SchoolDocument::actor() const {
    if (m_sessionAdult) {
        if (const std::optional<Adult> a = m_storage->adultById(m_sessionAdult))
            return AuditTrail::label(*a);
    }
    return AuditTrail::osAccount();
}

Status SchoolDocument::record(AuditEntry entry) {
    entry.who = actor();
    entry.at = QDateTime::currentDateTimeUtc();
    return m_storage->appendAudit(entry);
}

Status SchoolDocument::recordEvent(const QString& action, const QString& detail) {
    if (!isOpen())
        return Status::fail(tr("no school is open"));
    return audited([] { return Status(); },
                   [&] {
                       AuditEntry e;
                       e.action = action;
                       e.after = detail;
                       return e;
                   });
}

Status SchoolDocument::audited(const std::function<Status()>& work,
                               const std::function<AuditEntry()>& entry) {
    return transact([&]() -> Status {
        if (Status s = work(); !s.ok())
            return s;
        return record(entry());
    });
}

// One user action in one transaction. On a district server two counselors'
// transactions can meet (a deadlock); the outermost action is then run
// again, up to three times.
Status SchoolDocument::transact(const std::function<Status()>& body) {
    for (int attempt = 1;; ++attempt) {
        const QString hint = m_storage->changeHint();
        Storage::Transaction tx(*m_storage);
        Status s = tx.status();
        if (s.ok())
            s = body();
        if (s.ok())
            s = tx.commit();
        if (s.ok() || !s.error().conflict || !tx.isOuter() || attempt == 3)
            return s;
        m_storage->setChangeHint(hint);
    }
}

AuditEntry SchoolDocument::aboutStudent(const QString& action, RowId studentRow) const {
    AuditEntry e;
    e.action = action;
    e.studentRow = studentRow;
    if (const std::optional<Student> s = m_storage->studentById(studentRow))
        e.student = AuditTrail::label(*s);
    return e;
}

AuditEntry SchoolDocument::aboutAdult(const QString& action, RowId adultRow) const {
    AuditEntry e;
    e.action = action;
    e.adultRow = adultRow;
    if (const std::optional<Adult> a = m_storage->adultById(adultRow))
        e.adult = AuditTrail::label(*a);
    return e;
}

AuditEntry SchoolDocument::aboutMatch(const QString& action, RowId matchId) const {
    const std::optional<MentorMatch> m = Mentoring::matchById(*m_storage, matchId);
    if (!m) {
        AuditEntry e;
        e.action = action;
        e.after = QStringLiteral("match %1").arg(matchId);
        return e;
    }
    AuditEntry e = aboutStudent(action, m->studentId);
    const AuditEntry adult = aboutAdult(action, m->adultId);
    e.adultRow = adult.adultRow;
    e.adult = adult.adult;
    e.after = AuditTrail::describe(*m);
    return e;
}

QString SchoolDocument::countsText() const {
    QStringList parts;
    for (const auto& [name, count] : m_storage->rowCounts())
        parts << QStringLiteral("%1 %2").arg(name).arg(count);
    return parts.join(QStringLiteral(", "));
}

} // namespace cm
