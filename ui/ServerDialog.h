#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cm {

// File › Connect to a District Server… (issue 17): the server's address, as
// district IT gives it (postgresql://counselor@server/district), and
// optionally the school (else the only one the login may open). No password
// field: libpq reads it from ~/.pgpass, PGPASSFILE or PGPASSWORD, as every
// PostgreSQL program does, so it is never typed into caringmap or kept by it.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);

    void setAddress(const QString& address);
    // The address with the school in it (ServerAddress::withSchool), once
    // accepted.
    QString location() const;

    // Shows the dialog; the location, or empty when cancelled.
    static QString ask(QWidget* parent, const QString& lastAddress);

private:
    void tryAccept();

    QLineEdit* m_address = nullptr;
    QLineEdit* m_school = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cm
