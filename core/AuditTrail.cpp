#include "AuditTrail.h"

#include "Csv.h"
#include "Mentoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cm {

QString AuditTrail::label(const Student& s) {
    return s.studentId + QLatin1Char(' ') + s.displayName();
}

QString AuditTrail::label(const Adult& a) {
    return a.adultId + QLatin1Char(' ') + a.displayName();
}

QString AuditTrail::describe(const std::optional<Mark>& mark) {
    if (!mark || mark->isEmpty())
        return QStringLiteral("none");
    QStringList kinds;
    if (mark->connected)
        kinds << QStringLiteral("connected");
    if (mark->concern)
        kinds << QStringLiteral("concern");
    QString text = kinds.join(QStringLiteral(", "));
    if (!mark->note.isEmpty())
        text += QStringLiteral("; note: ") + mark->note;
    return text;
}

QString AuditTrail::describe(const Student& s) {
    QStringList parts{label(s)};
    if (!s.preferredName.isEmpty())
        parts << QStringLiteral("given name %1").arg(s.givenName);
    parts << QStringLiteral("grade %1").arg(s.grade)
          << QStringLiteral("homeroom %1").arg(s.homeroom)
          << (s.active ? QStringLiteral("active") : QStringLiteral("inactive"));
    return parts.join(QStringLiteral("; "));
}

QString AuditTrail::describe(const Adult& a) {
    QStringList parts{label(a), QStringLiteral("role %1").arg(a.role),
                      QStringLiteral("email %1").arg(a.email),
                      a.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    parts << (a.capacity < 0 ? QStringLiteral("capacity default")
                             : QStringLiteral("capacity %1").arg(a.capacity));
    if (a.volunteer)
        parts << QStringLiteral("volunteer");
    if (a.leavingDate.isValid())
        parts << QStringLiteral("leaving %1").arg(a.leavingDate.toString(Qt::ISODate));
    return parts.join(QStringLiteral("; "));
}

QString AuditTrail::describe(const MentorMatch& m) {
    QString text =
        QStringLiteral("match %1 from %2").arg(m.id).arg(m.startDate.toString(Qt::ISODate));
    if (m.ended.isValid())
        text += QStringLiteral(", ended %1").arg(m.ended.toString(Qt::ISODate));
    if (!m.plan.isEmpty())
        text += QStringLiteral("; plan: ") + m.plan;
    return text;
}

QString AuditTrail::osAccount() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* pw = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

namespace {

QString when(const AuditEntry& e) {
    return e.at.toUTC().toString(Qt::ISODate);
}

} // namespace

QString AuditTrail::toText(const QVector<AuditEntry>& rows) {
    QString out;
    for (const AuditEntry& e : rows) {
        out += QStringLiteral("%1  %2  %3").arg(when(e), e.who, e.action);
        if (!e.student.isEmpty())
            out += QStringLiteral("  student: ") + e.student;
        if (!e.adult.isEmpty())
            out += QStringLiteral("  adult: ") + e.adult;
        out += QLatin1Char('\n');
        if (!e.before.isEmpty())
            out += QStringLiteral("    before: ") + e.before + QLatin1Char('\n');
        if (!e.after.isEmpty())
            out += QStringLiteral("    after: ") + e.after + QLatin1Char('\n');
    }
    if (rows.isEmpty())
        out = QStringLiteral("No changes recorded.\n");
    return out;
}

QString AuditTrail::toCsv(const QVector<AuditEntry>& rows) {
    QString out =
        csv::formatRecord({QStringLiteral("when"), QStringLiteral("who"), QStringLiteral("action"),
                           QStringLiteral("student"), QStringLiteral("adult"),
                           QStringLiteral("before"), QStringLiteral("after")});
    for (const AuditEntry& e : rows)
        out += csv::formatRecord({when(e), e.who, e.action, e.student, e.adult, e.before, e.after});
    return out;
}

QString AuditTrail::toJson(const QVector<AuditEntry>& rows) {
    QJsonArray list;
    for (const AuditEntry& e : rows)
        list.append(QJsonObject{{QStringLiteral("when"), when(e)},
                                {QStringLiteral("who"), e.who},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("student"), e.student},
                                {QStringLiteral("adult"), e.adult},
                                {QStringLiteral("before"), e.before},
                                {QStringLiteral("after"), e.after}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("changes"), list}})
                                 .toJson(QJsonDocument::Indented));
}

} // namespace cm
