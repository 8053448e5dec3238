// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skillsview.h"
#include "skillschart.h"
#include "store.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace jobprep {

SkillsView::SkillsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_today(store.today()), m_chart(new SkillsChart), m_legend(new QLabel),
      m_details(new QListWidget)
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
    connect(&m_store, &Store::tasksChanged, this, &SkillsView::refresh);
    connect(&m_store, &Store::postingsChanged, this, &SkillsView::refresh);
    refresh();
}

void SkillsView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void SkillsView::refresh()
{
    const QString current = m_chart->selected() >= 0 ? m_chart->rows()[m_chart->selected()].skill : QString();
    m_chart->setRows(SkillDemand::compute(m_store, m_today));
    m_details->clear();
    for (int i = 0; i < m_chart->rows().size(); ++i)
        if (m_chart->rows()[i].skill == current)
            m_chart->select(i);
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
        for (Id id : r.openTasks)
            if (const auto t = m_store.task(id))
                m_details->addItem(tr("Task #%1 %2 (open)").arg(id).arg(t->title));
        for (Id id : r.doneTasks)
            if (const auto t = m_store.task(id))
                m_details->addItem(tr("Task #%1 %2 (done)").arg(id).arg(t->title));
        if (r.openTasks.isEmpty() && r.doneTasks.isEmpty())
            m_details->addItem(tr("No task for %1 yet.").arg(skill));
    }
}

} // namespace jobprep
