#pragma once

#include "VoiceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cm {

class Interaction;
class SchoolDocument;

// The survey names no rule resolved in the viewed round ("Mr. Smith" with two
// Smiths, "my mom"), most-written first, with a chooser: the counselor picks
// the adult meant (or "nobody on staff") and every identical answer is
// settled at once through SchoolDocument::resolveSurveyName.
class VoiceResolvePanel : public QWidget {
    Q_OBJECT
public:
    VoiceResolvePanel(SchoolDocument& document, Interaction& interaction,
                      QWidget* parent = nullptr);

    void setNames(const QVector<UnresolvedName>& names);
    int nameCount() const { return int(m_names.size()); }

public slots:
    // Settles the selected name as the chooser's adult.
    void resolveSelected();

private:
    void fillChooser();

    SchoolDocument& m_document;
    Interaction& m_interaction;
    QVector<UnresolvedName> m_names;
    QLabel* m_title;
    QTableWidget* m_table;
    QComboBox* m_chooser;
    QPushButton* m_resolve;
};

} // namespace cm
