#include "WelcomePage.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cm {

namespace {
QPushButton* choice(QWidget* parent, const QString& name, const QString& text) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/caringmap.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    // Without Qt's SVG image plugin the icon cannot be drawn: no empty gap.
    icon->setVisible(!icon->pixmap().isNull());
    auto* title = new QLabel(tr("<h1>Welcome to caringmap</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(
        tr("caringmap helps your school make sure every student has at least one caring "
           "adult. In a staff meeting each adult marks the students they have a positive, "
           "trusting relationship with; caringmap lists the students nobody marked so that "
           "each can be paired with a go-to adult.<br><br>All data stays on this computer."),
        this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto* demo = choice(this, QStringLiteral("welcomeDemo"), tr("Open the &demo school"));
    auto* import = choice(this, QStringLiteral("welcomeImport"), tr("&Import a roster…"));
    auto* empty = choice(this, QStringLiteral("welcomeEmpty"), tr("Start an &empty school…"));
    auto* open = choice(this, QStringLiteral("welcomeOpen"), tr("&Open a school file…"));
    auto* grid = new QGridLayout;
    grid->addWidget(demo, 0, 0);
    grid->addWidget(import, 0, 1);
    grid->addWidget(empty, 1, 0);
    grid->addWidget(open, 1, 1);
    // A district keeps its schools on one server (File > Connect to a District Server).
    auto* server = new QPushButton(tr("Connect to your district's &server…"), this);
    server->setObjectName(QStringLiteral("welcomeServer"));
    server->setFlat(true);
    grid->addWidget(server, 2, 0, 1, 2, Qt::AlignHCenter);
    auto* guide = new QPushButton(tr("How relationship mapping &works"), this);
    guide->setObjectName(QStringLiteral("welcomeGuide"));
    guide->setFlat(true);
    grid->addWidget(guide, 3, 0, 1, 2, Qt::AlignHCenter);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(intro->fontMetrics().height());
    column->addLayout(grid);
    column->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRosterRequested);
    connect(empty, &QPushButton::clicked, this, &WelcomePage::startEmptyRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePage::connectServerRequested);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
}

} // namespace cm
