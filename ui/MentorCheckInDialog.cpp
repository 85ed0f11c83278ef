#include "MentorCheckInDialog.h"

#include "SchoolDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cm {

MentorCheckInDialog::MentorCheckInDialog(SchoolDocument& document, RowId matchId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_matchId(matchId)
    , m_status(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Check-in"));
    QString who;
    if (const auto m = Mentoring::matchById(document.storage(), matchId)) {
        const auto s = document.storage().studentById(m->studentId);
        const auto a = document.storage().adultById(m->adultId);
        if (s && a)
            who = tr("%1 with %2 (go-to adult)").arg(s->displayName(), a->displayName());
    }
    m_status->addItem(tr("Trying to connect"), int(CheckInStatus::Trying));
    m_status->addItem(tr("Connected"), int(CheckInStatus::Connected));
    m_status->addItem(tr("Needs help"), int(CheckInStatus::NeedsHelp));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* hint = new QLabel(tr("Connected records the adult's connected mark in the current "
                               "round."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Match:"), new QLabel(who, this));
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentorCheckInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MentorCheckInDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

CheckInStatus MentorCheckInDialog::status() const {
    return CheckInStatus(m_status->currentData().toInt());
}

Status MentorCheckInDialog::save() {
    return m_document
        .addCheckIn(m_matchId, status(), m_note->toPlainText().trimmed(), m_date->date())
        .status();
}

void MentorCheckInDialog::accept() {
    const Status st = save();
    if (!st.ok()) {
        QMessageBox::warning(this, windowTitle(), st.message());
        return;
    }
    QDialog::accept();
}

} // namespace cm
