#include "DemoSchool.h"

#include "Storage.h"
#include "StudentGroups.h"
#include "TeachingLinks.h"

#include <QHash>

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace cm {

namespace {

const QStringList& givenNames() {
    static const QStringList names{
        QStringLiteral("Aaliyah"),  QStringLiteral("Aarav"),  QStringLiteral("Abigail"),
        QStringLiteral("Adrián"),   QStringLiteral("Aiden"),  QStringLiteral("Amara"),
        QStringLiteral("Anaïs"),    QStringLiteral("Andrés"), QStringLiteral("Ava"),
        QStringLiteral("Benjamin"), QStringLiteral("Björn"),  QStringLiteral("Camila"),
        QStringLiteral("Carlos"),   QStringLiteral("Chloé"),  QStringLiteral("Daniel"),
        QStringLiteral("Diego"),    QStringLiteral("Elena"),  QStringLiteral("Elijah"),
        QStringLiteral("Emma"),     QStringLiteral("Ethan"),  QStringLiteral("Fatima"),
        QStringLiteral("Gabriel"),  QStringLiteral("Grace"),  QStringLiteral("Hannah"),
        QStringLiteral("Hiroshi"),  QStringLiteral("Imani"),  QStringLiteral("Isabella"),
        QStringLiteral("Jamal"),    QStringLiteral("José"),   QStringLiteral("Julia"),
        QStringLiteral("Kai"),      QStringLiteral("Kwame"),  QStringLiteral("Layla"),
        QStringLiteral("Liam"),     QStringLiteral("Lucía"),  QStringLiteral("Łukasz"),
        QStringLiteral("Maya"),     QStringLiteral("Mateo"),  QStringLiteral("Mia"),
        QStringLiteral("Mohammed"), QStringLiteral("Naomi"),  QStringLiteral("Noah"),
        QStringLiteral("Nuño"),     QStringLiteral("Olivia"), QStringLiteral("Omar"),
        QStringLiteral("Priya"),    QStringLiteral("Renée"),  QStringLiteral("Samuel"),
        QStringLiteral("Siobhán"),  QStringLiteral("Sofia"),  QStringLiteral("Søren"),
        QStringLiteral("Thảo"),     QStringLiteral("Tomás"),  QStringLiteral("Valentina"),
        QStringLiteral("William"),  QStringLiteral("Xavier"), QStringLiteral("Yusuf"),
        QStringLiteral("Zoë"),      QStringLiteral("Zainab"), QStringLiteral("Mei")};
    return names;
}

const QStringList& familyNames() {
    static const QStringList names{
        QStringLiteral("Adams"),     QStringLiteral("Ahmed"),    QStringLiteral("Álvarez"),
        QStringLiteral("Anderson"),  QStringLiteral("Baker"),    QStringLiteral("Brown"),
        QStringLiteral("Chen"),      QStringLiteral("Clark"),    QStringLiteral("Davis"),
        QStringLiteral("Díaz"),      QStringLiteral("Dubois"),   QStringLiteral("Evans"),
        QStringLiteral("García"),    QStringLiteral("Green"),    QStringLiteral("Hall"),
        QStringLiteral("Hernández"), QStringLiteral("Hill"),     QStringLiteral("Ivanova"),
        QStringLiteral("Jackson"),   QStringLiteral("Johnson"),  QStringLiteral("Kim"),
        QStringLiteral("Kowalski"),  QStringLiteral("Lee"),      QStringLiteral("López"),
        QStringLiteral("Martin"),    QStringLiteral("Martínez"), QStringLiteral("Müller"),
        QStringLiteral("Nguyễn"),    QStringLiteral("O'Brien"),  QStringLiteral("Okafor"),
        QStringLiteral("Patel"),     QStringLiteral("Pérez"),    QStringLiteral("Quinn"),
        QStringLiteral("Ramírez"),   QStringLiteral("Robinson"), QStringLiteral("Rossi"),
        QStringLiteral("Sánchez"),   QStringLiteral("Schmidt"),  QStringLiteral("Singh"),
        QStringLiteral("Smith"),     QStringLiteral("Tanaka"),   QStringLiteral("Taylor"),
        QStringLiteral("Thomas"),    QStringLiteral("Torres"),   QStringLiteral("Walker"),
        QStringLiteral("White"),     QStringLiteral("Williams"), QStringLiteral("Wilson"),
        QStringLiteral("Yamamoto"),  QStringLiteral("Young")};
    return names;
}

const QStringList& nicknames() {
    static const QStringList names{QStringLiteral("Ben"),   QStringLiteral("Liv"),
                                   QStringLiteral("Sam"),   QStringLiteral("Izzy"),
                                   QStringLiteral("Danny"), QStringLiteral("Gabe"),
                                   QStringLiteral("Will"),  QStringLiteral("Abby")};
    return names;
}

const QStringList& notes() {
    static const QStringList n{QStringLiteral("Talks with me about soccer"),
                               QStringLiteral("Stays after class to chat"),
                               QStringLiteral("We share an interest in drawing"),
                               QStringLiteral("Eats lunch in my room"),
                               QStringLiteral("Seems withdrawn lately"),
                               QStringLiteral("New to the school this year")};
    return n;
}

QString pick(QRandomGenerator& rng, const QStringList& list) {
    return list[int(rng.bounded(quint32(list.size())))];
}

struct Plan {
    QVector<RowId> studentIds;
    QVector<int> studentRoom; // index into homerooms
    QVector<RowId> adultIds;
    QVector<int> adultRoom; // homeroom taught, or -1
    QVector<int> extraRisk; // percentage points more likely to be unconnected
};

// Marks for one round: each student gets 0..4 connecting adults drawn from a
// realistic distribution; homeroom teachers are likelier to know their class.
int markRound(Storage& storage, QRandomGenerator& rng, const Plan& plan, RowId roundId,
              int unconnectedPercent, const QSet<int>& silentAdults, const QDateTime& at) {
    QVector<int> speaking; // adults who took part in this round
    for (int a = 0; a < plan.adultIds.size(); ++a) {
        if (!silentAdults.contains(a))
            speaking.push_back(a);
    }
    if (speaking.isEmpty())
        return 0;
    int count = 0;
    // Some adults know a student well and still worry about them. A generator
    // of its own, so the rest of the demo school is the same as without it.
    QRandomGenerator worry(quint32(plan.studentIds.size()) * 7919u + quint32(unconnectedPercent));
    for (int s = 0; s < plan.studentIds.size(); ++s) {
        const int roll = int(rng.bounded(100u));
        int connections;
        const int risk = unconnectedPercent + plan.extraRisk[s];
        if (roll < risk)
            connections = 0;
        else if (roll < risk + 20)
            connections = 1;
        else if (roll < risk + 50)
            connections = 2;
        else if (roll < risk + 75)
            connections = 3;
        else
            connections = 4 + int(rng.bounded(3u));
        QSet<int> chosen;
        for (int c = 0; c < connections; ++c) {
            int a = speaking[int(rng.bounded(quint32(speaking.size())))];
            if (c == 0 && rng.bounded(100u) < 60) {
                for (int t : speaking) {
                    if (plan.adultRoom[t] == plan.studentRoom[s]) {
                        a = t;
                        break;
                    }
                }
            }
            chosen.insert(a);
        }
        QList<int> ordered = chosen.values();
        std::sort(ordered.begin(), ordered.end());
        for (int a : ordered) {
            const QString note = rng.bounded(100u) < 8 ? pick(rng, notes()) : QString();
            if (storage
                    .setMark(roundId, plan.adultIds[a], plan.studentIds[s], MarkKind::Connected,
                             note, at)
                    .ok())
                ++count;
            if (worry.bounded(100u) < 4 &&
                storage
                    .setMark(roundId, plan.adultIds[a], plan.studentIds[s], MarkKind::Concern,
                             QString(), at)
                    .ok())
                ++count;
        }
        if (connections == 0 && rng.bounded(100u) < 45) {
            const int a = speaking[int(rng.bounded(quint32(speaking.size())))];
            if (storage
                    .setMark(roundId, plan.adultIds[a], plan.studentIds[s], MarkKind::Concern,
                             pick(rng, notes()), at)
                    .ok())
                ++count;
        }
    }
    return count;
}

// Demographic and program groups for the equity charts. English learners and
// students new to the school are a little less often known well, as in real
// schools, so that the equity view has something to show.
Result<int> addGroups(Storage& storage, QRandomGenerator& rng, RowId student, int* risk) {
    struct Choice {
        const char* category;
        const char* name;
        int percent;
        int risk;
    };
    static const Choice choices[] = {{"Ethnicity", "Hispanic or Latino", 28, 0},
                                     {"Ethnicity", "Black or African American", 15, 0},
                                     {"Ethnicity", "Asian", 12, 0},
                                     {"Ethnicity", "White", 38, 0},
                                     {"Ethnicity", "Two or more races", 7, 0}};
    int roll = int(rng.bounded(100u));
    QVector<QPair<QString, QString>> mine;
    for (const Choice& c : choices) {
        if (roll < c.percent) {
            mine.push_back({QString::fromLatin1(c.category), QString::fromLatin1(c.name)});
            break;
        }
        roll -= c.percent;
    }
    mine.push_back({QStringLiteral("Sex"),
                    rng.bounded(2u) ? QStringLiteral("Female") : QStringLiteral("Male")});
    *risk = 0;
    if (rng.bounded(100u) < 12) {
        mine.push_back({QStringLiteral("Program"), QStringLiteral("English learner")});
        *risk += 14;
    }
    if (rng.bounded(100u) < 13)
        mine.push_back({QStringLiteral("Program"), QStringLiteral("IEP")});
    if (rng.bounded(100u) < 9) {
        mine.push_back({QStringLiteral("Program"), QStringLiteral("New this year")});
        *risk += 10;
    }
    for (const auto& [category, name] : mine) {
        Result<RowId> g = StudentGroups::ensure(storage, category, name);
        if (!g.ok())
            return g.error();
        if (Status st = StudentGroups::addMember(storage, *g, student); !st.ok())
            return st.error();
    }
    return int(mine.size());
}

// Teaching links: each homeroom's teacher teaches it; the other teachers and
// coaches teach subjects to a few homerooms of one grade.
Status addTeaching(Storage& storage, QRandomGenerator& rng, const Plan& plan,
                   const QStringList& homerooms, const QStringList& roomGrade) {
    static const char* subjects[] = {"Math", "Science", "English", "Social Studies",
                                     "Art",  "Music",   "PE"};
    QHash<int, QVector<int>> studentsInRoom;
    for (int s = 0; s < plan.studentIds.size(); ++s)
        studentsInRoom[plan.studentRoom[s]].push_back(s);
    for (int a = 0; a < plan.adultIds.size(); ++a) {
        QVector<int> rooms;
        QString title;
        if (plan.adultRoom[a] >= 0) {
            rooms.push_back(plan.adultRoom[a]);
            title = QStringLiteral("Homeroom %1").arg(homerooms[plan.adultRoom[a]]);
        } else if (a >= 2) {
            const int first = int(rng.bounded(quint32(homerooms.size())));
            for (int r = 0; r < homerooms.size() && rooms.size() < 3; ++r) {
                const int room = (first + r) % int(homerooms.size());
                if (roomGrade[room] == roomGrade[first])
                    rooms.push_back(room);
            }
            title = QStringLiteral("%1 %2")
                        .arg(QString::fromLatin1(subjects[a % 7]))
                        .arg(roomGrade[first].toInt());
        }
        for (int room : rooms) {
            for (int s : studentsInRoom.value(room)) {
                const TeachingLink link{plan.adultIds[a], plan.studentIds[s],
                                        QStringLiteral("C-%1-%2").arg(a).arg(room), title};
                if (Status st = TeachingLinks::add(storage, link); !st.ok())
                    return st;
            }
        }
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoSchool::create(Storage& storage, const DemoOptions& options) {
    if (options.students < 1 || options.adults < 1)
        return Error{
            QStringLiteral("a demo school needs at least one student and one adult"), {}, 0};
    if (!storage.students().isEmpty() || !storage.adults().isEmpty())
        return Error{QStringLiteral("this database already has a roster; make the demo school "
                                    "in a new file (--db)"),
                     storage.path(), 0};

    QRandomGenerator rng(options.seed);
    Storage::Transaction tx(storage);
    DemoSummary summary;

    const QStringList grades{QStringLiteral("06"), QStringLiteral("07"), QStringLiteral("08")};
    const int perRoom = 24;
    const int rooms = std::max(1, (options.students + perRoom - 1) / perRoom);
    QStringList homerooms;
    QStringList roomGrade;
    QVector<int> roomsInGrade(grades.size(), 0);
    for (int r = 0; r < rooms; ++r) {
        const int g = r * int(grades.size()) / rooms;
        const QChar letter(QLatin1Char('A').unicode() + roomsInGrade[g]++ % 26);
        homerooms.push_back(grades[g].right(1) + letter);
        roomGrade.push_back(grades[g]);
    }

    Plan plan;
    for (int i = 0; i < options.students; ++i) {
        Student s;
        s.studentId = QStringLiteral("%1").arg(1000 + i * 7, 7, 10, QLatin1Char('0'));
        s.givenName = pick(rng, givenNames());
        s.familyName = pick(rng, familyNames());
        if (rng.bounded(100u) < 5)
            s.preferredName = pick(rng, nicknames());
        const int room = i * rooms / options.students;
        s.homeroom = homerooms[room];
        s.grade = roomGrade[room];
        s.active = rng.bounded(1000u) >= 8; // a few students have moved away
        Result<RowId> id = storage.addStudent(s);
        if (!id.ok())
            return id.error();
        if (s.active) {
            plan.studentIds.push_back(*id);
            plan.studentRoom.push_back(room);
            int risk = 0;
            Result<int> groups = addGroups(storage, rng, *id, &risk);
            if (!groups.ok())
                return groups.error();
            plan.extraRisk.push_back(risk);
        }
        ++summary.students;
    }

    const QStringList roles{QStringLiteral("teacher"), QStringLiteral("teacher"),
                            QStringLiteral("teacher"), QStringLiteral("teacher"),
                            QStringLiteral("coach"),   QStringLiteral("support staff"),
                            QStringLiteral("teacher"), QStringLiteral("support staff")};
    for (int i = 0; i < options.adults; ++i) {
        Adult a;
        a.adultId = QStringLiteral("T%1").arg(101 + i, 3, 10, QLatin1Char('0'));
        a.givenName = pick(rng, givenNames());
        a.familyName = pick(rng, familyNames());
        int room = -1;
        if (i == 0)
            a.role = QStringLiteral("counselor");
        else if (i == 1)
            a.role = QStringLiteral("administrator");
        else if (i - 2 < rooms) {
            a.role = QStringLiteral("teacher");
            room = i - 2;
        } else {
            a.role = roles[int(rng.bounded(quint32(roles.size())))];
        }
        a.email = QStringLiteral("%1.%2@school.example")
                      .arg(a.givenName.toLower(), a.familyName.toLower())
                      .remove(QLatin1Char('\''));
        a.volunteer = rng.bounded(100u) < 30;
        if (a.role == QLatin1String("administrator"))
            a.capacity = 1;
        Result<RowId> id = storage.addAdult(a);
        if (!id.ok())
            return id.error();
        plan.adultIds.push_back(*id);
        plan.adultRoom.push_back(room);
        ++summary.adults;
    }

    if (Status st = addTeaching(storage, rng, plan, homerooms, roomGrade); !st.ok())
        return st.error();

    const QDate today = QDate::currentDate();
    const int year = today.month() >= 8 ? today.year() : today.year() - 1;
    const QDateTime springOpened(QDate(year, 3, 2), QTime(15, 30), Qt::UTC);
    const QDateTime fallOpened(QDate(year, 9, 21), QTime(15, 30), Qt::UTC);
    Result<Round> spring = storage.createRound(QStringLiteral("Spring %1").arg(year), springOpened);
    if (!spring.ok())
        return spring.error();
    Result<Round> fall = storage.createRound(QStringLiteral("Fall %1").arg(year), fallOpened);
    if (!fall.ok())
        return fall.error();

    // A few adults have not marked anyone yet this round.
    QSet<int> silent;
    const int silentCount = std::max(0, options.adults / 12);
    for (int i = 0; i < silentCount; ++i)
        silent.insert(options.adults - 1 - i);
    summary.marks += markRound(storage, rng, plan, spring->id, 22, {}, springOpened);
    summary.marks += markRound(storage, rng, plan, fall->id, 12, silent, fallOpened.addDays(2));

    // A teacher who has left: their marks stay on record but no longer count.
    if (options.adults > 4) {
        if (Status st = storage.setAdultActive(plan.adultIds[options.adults / 2], false); !st.ok())
            return st.error();
    }
    if (Status st = storage.setSetting(QStringLiteral("school_name"),
                                       QStringLiteral("Maple Grove Middle School"));
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    summary.currentRound = fall->name;
    return summary;
}

} // namespace cm
