#pragma once
// Helpers shared by the mentoring commands (MatchCommands.cpp and
// MatchFollowUpCommands.cpp): listings by name, --format and date options.
#include "Cli.h"
#include "CliArgs.h"
#include "Csv.h"
#include "Storage.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm {
namespace matchcli {

// Names and school ids of everyone, for listings.
struct People {
    QHash<RowId, Student> students;
    QHash<RowId, Adult> adults;
    explicit People(const Storage& s) {
        for (const Student& st : s.students())
            students.insert(st.id, st);
        for (const Adult& a : s.adults())
            adults.insert(a.id, a);
    }
    QString adultId(RowId id) const { return id ? adults.value(id).adultId : QString(); }
    QString adultName(RowId id) const { return id ? adults.value(id).displayName() : QString(); }
};

// The --format choices of every listing: text for people, csv and json for programs.
inline QStringList tableFormats() {
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

inline bool checkFormat(CliContext& ctx, const QString& format, const QStringList& allowed,
                        int* code) {
    if (allowed.contains(format))
        return true;
    *code = ctx.usage(
        QStringLiteral("--format takes %1, not '%2'").arg(allowed.join(QLatin1Char('|')), format));
    return false;
}

// Reads an optional ISO date option; invalid dates are usage mistakes.
inline bool dateOption(CliContext& ctx, const QString& name, QDate* date) {
    const std::optional<QString> text = ctx.args.option(name);
    if (!text)
        return true;
    *date = QDate::fromString(*text, Qt::ISODate);
    if (!date->isValid()) {
        ctx.args.setError(
            QStringLiteral("--%1 takes a date as YYYY-MM-DD, not '%2'").arg(name, *text));
        return false;
    }
    return true;
}

inline QString iso(const QDate& d) {
    return d.toString(Qt::ISODate);
}

inline void printJson(CliContext& ctx, const QJsonObject& root) {
    ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// A listing as CSV: the header, then cells(row) for each row.
template <typename Rows, typename Cells>
void printCsv(CliContext& ctx, const QStringList& header, const Rows& rows, Cells cells) {
    ctx.out << csv::formatRecord(header);
    for (const auto& row : rows)
        ctx.out << csv::formatRecord(cells(row));
}

// One row of a JSON listing: each cell as text under its header name.
inline QJsonObject jsonRow(const QStringList& header, const QStringList& cells) {
    QJsonObject o;
    for (int i = 0; i < header.size(); ++i)
        o.insert(header[i], cells[i]);
    return o;
}

} // namespace matchcli
} // namespace cm
