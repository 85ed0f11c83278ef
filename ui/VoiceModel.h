#pragma once

#include "Types.h"
#include "VoiceComparison.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm {

class SchoolDocument;

// The student voice of the viewed round (VoiceData::compare): one row per
// active student with their group, the adults who marked them beside the
// adults they named, the adults in both marked "(both)". Rows come in the
// comparison's order, staff_only first. Rebuilt by reset() (the page calls it
// when shown after a change): survey answers are not in the document's cache.
class VoiceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Name, Id, Grade, Homeroom, StaffAdults, StudentAdults, ColumnCount };

    explicit VoiceModel(SchoolDocument& document, QObject* parent = nullptr);

    void reset();
    const VoiceComparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The group's name as the window shows it ("Adults know them, they named nobody").
    static QString groupText(Agreement a);
    // The adults, by name, those also in mutual followed by "(both)"; "nobody" when none.
    QString adultList(const QVector<RowId>& adults, const QVector<RowId>& mutual) const;

private:
    struct Row {
        const VoiceStudent* voice = nullptr;
        QString staff, named, search;
    };
    SchoolDocument& m_document;
    VoiceComparison m_comparison;
    QVector<Row> m_rows;
};

} // namespace cm
