#pragma once

#include "Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cm {

class AdultTableModel;
class FilterLineEdit;
class Interaction;
class MarkingModel;
class EmptyStateView;
class PrivacyGuard;
class SchoolDocument;
class TableFilterProxy;

// The staff meeting. "Who is marking?" picks an adult by typing part of a
// name; then the active students appear with two checkable columns: on the
// highlighted row, Space toggles "positive, trusting relationship" and
// Ctrl+Space (or Alt+C) toggles "may benefit"; F2 edits the note. Letters
// typed anywhere in the session go to the student filter, so typing a name
// never marks anything. Every change is stored at once and can be undone
// (Ctrl+Z wherever the focus is). In private mode (the default) the other
// adults' marks and the unconnected list stay hidden until the session is
// left (leaveSession: the one place that ends a session).
class MarkingPage : public QWidget {
    Q_OBJECT
public:
    MarkingPage(SchoolDocument& context, Interaction& interaction, QWidget* parent = nullptr);

    bool inSession() const { return m_adult != 0; }
    RowId sessionAdult() const { return m_adult; }
    MarkingModel* model() const { return m_model; }

public slots:
    void startSession(cm::RowId adultId, bool privateMode);
    // Asks for confirmation when ask is true; a private session always
    // needs the counselor passphrase. Returns whether it left.
    bool leaveSession(bool ask = true);
    // Ends the session without asking (the school is being closed).
    void endSession();

signals:
    void sessionStarted(cm::RowId adultId);
    void sessionEnded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPicker();
    QWidget* buildSession();
    void startFromPicker();
    void updateCount();
    void updateNamedYou();
    void fillFilters();
    void applyFilters();
    void toggleCurrent(MarkKind kind);
    void editCurrentNote();
    void updateEmpty();
    void focusCurrentStep();

    SchoolDocument& m_document;
    Interaction& m_interaction;
    PrivacyGuard* m_guard;
    RowId m_adult = 0;
    QStackedWidget* m_stack;
    // picker
    AdultTableModel* m_adults;
    TableFilterProxy* m_adultProxy;
    FilterLineEdit* m_adultSearch;
    QListView* m_adultList;
    QCheckBox* m_private;
    // session
    MarkingModel* m_model;
    TableFilterProxy* m_proxy;
    QLabel* m_title;
    QLabel* m_count;
    QLabel* m_namedYou; // only when the counselor shares student voice with adults
    FilterLineEdit* m_filter;
    QComboBox* m_grade;
    QComboBox* m_homeroom;
    QTableView* m_table;
    EmptyStateView* m_tableState;
    QLabel* m_keys;
};

} // namespace cm
