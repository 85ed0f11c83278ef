#include "GuideDialog.h"

#include "WindowGeometry.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cm {

QString GuideDialog::text() {
    // Fixed text (no user data), so rich text is safe here.
    return tr(
        "<h2>How relationship mapping works</h2>"
        "<p>The aim: every student has at least one adult at school who knows them and whom "
        "they would go to with a personal problem. Relationship mapping finds the students "
        "nobody knows that well yet, and gives each of them a go-to adult.</p>"
        "<h3>1. Map (early in the year)</h3>"
        "<p>Import the roster of students and adults (File › Import). In a staff meeting each "
        "adult opens <b>Mark</b>, chooses their name and marks the students they have a "
        "<b>positive, trusting relationship</b> with (Space), and those who <b>may benefit</b> "
        "from one (Ctrl+Space). Private mode keeps the other adults' marks hidden.</p>"
        "<h3>2. Find the unconnected students</h3>"
        "<p><b>Unconnected</b> lists the students nobody marked; the status bar and the "
        "<b>Dashboard</b> show how many, by grade and homeroom. Print the list for the "
        "counselors' meeting.</p>"
        "<h3>3. Pair each with a go-to adult</h3>"
        "<p><b>Go-to adults</b> suggests an adult for each unconnected student: first an adult "
        "who flagged them as \"may benefit\", then one who teaches them, then volunteers. "
        "Change any row, then Apply. <b>Mentor lists</b> shows and prints each adult's "
        "mentees.</p>"
        "<h3>4. Follow up</h3>"
        "<p>About 4 weeks and 2 months after a pairing, <b>Follow-up due</b> lists the "
        "check-ins to make. Record each one; when the adult and the student have connected, "
        "record \"connected\" and the student leaves the unconnected list.</p>"
        "<h3>5. Re-map later in the year</h3>"
        "<p>Start a new round on the <b>Rounds</b> page (for example in spring) and mark "
        "again. <b>Compare rounds</b> shows who became connected and who lost a connection, "
        "and the cycle starts again for the students still unconnected.</p>");
}

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("How relationship mapping works"));
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guideText"));
    browser->setAccessibleName(tr("How relationship mapping works"));
    browser->setOpenLinks(false);
    browser->setHtml(text());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    WindowGeometry::manage(this, QStringLiteral("guideDialog"), QSize(640, 640));
}

} // namespace cm
