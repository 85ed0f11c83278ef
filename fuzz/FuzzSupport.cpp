#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace cmfuzz {

namespace {
[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "fuzz set-up failed: %s\n", what);
    std::abort();
}
} // namespace

void startQt() {
    static int argc = 1;
    static char name[] = "caringmap-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

const QTemporaryDir& scratch() {
    static QTemporaryDir dir;
    if (!dir.isValid())
        die("no temporary folder");
    return dir;
}

QString writeInput(const QString& name, const uint8_t* data, size_t size) {
    const QString path = scratch().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        die("cannot write the input");
    return path;
}

cm::Storage& school() {
    static cm::Storage* storage = [] {
        auto* s = new cm::Storage;
        if (!s->open(scratch().filePath(QStringLiteral("school.sqlite"))).ok())
            die("cannot open the school");
        for (int i = 1; i <= 3; ++i) {
            cm::Student st;
            st.studentId = QStringLiteral("S%1").arg(i);
            st.givenName = QStringLiteral("Given%1").arg(i);
            st.familyName = QStringLiteral("Family");
            st.grade = QStringLiteral("07");
            st.homeroom = QStringLiteral("7A");
            if (!s->addStudent(st).ok())
                die("cannot add a student");
        }
        for (int i = 1; i <= 2; ++i) {
            cm::Adult a;
            a.adultId = QStringLiteral("T%1").arg(i);
            a.givenName = QStringLiteral("Teacher%1").arg(i);
            a.familyName = QStringLiteral("Ray");
            a.role = QStringLiteral("teacher");
            if (!s->addAdult(a).ok())
                die("cannot add an adult");
        }
        return s;
    }();
    return *storage;
}

} // namespace cmfuzz
