#pragma once

#include "MentoringSuggestions.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace cm {

class EmptyStateView;
class SchoolDocument;

// Suggest matches: the suggestion for the current round in a table the
// counselor can change row by row (the go-to adult column is a list of the
// active adults), applied in one undoable step; below it, the go-to adults
// already in place with their outcome (connected or not yet).
class MatchView : public QWidget {
    Q_OBJECT
public:
    MatchView(SchoolDocument& document, QUndoStack* undoStack, QWidget* parent = nullptr);

    int suggestionRows() const;
    int matchRows() const;

public slots:
    // Reloads the matches in place and recomputes the suggestion.
    void refresh();
    // Pushes a MatchApplyCommand for the rows as shown (with any changes).
    void applySuggestion();

signals:
    // The school's data changed (after apply, undo or redo).
    void dataChanged();
    // Applying failed and changed nothing (for example an adult is full).
    void applyFailed(const QString& reason);

private:
    void fillSuggestion();
    void fillMatches();

    SchoolDocument& m_document;
    QUndoStack* m_undo;
    MentorSuggestion m_suggestion;
    QString m_lastError;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_notice; // what the last Apply did
    QSpinBox* m_capacity;
    // Student voice: also offer the students adults know who named nobody.
    QCheckBox* m_namesNobody = nullptr;
    QPushButton* m_suggest;
    QPushButton* m_apply;
    QTableWidget* m_table;
    QTableWidget* m_matches;
    EmptyStateView* m_suggestionState;
    EmptyStateView* m_matchesState;
};

} // namespace cm
