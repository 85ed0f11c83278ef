#include "Types.h"

namespace cm {

QString markKindName(MarkKind kind) {
    return kind == MarkKind::Connected ? QStringLiteral("connected") : QStringLiteral("concern");
}

bool parseMarkKind(const QString& text, MarkKind* kind) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("connected")) {
        *kind = MarkKind::Connected;
        return true;
    }
    if (t == QLatin1String("concern")) {
        *kind = MarkKind::Concern;
        return true;
    }
    return false;
}

bool parseYesNo(const QString& text, bool* value) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") ||
        t == QLatin1String("y")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") ||
        t == QLatin1String("n")) {
        *value = false;
        return true;
    }
    return false;
}

namespace {
// Returns a rank for well-known grade labels; non-numeric labels rank last.
int gradeRank(const QString& grade, bool* known) {
    const QString g = grade.trimmed().toUpper();
    *known = true;
    if (g == QLatin1String("PK") || g == QLatin1String("PREK") || g == QLatin1String("P"))
        return -3;
    if (g == QLatin1String("TK"))
        return -2;
    if (g == QLatin1String("KG") || g == QLatin1String("K") || g == QLatin1String("00"))
        return -1;
    bool isNumber = false;
    const int n = g.toInt(&isNumber);
    if (isNumber)
        return n;
    *known = false;
    return 0;
}
} // namespace

int compareGrades(const QString& a, const QString& b) {
    bool knownA = false;
    bool knownB = false;
    const int ra = gradeRank(a, &knownA);
    const int rb = gradeRank(b, &knownB);
    if (knownA && knownB)
        return ra < rb ? -1 : (ra > rb ? 1 : 0);
    if (knownA != knownB)
        return knownA ? -1 : 1;
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace cm
