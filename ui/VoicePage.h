#pragma once

#include "VoiceComparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cm {

class FilterLineEdit;
class Interaction;
class SchoolDocument;
class TableFilterProxy;
class VoiceModel;
class VoiceResolvePanel;

// The Student voice page (issue 14): the viewed round's survey answers beside
// the staff's marks, in five groups (staff_only, the hidden disconnection,
// first), filtered like the other pages, with the unresolved names and their
// chooser below and a button to import a survey export. Hidden during a
// private marking session: the answers are as confidential as the marks.
class VoicePage : public QWidget {
    Q_OBJECT
public:
    VoicePage(SchoolDocument& document, Interaction& interaction, QWidget* parent = nullptr);

public slots:
    void refresh();
    // Asks for a survey export (CSV) and imports it into the viewed round.
    void importSurvey();
    // Filters the list to one group (the Unconnected page's "Show them").
    void showGroup(cm::Agreement group);

private:
    QWidget* buildList();
    void fillFilters();
    void applyFilters();
    void updateSummary();

    SchoolDocument& m_document;
    Interaction& m_interaction;
    VoiceModel* m_model;
    TableFilterProxy* m_proxy;
    QStackedWidget* m_stack;
    QLabel* m_summary = nullptr;
    FilterLineEdit* m_filter = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_homeroom = nullptr;
    QTableView* m_table = nullptr;
    VoiceResolvePanel* m_resolve = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace cm
