#pragma once

#include "Types.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cm {

class AdultTableModel;
class EmptyStateView;
class HistoryView;
class Interaction;
class SchoolDocument;
class TableFilterProxy;

// The adults of the school: filter as you type, by role and status; add, edit
// and deactivate (an adult who left: marks kept, never counted).
class AdultsPage : public QWidget {
    Q_OBJECT
public:
    AdultsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent = nullptr);

    RowId currentAdult() const;
    void selectAdult(RowId id);

public slots:
    void refresh();
    void addAdult();
    void editAdult();
    void toggleActive();

private:
    void applyFilters();
    void updateButtons();
    void updateEmpty();

    SchoolDocument& m_document;
    Interaction& m_interaction;
    AdultTableModel* m_model;
    TableFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_role;
    QComboBox* m_status;
    QTableView* m_table;
    EmptyStateView* m_tableState;
    HistoryView* m_history;
    QPushButton* m_edit;
    QPushButton* m_active;
};

} // namespace cm
