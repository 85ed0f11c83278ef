#include "MarkingPage.h"

#include "AdultTableModel.h"
#include "EmptyStateView.h"
#include "FilterLineEdit.h"
#include "Interaction.h"
#include "MarkingKeys.h"
#include "MarkingModel.h"
#include "PrivacyGuard.h"
#include "SchoolDocument.h"
#include "TableFilterProxy.h"
#include "UiHelpers.h"
#include "VoiceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
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
        focusCurrentStep();
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
    m_namedYou = new QLabel(page);
    m_namedYou->setObjectName(QStringLiteral("sessionNamedYou"));
    m_namedYou->setTextFormat(Qt::PlainText);
    m_namedYou->setWordWrap(true);
    m_namedYou->hide();
    m_title->setTextFormat(Qt::RichText); // the adult's name in it is escaped
    auto* leave = new QPushButton(tr("&Leave session"), page);
    leave->setObjectName(QStringLiteral("leaveSession"));
    auto* explain = UiHelpers::hint(
        tr("<b>Positive, trusting relationship</b>: you know this student beyond "
           "academics and believe they would come to you with a personal problem.<br>"
           "<b>May benefit from a relationship</b>: you think this student could use a "
           "caring adult. Each change is saved at once."),
        page);
    explain->setObjectName(QStringLiteral("markExplanation"));
    explain->setFrameShape(QFrame::StyledPanel);
    explain->setMargin(6);
    m_keys = new QLabel(page);
    m_keys->setObjectName(QStringLiteral("markKeys"));
    m_keys->setTextFormat(Qt::PlainText);
    m_keys->setWordWrap(true);
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
    m_tableState = new EmptyStateView(m_table, QStringLiteral("markEmpty"), page);
    // Letters typed anywhere in the session go to the filter.
    auto* keys = new MarkingKeys(m_table, m_filter, {m_table, m_grade, m_homeroom, leave}, this);
    m_keys->setText(keys->hint());
    connect(keys, &MarkingKeys::toggleRequested, this, &MarkingPage::toggleCurrent);
    connect(keys, &MarkingKeys::editNoteRequested, this, &MarkingPage::editCurrentNote);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_count);
    titles->addWidget(m_namedYou);
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
    layout->addWidget(m_tableState, 1);
    layout->addWidget(m_keys);

    connect(leave, &QPushButton::clicked, this, [this] { leaveSession(true); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    for (QComboBox* combo : {m_grade, m_homeroom})
        connect(combo, &QComboBox::currentIndexChanged, this, &MarkingPage::applyFilters);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MarkingPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MarkingPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MarkingPage::updateEmpty);
    connect(m_filter, &QLineEdit::textChanged, this, &MarkingPage::updateEmpty);
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
    updateEmpty();
    updateNamedYou();
    m_stack->setCurrentIndex(1);
    focusCurrentStep();
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
    focusCurrentStep();
    m_document.setSessionAdult(0);
    emit sessionEnded();
}

void MarkingPage::updateCount() {
    if (!m_adult)
        return;
    const int connected = m_document.adultMarkCount(m_adult, MarkKind::Connected);
    const int concern = m_document.adultMarkCount(m_adult, MarkKind::Concern);
    m_count->setText(tr("Your marks in %1:").arg(m_document.viewedRoundInfo().name) +
                     QLatin1Char(' ') +
                     tr("%n positive, trusting relationship(s)", nullptr, connected) +
                     QStringLiteral(" · ") + tr("%n may benefit", nullptr, concern));
}

// Student voice in the adult's own view: never unless the counselor shares it.
void MarkingPage::updateNamedYou() {
    const Storage& storage = m_document.storage();
    QStringList names;
    if (m_adult && VoiceData::namesShownToAdults(storage)) {
        const VoiceData voice = VoiceData::load(storage, m_document.viewedRound());
        for (RowId id : voice.studentsNaming(m_adult))
            if (const Student* s = m_document.student(id))
                names << s->displayName();
    }
    names.sort(Qt::CaseInsensitive);
    m_namedYou->setVisible(!names.isEmpty());
    m_namedYou->setText(tr("In the student survey, %n student(s) named you as an adult they "
                           "would go to: %1.",
                           nullptr, int(names.size()))
                            .arg(names.join(QStringLiteral(", "))));
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

void MarkingPage::editCurrentNote() {
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const QModelIndex note = i.siblingAtColumn(MarkingModel::Note);
    m_table->setCurrentIndex(note);
    m_table->edit(note);
}

void MarkingPage::updateEmpty() {
    if (!m_adult)
        return;
    const QString text = m_filter->text().trimmed();
    const bool narrowed = m_grade->currentIndex() > 0 || m_homeroom->currentIndex() > 0;
    QString message;
    if (!text.isEmpty() && narrowed)
        message = tr("No student in this grade and homeroom matches “%1”. Press Escape in the "
                     "filter to clear it, or choose All grades and All homerooms.")
                      .arg(text);
    else if (!text.isEmpty())
        message = tr("No student matches “%1”. Press Escape in the filter to clear it.").arg(text);
    else if (narrowed)
        message = tr("No active student is in this grade and homeroom.");
    else
        message = tr("There are no active students to mark yet: import a roster first "
                     "(File › Import roster).");
    m_tableState->setMessage(message);
    m_tableState->setEmpty(m_proxy->rowCount() == 0);
}

void MarkingPage::focusCurrentStep() {
    // Before a session: "Who is marking?"; in one: the student filter.
    QWidget* target = m_adult ? static_cast<QWidget*>(m_filter) : m_adultSearch;
    m_stack->setFocusProxy(target);
    setFocusProxy(target);
    if (isVisible())
        target->setFocus(Qt::OtherFocusReason);
}

void MarkingPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Opened from the navigation or Ctrl+3; not when the window is restored.
    if (!event->spontaneous())
        focusCurrentStep();
}

} // namespace cm
