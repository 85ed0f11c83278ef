#pragma once

#include "Types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cm {

class SchoolDocument;

// Adds or edits an adult. Refuses an empty id or name and a duplicate id.
class AdultDialog : public QDialog {
    Q_OBJECT
public:
    AdultDialog(SchoolDocument& context, const Adult& adult, bool adding,
                QWidget* parent = nullptr);

    Adult adult() const;
    QString validationError() const;

public slots:
    void accept() override;

private:
    SchoolDocument& m_document;
    Adult m_original;
    QLineEdit* m_id;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_role;
    QLineEdit* m_email;
    QCheckBox* m_active;
    QLabel* m_error;
};

} // namespace cm
