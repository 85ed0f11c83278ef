#pragma once

#include "Mentoring.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cm {

class EmptyStateView;
class SchoolDocument;

// Due: matches whose follow-up is due or overdue as of a date (today by
// default), most overdue first; "Record check-in…" opens MentorCheckInDialog
// for the selected match.
class DueView : public QWidget {
    Q_OBJECT
public:
    DueView(SchoolDocument& document, QWidget* parent = nullptr);

    void setAsOf(const QDate& date);
    int rowCount() const;
    RowId matchAt(int row) const;

public slots:
    void refresh();
    void recordCheckIn();

signals:
    // A check-in was recorded (marks may have changed too).
    void dataChanged();
    // The empty list's "Open Go-to adults" button.
    void goToAdultsRequested();

private:
    SchoolDocument& m_document;
    QVector<DueFollowUp> m_due;
    QDateEdit* m_asOf;
    QLabel* m_summary;
    QPushButton* m_checkIn;
    QTableWidget* m_table;
    EmptyStateView* m_tableState;
};

} // namespace cm
