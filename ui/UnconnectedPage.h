#pragma once

#include "UnconnectedReportData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cm {

class FilterLineEdit;
class SchoolDocument;
class TableFilterProxy;
class UnconnectedModel;

// The students with no caring adult in the viewed round, live, sortable and
// filterable by grade and homeroom, with who flagged "may benefit". Hidden
// during a private marking session.
class UnconnectedPage : public QWidget {
    Q_OBJECT
public:
    explicit UnconnectedPage(SchoolDocument& context, QWidget* parent = nullptr);
    UnconnectedModel* model() const { return m_model; }
    // The grade and homeroom chosen above the list: what printing holds.
    UnconnectedReportData::Filter filter() const;
    void setFilter(const QString& grade, const QString& homeroom);

    enum PrintAction { Preview, Print, SavePdf };

signals:
    // The page's Print button: the window prints what the page shows.
    void printRequested(int action);

public slots:
    void refresh();

signals:
    // "Show them": the students adults know who named nobody (Student voice).
    void namesNobodyRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void updateSummary();
    void applyFilters();
    // The "names nobody" flag beside the list: read only while the page is shown.
    void updateVoiceFlag();

    SchoolDocument& m_document;
    UnconnectedModel* m_model;
    TableFilterProxy* m_proxy;
    QStackedWidget* m_stack;
    QLabel* m_summary;
    FilterLineEdit* m_filter;
    QComboBox* m_grade;
    QComboBox* m_homeroom;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_voiceFlag;
    QPushButton* m_voiceShow;
};

} // namespace cm
