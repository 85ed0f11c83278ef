#include "LockScreen.h"

#include "PrivacyGuard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

LockScreen::LockScreen(PrivacyGuard& guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_who(new QLabel(this))
    , m_message(new QLabel(this))
    , m_passphrase(new QLineEdit(this)) {
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("caringmap is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    m_who->setObjectName(QStringLiteral("lockWho"));
    m_who->setTextFormat(Qt::PlainText); // names are user data
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("lockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Counselor passphrase"));
    m_passphrase->setPlaceholderText(tr("Counselor passphrase"));
    m_passphrase->setFixedWidth(m_passphrase->fontMetrics().averageCharWidth() * 36);
    auto* open = new QPushButton(tr("&Unlock"), this);
    open->setObjectName(QStringLiteral("unlockButton"));
    open->setAccessibleName(tr("Unlock"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{title, m_who, m_passphrase, open, m_message})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(open, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
}

void LockScreen::setWho(const QString& text) {
    m_who->setText(text);
    m_message->clear();
    m_passphrase->clear();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::tryUnlock() {
    QString message;
    const bool right = m_guard.check(m_passphrase->text(), &message);
    m_passphrase->clear();
    if (!right) {
        m_message->setText(message);
        return;
    }
    m_message->clear();
    emit unlocked();
}

} // namespace cm
