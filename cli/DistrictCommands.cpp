// `district ...`: one PostgreSQL server for many schools (issue 17). These
// commands speak to the district itself (its schema, schools and roles), not
// to one school, so they open the server without choosing a school.
#include "Cli.h"
#include "CliArgs.h"
#include "Commands.h"
#include "DistrictSummary.h"
#include "ServerAddress.h"
#include "Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cm {

namespace {

// Creates or brings forward the district; at this version it does nothing
// unless --repair asks to apply the grants and row-level security again
// (which briefly locks every table while counselors work).
int districtInit(CliContext& ctx, Storage& s, bool repair) {
    if (Status st =
            s.initDistrict(repair ? Storage::InitMode::Always : Storage::InitMode::IfNeeded);
        !st.ok())
        return ctx.fail(st.message());
    ctx.out << QStringLiteral("The district on %1 is ready (schema %2).\n")
                   .arg(ctx.dbPath())
                   .arg(s.schemaVersion());
    return ExitOk;
}

int addSchool(CliContext& ctx, Storage& s, const QStringList& pos) {
    if (pos.size() != 3)
        return ctx.usage(QStringLiteral("district add-school takes an ID and a \"Name\""));
    if (Status st = s.addSchool(pos[1], pos[2]); !st.ok())
        return ctx.fail(st.message());
    ctx.out << QStringLiteral("School %1 (%2) is in the district.\n").arg(pos[1], pos[2]);
    return ExitOk;
}

int listSchools(CliContext& ctx, Storage& s, const QString& format) {
    const Result<QVector<Storage::SchoolEntry>> schools = s.districtSchools();
    if (!schools.ok())
        return ctx.fail(schools.error().toString());
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Storage::SchoolEntry& e : *schools)
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("can_write"), e.canWrite}});
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (schools->isEmpty())
        ctx.out << QStringLiteral("No school that you may open (district IT adds them with "
                                  "'caringmap district add-school ID \"Name\"').\n");
    for (const Storage::SchoolEntry& e : *schools)
        ctx.out << e.id << "\t" << e.name << "\t"
                << (e.canWrite ? QStringLiteral("counselor") : QStringLiteral("viewer")) << "\n";
    return ExitOk;
}

Result<QString> readPassword(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.errorString(), path, 0};
    const QString password = QString::fromUtf8(f.readLine(4096)).trimmed();
    if (password.isEmpty())
        return Error{QStringLiteral("the password file's first line is empty"), path, 0};
    return password;
}

int grantRole(CliContext& ctx, Storage& s, const QStringList& pos, const QString& school,
              const QString& as, bool office, const QString& passwordFile) {
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("district grant takes one ROLE"));
    if (office == !school.isEmpty())
        return ctx.usage(QStringLiteral("district grant needs --school ID or --office"));
    if (as != QLatin1String("counselor") && as != QLatin1String("viewer"))
        return ctx.usage(QStringLiteral("--as must be counselor or viewer"));
    QString password;
    if (!passwordFile.isEmpty()) {
        const Result<QString> p = readPassword(passwordFile);
        if (!p.ok())
            return ctx.fail(p.error().toString());
        password = *p;
    }
    const Storage::Access access = office                          ? Storage::Access::Office
                                   : as == QLatin1String("viewer") ? Storage::Access::Viewer
                                                                   : Storage::Access::Counselor;
    if (Status st = s.grant(pos[1], school, access, password); !st.ok())
        return ctx.fail(st.message());
    if (office)
        ctx.out << QStringLiteral("%1 sees every school's aggregate figures (district summary) "
                                  "and no student.\n")
                       .arg(pos[1]);
    else
        ctx.out << QStringLiteral("%1 may %2 school %3, and no other school's rows.\n")
                       .arg(pos[1],
                            access == Storage::Access::Viewer ? QStringLiteral("read")
                                                              : QStringLiteral("read and change"),
                            school);
    return ExitOk;
}

// District IT computes every school afresh (and keeps the figures for the
// office); a counselor the schools granted; the office reads the kept ones.
QVector<DistrictSummary> summaries(Storage& s) {
    QVector<DistrictSummary> out;
    const Result<QVector<Storage::SchoolEntry>> schools = s.districtSchools();
    if (schools.ok() && !schools->isEmpty()) {
        for (const Storage::SchoolEntry& e : *schools) {
            if (!s.selectSchool(e.id).ok())
                continue;
            out.push_back(DistrictSummary::compute(s));
            if (e.canWrite)
                (void)s.putSchoolSummary(
                    QString::fromUtf8(QJsonDocument(out.constLast().toJson()).toJson()));
        }
        return out;
    }
    for (const auto& [id, json] : s.schoolSummaries())
        out.push_back(DistrictSummary::fromJson(QJsonDocument::fromJson(json.toUtf8()).object()));
    return out;
}

int summary(CliContext& ctx, Storage& s, const QString& format) {
    const QVector<DistrictSummary> list = summaries(s);
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const DistrictSummary& d : list)
            a.append(d.toJson());
        ctx.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        ctx.out << DistrictSummary::csvHeader();
        for (const DistrictSummary& d : list)
            ctx.out << d.csvRow();
    } else {
        for (const DistrictSummary& d : list)
            ctx.out << QStringLiteral("%1 %2: %3 students, %4 unconnected, %5 with exactly one "
                                      "adult (%6)\n")
                           .arg(d.school, d.name.isEmpty()
                                              ? QString()
                                              : QLatin1Char('(') + d.name + QLatin1Char(')'))
                           .arg(d.students)
                           .arg(d.unconnected)
                           .arg(d.exactlyOne)
                           .arg(d.round.isEmpty() ? QStringLiteral("no marks yet") : d.round);
        if (list.isEmpty())
            ctx.out << QStringLiteral("No school's figures are visible to you.\n");
    }
    return ExitOk;
}

} // namespace

int cmdDistrict(CliContext& ctx) {
    const QString format = ctx.args.option(QStringLiteral("format"), QStringLiteral("text"));
    // --school is the global option (GlobalArgs puts it into the address).
    const Result<ServerAddress> address = ServerAddress::parse(ctx.dbPath());
    const QString school = address.ok() ? address->school() : QString();
    const QString as = ctx.args.option(QStringLiteral("as"), QStringLiteral("counselor"));
    const QString passwordFile = ctx.args.option(QStringLiteral("password-file"), QString());
    const bool office = ctx.args.flag(QStringLiteral("office"));
    const bool repair = ctx.args.flag(QStringLiteral("repair"));
    const QStringList pos = ctx.args.positionals();
    if (int u = ctx.checkArgs(); u >= 0)
        return u;
    const QString what = pos.value(0);
    static const QStringList known{QStringLiteral("init"), QStringLiteral("add-school"),
                                   QStringLiteral("list-schools"), QStringLiteral("grant"),
                                   QStringLiteral("summary")};
    if (!known.contains(what))
        return ctx.usage(QStringLiteral("district takes init, add-school, list-schools, grant or "
                                        "summary"));
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        !(format == QLatin1String("csv") && what == QLatin1String("summary")))
        return ctx.usage(QStringLiteral("--format must be text or json (or csv for summary)"));
    Storage s;
    if (Status st = s.openDistrict(ctx.dbPath()); !st.ok())
        return ctx.fail(st.message());
    if (what != QLatin1String("init") && s.schemaVersion() == 0)
        return ctx.fail(QStringLiteral("the server holds no caringmap district yet; create it "
                                       "with 'caringmap --db ADDRESS district init'"));
    if (what == QLatin1String("init"))
        return districtInit(ctx, s, repair);
    if (what == QLatin1String("add-school"))
        return addSchool(ctx, s, pos);
    if (what == QLatin1String("list-schools"))
        return listSchools(ctx, s, format);
    if (what == QLatin1String("grant"))
        return grantRole(ctx, s, pos, school, as, office, passwordFile);
    return summary(ctx, s, format);
}

} // namespace cm
