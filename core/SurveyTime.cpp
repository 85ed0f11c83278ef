#include "SurveyTime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace cm {

namespace {

const QRegularExpression& pattern() {
    // date, optional time, optional AM/PM, optional zone.
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})"
                       "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?)?"
                       "\\s*(Z|(?:GMT|UTC)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?|GMT|UTC)?$"));
    return re;
}

struct Fields {
    bool ok = false;
    bool yearFirst = false;
    int a = 0, b = 0; // the two numbers before the year, or month and day after it
};

Fields fields(const QRegularExpressionMatch& m) {
    Fields f;
    if (!m.hasMatch())
        return f;
    f.ok = true;
    f.yearFirst = m.captured(1).size() == 4;
    f.a = m.captured(f.yearFirst ? 2 : 1).toInt();
    f.b = m.captured(f.yearFirst ? 3 : 2).toInt();
    return f;
}

// An Excel date: days since 1899-12-30, the fraction the time of day.
QDateTime fromSerial(const QString& text) {
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.\\d+)?$"));
    if (!serial.match(text).hasMatch())
        return {};
    const double value = text.toDouble();
    if (value < 1 || value > 2958465) // 1900-01-01 .. 9999-12-31
        return {};
    const qint64 days = qint64(value);
    const int seconds = int(std::lround((value - double(days)) * 86400.0));
    return QDateTime(QDate(1899, 12, 30).addDays(days), QTime(0, 0)).addSecs(seconds);
}

} // namespace

SurveyTime::Order SurveyTime::order(const QStringList& texts, int* conflict) {
    *conflict = -1;
    int dayFirst = -1, monthFirst = -1; // a text that needs that order
    for (int i = 0; i < texts.size(); ++i) {
        const Fields f = fields(pattern().match(texts[i].trimmed()));
        if (!f.ok || f.yearFirst)
            continue;
        if (f.a > 12 && dayFirst < 0)
            dayFirst = i;
        if (f.b > 12 && monthFirst < 0)
            monthFirst = i;
    }
    if (dayFirst >= 0 && monthFirst >= 0)
        *conflict = std::max(dayFirst, monthFirst);
    return dayFirst >= 0 && monthFirst < 0 ? Order::DayFirst : Order::MonthFirst;
}

QDateTime SurveyTime::parse(const QString& text, Order order) {
    const QString t = text.trimmed();
    if (const QDateTime serial = fromSerial(t); serial.isValid())
        return serial;
    const QRegularExpressionMatch m = pattern().match(t);
    if (!m.hasMatch()) {
        const QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
        return iso.isValid() ? iso : QDateTime();
    }
    const bool yearFirst = m.captured(1).size() == 4;
    int year = m.captured(yearFirst ? 1 : 3).toInt();
    int month = m.captured(2).toInt();
    int day = m.captured(yearFirst ? 3 : 1).toInt();
    if (!yearFirst && order == Order::MonthFirst)
        std::swap(month, day);
    if (m.captured(3).size() == 2 && !yearFirst)
        year += 2000;
    const QDate date(year, month, day);
    int hour = m.captured(4).toInt();
    const QString ampm = m.captured(7).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (ampm == QLatin1String("pm") ? 12 : 0);
    }
    const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    if (m.captured(8).isEmpty())
        return QDateTime(date, time);
    int offset = 0;
    if (!m.captured(9).isEmpty()) {
        offset = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace cm
