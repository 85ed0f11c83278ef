#pragma once

#include "AuditEntry.h"
#include "Types.h"

#include <QString>
#include <QVector>

#include <optional>

namespace cm {

struct MentorMatch;

// How the audit trail words what changed, and how `audit` writes it out.
// The rows themselves are stored by Storage (append and read only) and
// written by SchoolDocument, in the same transaction as each change.
class AuditTrail {
public:
    // "S001 Ana Lopez", "A01 Ben Ortiz".
    static QString label(const Student& s);
    static QString label(const Adult& a);
    // "connected, concern; note: ..." ; "none" for no mark.
    static QString describe(const std::optional<Mark>& mark);
    static QString describe(const Student& s);
    static QString describe(const Adult& a);
    static QString describe(const MentorMatch& m);
    // The account the program runs under (USER / USERNAME), "unknown" if none.
    static QString osAccount();

    // `audit --format text|csv|json`.
    static QString toText(const QVector<AuditEntry>& rows);
    static QString toCsv(const QVector<AuditEntry>& rows);
    static QString toJson(const QVector<AuditEntry>& rows);

    // What a purge leaves in place of a student's id and name.
    static QString purgedStudent() { return QStringLiteral("purged student"); }
};

} // namespace cm
