#pragma once

#include "Mentoring.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace cm {

class EmptyStateView;
class SchoolDocument;

// One adult's own list of mentees (what the mentor PDF prints): plan, start,
// follow-up dates, last check-in and outcome. Students can be given to the
// adult by hand ("Add mentee…", undoable through MatchApplyCommand), a
// check-in recorded, a match ended.
class MentorListView : public QWidget {
    Q_OBJECT
public:
    MentorListView(SchoolDocument& document, QUndoStack* undoStack, QWidget* parent = nullptr);

    void setAdult(RowId adultId);
    RowId adult() const;
    int rowCount() const;
    // Makes the current adult the student's go-to adult (one undoable step).
    // Returns the reason when it cannot (for example the adult is full).
    QString addMentee(RowId studentId);

    enum PrintAction { PreviewShown, PdfShown, PdfEveryMentor, PrintEveryMentor };

public slots:
    void refresh();
    void chooseMentee();
    void recordCheckIn();
    void endMatch();

signals:
    void dataChanged();
    // The empty list's "Open Go-to adults" button.
    void goToAdultsRequested();
    // The Print button: the list shown, or every mentor's list (one per page).
    void printRequested(int action);

private:
    QPushButton* makePrintButton();
    void fillAdults();
    void fillMentees();
    RowId selectedMatch() const;

    SchoolDocument& m_document;
    QUndoStack* m_undo;
    QVector<Mentee> m_mentees;
    QComboBox* m_adult;
    QLabel* m_load;
    QPushButton* m_add;
    QPushButton* m_checkIn;
    QPushButton* m_end;
    QTableWidget* m_table;
    EmptyStateView* m_tableState;
};

} // namespace cm
