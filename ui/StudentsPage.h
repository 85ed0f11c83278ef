#pragma once

#include "Types.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cm {

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

private:
    void fillFilters();
    void applyFilters();
    void showDetail();

    SchoolDocument& m_document;
    Interaction& m_interaction;
    StudentTableModel* m_model;
    TableFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_grade;
    QComboBox* m_homeroom;
    QComboBox* m_status;
    QTableView* m_table;
    QTextBrowser* m_detail;
    HistoryView* m_history;
    QPushButton* m_edit;
    QPushButton* m_active;
};

} // namespace cm
