#pragma once

#include "RoundComparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace cm {

class Storage;

// Rounds compared: pick an earlier and a later round; four groups (newly
// connected, lost their connection, still unconnected, fragile), each student
// with the adults before and now, and for fragile ones the reason.
class CompareView : public QWidget {
    Q_OBJECT
public:
    CompareView(const Storage& storage, QWidget* parent = nullptr);

    // Selects rounds by id (both must exist); refreshes.
    const RoundComparison& comparison() const { return m_comparison; }
    // Top-level group items in the tree: 4.
    int groupCount() const;

public slots:
    // Reloads the rounds list (keeping the selection) and the comparison.
    void refresh();

private:
    void compare();
    void addVoiceChange(RowId a, RowId b);

    const Storage& m_storage;
    RoundComparison m_comparison;
    QComboBox* m_before;
    QComboBox* m_after;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace cm
