#pragma once

#include <QLineEdit>

class QAbstractItemView;

namespace cm {

// A filter box for a list: Down or Enter moves into the list (first row
// selected), Escape clears the filter.
class FilterLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit FilterLineEdit(QWidget* parent = nullptr);
    void setTargetView(QAbstractItemView* view) { m_view = view; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void enterView();
    QAbstractItemView* m_view = nullptr;
};

} // namespace cm
