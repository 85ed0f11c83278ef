#include "OneRosterFixture.h"

#include <QDir>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <stdexcept>

namespace {
const QByteArray kManifest = "propertyName,value\n"
                             "manifest.version,1.0\n"
                             "oneroster.version,1.1\n"
                             "file.users,bulk\n";
const QByteArray kOrgsOne =
    "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
    "D1,active,,Unified District,district,,\n"
    "SCH1,active,,Lincoln Middle,school,LMS,D1\n";
const QByteArray kOrgsTwo = kOrgsOne + "SCH2,active,,Roosevelt High,school,RHS,D1\n";
const QByteArray kUsers =
    "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
    "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
    "password\n"
    "u1,active,,true,SCH1,student,jlopez,,Jos\xC3\xA9,L\xC3\xB3pez,,1001,,,,g1,07,\n"
    "u2,active,,true,SCH1,student,achen,,Amy,Chen,,1002,,,,,07,\n"
    "u3,tobedeleted,,true,SCH1,student,gone,,Gone,Away,,1003,,,,,08,\n"
    "u4,active,,false,SCH1,student,off,,Off,Line,,1004,,,,,08,\n"
    "t1,active,,true,SCH1,teacher,tray,,Tia,Ray,,,tia@lms.example,,,,,\n"
    "t2,active,,true,\"SCH1,SCH2\",aide,,Uri,Sol,,,uri@lms.example,,,,,\n"
    "a1,active,,true,SCH1,administrator,,,Ada,Min,,,ada@lms.example,,,,,\n"
    "g1,active,,true,SCH1,guardian,,,Gwen,Lopez,,,,,,,,\n"
    "h1,active,,true,SCH2,student,,,Hal,High,,2001,,,,,10,\n"
    "h2,active,,true,SCH2,teacher,,,Hana,Teach,,,,,,,,\n";
const QByteArray kClassesOne =
    "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
    "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
    "c1,active,,Homeroom 7A,07,,HR7A,homeroom,,SCH1,,,,\n"
    "c2,active,,Math 7,07,,M7,scheduled,,SCH1,,,,\n";
const QByteArray kClassesTwo = kClassesOne + "c9,active,,Biology,10,,BIO,scheduled,,SCH2,,,,\n";
const QByteArray kEnrollmentsOne =
    "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
    "primary,beginDate,endDate\n"
    "e1,active,,c1,SCH1,u1,student,,,\n"
    "e2,active,,c1,SCH1,u2,student,,,\n"
    "e3,active,,c1,SCH1,t1,teacher,true,,\n"
    "e4,active,,c2,SCH1,u1,student,,,\n"
    "e5,active,,c2,SCH1,t2,aide,,,\n"
    "e6,tobedeleted,,c2,SCH1,u2,student,,,\n";
const QByteArray kEnrollmentsTwo = kEnrollmentsOne + "e9,active,,c9,SCH2,h1,student,,,\n"
                                                     "e10,active,,c9,SCH2,h2,teacher,,,\n";
const QByteArray kDemographics =
    "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
    "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,"
    "demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity\n"
    "u1,active,,,male,false,false,false,false,true,false,true\n"
    "u2,active,,,female,false,true,false,false,false,false,false\n";
} // namespace

OneRosterFixture OneRosterFixture::twoSchools() {
    OneRosterFixture f;
    f.files = {{QStringLiteral("manifest.csv"), kManifest},
               {QStringLiteral("orgs.csv"), kOrgsTwo},
               {QStringLiteral("users.csv"), kUsers},
               {QStringLiteral("classes.csv"), kClassesTwo},
               {QStringLiteral("enrollments.csv"), kEnrollmentsTwo},
               {QStringLiteral("demographics.csv"), kDemographics}};
    return f;
}

OneRosterFixture OneRosterFixture::oneSchool() {
    OneRosterFixture f = twoSchools();
    f.files[QStringLiteral("orgs.csv")] = kOrgsOne;
    f.files[QStringLiteral("classes.csv")] = kClassesOne;
    f.files[QStringLiteral("enrollments.csv")] = kEnrollmentsOne;
    // One school: its users only.
    QByteArray users;
    for (const QByteArray& line : kUsers.split('\n'))
        if (!line.isEmpty() && !line.contains("SCH2,student") && !line.contains("SCH2,teacher"))
            users += line + '\n';
    f.files[QStringLiteral("users.csv")] = users;
    return f;
}

QString OneRosterFixture::writeFolder(const QString& dir) const {
    QDir().mkpath(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            throw std::runtime_error("cannot write the fixture");
    }
    return dir;
}

QString OneRosterFixture::writeZip(const QString& path) const {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        throw std::runtime_error("cannot create the zip");
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            throw std::runtime_error("cannot add to the zip");
        f.write(it.value());
        f.close();
    }
    zip.close();
    return path;
}
