#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace cm {

// Database row ids are internal; student_id and adult_id are the school's own
// identifiers, kept as text so that "0012345" keeps its leading zeros.
using RowId = qint64;

struct Student {
    RowId id = 0;
    QString studentId;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString grade;
    QString homeroom;
    bool active = true;
    // The number the school knows the student by (OneRoster's identifier)
    // when studentId is an opaque id (a GUID sourcedId); empty otherwise.
    QString studentNumber;

    // The id to show and print: the student number when there is one.
    QString shownId() const { return studentNumber.isEmpty() ? studentId : studentNumber; }
    // The name a person would say: preferred name where set.
    QString displayName() const {
        return (preferredName.isEmpty() ? givenName : preferredName) + QLatin1Char(' ') +
               familyName;
    }
    bool operator==(const Student& o) const {
        return studentId == o.studentId && givenName == o.givenName && familyName == o.familyName &&
               preferredName == o.preferredName && grade == o.grade && homeroom == o.homeroom &&
               active == o.active && studentNumber == o.studentNumber;
    }
};

struct Adult {
    RowId id = 0;
    QString adultId;
    QString givenName;
    QString familyName;
    QString role;
    QString email;
    bool active = true;
    int capacity = -1;      // mentees this adult can take; -1: the school-wide default
    bool volunteer = false; // volunteered to be a go-to adult
    QDate leavingDate;      // set when the adult is known to be leaving

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
    bool operator==(const Adult& o) const {
        return adultId == o.adultId && givenName == o.givenName && familyName == o.familyName &&
               role == o.role && email == o.email && active == o.active && capacity == o.capacity &&
               volunteer == o.volunteer && leavingDate == o.leavingDate;
    }
};

struct Round {
    RowId id = 0;
    QString name;
    QDateTime opened;
    QDateTime closed; // invalid while open
    bool isClosed() const { return closed.isValid(); }
};

enum class MarkKind { Connected, Concern };

QString markKindName(MarkKind kind);
// Parses "connected" / "concern" (case-insensitive, surrounding spaces ignored).
bool parseMarkKind(const QString& text, MarkKind* kind);

// One adult's marks for one student in one round. The two observations are
// independent: an adult can know a student well *and* worry about them.
// A stored mark has at least one of them; clearing both removes it (and its
// note).
struct Mark {
    RowId id = 0;
    RowId roundId = 0;
    RowId adultId = 0;      // adult row id
    RowId studentId = 0;    // student row id
    bool connected = false; // a positive, trusting relationship
    bool concern = false;   // "may benefit from a relationship"
    QString note;
    QDateTime markedAt;

    bool has(MarkKind kind) const { return kind == MarkKind::Connected ? connected : concern; }
    void set(MarkKind kind, bool on) { (kind == MarkKind::Connected ? connected : concern) = on; }
    bool isEmpty() const { return !connected && !concern; }
};

// A mark's observations without its note and time: what the rule reads.
struct MarkFlags {
    RowId adultId = 0;
    RowId studentId = 0;
    bool connected = false;
    bool concern = false;
    MarkFlags() = default;
    MarkFlags(RowId adult, RowId student, bool isConnected, bool isConcern)
        : adultId(adult)
        , studentId(student)
        , connected(isConnected)
        , concern(isConcern) {}
    explicit MarkFlags(const Mark& m)
        : adultId(m.adultId)
        , studentId(m.studentId)
        , connected(m.connected)
        , concern(m.concern) {}
};

// "yes/no, true/false, 1/0" as the canonical CSVs accept them.
bool parseYesNo(const QString& text, bool* value);

// Sort key for grade labels: PK, TK, KG (or K), then 1..12 in numeric order,
// then any other label alphabetically.
int compareGrades(const QString& a, const QString& b);

} // namespace cm
