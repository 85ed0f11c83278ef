// The voice command: staff and student views of a round side by side.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "Csv.h"
#include "MatchCommandSupport.h"
#include "SchoolDocument.h"
#include "Storage.h"
#include "VoiceData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cm {

using namespace matchcli;

namespace {

// lupdate files the tr() calls of free functions in namespace cm under "cm".
QString tr(const char* text) {
    return QCoreApplication::translate("cm", text);
}

QStringList adultIds(const People& people, const QVector<RowId>& ids) {
    QStringList out;
    for (RowId id : ids)
        out.push_back(people.adultId(id));
    return out;
}

QStringList adultNames(const People& people, const QVector<RowId>& ids) {
    QStringList out;
    for (RowId id : ids)
        out.push_back(people.adultName(id));
    return out;
}

QJsonObject jsonStudent(const People& people, const VoiceStudent& v) {
    return QJsonObject{
        {QStringLiteral("student_id"), v.student.studentId},
        {QStringLiteral("name"), v.student.displayName()},
        {QStringLiteral("grade"), v.student.grade},
        {QStringLiteral("homeroom"), v.student.homeroom},
        {QStringLiteral("staff_adults"),
         QJsonArray::fromStringList(adultIds(people, v.staffAdults))},
        {QStringLiteral("student_adults"),
         QJsonArray::fromStringList(adultIds(people, v.studentAdults))},
        {QStringLiteral("mutual"), QJsonArray::fromStringList(adultIds(people, v.mutual))},
        {QStringLiteral("agreement"), agreementName(v.agreement)},
        {QStringLiteral("unresolved"), QJsonArray::fromStringList(v.unresolved)}};
}

// For people: the counts, then the students to act on (not both, not no_response).
void printText(CliContext& ctx, const People& people, const QString& round,
               const VoiceComparison& c, int unresolved) {
    const int active = int(c.students().size());
    ctx.out << tr("Student voice, %1: %2 of %3 active students answered; %4 named at least one "
                  "adult.")
                   .arg(round)
                   .arg(c.responded())
                   .arg(active)
                   .arg(c.namedAnyone())
            << "\n";
    const QStringList meaning{tr("adults marked them, they named nobody: act here first"),
                              tr("no adult marked them and they named nobody"),
                              tr("they named an adult who did not mark them: ask that adult"),
                              tr("adults marked them and they named an adult"),
                              tr("no answer this round")};
    for (int i = 0; i < kAgreementCount; ++i)
        ctx.out << QStringLiteral("  %1 %2  %3\n")
                       .arg(agreementName(Agreement(i)), -12)
                       .arg(c.count(Agreement(i)), 5)
                       .arg(meaning[i]);
    if (unresolved > 0)
        ctx.out << "  " << tr("Unresolved names, not counted: %1").arg(unresolved)
                << " (caringmap survey unresolved)\n";
    for (const VoiceStudent& v : c.students()) {
        if (v.agreement == Agreement::Both || v.agreement == Agreement::NoResponse)
            continue;
        const QStringList staff = adultNames(people, v.staffAdults);
        const QStringList named = adultNames(people, v.studentAdults);
        ctx.out
            << (QStringLiteral("  %1  %2  %3  %4  · ") + tr("staff: %5 · named: %6%7") +
                QStringLiteral("\n"))
                   .arg(agreementName(v.agreement), -12)
                   .arg(v.student.grade, -4)
                   .arg(v.student.studentId, -10)
                   .arg(v.student.displayName())
                   .arg(staff.isEmpty() ? tr("nobody") : staff.join(QStringLiteral(", ")))
                   .arg(named.isEmpty() ? tr("nobody") : named.join(QStringLiteral(", ")))
                   .arg(v.unresolved.isEmpty()
                            ? QString()
                            : tr(" (unresolved: %1)").arg(v.unresolved.join(QStringLiteral(", "))));
    }
}

} // namespace

int cmdVoice(CliContext& ctx) {
    const QString roundName = ctx.args.option(QStringLiteral("round"), QString());
    const QString format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    int code = 0;
    if (!checkFormat(ctx, format, tableFormats(), &code))
        return code;
    if (!pos.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(pos.first()));
    SchoolDocument* doc = ctx.document(true);
    if (!doc)
        return ExitFailure;
    const Storage* storage = &doc->storage();
    const Result<Round> round = doc->round(roundName);
    if (!round.ok())
        return ctx.fail(round.message());
    const VoiceComparison c = VoiceData::compare(*storage, round->id);
    const int unresolved = int(VoiceData::load(*storage, round->id).unresolved().size());
    const People people(*storage);
    if (format == QLatin1String("csv")) {
        const QStringList header{QStringLiteral("student_id"),   QStringLiteral("given_name"),
                                 QStringLiteral("family_name"),  QStringLiteral("grade"),
                                 QStringLiteral("homeroom"),     QStringLiteral("agreement"),
                                 QStringLiteral("staff_adults"), QStringLiteral("student_adults"),
                                 QStringLiteral("mutual"),       QStringLiteral("unresolved")};
        const QString sep = QStringLiteral("; ");
        printCsv(ctx, header, c.students(), [&](const VoiceStudent& v) {
            return QStringList{v.student.studentId,
                               v.student.givenName,
                               v.student.familyName,
                               v.student.grade,
                               v.student.homeroom,
                               agreementName(v.agreement),
                               adultIds(people, v.staffAdults).join(sep),
                               adultIds(people, v.studentAdults).join(sep),
                               adultIds(people, v.mutual).join(sep),
                               v.unresolved.join(sep)};
        });
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonObject counts;
        for (int i = 0; i < kAgreementCount; ++i)
            counts.insert(agreementName(Agreement(i)), c.count(Agreement(i)));
        QJsonArray students;
        for (const VoiceStudent& v : c.students())
            students.append(jsonStudent(people, v));
        printJson(ctx, QJsonObject{{QStringLiteral("round"), round->name},
                                   {QStringLiteral("counts"), counts},
                                   {QStringLiteral("unresolved"), unresolved},
                                   {QStringLiteral("students"), students}});
        return ExitOk;
    }
    printText(ctx, people, round->name, c, unresolved);
    return ExitOk;
}

} // namespace cm
