#include "ShortcutsDialog.h"

#include "WindowGeometry.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

namespace {

QString plainText(QString text) {
    // "&Undo" -> "Undo"; "&&" stays one "&"; the ellipsis of a menu entry goes.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QVector<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QWidget* window) {
    QVector<QPair<QString, QString>> rows;
    for (const QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        keys.removeDuplicates();
        QString what = plainText(a->text());
        // The View menu's entries are the pages.
        if (a->objectName().startsWith(QLatin1String("view_")))
            what = tr("Show the %1 page").arg(what);
        const QPair<QString, QString> row{what, keys.join(tr(" or "))};
        if (!rows.contains(row))
            rows.push_back(row);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.first, b.first) < 0;
    });
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcuts(window);
    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("What"), tr("Keys")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    auto* note = new QLabel(
        tr("Anywhere: Tab moves between fields; in lists, typing filters and Down or Enter "
           "moves into the list; Escape clears a filter. The marking keys work on the "
           "highlighted student of the marking session."),
        this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    WindowGeometry::manage(this, QStringLiteral("shortcutsDialog"), QSize(560, 600));
}

} // namespace cm
