#pragma once

#include "Types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cm {

class SchoolDocument;

// Adds or edits a student. Refuses (with a message in the dialog) an empty
// id, an empty given or family name, and an id another student has.
class StudentDialog : public QDialog {
    Q_OBJECT
public:
    StudentDialog(SchoolDocument& context, const Student& student, bool adding,
                  QWidget* parent = nullptr);

    Student student() const;
    // Empty when the entries are acceptable.
    QString validationError() const;

public slots:
    void accept() override;

private:
    SchoolDocument& m_document;
    Student m_original;
    QLineEdit* m_id;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_preferred;
    QLineEdit* m_grade;
    QLineEdit* m_homeroom;
    QCheckBox* m_active;
    QLabel* m_error;
};

} // namespace cm
