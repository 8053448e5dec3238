// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskeditordialog.h"
#include "core/domain/limits.h"
#include "core/placement/placement.h"
#include "core/store/store.h"
#include "ui/common/messagebox.h"
#include "ui/postings/postinglinestree.h"
#include "whytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {


template <typename W> W *named(W *w, const char *objectName, const QString &accessible)
{
    w->setObjectName(QString::fromLatin1(objectName));
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

TaskEditorDialog::TaskEditorDialog(Store &store, const QDate &today, const Task &task, QWidget *parent)
    : QDialog(parent), m_store(store), m_today(today), m_original(task)
{
    setObjectName(QStringLiteral("taskEditor"));
    setWindowTitle(task.id ? tr("Edit task") : tr("New task"));
    buildForm();
    load(task);
    resize(880, 620);
}

void TaskEditorDialog::buildForm()
{
    m_title = named(new QLineEdit(this), "editorTitle", tr("Title"));
    m_title->setMaxLength(limits::kMaxTitleLength);
    m_kind = named(new QComboBox(this), "editorKind", tr("Kind"));
    for (const QString &name : allNames<Kind>())
        m_kind->addItem(displayName(*fromString<Kind>(name)), int(*fromString<Kind>(name)));
    m_status = named(new QComboBox(this), "editorStatus", tr("Status"));
    m_status->addItem(tr("To do"), int(Status::Todo));
    m_status->addItem(tr("Doing"), int(Status::Doing));
    m_status->addItem(tr("Done"), int(Status::Done));
    m_hasDue = named(new QCheckBox(tr("Due"), this), "editorHasDue", tr("Has a due date"));
    m_due = named(new QDateEdit(this), "editorDue", tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDateRange(limits::firstDate(), limits::lastDate());
    m_estimate = named(new QDoubleSpinBox(this), "editorEstimate", tr("Estimate in hours"));
    // The service's range: the CLI and an import may store anything in it, and the editor shows it.
    m_estimate->setDecimals(limits::kEstimateDecimals);
    m_estimate->setRange(limits::kMinShownEstimateHours, limits::kMaxEstimateHours);
    m_estimate->setSingleStep(0.5);
    m_estimate->setSuffix(tr(" h"));
    m_company = named(new QComboBox(this), "editorCompany", tr("Company"));
    m_company->addItem(tr("(none)"), Id(0));
    for (const Company &c : m_store.companies())
        m_company->addItem(c.name, c.id);
    m_repeat = named(new QComboBox(this), "editorRepeat", tr("Repeat"));
    m_repeat->addItem(tr("Does not repeat"), int(Repeat::None));
    m_repeat->addItem(tr("Daily (habit)"), int(Repeat::Daily));
    m_repeat->addItem(tr("Weekly (habit)"), int(Repeat::Weekly));
    m_pinned = named(new QComboBox(this), "editorPinned", tr("Quadrant"));
    m_pinned->addItem(tr("Let the planner decide"), 0);
    for (int q = 1; q <= 4; ++q)
        m_pinned->addItem(tr("Pinned to %1 %2").arg(q).arg(displayName(Quadrant(q))), q);
    m_notes = named(new QPlainTextEdit(this), "editorNotes", tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_lines = new PostingLinesTree(m_store, this);
    m_source = named(new QLabel(this), "editorSourceLines", tr("The posting lines this task closes"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why = named(new QLabel(this), "editorWhy", tr("Why it is placed there"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Status"), m_status);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date"), dueRow);
    form->addRow(tr("&Estimate"), m_estimate);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("&Repeat"), m_repeat);
    form->addRow(tr("&Quadrant"), m_pinned);
    form->addRow(tr("&Notes"), m_notes);
    auto *left = new QWidget(this);
    left->setLayout(form);

    auto *whyBox = new QGroupBox(tr("Why here"), this);
    auto *whyLayout = new QVBoxLayout(whyBox);
    whyLayout->addWidget(m_why);
    auto *linesBox = new QGroupBox(tr("Posting lines this task closes"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_source);
    linesLayout->addWidget(m_lines);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(linesBox);
    right->addWidget(whyBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("editorSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("editorButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    for (QComboBox *box : {m_kind, m_status, m_company, m_repeat, m_pinned})
        connect(box, &QComboBox::currentIndexChanged, this, &TaskEditorDialog::updateWhy);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskEditorDialog::updateWhy);
    connect(m_due, &QDateEdit::dateChanged, this, &TaskEditorDialog::updateWhy);
    connect(m_estimate, &QDoubleSpinBox::valueChanged, this, &TaskEditorDialog::updateWhy);
    connect(m_lines, &PostingLinesTree::checkedChanged, this, &TaskEditorDialog::updateWhy);
    connect(m_lines, &PostingLinesTree::checkedChanged, this, &TaskEditorDialog::updateSource);
}

void TaskEditorDialog::load(const Task &t)
{
    m_title->setText(t.title);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_status->setCurrentIndex(m_status->findData(int(t.status)));
    m_hasDue->setChecked(t.due.isValid());
    m_due->setEnabled(t.due.isValid());
    m_due->setDate(t.due.isValid() ? t.due : m_today);
    m_estimate->setValue(t.estimateHours);
    m_company->setCurrentIndex(qMax(0, m_company->findData(t.companyId)));
    m_repeat->setCurrentIndex(m_repeat->findData(int(t.repeat)));
    m_pinned->setCurrentIndex(m_pinned->findData(int(t.pinned)));
    m_notes->setPlainText(t.notes);
    m_lines->setChecked(t.lineIds);
    updateWhy();
}

Task TaskEditorDialog::task() const
{
    Task t = m_original;
    t.title = m_title->text().trimmed();
    t.kind = Kind(m_kind->currentData().toInt());
    t.status = Status(m_status->currentData().toInt()); // done or reopened by the service's one rule
    t.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    // An estimate finer than the box shows (0.125 h from the CLI) stays as it is unless edited.
    if (m_estimate->value() != m_estimate->valueFromText(m_estimate->textFromValue(m_original.estimateHours)))
        t.estimateHours = m_estimate->value();
    t.companyId = m_company->currentData().toLongLong();
    t.repeat = Repeat(m_repeat->currentData().toInt());
    t.pinned = Quadrant(m_pinned->currentData().toInt()); // the service forgets a manual order on a new pane
    t.notes = m_notes->toPlainText();
    t.lineIds = m_lines->checkedIds();
    return t;
}

QString TaskEditorDialog::whyHtml() const { return m_why->text(); }

void TaskEditorDialog::updateSource()
{
    const QStringList lines = m_lines->checkedDescriptions();
    m_source->setText(lines.isEmpty() ? tr("No posting line: tick the lines this task prepares for.")
                                      : tr("Closes:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
}

void TaskEditorDialog::updateWhy()
{
    const Task t = task();
    int interest = 0;
    for (const Company &c : m_store.companies())
        if (c.id == t.companyId)
            interest = c.interest;
    const Placement p = Placer(m_store.settings()).place(t, m_lines->checkedLinks(), interest, m_today);
    m_why->setText(jobprep::ui::whyHtml(t, p));
}

void TaskEditorDialog::accept()
{
    // Same rules as the store, checked before closing so the user can fix the field right here.
    const QString problem = Store::validate(task());
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Cannot save the task"), problem);
        return;
    }
    QDialog::accept();
}

} // namespace jobprep::ui
