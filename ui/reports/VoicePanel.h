#pragma once

#include "VoiceFigures.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;

namespace cm {

// The dashboard's student voice panel: the five agreement groups as a bar
// chart (staff_only, the hidden disconnection, on top) and the share of the
// students who answered that named at least one adult, by grade and by
// student group (small groups suppressed). Every bar's label says its count
// in words, so the colors are never the only way to read it, and each chart
// carries an accessible name and a description with its numbers.
class VoicePanel : public QFrame {
    Q_OBJECT
public:
    explicit VoicePanel(QWidget* parent = nullptr);

    void setFigures(const VoiceFigures& figures);

    // "Adults know them, they named nobody", ...: the groups' names on screen.
    static QString groupText(Agreement a);

private:
    QChart* agreementChart(QString* spoken) const;
    QChart* namedChart(QString* spoken) const;

    VoiceFigures m_figures;
    QLabel* m_note;
    QChartView* m_agreement;
    QChartView* m_named;
};

} // namespace cm
