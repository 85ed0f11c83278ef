#include "DistrictSummary.h"

#include "Csv.h"
#include "SchoolDocument.h"
#include "SchoolFigures.h"
#include "Storage.h"
#include "VoiceComparison.h"
#include "VoiceFigures.h"

#include <QDateTime>
#include <QJsonArray>

namespace cm {

DistrictSummary DistrictSummary::compute(const Storage& storage) {
    DistrictSummary s;
    s.school = storage.school();
    s.name = storage.schoolName();
    s.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const std::optional<Round> round = SchoolDocument::lastMappedRound(storage, 0);
    if (!round)
        return s;
    s.round = round->name;
    const SchoolFigures f = SchoolFigures::compute(storage, *round);
    s.privacyThreshold = f.privacyThreshold;
    s.students = f.studentsActive;
    s.unconnected = f.unconnected;
    s.exactlyOne = f.exactlyOne;
    if (storage.surveyAnswerCount(round->id) == 0)
        return s;
    s.hasSurvey = true;
    const VoiceFigures v = VoiceFigures::compute(storage, round->id, f.privacyThreshold);
    for (int i = 0; i < kAgreementCount; ++i)
        s.agreement.push_back(v.counts[i] < f.privacyThreshold ? -1 : v.counts[i]);
    return s;
}

QJsonObject DistrictSummary::toJson() const {
    QJsonObject o{{QStringLiteral("school"), school},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("round"), round},
                  {QStringLiteral("students_active"), students},
                  {QStringLiteral("unconnected"), unconnected},
                  {QStringLiteral("exactly_one"), exactlyOne},
                  {QStringLiteral("privacy_threshold"), privacyThreshold},
                  {QStringLiteral("computed_at"), computedAt}};
    if (hasSurvey) {
        QJsonObject groups;
        for (int i = 0; i < agreement.size(); ++i)
            groups.insert(agreementName(Agreement(i)),
                          agreement[i] < 0 ? QJsonValue() : QJsonValue(agreement[i]));
        o.insert(QStringLiteral("agreement"), groups);
    }
    return o;
}

DistrictSummary DistrictSummary::fromJson(const QJsonObject& o) {
    DistrictSummary s;
    s.school = o.value(QStringLiteral("school")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.round = o.value(QStringLiteral("round")).toString();
    s.students = o.value(QStringLiteral("students_active")).toInt();
    s.unconnected = o.value(QStringLiteral("unconnected")).toInt();
    s.exactlyOne = o.value(QStringLiteral("exactly_one")).toInt();
    s.privacyThreshold = o.value(QStringLiteral("privacy_threshold")).toInt(10);
    s.computedAt = o.value(QStringLiteral("computed_at")).toString();
    const QJsonObject groups = o.value(QStringLiteral("agreement")).toObject();
    s.hasSurvey = o.contains(QStringLiteral("agreement"));
    if (s.hasSurvey)
        for (int i = 0; i < kAgreementCount; ++i) {
            const QJsonValue v = groups.value(agreementName(Agreement(i)));
            s.agreement.push_back(v.isNull() || v.isUndefined() ? -1 : v.toInt());
        }
    return s;
}

QString DistrictSummary::csvHeader() {
    QStringList h{QStringLiteral("school"),      QStringLiteral("name"),
                  QStringLiteral("round"),       QStringLiteral("students_active"),
                  QStringLiteral("unconnected"), QStringLiteral("exactly_one")};
    for (int i = 0; i < kAgreementCount; ++i)
        h << agreementName(Agreement(i));
    h << QStringLiteral("computed_at");
    return csv::formatRecord(h);
}

QString DistrictSummary::csvRow() const {
    QStringList r{school,
                  name,
                  round,
                  QString::number(students),
                  QString::number(unconnected),
                  QString::number(exactlyOne)};
    for (int i = 0; i < kAgreementCount; ++i) {
        const int n = hasSurvey && i < agreement.size() ? agreement[i] : -2;
        r << (n == -2   ? QString()
              : n == -1 ? QStringLiteral("<%1").arg(privacyThreshold)
                        : QString::number(n));
    }
    r << computedAt;
    return csv::formatRecord(r);
}

} // namespace cm
