// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skillsview.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "core/store/store.h"
#include "skillschart.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace jobprep {

SkillsView::SkillsView(Service &service, QWidget *parent)
    : QWidget(parent), m_store(service.store()), m_today(service.clock().today()), m_afterTaskChanges(new QTimer(this)),
      m_chart(new SkillsChart), m_legend(new QLabel), m_details(new QListWidget)
{
    setObjectName(QStringLiteral("skillsView"));
    m_details->setObjectName(QStringLiteral("skillDetails"));
    m_legend->setText(tr("Dark: postings that require the skill (자격요건) · light: postings that only prefer it "
                         "(우대사항) · ✓: done tasks cover it. Click a skill for its postings and tasks."));
    m_legend->setWordWrap(true);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(scroll);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(split, 1);
    connect(m_chart, &SkillsChart::skillActivated, this, &SkillsView::showSkill);
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(kTaskChangesPauseMs);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &SkillsView::refresh);
    connect(&service, &Service::changed, this, &SkillsView::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &SkillsView::setToday);
    refresh();
    if (isReading())
        m_chart->setEmptyText(tr("Reading the postings and tasks…"));
}

SkillsView::~SkillsView() = default; // the reader waits for a running worker

void SkillsView::apply(const ChangeSet &changes)
{
    // Which postings are targets depends on their company's stage and their deadline.
    if (changes.beyondTasks())
        refresh();
    else if (!changes.tasks.isEmpty())
        m_afterTaskChanges->start();
}

void SkillsView::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void SkillsView::refresh()
{
    m_afterTaskChanges->stop();
    if (m_reader.isRunning()) {
        m_readAgain = true; // what the worker reads may miss this change
        return;
    }
    if (!ui::StoreReader<QList<SkillDemandRow>>::canRead(m_store)) {
        show(SkillDemand::compute(m_store, m_today));
        return;
    }
    const QDate today = m_today;
    m_reader.start(
        m_store.path(), [today](Store &reader) { return SkillDemand::compute(reader, today); },
        [this](const std::shared_ptr<QList<SkillDemandRow>> &rows) {
            if (std::exchange(m_readAgain, false)) {
                refresh();
                return;
            }
            show(rows ? *rows : SkillDemand::compute(m_store, m_today)); // null: the worker could not read
        });
}

void SkillsView::show(const QList<SkillDemandRow> &rows)
{
    const QString current = m_chart->selected() >= 0 ? m_chart->rows()[m_chart->selected()].skill : QString();
    m_chart->setEmptyText({});
    m_chart->setRows(rows);
    m_details->clear();
    for (int i = 0; i < m_chart->rows().size(); ++i)
        if (m_chart->rows()[i].skill == current)
            m_chart->select(i);
    Q_EMIT chartUpdated();
}

void SkillsView::showSkill(const QString &skill)
{
    m_details->clear();
    for (const SkillDemandRow &r : m_chart->rows()) {
        if (r.skill != skill)
            continue;
        QHash<Id, QString> companies;
        for (const Company &c : m_store.companies())
            companies.insert(c.id, c.name);
        auto postingLine = [&](Id id, const QString &how) {
            if (const auto p = m_store.posting(id))
                m_details->addItem(tr("%1 — %2 (%3)").arg(companies.value(p->companyId), p->title, how));
        };
        for (Id id : r.requiredBy)
            postingLine(id, tr("requires"));
        for (Id id : r.preferredBy)
            postingLine(id, tr("prefers"));
        // A common skill has thousands of tasks at scale: the first ones, and how many more.
        auto taskLines = [&](const QList<Id> &ids, const QString &status) {
            for (qsizetype i = 0; i < std::min<qsizetype>(ids.size(), kTasksListed); ++i)
                if (const auto t = m_store.task(ids[i]))
                    m_details->addItem(tr("Task #%1 %2 (%3)").arg(ids[i]).arg(t->title, status));
            if (ids.size() > kTasksListed)
                m_details->addItem(tr("… and %n more %1 task(s)", nullptr, int(ids.size() - kTasksListed)).arg(status));
        };
        taskLines(r.openTasks, tr("open"));
        taskLines(r.doneTasks, tr("done"));
        if (r.openTasks.isEmpty() && r.doneTasks.isEmpty())
            m_details->addItem(tr("No task for %1 yet.").arg(skill));
    }
}

} // namespace jobprep
