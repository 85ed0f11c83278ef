#pragma once

#include "ChartFactory.h"
#include "SchoolFigures.h"
#include "Types.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
QT_END_NAMESPACE

namespace cm {

class ChartPanel;
class Storage;
class VoicePanel;

// How connected the school is, at a glance: the key figures and the charts
// (adults per student, by grade, equity by student group, change over rounds,
// by homeroom, participation). Reads SchoolFigures; call refresh() when marks
// or the roster change.
class Dashboard : public QWidget {
    Q_OBJECT
public:
    explicit Dashboard(const Storage& storage, QWidget* parent = nullptr);

    // 0: the most recent round.
    void setRound(RowId roundId);
    RowId round() const { return m_roundId; }
    const SchoolFigures& figures() const { return m_figures; }
    ChartPanel* panel(ChartFactory::Kind kind) const { return m_panels.value(int(kind)); }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addFigure(QHBoxLayout* row, const QString& caption);

    const Storage& m_storage;
    RowId m_roundId = 0;
    SchoolFigures m_figures;
    QLabel* m_heading = nullptr;
    QLabel* m_students = nullptr;
    QLabel* m_unconnected = nullptr;
    QLabel* m_percent = nullptr;
    QLabel* m_one = nullptr;
    QLabel* m_fragile = nullptr;
    QLabel* m_noMarks = nullptr; // in place of the charts while a round has no marks
    QHash<int, ChartPanel*> m_panels;
    VoicePanel* m_voice = nullptr;
};

} // namespace cm
