#include "VoiceReport.h"

#include "Storage.h"
#include "VoiceData.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace cm {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cm::VoiceReport", text);
}

} // namespace

QString VoiceReport::heading(Agreement a) {
    switch (a) {
    case Agreement::StaffOnly:
        return tr("Adults marked them, they named nobody: act here first");
    case Agreement::Neither:
        return tr("No adult marked them and they named nobody");
    case Agreement::StudentOnly:
        return tr("They named an adult who did not mark them: ask that adult");
    case Agreement::Both:
        return tr("Adults marked them and they named an adult");
    case Agreement::NoResponse:
        break;
    }
    return {};
}

namespace {

QString listName(const Student& s) {
    const QString first = s.preferredName.isEmpty() ? s.givenName : s.preferredName;
    return first.isEmpty() ? s.familyName : s.familyName + QStringLiteral(", ") + first;
}

} // namespace

ReportTable VoiceReport::table(const Storage& storage, const Round& round) {
    const VoiceComparison c = VoiceData::compare(storage, round.id);
    QHash<RowId, QString> names;
    for (const Adult& a : storage.adults())
        names.insert(a.id, a.displayName());
    auto list = [&](const QVector<RowId>& ids, const QVector<RowId>& mutual) {
        QStringList out;
        for (RowId id : ids)
            out << (mutual.contains(id) ? tr("%1 (both)").arg(names.value(id)) : names.value(id));
        return out.isEmpty() ? tr("nobody") : out.join(QStringLiteral(", "));
    };
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    ReportTable t;
    t.title = tr("Student voice: staff and students side by side");
    t.subtitleLines = {
        storage.schoolName(),
        tr("Round: %1").arg(round.name) + QStringLiteral("   ·   ") +
            tr("Printed: %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))};
    const int active = int(c.students().size());
    t.highlight = tr("%1 of %2 students are known to adults but named nobody")
                      .arg(c.count(Agreement::StaffOnly))
                      .arg(active);
    t.note = tr("%1 of %2 active students answered the survey; %3 named at least one adult; "
                "%4 gave no answer. \"(both)\": the adult marked the student and was named.")
                 .arg(c.responded())
                 .arg(active)
                 .arg(c.namedAnyone())
                 .arg(c.count(Agreement::NoResponse));
    t.emptyText = tr("No survey answers in this round.");
    t.runningHeader =
        QStringLiteral("%1   ·   %2   ·   %3").arg(storage.schoolName(), t.title, round.name);
    t.footer = tr("Confidential: student information");
    t.columns = {{tr("Student"), 19, ReportTable::Cell::Text},
                 {tr("ID"), 9, ReportTable::Cell::Text},
                 {tr("Grade"), 7, ReportTable::Cell::Text},
                 {tr("Homeroom"), 11, ReportTable::Cell::Text},
                 {tr("Adults who marked them"), 27, ReportTable::Cell::Text},
                 {tr("Adults they named"), 27, ReportTable::Cell::Text}};
    for (int g = 0; g < kAgreementCount; ++g) {
        const Agreement a = Agreement(g);
        if (a == Agreement::NoResponse || c.count(a) == 0)
            continue;
        ReportTable::Section section{heading(a), {}};
        for (const VoiceStudent& v : c.students()) {
            if (v.agreement != a)
                continue;
            QString named = list(v.studentAdults, v.mutual);
            if (!v.unresolved.isEmpty())
                named += QLatin1Char(' ') +
                         tr("(not resolved: %1)").arg(v.unresolved.join(QStringLiteral(", ")));
            section.rows.push_back({listName(v.student), v.student.studentId, v.student.grade,
                                    v.student.homeroom, list(v.staffAdults, v.mutual), named});
        }
        t.sections.push_back(section);
    }
    return t;
}

} // namespace cm
