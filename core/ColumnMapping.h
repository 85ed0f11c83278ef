#pragma once

#include "Error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace cm {

enum class RosterKind { Students, Adults };

// Which column of a school system's spreadsheet feeds which field:
// "Student Number" -> student_id, "IEP" -> group (a student group whose
// category is the column's name). Headers are matched trimmed and
// case-insensitively.
class ColumnMapping {
public:
    static const QString kGroup; // "group"

    // The fields a kind of roster can take, required ones first.
    static QStringList fields(RosterKind kind);
    static QStringList requiredFields(RosterKind kind);
    // Automatic guesses from common headers ("First Name", "Grade Level",
    // "Home Room", "Staff ID", "Email Address"...). Unknown columns are ignored.
    static ColumnMapping guess(const QStringList& headers, RosterKind kind);
    // "Student Number=student_id,First Name=given_name,IEP=group".
    static Result<ColumnMapping> parse(const QString& spec, RosterKind kind);

    void set(const QString& header, const QString& field); // empty field: ignore the column
    QString fieldFor(const QString& header) const { return m_map.value(key(header)); }
    bool isEmpty() const { return m_map.isEmpty(); }
    // Column index per field for this header row (-1: not mapped), plus the
    // group columns; fails when a required field or a named column is missing.
    struct Resolved {
        QHash<QString, int> field;
        QVector<QPair<int, QString>> groups; // column index, category
        int column(const QString& f) const { return field.value(f, -1); }
    };
    Result<Resolved> resolve(const QStringList& headers, RosterKind kind) const;
    QString toString() const; // the --map form

private:
    static QString key(const QString& header) { return header.trimmed().toLower(); }
    QHash<QString, QString> m_map;   // header key -> field
    QHash<QString, QString> m_names; // header key -> header as given
};

} // namespace cm
