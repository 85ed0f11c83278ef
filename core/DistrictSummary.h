#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cm {

class Storage;

// One school's aggregate figures for the district office (issue 17): what
// `district summary` prints, computed by the same definitions as the school's
// own dashboard (SchoolFigures, VoiceFigures) on the school's last mapped
// round. No student appears in it. Kept on the server (school_summary) so
// that the district office, which may not read any school's rows, sees it.
struct DistrictSummary {
    QString school; // the school's id
    QString name;
    QString round; // empty: no marks yet
    int students = 0;
    int unconnected = 0;
    int exactlyOne = 0;
    // Student voice in that round, when a survey was imported: the students
    // of each agreement group (VoiceComparison's order). A group smaller than
    // the privacy threshold is -1 ("fewer than N"), as elsewhere.
    bool hasSurvey = false;
    QVector<int> agreement;
    int privacyThreshold = 10;
    QString computedAt; // UTC, ISO 8601

    // The open school of `storage`, now.
    static DistrictSummary compute(const Storage& storage);
    QJsonObject toJson() const;
    static DistrictSummary fromJson(const QJsonObject& o);

    // "school,name,round,students,unconnected,exactly_one,both,..." and rows,
    // each a CSV record with its line end.
    static QString csvHeader();
    QString csvRow() const;
};

} // namespace cm
