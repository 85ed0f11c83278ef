// Benchmark: resolves the survey answers of 2,000 students against 400
// active adults (typical mix, and a worst case where every name is a new
// unknown one, so the typo search runs for each), then imports and compares
// them through a real school file. Built, not run by CTest.
#include "NameResolver.h"
#include "Storage.h"
#include "SurveyImport.h"
#include "VoiceData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cm;

namespace {

const QStringList kGiven{QStringLiteral("María"), QStringLiteral("John"),  QStringLiteral("Ann"),
                         QStringLiteral("Sean"),  QStringLiteral("Chidi"), QStringLiteral("Rosa"),
                         QStringLiteral("David"), QStringLiteral("Aiko"),  QStringLiteral("Omar")};
const QStringList kTitles{QStringLiteral("Mr."), QStringLiteral("Ms"),   QStringLiteral("Coach"),
                          QStringLiteral("Dr."), QStringLiteral("Sra."), QString()};

// Family names that differ enough: a syllable soup, some with accents.
QString familyName(int i) {
    static const QStringList syl{QStringLiteral("ka"), QStringLiteral("mo"), QStringLiteral("ri"),
                                 QStringLiteral("lé"), QStringLiteral("no"), QStringLiteral("su"),
                                 QStringLiteral("ta"), QStringLiteral("vi"), QStringLiteral("ñe"),
                                 QStringLiteral("do")};
    QString n = syl[i % 10] + syl[(i / 10) % 10] + syl[(i / 100) % 10] + QStringLiteral("son");
    n[0] = n[0].toUpper();
    return n;
}

QVector<Adult> adults(int n) {
    QVector<Adult> out;
    for (int i = 0; i < n; ++i) {
        Adult a;
        a.id = i + 1;
        a.adultId = QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0'));
        a.givenName = kGiven[i % kGiven.size()];
        a.familyName = familyName(i);
        out.push_back(a);
    }
    return out;
}

// One student's answer: two or three names, mostly right, some typos,
// some unknown, some non-answers.
QString answer(QRandomGenerator& rng, const QVector<Adult>& staff, bool unique, int i) {
    if (unique)
        return QStringLiteral("Someone Unheardof%1, Qwerty%2zz").arg(i).arg(i * 7);
    if (rng.bounded(100u) < 10)
        return QStringLiteral("nobody");
    QStringList names;
    const int count = 1 + int(rng.bounded(3u));
    for (int k = 0; k < count; ++k) {
        const Adult& a = staff[int(rng.bounded(quint32(staff.size())))];
        QString name =
            kTitles[int(rng.bounded(quint32(kTitles.size())))] + QLatin1Char(' ') + a.familyName;
        const quint32 kind = rng.bounded(100u);
        if (kind < 10)
            name.chop(1); // a typo
        else if (kind < 15)
            name = QStringLiteral("my aunt");
        else if (kind < 20)
            name = a.adultId;
        names.push_back(name.trimmed());
    }
    return names.join(QStringLiteral(", "));
}

double resolveAll(const QVector<Adult>& staff, const QStringList& answers, int* resolved) {
    QElapsedTimer t;
    t.start();
    const NameResolver r(staff);
    *resolved = 0;
    for (const QString& a : answers)
        *resolved += int(r.resolve(a).adults.size());
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times resolving 2,000 survey answers against 400 adults, then "
                       "importing and comparing them through a real school file."));
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int kStudents = 2000, kAdults = 400;
    const QVector<Adult> staff = adults(kAdults);
    QRandomGenerator rng(14);
    QStringList typical, unique;
    for (int i = 0; i < kStudents; ++i) {
        typical.push_back(answer(rng, staff, false, i));
        unique.push_back(answer(rng, staff, true, i));
    }
    int resolved = 0;
    const double msTypical = resolveAll(staff, typical, &resolved);
    out << "resolve " << kStudents << " answers vs " << kAdults
        << " adults (typical): " << msTypical << " ms, " << resolved << " adults resolved\n";
    const double msUnique = resolveAll(staff, unique, &resolved);
    out << "resolve " << kStudents << " answers vs " << kAdults
        << " adults (every name new and unknown): " << msUnique << " ms\n";

    QTemporaryDir dir;
    Storage s;
    if (!s.open(dir.filePath(QStringLiteral("school.sqlite"))).ok())
        return 1;
    {
        Storage::Transaction tx(s);
        for (Adult a : staff)
            (void)s.addAdult(a);
        for (int i = 0; i < kStudents; ++i) {
            Student st;
            st.studentId = QString::number(240000 + i);
            st.givenName = QStringLiteral("Kid");
            st.familyName = QString::number(i);
            (void)s.addStudent(st);
        }
        (void)tx.commit();
    }
    QFile f(dir.filePath(QStringLiteral("survey.csv")));
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QTextStream csv(&f);
    csv << "Timestamp,Student ID,Which adults would you go to?\n";
    for (int i = 0; i < kStudents; ++i)
        csv << "9/14/2026 8:" << QString::number(10 + i % 50) << ":00," << 240000 + i << ",\""
            << typical[i] << "\"\n";
    csv.flush();
    f.close();
    QElapsedTimer t;
    t.start();
    const Result<SurveyImportReport> r = SurveyImport::import(s, f.fileName(), {});
    out << "import " << kStudents << " answers: " << t.elapsed() << " ms ("
        << (r.ok() ? QStringLiteral("%1 unresolved names").arg(r->unresolved) : r.message())
        << ")\n";
    t.restart();
    const RowId round = s.currentRound().value().id;
    const VoiceComparison c = VoiceData::compare(s, round);
    out << "compare the round (read, resolve, rule): " << t.elapsed() << " ms, "
        << c.count(Agreement::StudentOnly) << " student_only\n";
    return r.ok() ? 0 : 1;
}
