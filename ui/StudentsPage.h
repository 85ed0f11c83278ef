#pragma once

#include "Types.h"
#include "VoiceComparison.h"

#include <QHash>
#include <optional>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cm {

class EmptyStateView;
class HistoryView;
class Interaction;
class SchoolDocument;
class StudentTableModel;
class TableFilterProxy;

// The roster of students: filter as you type, filters for grade, homeroom and
// status, each student's caring adults in the viewed round (0 and 1 flagged)
// with the details in a side pane, and add / edit / deactivate.
class StudentsPage : public QWidget {
    Q_OBJECT
public:
    StudentsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent = nullptr);

    RowId currentStudent() const;
    void selectStudent(RowId id);

public slots:
    void refresh();
    void addStudent();
    void editStudent();
    void toggleActive();

signals:
    // The empty school's "Import a roster" button.
    void importRequested();

private:
    void updateEmpty();
    void fillFilters();
    void applyFilters();
    void showDetail();
    // The student's own answer beside the staff's view (issue 14).
    QString voiceHtml(RowId student, const QVector<RowId>& connecting);

    SchoolDocument& m_document;
    Interaction& m_interaction;
    StudentTableModel* m_model;
    TableFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_grade;
    QComboBox* m_homeroom;
    QComboBox* m_status;
    QTableView* m_table;
    EmptyStateView* m_tableState;
    QTextBrowser* m_detail;
    HistoryView* m_history;
    QPushButton* m_edit;
    QPushButton* m_active;
    // The viewed round's survey answers, read when first shown after a change.
    std::optional<QHash<RowId, StudentVoice>> m_voices;
};

} // namespace cm
