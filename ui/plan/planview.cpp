// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planview.h"
#include "core/export/planformat.h"
#include "core/plan/weeklyplanner.h"
#include "core/service/clock.h"
#include "core/service/planservice.h"
#include "core/service/service.h"
#include "ui/common/messagebox.h"
#include "pdfexport.h"
#include "plandaycolumn.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

namespace jobprep {

using namespace planformat;

namespace {

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QListWidget *taskList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setMaximumHeight(110);
    list->setWordWrap(true);
    return list;
}

void addItem(QListWidget *list, const QString &text, Quadrant q, Id id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::DecorationRole, QColor(quadrantColor(q)));
    item->setToolTip(text);
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_atRisk(taskList(this, "planAtRisk")),
      m_nextWeek(taskList(this, "planNextWeek"))
{
    setObjectName(QStringLiteral("planView"));
    auto *top = new QHBoxLayout;
    auto *prev = new QToolButton(this);
    prev->setObjectName(QStringLiteral("planPreviousWeek"));
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous week"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("planNextWeekButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    auto *current = button(this, tr("This week"), "planThisWeek");
    m_title->setObjectName(QStringLiteral("planWeekTitle"));
    m_title->setTextFormat(Qt::PlainText);
    auto *exportWeekButton = button(this, tr("Export week…"), "planExportWeek");
    auto *exportPdfButton = button(this, tr("Export PDF…"), "planExportPdf");
    auto *printButton = button(this, tr("Print…"), "planPrint");
    top->addWidget(prev);
    top->addWidget(current);
    top->addWidget(next);
    top->addSpacing(8);
    top->addWidget(m_title, 1);
    top->addWidget(exportWeekButton);
    top->addWidget(exportPdfButton);
    top->addWidget(printButton);

    auto *days = new QWidget;
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    daysLayout->setSpacing(6);
    for (auto &column : m_days) {
        column = new PlanDayColumn(days);
        daysLayout->addWidget(column, 1);
        connect(column, &PlanDayColumn::taskActivated, this, &PlanView::taskActivated);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planDays"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The columns share the width (titles wrap); only a long day scrolls, vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(days);

    auto *lists = new QHBoxLayout;
    for (const auto &[list, title] : {std::pair{m_atRisk, tr("At risk: cannot be finished before the deadline")},
                                      std::pair{m_nextWeek, tr("Next week: did not fit")}}) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(list);
        lists->addWidget(box, 1);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (const Id id = item->data(Qt::UserRole).toLongLong())
                Q_EMIT taskActivated(id);
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addLayout(lists);

    connect(prev, &QToolButton::clicked, this, &PlanView::previousWeek);
    connect(next, &QToolButton::clicked, this, &PlanView::nextWeek);
    connect(current, &QPushButton::clicked, this, &PlanView::thisWeek);
    connect(exportWeekButton, &QPushButton::clicked, this, &PlanView::exportWeek);
    connect(exportPdfButton, &QPushButton::clicked, this, &PlanView::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &PlanView::print);
    thisWeek();
}

void PlanView::setService(Service *service)
{
    if (m_service) {
        disconnect(m_service, nullptr, this, nullptr);
        disconnect(&m_service->clock(), nullptr, this, nullptr);
    }
    m_service = service;
    if (service) {
        connect(service, &Service::changed, this, &PlanView::apply);
        connect(&service->clock(), &Clock::dayChanged, this, [this] { dayChanged(m_shownToday); });
    }
    thisWeek();
}

void PlanView::apply(const ChangeSet &changes)
{
    if (!changes.affectsPlan())
        return;
    if (isVisible())
        refresh();
    else
        m_outOfDate = true;
}

void PlanView::dayChanged(const QDate &previous)
{
    if (m_today.isValid())
        return; // a fixed day (setToday)
    // The week that was "this week" follows today into the next one; another week stays shown.
    if (previous.isValid() && m_monday == previous.addDays(1 - previous.dayOfWeek()))
        thisWeek();
    else
        refresh();
}

void PlanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        refresh();
}

void PlanView::setToday(const QDate &today)
{
    m_today = today;
    thisWeek();
}

QDate PlanView::today() const
{
    if (m_today.isValid())
        return m_today;
    return m_service ? m_service->clock().today() : QDate::currentDate();
}

void PlanView::setWeek(const QDate &anyDayOfWeek)
{
    m_monday = anyDayOfWeek.addDays(1 - anyDayOfWeek.dayOfWeek());
    refresh();
}

void PlanView::previousWeek() { setWeek(m_monday.addDays(-7)); }
void PlanView::nextWeek() { setWeek(m_monday.addDays(7)); }
void PlanView::thisWeek() { setWeek(today()); }

void PlanView::refresh()
{
    m_outOfDate = false;
    m_shownToday = today();
    if (m_service) {
        m_plan = WeeklyPlanner::planFromStore(m_service->store(), m_monday, today());
        recordPlan();
    } else {
        PlanInput input;
        input.monday = m_monday;
        input.today = today();
        m_plan = WeeklyPlanner::plan(input);
    }
    const QLocale locale;
    m_title->setText(tr("Week %1 · %2 – %3 · %4 of %5 planned")
                         .arg(m_plan.weekName(), locale.toString(m_plan.monday, QLocale::ShortFormat),
                              locale.toString(m_plan.sunday(), QLocale::ShortFormat), hoursText(m_plan.usedMinutes()),
                              hoursText(m_plan.capacityMinutes())));
    for (int d = 0; d < 7; ++d)
        m_days[d]->setDay(m_plan.days[d], m_plan.days[d].date == today());

    m_atRisk->clear();
    for (const AtRiskItem &r : m_plan.atRisk) {
        const QString company = r.company.isEmpty() ? QString() : QStringLiteral(" · ") + r.company;
        addItem(m_atRisk,
                r.habit ? tr("%1 — %2 short from %3%4").arg(r.title, hoursText(r.missingMinutes), dateText(r.deadline), company)
                        : tr("%1 — %2 missing before %3%4").arg(r.title, hoursText(r.missingMinutes), dateText(r.deadline), company),
                r.quadrant, r.taskId);
    }
    if (const int more = m_plan.atRiskTotal - int(m_plan.atRisk.size()); more > 0)
        addItem(m_atRisk, tr("…and %n more (%1 missing in all)", nullptr, more).arg(hoursText(m_plan.atRiskMinutes)),
                Quadrant::None, 0);
    if (m_plan.atRisk.isEmpty())
        addItem(m_atRisk, tr("Nothing at risk."), Quadrant::None, 0);
    m_nextWeek->clear();
    for (const CarryOverItem &c : m_plan.nextWeek)
        addItem(m_nextWeek,
                tr("%1 — %2 left%3")
                    .arg(c.title, hoursText(c.remainingMinutes), c.company.isEmpty() ? QString() : QStringLiteral(" · ") + c.company),
                c.quadrant, c.taskId);
    if (const int more = m_plan.nextWeekTotal - int(m_plan.nextWeek.size()); more > 0)
        addItem(m_nextWeek, tr("…and %n more (%1 left in all)", nullptr, more).arg(hoursText(m_plan.nextWeekMinutes)),
                Quadrant::None, 0);
    if (m_plan.nextWeek.isEmpty())
        addItem(m_nextWeek, tr("Everything fits."), Quadrant::None, 0);
}

void PlanView::recordPlan()
{
    // The first plan of the day is kept for the weekly review; a file that cannot be written (read
    // only, busy) still shows its plan.
    if (m_today.isValid())
        return;
    try {
        m_service->plans().recordIfFirstToday(m_plan);
    } catch (const DbError &) {
    }
}

void PlanView::exportWeek() { exportTo(std::nullopt); }
void PlanView::exportPdf() { exportTo(PlanFormat::Pdf); }

void PlanView::exportTo(std::optional<PlanFormat> fixed)
{
    const auto target = m_chooser ? m_chooser(fixed)
                                  : PlanExportDialog::ask(this, QStringLiteral("jobprep-%1").arg(m_plan.weekName()), fixed);
    if (!target)
        return;
    QString error;
    const bool ok = target->format == PlanFormat::Pdf
                        ? writePlanPdf(m_plan, target->path, &error)
                        : saveFileAtomically(target->path,
                                             exportPlan(m_plan, target->format, m_zone, QDateTime::currentDateTimeUtc()),
                                             &error);
    if (ok)
        Q_EMIT exported(target->path);
    else
        fail(error);
}

void PlanView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QStringLiteral("JobPrep %1").arg(m_plan.weekName()));
    bool accepted = false;
    if (m_printDialog) {
        accepted = m_printDialog(&printer);
    } else {
        QPrintDialog dialog(&printer, this);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (accepted)
        printPlan(m_plan, &printer);
}

void PlanView::fail(const QString &message)
{
    Q_EMIT exportFailed(message);
    if (!m_chooser) // the interactive path; tests use the seam and read the signal
        ui::MessageBox::warning(this, tr("Export week"), message);
}

} // namespace jobprep
