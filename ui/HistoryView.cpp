#include "HistoryView.h"

#include "SchoolDocument.h"

#include <QHeaderView>
#include <QLocale>

namespace cm {

HistoryView::HistoryView(SchoolDocument& document, QWidget* parent)
    : QTableWidget(0, 5, parent)
    , m_document(document) {
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("History of changes"));
    connect(&m_document, &SchoolDocument::dataChanged, this, [this] {
        if (isVisible())
            reload();
    });
}

void HistoryView::showStudent(RowId studentRow) {
    m_filter = AuditFilter{studentRow, 0, {}};
    reload();
}

void HistoryView::showAdult(RowId adultRow) {
    m_filter = AuditFilter{0, adultRow, {}};
    reload();
}

void HistoryView::reload() {
    const bool any = m_filter.studentRow > 0 || m_filter.adultRow > 0;
    const QVector<AuditEntry> rows = any && m_document.isOpen()
                                         ? m_document.storage().auditEntries(m_filter)
                                         : QVector<AuditEntry>();
    setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        const AuditEntry& e = rows[rows.size() - 1 - i]; // newest first
        const QStringList cells{locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.who,
                                e.action, e.before, e.after};
        for (int c = 0; c < cells.size(); ++c) {
            // Plain text items: never interpreted as markup.
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c].toHtmlEscaped());
            setItem(i, c, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace cm
