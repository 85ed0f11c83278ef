#pragma once

#include <QWidget>

class QTableWidget;

namespace cm {

class Interaction;
class SchoolDocument;

// The mapping rounds: which one is viewed, a new round ("Spring 2027"); the
// earlier rounds' marks stay untouched.
class RoundsPage : public QWidget {
    Q_OBJECT
public:
    RoundsPage(SchoolDocument& context, Interaction& interaction, QWidget* parent = nullptr);

public slots:
    void refresh();
    void newRound();
    void viewSelectedRound();

protected:
    void showEvent(QShowEvent* event) override;

private:
    SchoolDocument& m_document;
    Interaction& m_interaction;
    QTableWidget* m_table;
};

} // namespace cm
