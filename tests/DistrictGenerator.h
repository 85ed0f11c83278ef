#pragma once
// Makes the files of the district school (DistrictSchool): people, homerooms
// and classes, then each round's marks, all from one seeded generator.

#include "DistrictSchool.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QVector>

namespace cmbench {

class DistrictGenerator {
public:
    explicit DistrictGenerator(const DistrictOptions& o)
        : m_o(o)
        , m_rng(o.seed) {}
    bool write(const QString& dir, DistrictFiles* files, QString* error);

private:
    struct Person {
        QString id, given, family, role;
        int grade = 0; // students: 9 to 12
        QByteArray status = "active";
        bool enabled = true;
        bool active() const { return status == "active" && enabled; }
    };

    struct Class {
        QString id, title;
        bool homeroom = false;
        int grade = 0;
        int teacher = 0; // adult index
        QVector<int> students;
    };

    struct Mark {
        int adult = 0, student = 0;
        bool concern = false;
        int note = -1; // index into kNotes
    };

    void makePeople();
    void makeClasses();
    QVector<Mark> makeMarks(int total, double unmarkedShare, int* unconnected);
    int markCounts(QVector<int>& k, int total, int minimum);
    void chooseAdults(int student, int k, QVector<Mark>& out);
    QByteArray usersCsv() const;
    QByteArray classesCsv() const;
    QByteArray enrollmentsCsv(int* rows) const;
    static QByteArray marksCsv(const QVector<Mark>& marks, const QVector<Person>& adults,
                               const QVector<Person>& students);

    DistrictOptions m_o;
    QRandomGenerator m_rng;
    QVector<Person> m_students, m_adults;
    QVector<int> m_teachers, m_inactiveAdults;
    QVector<Class> m_classes;
    QVector<QVector<int>> m_teachersOf; // per student: adult indexes, homeroom first
};

} // namespace cmbench
