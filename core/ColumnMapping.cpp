#include "ColumnMapping.h"

namespace cm {

const QString ColumnMapping::kGroup = QStringLiteral("group");

namespace {

// Header with everything but letters and digits removed: "Grade Level" -> "gradelevel".
QString squash(const QString& header) {
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

struct Guess {
    const char* field;
    QStringList headers;
};

const QVector<Guess>& guesses(RosterKind kind) {
    static const QVector<Guess> common{
        {"given_name",
         {"givenname", "firstname", "first", "forename", "legalfirstname", "studentfirstname",
          "stafffirstname", "fname"}},
        {"family_name",
         {"familyname", "lastname", "last", "surname", "legallastname", "studentlastname",
          "stafflastname", "lname"}},
        {"preferred_name",
         {"preferredname", "preferredfirstname", "nickname", "knownas", "goesby"}},
        {"active", {"active", "status", "enrollmentstatus", "enrolled"}},
    };
    static const QVector<Guess> students = [] {
        QVector<Guess> g{
            {"student_id",
             {"studentid", "studentnumber", "studentno", "studentnum", "id", "localid", "sisid",
              "stateid", "pupilnumber", "idnumber", "permnumber", "sourcedid"}},
            {"grade", {"grade", "gradelevel", "gr", "grades", "yeargroup", "year"}},
            {"homeroom",
             {"homeroom", "hr", "homeroomname", "advisory", "form", "tutorgroup", "class",
              "section"}},
        };
        g += common;
        return g;
    }();
    static const QVector<Guess> adults = [] {
        QVector<Guess> g{
            {"adult_id",
             {"adultid", "staffid", "staffnumber", "staffno", "employeeid", "employeenumber",
              "teacherid", "teachernumber", "id", "sourcedid"}},
            {"role", {"role", "position", "jobtitle", "title", "stafftype"}},
            {"email", {"email", "emailaddress", "mail", "workemail", "staffemail"}},
        };
        g += common;
        return g;
    }();
    return kind == RosterKind::Students ? students : adults;
}

} // namespace

QStringList ColumnMapping::requiredFields(RosterKind kind) {
    if (kind == RosterKind::Students)
        return {QStringLiteral("student_id"), QStringLiteral("given_name"),
                QStringLiteral("family_name")};
    return {QStringLiteral("adult_id"), QStringLiteral("given_name"),
            QStringLiteral("family_name")};
}

QStringList ColumnMapping::fields(RosterKind kind) {
    QStringList f = requiredFields(kind);
    if (kind == RosterKind::Students)
        f << QStringLiteral("preferred_name") << QStringLiteral("grade")
          << QStringLiteral("homeroom") << QStringLiteral("active") << kGroup;
    else
        f << QStringLiteral("role") << QStringLiteral("email") << QStringLiteral("active");
    return f;
}

ColumnMapping ColumnMapping::guess(const QStringList& headers, RosterKind kind) {
    ColumnMapping m;
    QStringList taken;
    for (const Guess& g : guesses(kind)) {
        const QString field = QLatin1String(g.field);
        // The earlier a header spelling is in the list, the better the guess.
        for (const QString& spelling : g.headers) {
            bool found = false;
            for (const QString& h : headers) {
                if (squash(h) == spelling && !m.m_map.contains(key(h))) {
                    m.set(h, field);
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }
    return m;
}

Result<ColumnMapping> ColumnMapping::parse(const QString& spec, RosterKind kind) {
    ColumnMapping m;
    const QStringList allowed = fields(kind);
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{QStringLiteral("--map takes \"Column=field,...\"; \"%1\" has no '='")
                             .arg(part.trimmed()),
                         {},
                         0};
        const QString header = part.left(eq).trimmed();
        const QString field = part.mid(eq + 1).trimmed().toLower();
        if (!field.isEmpty() && field != QLatin1String("ignore") && !allowed.contains(field))
            return Error{QStringLiteral("unknown field \"%1\" (use %2 or ignore)")
                             .arg(field, allowed.join(QStringLiteral(", "))),
                         {},
                         0};
        m.set(header, field == QLatin1String("ignore") ? QString() : field);
    }
    return m;
}

void ColumnMapping::set(const QString& header, const QString& field) {
    m_map.insert(key(header), field);
    m_names.insert(key(header), header.trimmed());
}

Result<ColumnMapping::Resolved> ColumnMapping::resolve(const QStringList& headers,
                                                       RosterKind kind) const {
    Resolved r;
    QHash<QString, int> index;
    for (int i = 0; i < headers.size(); ++i)
        if (!index.contains(key(headers[i])))
            index.insert(key(headers[i]), i);
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const auto col = index.constFind(it.key());
        if (col == index.constEnd())
            return Error{QStringLiteral("the file has no column \"%1\" (mapped to %2)")
                             .arg(m_names.value(it.key()), it.value()),
                         {},
                         1};
        if (it.value() == kGroup) {
            r.groups.push_back({*col, headers[*col].trimmed()});
            continue;
        }
        if (r.field.contains(it.value()))
            return Error{QStringLiteral("two columns are mapped to %1").arg(it.value()), {}, 1};
        r.field.insert(it.value(), *col);
    }
    QStringList missing;
    for (const QString& f : requiredFields(kind))
        if (!r.field.contains(f))
            missing << f;
    if (!missing.isEmpty())
        return Error{
            QStringLiteral("no column is mapped to %1 (found columns: %2)")
                .arg(missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", "))),
            {},
            1};
    std::sort(r.groups.begin(), r.groups.end());
    return r;
}

QString ColumnMapping::toString() const {
    QStringList parts;
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
        parts << m_names.value(it.key()) + QLatin1Char('=') +
                     (it.value().isEmpty() ? QStringLiteral("ignore") : it.value());
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace cm
