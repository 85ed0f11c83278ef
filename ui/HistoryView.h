#pragma once

#include "AuditEntry.h"

#include <QTableWidget>

namespace cm {

class SchoolDocument;

// The History tab of the student and adult panes: the audit trail's rows
// about one person, newest first, as plain text (issue 15).
class HistoryView : public QTableWidget {
    Q_OBJECT
public:
    explicit HistoryView(SchoolDocument& document, QWidget* parent = nullptr);
    // Rows about this student / adult (0: none shown).
    void showStudent(RowId studentRow);
    void showAdult(RowId adultRow);

private:
    void reload();

    SchoolDocument& m_document;
    AuditFilter m_filter;
};

} // namespace cm
