#pragma once

#include "Error.h"
#include "Types.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace cm {

class Storage;

enum class CheckInStatus { Trying, Connected, NeedsHelp };

QString checkInStatusName(CheckInStatus status); // "trying", "connected", "needs-help"
// Parses the names above (case-insensitive, surrounding spaces ignored).
bool parseCheckInStatus(const QString& text, CheckInStatus* status);

// A go-to adult for a student: the plan. The outcome is the adult's mark.
struct MentorMatch {
    RowId id = 0;
    RowId studentId = 0; // student row id
    RowId adultId = 0;   // adult row id
    RowId roundId = 0;   // the round it was made in (0 when that round is gone)
    QString plan;
    QDate startDate;
    QDate firstFollowUp;
    QDate secondFollowUp;
    QDate ended; // invalid while open
    QDateTime createdAt;
    bool isOpen() const { return !ended.isValid(); }
};

struct CheckIn {
    RowId id = 0;
    RowId matchId = 0;
    QDate date;
    CheckInStatus status = CheckInStatus::Trying;
    QString note;
};

// One mentee on an adult's own list (the mentor PDF and `match list --adult`).
struct Mentee {
    MentorMatch match;
    Student student;
    std::optional<CheckIn> lastCheckIn;
    bool connected = false; // the adult has marked the student connected this round
};

enum class FollowUp { First, Second };

struct DueFollowUp {
    MentorMatch match;
    FollowUp which = FollowUp::First;
    QDate dueDate;
    int daysOverdue = 0; // 0: due today
    std::optional<CheckIn> lastCheckIn;
};

// School-wide settings of the mentoring loop (stored as settings).
struct MentoringSettings {
    int defaultCapacity = 3;     // "default_capacity"
    int firstFollowUpDays = 28;  // "follow_up_days_first"
    int secondFollowUpDays = 60; // "follow_up_days_second"
    QString defaultPlan;         // "mentor_plan_default"
};

// Go-to adult matches, check-ins and follow-up, through the school's Storage.
// A follow-up counts as done when a check-in is dated at most a week before
// its date, or later.
class Mentoring {
public:
    static QString builtInPlan();
    static MentoringSettings settings(const Storage& storage);
    static Status setSettings(Storage& storage, const MentoringSettings& settings);
    // Mentees an adult can take: their own capacity or the school default; 0
    // when inactive.
    static int capacityOf(const Adult& adult, int defaultCapacity);
    // Adult row id -> open matches.
    static QHash<RowId, int> openLoad(const Storage& storage);

    static QVector<MentorMatch> matches(const Storage& storage, bool openOnly = true);
    static std::optional<MentorMatch> matchById(const Storage& storage, RowId id);
    static std::optional<MentorMatch> openMatchOfStudent(const Storage& storage, RowId studentId);
    static QVector<MentorMatch> openMatchesOfAdult(const Storage& storage, RowId adultId);

    // Makes `adultId` the student's go-to adult from `start` (today when
    // invalid), ending the student's previous open match. Refuses inactive
    // people and an adult without a free place. roundId 0: the current round.
    // The same adult again returns the open match unchanged. defaultCapacity
    // >= 0 stands in for the school default (a suggestion made with another).
    static Result<RowId> assign(Storage& storage, RowId studentId, RowId adultId,
                                const QDate& start = QDate(), const QString& plan = QString(),
                                RowId roundId = 0, int defaultCapacity = -1);
    static Status endMatch(Storage& storage, RowId matchId, const QDate& on);
    static Status reopenMatch(Storage& storage, RowId matchId);
    // Removes a match with its check-ins (undo of assign).
    static Status deleteMatch(Storage& storage, RowId matchId);
    // Plan and dates (by match.id).
    static Status updateMatch(Storage& storage, const MentorMatch& match);

    // Records a check-in (today when date is invalid). Connected also records
    // a `connected` mark for the adult in the current round, in the same
    // transaction.
    static Result<RowId> addCheckIn(Storage& storage, RowId matchId, CheckInStatus status,
                                    const QString& note = QString(), const QDate& date = QDate());
    static QVector<CheckIn> checkIns(const Storage& storage, RowId matchId); // by date
    static std::optional<CheckIn> lastCheckIn(const Storage& storage, RowId matchId);

    // Open matches whose next follow-up is due on or before asOf, most
    // overdue first.
    static QVector<DueFollowUp> due(const Storage& storage, const QDate& asOf);
    // An adult's open matches, with the student and the last check-in, by
    // student (grade, name).
    static QVector<Mentee> menteesOf(const Storage& storage, RowId adultId);
};

} // namespace cm
