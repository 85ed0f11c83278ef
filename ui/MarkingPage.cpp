#include "MarkingPage.h"

#include "AdultTableModel.h"
#include "FilterLineEdit.h"
#include "Interaction.h"
#include "MarkingModel.h"
#include "PrivacyGuard.h"
#include "SchoolDocument.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cm {

MarkingPage::MarkingPage(SchoolDocument& context, Interaction& interaction, QWidget* parent)
    : QWidget(parent)
    , m_document(context)
    , m_interaction(interaction)
    , m_guard(new PrivacyGuard(context, interaction, this))
    , m_stack(new QStackedWidget(this)) {
    m_stack->addWidget(buildPicker());
    m_stack->addWidget(buildSession());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(&context, &SchoolDocument::markChanged, this, &MarkingPage::updateCount);
    connect(&context, &SchoolDocument::rosterChanged, this, &MarkingPage::fillFilters);
    connect(&context, &SchoolDocument::schoolOpened, this, [this] {
        m_adult = 0;
        m_model->setAdult(0);
        m_stack->setCurrentIndex(0);
    });
    connect(m_model, &MarkingModel::writeFailed, this, [this](const QString& message) {
        m_interaction.showError(this, tr("Marking"), message);
    });
    fillFilters();
}

QWidget* MarkingPage::buildPicker() {
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>Who is marking?</h2>"), page);
    auto* hint = UiHelpers::hint(
        tr("Type part of your name, then press Enter. You will see the list of students and "
           "mark the ones you have a positive, trusting relationship with."),
        page);
    m_adults = new AdultTableModel(m_document, this);
    m_adultProxy = new TableFilterProxy(this);
    m_adultProxy->setSourceModel(m_adults);
    m_adultProxy->setColumnFilter(AdultTableModel::Active, QStringLiteral("1"));
    m_adultProxy->sort(AdultTableModel::Name);
    m_adultSearch = new FilterLineEdit(page);
    m_adultSearch->setObjectName(QStringLiteral("adultSearch"));
    m_adultSearch->setAccessibleName(tr("Who is marking"));
    m_adultSearch->setPlaceholderText(tr("Type part of your name"));
    title->setBuddy(m_adultSearch);
    m_adultList = new QListView(page);
    m_adultList->setObjectName(QStringLiteral("adultList"));
    m_adultList->setAccessibleName(tr("Adults"));
    m_adultList->setModel(m_adultProxy);
    m_adultList->setModelColumn(AdultTableModel::Name);
    m_adultList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_adultList->setUniformItemSizes(true);
    m_adultList->setSpacing(2);
    m_adultSearch->setTargetView(m_adultList);
    m_private = new QCheckBox(
        tr("&Private mode: hide the other adults' marks and the unconnected list while marking"),
        page);
    m_private->setObjectName(QStringLiteral("privateMode"));
    m_private->setChecked(true);
    auto* start = new QPushButton(tr("&Start marking"), page);
    start->setObjectName(QStringLiteral("startSession"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_adultSearch);
    layout->addWidget(m_adultList, 1);
    layout->addWidget(m_private);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(start);
    layout->addLayout(row);

    connect(m_adultSearch, &QLineEdit::textChanged, m_adultProxy, &TableFilterProxy::setSearchText);
    connect(m_adultSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_adultProxy->rowCount() == 1)
            startFromPicker();
    });
    connect(m_adultList, &QListView::activated, this, &MarkingPage::startFromPicker);
    connect(start, &QPushButton::clicked, this, &MarkingPage::startFromPicker);
    return page;
}

QWidget* MarkingPage::buildSession() {
    auto* page = new QWidget(this);
    m_model = new MarkingModel(m_document, this);
    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setGradeColumn(MarkingModel::Grade);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("markCount"));
    m_count->setTextFormat(Qt::PlainText); // the round name
    m_title->setTextFormat(Qt::RichText);  // the adult's name in it is escaped
    auto* leave = new QPushButton(tr("&Leave session"), page);
    leave->setObjectName(QStringLiteral("leaveSession"));
    auto* explain = UiHelpers::hint(
        tr("<b>Positive, trusting relationship</b> (Space): you know this student beyond "
           "academics and believe they would come to you with a personal problem.<br>"
           "<b>May benefit from a relationship</b> (C): you think this student could use a "
           "caring adult. Arrow keys move; type to filter; F2 edits a note. Each change is "
           "saved at once; Ctrl+Z undoes it."),
        page);
    explain->setObjectName(QStringLiteral("markExplanation"));
    explain->setFrameShape(QFrame::StyledPanel);
    explain->setMargin(6);
    m_filter = new FilterLineEdit(page);
    m_filter->setObjectName(QStringLiteral("markFilter"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, grade or homeroom"));
    m_grade = new QComboBox(page);
    m_grade->setObjectName(QStringLiteral("markGradeFilter"));
    m_grade->setAccessibleName(tr("Grade filter"));
    m_homeroom = new QComboBox(page);
    m_homeroom->setObjectName(QStringLiteral("markHomeroomFilter"));
    m_homeroom->setAccessibleName(tr("Homeroom filter"));
    m_table = new QTableView(page);
    UiHelpers::setUpTable(m_table, QStringLiteral("markTable"), tr("Students to mark"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    const int ch = m_table->fontMetrics().averageCharWidth();
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(MarkingModel::Name, ch * 30);
    for (int c : {int(MarkingModel::Grade), int(MarkingModel::Homeroom)})
        header->resizeSection(c, header->sectionSizeHint(c) + ch * 2);
    // Never narrower than the header's text (translations are longer).
    for (auto [c, chars] :
         {std::pair{int(MarkingModel::Connected), 40}, std::pair{int(MarkingModel::Concern), 18}})
        header->resizeSection(c, qMax(ch * chars, header->sectionSizeHint(c)));
    header->resizeSection(MarkingModel::Note, ch * 24);
    m_filter->setTargetView(m_table);
    m_table->installEventFilter(this);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_count);
    top->addLayout(titles, 1);
    top->addWidget(leave, 0, Qt::AlignTop);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_grade, 1);
    filters->addWidget(m_homeroom, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(explain);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(leave, &QPushButton::clicked, this, [this] { leaveSession(true); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_grade, m_homeroom})
        connect(combo, &QComboBox::currentIndexChanged, this, &MarkingPage::applyFilters);
    connect(&m_document, &SchoolDocument::privateSessionChanged, this,
            [this](bool on) { m_table->setColumnHidden(MarkingModel::Others, on); });
    return page;
}

void MarkingPage::startFromPicker() {
    QModelIndex i = m_adultList->currentIndex();
    if (!i.isValid() && m_adultProxy->rowCount() > 0)
        i = m_adultProxy->index(0, 0);
    if (!i.isValid())
        return;
    startSession(m_adults->adultAt(m_adultProxy->mapToSource(i).row()), m_private->isChecked());
}

void MarkingPage::startSession(RowId adultId, bool privateMode) {
    const Adult* a = m_document.adult(adultId);
    if (!a)
        return;
    // A private session needs the counselor passphrase to be left: the
    // first one asks the counselor to choose it.
    if (privateMode && !m_guard->ensurePassphrase(this))
        return;
    a = m_document.adult(adultId);
    if (!a)
        return;
    // Copied: what follows may reload the context and move its roster.
    const QString name = a->displayName();
    m_adult = adultId;
    m_document.setSessionAdult(adultId);
    // Private: the history of earlier edits is not for the marking adult.
    if (privateMode)
        m_document.undoStack()->clear();
    m_document.setPrivateSession(privateMode);
    m_table->setColumnHidden(MarkingModel::Others, privateMode);
    m_model->setAdult(adultId);
    m_title->setText(
        tr("<h2>Marking as %1</h2>").arg(name.toHtmlEscaped()) +
        (privateMode ? tr("Private mode: other adults' marks are hidden.") : QString()));
    m_filter->clear();
    m_grade->setCurrentIndex(0);
    m_homeroom->setCurrentIndex(0);
    updateCount();
    m_stack->setCurrentIndex(1);
    m_filter->setFocus(Qt::OtherFocusReason);
    emit sessionStarted(adultId);
}

bool MarkingPage::leaveSession(bool ask) {
    if (!m_adult)
        return true;
    if (m_document.privateSession()) {
        const Adult* a = m_document.adult(m_adult);
        if (!m_guard->unlock(this, tr("Your marks are saved. Enter the counselor passphrase to "
                                      "leave the private session of %1:")
                                       .arg(a ? a->displayName() : QString())))
            return false;
    } else if (ask && !m_interaction.confirm(this, tr("Leave the marking session"),
                                             tr("Your marks are saved. Leave the session and "
                                                "return to the counselor's view?"))) {
        return false;
    }
    endSession();
    return true;
}

void MarkingPage::endSession() {
    if (!m_adult)
        return;
    const bool wasPrivate = m_document.privateSession();
    m_adult = 0;
    m_model->setAdult(0);
    if (wasPrivate)
        m_document.undoStack()->clear();
    m_document.setPrivateSession(false);
    m_private->setChecked(true);
    m_adultSearch->clear();
    m_adultList->setCurrentIndex({});
    m_stack->setCurrentIndex(0);
    m_adultSearch->setFocus(Qt::OtherFocusReason);
    m_document.setSessionAdult(0);
    emit sessionEnded();
}

void MarkingPage::updateCount() {
    if (!m_adult)
        return;
    const int connected = m_document.adultMarkCount(m_adult, MarkKind::Connected);
    const int concern = m_document.adultMarkCount(m_adult, MarkKind::Concern);
    m_count->setText(tr("Your marks in %1: %2 positive, trusting relationships · %3 may benefit")
                         .arg(m_document.viewedRoundInfo().name)
                         .arg(connected)
                         .arg(concern));
}

void MarkingPage::fillFilters() {
    QSet<QString> grades;
    QSet<QString> homerooms;
    for (const Student& s : m_document.students()) {
        if (!s.active)
            continue;
        grades.insert(s.grade);
        homerooms.insert(s.homeroom);
    }
    UiHelpers::fillFilterCombo(m_grade, tr("All grades"), UiHelpers::sortedGrades(grades));
    UiHelpers::fillFilterCombo(m_homeroom, tr("All homerooms"), UiHelpers::sortedValues(homerooms));
}

void MarkingPage::applyFilters() {
    m_proxy->setColumnFilter(MarkingModel::Grade, m_grade->currentData().toString());
    m_proxy->setColumnFilter(MarkingModel::Homeroom, m_homeroom->currentData().toString());
}

void MarkingPage::toggleCurrent(MarkKind kind) {
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    // A failure is reported through MarkingModel::writeFailed.
    static_cast<void>(m_model->toggle(m_proxy->mapToSource(i).row(), kind));
}

bool MarkingPage::eventFilter(QObject* watched, QEvent* event) {
    // Keys typed in an open note editor go to the editor, not to the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods =
            key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (mods == Qt::NoModifier) {
            if (key->key() == Qt::Key_Space) {
                toggleCurrent(MarkKind::Connected);
                return true;
            }
            if (key->key() == Qt::Key_C) {
                toggleCurrent(MarkKind::Concern);
                return true;
            }
            const QString text = key->text();
            if (key->key() == Qt::Key_Backspace ||
                (!text.isEmpty() && text.at(0).isPrint() && key->key() != Qt::Key_Tab)) {
                // Type to filter: letters go to the filter box.
                m_filter->setFocus(Qt::ShortcutFocusReason);
                if (key->key() == Qt::Key_Backspace)
                    m_filter->backspace();
                else
                    m_filter->insert(text);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cm
