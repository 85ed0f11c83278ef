#include "NameResolver.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cm {

namespace {

QString squash(const QStringList& words) {
    return words.join(QString());
}

// Titles a student may put before a name, as words() gives them.
const QSet<QString>& titles() {
    static const QSet<QString> t{
        QStringLiteral("mr"),        QStringLiteral("mrs"),      QStringLiteral("ms"),
        QStringLiteral("miss"),      QStringLiteral("mx"),       QStringLiteral("dr"),
        QStringLiteral("coach"),     QStringLiteral("nurse"),    QStringLiteral("dean"),
        QStringLiteral("principal"), QStringLiteral("sr"),       QStringLiteral("sra"),
        QStringLiteral("srta"),      QStringLiteral("profe"),    QStringLiteral("prof"),
        QStringLiteral("teacher"),   QStringLiteral("mister"),   QStringLiteral("senor"),
        QStringLiteral("senora"),    QStringLiteral("senorita"), QStringLiteral("maestro"),
        QStringLiteral("maestra"),
    };
    return t;
}

// Whole answers (squashed) that name nobody.
const QSet<QString>& nonAnswers() {
    static const QSet<QString> n{
        QString(),
        QStringLiteral("nobody"),
        QStringLiteral("noone"),
        QStringLiteral("none"),
        QStringLiteral("na"),
        QStringLiteral("idk"),
        QStringLiteral("nadie"),
        QStringLiteral("ninguno"),
        QStringLiteral("ninguna"),
        QStringLiteral("nothing"),
        QStringLiteral("no"),
        QStringLiteral("nope"),
        QStringLiteral("notsure"),
        QStringLiteral("idontknow"),
        QStringLiteral("dontknow"),
        QStringLiteral("nil"),
        QStringLiteral("nada"),
        QStringLiteral("nose"),
        QStringLiteral("noonereally"),
        QStringLiteral("nobodyreally"),
        QStringLiteral("nonereally"),
        QStringLiteral("noneofthem"),
        QStringLiteral("noadult"),
        QStringLiteral("noadults"),
        QStringLiteral("notanyone"),
        QStringLiteral("nobodyatschool"),
        QStringLiteral("nooneatschool"),
    };
    return n;
}

bool isApostrophe(QChar c) {
    switch (c.unicode()) {
    case u'\'':
    case u'`':
    case 0x00B4: // acute accent
    case 0x2018: // left single quotation mark
    case 0x2019: // right single quotation mark
    case 0x02BC: // modifier letter apostrophe
        return true;
    default:
        return false;
    }
}

void add(QHash<QString, QVector<RowId>>* index, const QString& key, RowId adult) {
    if (key.isEmpty())
        return;
    QVector<RowId>& ids = (*index)[key];
    if (!ids.contains(adult))
        ids.push_back(adult);
}

NameResolution decide(NameResolution r, QVector<RowId> ids) {
    std::sort(ids.begin(), ids.end());
    if (ids.size() == 1) {
        r.outcome = NameResolution::Outcome::Resolved;
        r.adult = ids.front();
    } else {
        r.outcome = NameResolution::Outcome::Ambiguous;
        r.candidates = ids;
    }
    return r;
}

} // namespace

NameResolver::NameResolver(const QVector<Adult>& adults, QHash<QString, RowId> settled)
    : m_settled(std::move(settled)) {
    for (const Adult& a : adults) {
        if (!a.active)
            continue;
        m_active.insert(a.id, true);
        const Keys k{a.id, squash(words(a.givenName + QLatin1Char(' ') + a.familyName)),
                     squash(words(a.familyName))};
        m_keys.push_back(k);
        add(&m_byId, squash(words(a.adultId)), a.id);
        add(&m_byFull, k.full, a.id);
        add(&m_byFamily, k.family, a.id);
    }
}

QStringList NameResolver::split(const QString& answer) {
    static const QRegularExpression separators(QStringLiteral("[,;&\\r\\n]|\\s+(?:and|y)\\s+"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& part : answer.split(separators)) {
        // "Mr. Lee / Ms. Kim" is two names, "n/a" none.
        const QStringList names =
            isNonAnswer(part) ? QStringList{part} : part.split(QLatin1Char('/'));
        for (const QString& n : names) {
            const QString name = n.simplified();
            if (!name.isEmpty())
                out.push_back(name);
        }
    }
    return out;
}

bool NameResolver::isNonAnswer(const QString& name) {
    return nonAnswers().contains(squash(words(name)));
}

QStringList NameResolver::words(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QStringList out;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber()) {
            word += c.toLower();
            continue;
        }
        if (!word.isEmpty())
            out.push_back(word);
        word.clear();
    }
    if (!word.isEmpty())
        out.push_back(word);
    return out;
}

QString NameResolver::settleKey(const QString& name) {
    return words(name).join(QLatin1Char(' '));
}

bool NameResolver::isTitle(const QString& word) {
    return titles().contains(word);
}

int NameResolver::editDistance(const QString& a, const QString& b, int limit) {
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Two rows of the classic table, only the diagonal band of width
    // 2 * limit + 1 (cells outside it exceed the limit anyway); stop once a
    // whole row exceeds the limit. Rows live on the stack for names.
    constexpr qsizetype kStack = 64;
    const int over = limit + 1;
    int stackRows[2][kStack + 1];
    QVector<int> heapRows;
    int* prev = stackRows[0];
    int* cur = stackRows[1];
    if (m > kStack) {
        heapRows.resize(2 * (m + 1));
        prev = heapRows.data();
        cur = prev + m + 1;
    }
    const QChar* pa = a.constData();
    const QChar* pb = b.constData();
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = j <= limit ? int(j) : over;
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min<qsizetype>(m, i + limit);
        cur[from - 1] = from == 1 && i <= limit ? int(i) : over;
        int best = cur[from - 1];
        for (qsizetype j = from; j <= to; ++j) {
            const int cost = pa[i - 1] == pb[j - 1] ? 0 : 1;
            const int up = j < i + limit ? prev[j] + 1 : over;
            cur[j] = std::min({up, cur[j - 1] + 1, prev[j - 1] + cost, over});
            best = std::min(best, cur[j]);
        }
        if (to < m)
            cur[to + 1] = over;
        if (best > limit)
            return over;
        std::swap(prev, cur);
    }
    return std::min(prev[m], over);
}

AnswerResolution NameResolver::resolve(const QString& answer) const {
    AnswerResolution out;
    if (isNonAnswer(answer))
        return out;
    for (const QString& name : split(answer)) {
        if (isNonAnswer(name))
            continue;
        NameResolution r = resolveName(name);
        if (r.resolved() && !out.adults.contains(r.adult))
            out.adults.push_back(r.adult);
        else if (r.unresolved())
            out.unresolved.push_back(r.text);
        out.names.push_back(std::move(r));
    }
    return out;
}

NameResolution NameResolver::resolveName(const QString& name) const {
    const QString key = name.simplified().toCaseFolded();
    auto it = m_memo.constFind(key);
    if (it == m_memo.constEnd())
        it = m_memo.insert(key, lookup(name));
    NameResolution r = *it;
    r.text = name.simplified();
    return r;
}

NameResolution NameResolver::lookup(const QString& name) const {
    NameResolution r;
    r.text = name.simplified();
    // "Ms. Garcia (math)": what is in brackets describes; the name is outside.
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    QString bare = name;
    bare.remove(brackets);
    const auto settled = m_settled.constFind(settleKey(name)); // as written, brackets too
    const QStringList all = words(bare.trimmed().isEmpty() ? name : bare);
    if (settled != m_settled.constEnd()) {
        if (*settled != 0 && m_active.contains(*settled))
            return decide(r, {*settled});
        r.outcome = NameResolution::Outcome::NotAtSchool;
        return r;
    }
    if (const auto id = m_byId.constFind(squash(all)); id != m_byId.constEnd())
        return decide(r, *id);
    // "Dean Smith" may be a name, so the full name is tried with the title too.
    if (const auto full = m_byFull.constFind(squash(all)); full != m_byFull.constEnd())
        return decide(r, *full);
    QStringList untitled = all;
    while (untitled.size() > 1 && isTitle(untitled.front()))
        untitled.removeFirst();
    const QString key = squash(untitled);
    for (const auto* index : {&m_byFull, &m_byFamily}) {
        if (const auto found = index->constFind(key); found != index->constEnd())
            return decide(r, *found);
    }
    const QVector<RowId> typo = byTypo(key);
    if (!typo.isEmpty())
        return decide(r, typo);
    r.outcome = NameResolution::Outcome::Unknown;
    return r;
}

// Adults one typo away from key; if another adult is within two, all of them
// (so that the name is ambiguous, not guessed).
QVector<RowId> NameResolver::byTypo(const QString& key) const {
    if (key.size() < 6)
        return {};
    QVector<RowId> near, close;
    for (const Keys& k : m_keys) {
        const int d = std::min(editDistance(key, k.full, 2), editDistance(key, k.family, 2));
        if (d <= 1)
            near.push_back(k.adult);
        else if (d == 2)
            close.push_back(k.adult);
    }
    if (near.isEmpty())
        return {};
    return near + close;
}

} // namespace cm
