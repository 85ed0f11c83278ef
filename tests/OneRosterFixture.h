#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A small OneRoster 1.1 export built in code: two schools, staff, a guardian,
// a homeroom class and a math class, a delta-style deleted user.
struct OneRosterFixture {
    QMap<QString, QByteArray> files;

    static OneRosterFixture twoSchools();
    static OneRosterFixture oneSchool(); // the first school only
    // Writes the files into a folder, or into a zip (QuaZip's writer).
    QString writeFolder(const QString& dir) const;
    QString writeZip(const QString& path) const;
};
