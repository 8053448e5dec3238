// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "habitsview.h"
#include "core/habits/streaks.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "habitsyncer.h"
#include "heatmapwidget.h"
#include "linkrepositorydialog.h"
#include "ui/commands/taskcontroller.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace jobprep::ui {
namespace {

QString objectNameFor(const char *what, Id id) { return QStringLiteral("%1%2").arg(QLatin1String(what)).arg(id); }

// A repository under the home folder reads as ~/…, the way people name it; the tooltip keeps the
// full path.
QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path == home || path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

} // namespace

HabitsView::HabitsView(TaskController &controller, HabitSyncer *syncer, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_syncer(syncer), m_cards(new QVBoxLayout),
      m_status(new QLabel(this)), m_sync(new QPushButton(tr("Read the repositories now"), this)),
      m_runDialog([](QDialog &d) { return d.exec(); })
{
    setObjectName(QStringLiteral("habitsView"));
    m_status->setObjectName(QStringLiteral("habitsStatus"));
    m_status->setWordWrap(true);
    m_sync->setObjectName(QStringLiteral("habitsSync"));
    auto *intro = new QLabel(tr("A day counts as done when a linked repository has a commit of yours that day (your "
                                "local day), or when you tick it by hand: click a day to tick or un-tick it."),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_sync);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("habitCards"));
    inner->setLayout(m_cards);
    m_cards->setSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("habitsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    Service &service = m_controller.service();
    connect(&service, &Service::changed, this, &HabitsView::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &HabitsView::refresh);
    if (m_syncer) {
        connect(m_sync, &QPushButton::clicked, m_syncer, &HabitSyncer::syncNow);
        connect(m_syncer, &HabitSyncer::started, this, [this] {
            m_sync->setEnabled(false);
            m_status->setText(tr("Reading the linked repositories…"));
        });
        connect(m_syncer, &HabitSyncer::finished, this, [this](int links, int commits, const QStringList &problems) {
            m_sync->setEnabled(true);
            QString text = links ? tr("Read %n repository link(s)", nullptr, links) + QStringLiteral(": ") +
                                       tr("%n new commit(s).", nullptr, commits)
                                 : QString();
            if (!problems.isEmpty())
                text += QLatin1Char(' ') + tr("%n could not be read (see the note on the habit).", nullptr,
                                              int(problems.size()));
            m_status->setText(text);
        });
    } else {
        m_sync->hide();
    }
    refresh();
}

void HabitsView::apply(const ChangeSet &changes)
{
    if (!changes.habits && !changes.everything && changes.tasks.isEmpty())
        return;
    if (isVisible())
        refresh();
    else
        m_outOfDate = true;
}

void HabitsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        refresh();
}

void HabitsView::refresh()
{
    m_outOfDate = false;
    auto *scroll = findChild<QScrollArea *>(QStringLiteral("habitsScroll"));
    const int position = scroll->verticalScrollBar()->value();
    // Later: a click on a heatmap may be what changed the record, and its handler is still running.
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    QList<Task> habits;
    try {
        habits = m_controller.store().openHabits();
    } catch (const DbError &e) {
        m_status->setText(e.message());
    }
    for (const Task &h : std::as_const(habits))
        m_cards->addWidget(card(h));
    if (habits.isEmpty()) {
        auto *none = new QLabel(tr("No habit yet. Make a task repeat daily or weekly (Task → New task…, Repeat), "
                                   "for example \"1일 1커밋\" or \"하루 한 문제\"."));
        none->setObjectName(QStringLiteral("habitsEmpty"));
        none->setWordWrap(true);
        m_cards->addWidget(none);
    }
    m_cards->addStretch(1);
    scroll->verticalScrollBar()->setValue(position);
}

QWidget *HabitsView::card(const Task &habit)
{
    Store &store = m_controller.store();
    const QDate today = m_controller.today();
    const QList<QDate> done = store.habitDoneDays(habit.id);
    const habits::Streaks s = habits::streaks(done, habit.repeat, today);
    auto *frame = new QFrame;
    frame->setObjectName(objectNameFor("habitCard", habit.id));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);

    auto *title = new QLabel(QStringLiteral("<b>%1</b> · %2")
                                 .arg(habit.title.toHtmlEscaped(),
                                      habit.repeat == Repeat::Weekly ? tr("weekly") : tr("daily")),
                             frame);
    auto *summary = new QLabel(
        (habit.repeat == Repeat::Weekly ? tr("Current streak: %n week(s)", nullptr, s.current)
                                        : tr("Current streak: %n day(s)", nullptr, s.current)) +
            QStringLiteral(" · ") + tr("longest: %1").arg(s.longest),
        frame);
    summary->setObjectName(objectNameFor("habitSummary", habit.id));
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(summary);
    auto *link = new QPushButton(tr("Link a repository…"), frame);
    link->setObjectName(objectNameFor("habitLink", habit.id));
    head->addWidget(link);
    layout->addLayout(head);
    connect(link, &QPushButton::clicked, this, [this, id = habit.id] { linkRepository(id); });

    const QList<HabitLink> links = store.habitLinks(habit.id);
    if (links.isEmpty()) {
        auto *manual = new QLabel(tr("No repository linked: ticked by hand only."), frame);
        manual->setObjectName(objectNameFor("habitSource", habit.id));
        layout->addWidget(manual);
    }
    for (const HabitLink &l : links) {
        auto *row = new QHBoxLayout;
        QString text = QStringLiteral("%1%2 — %3")
                           .arg(shortPath(l.repo), l.path.isEmpty() ? QString() : QStringLiteral(" (%1/)").arg(l.path),
                                l.authors.join(QStringLiteral(", ")));
        if (!l.problem.isEmpty())
            text += QStringLiteral("\n⚠ ") + l.problem;
        auto *source = new QLabel(text, frame);
        source->setObjectName(objectNameFor("habitSource", habit.id));
        source->setWordWrap(true);
        source->setToolTip(QDir::toNativeSeparators(l.repo));
        source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (!l.problem.isEmpty()) {
            QFont bold = source->font();
            bold.setBold(true);
            source->setFont(bold);
        }
        auto *unlink = new QPushButton(tr("Unlink"), frame);
        unlink->setObjectName(objectNameFor("habitUnlink", habit.id));
        connect(unlink, &QPushButton::clicked, this,
                [this, id = habit.id, repo = l.repo] { m_controller.unlinkRepository(id, repo); });
        row->addWidget(source, 1);
        row->addWidget(unlink);
        layout->addLayout(row);
    }

    auto *heatmap = new HeatmapWidget(frame);
    heatmap->setObjectName(objectNameFor("habitHeatmap", habit.id));
    const QDate first = habits::HeatmapGrid(today).first();
    const QDate began = std::min(habit.created.date().isValid() ? habit.created.date() : today,
                                 done.isEmpty() ? today : done.first());
    heatmap->setRecord(today, habit.repeat, began, store.habitDays(habit.id, first, today));
    heatmap->setCommitReader([&store, id = habit.id](const QDate &day) { return store.habitCommits(id, day, 10); });
    connect(heatmap, &HeatmapWidget::dayClicked, this,
            [this, id = habit.id](const QDate &day, bool doneNow) { m_controller.setHabitDay(id, day, !doneNow); });
    layout->addWidget(heatmap);
    return frame;
}

void HabitsView::linkRepository(Id taskId)
{
    const auto t = m_controller.store().task(taskId);
    if (!t)
        return;
    LinkRepositoryDialog dialog(taskId, t->title, this);
    if (m_runDialog(dialog) == QDialog::Accepted && m_controller.linkRepository(dialog.link()) && m_syncer)
        m_syncer->syncNow(); // read it at once
}

HeatmapWidget *HabitsView::heatmap(Id taskId) const
{
    return findChild<HeatmapWidget *>(objectNameFor("habitHeatmap", taskId));
}

QLabel *HabitsView::summary(Id taskId) const { return findChild<QLabel *>(objectNameFor("habitSummary", taskId)); }

QStringList HabitsView::sourceTexts(Id taskId) const
{
    QStringList out;
    for (const QLabel *l : findChildren<QLabel *>(objectNameFor("habitSource", taskId)))
        out << l->text();
    return out;
}

int HabitsView::habitCount() const { return int(findChildren<HeatmapWidget *>().size()); }

} // namespace jobprep::ui
