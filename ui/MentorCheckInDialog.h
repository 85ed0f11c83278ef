#pragma once

#include "Mentoring.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace cm {

class SchoolDocument;

// Records one check-in for a match: date, status and note. "Connected" also
// records the adult's connected mark in the current round (Mentoring does it).
class MentorCheckInDialog : public QDialog {
    Q_OBJECT
public:
    MentorCheckInDialog(SchoolDocument& document, RowId matchId, QWidget* parent = nullptr);

    CheckInStatus status() const;
    // Writes the check-in; on failure returns the reason and keeps the dialog open.
    Status save();

public slots:
    void accept() override;

private:
    SchoolDocument& m_document;
    RowId m_matchId;
    QComboBox* m_status;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
};

} // namespace cm
