// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesdock.h"
#include "core/domain/dates.h"
#include "core/postings/readiness.h"
#include "core/store/store.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>

namespace jobprep::ui {

CompaniesDock::CompaniesDock(Store &store, const QDate &today, QWidget *parent)
    : QDockWidget(tr("Companies"), parent), m_store(store), m_today(today), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("companiesDock"));
    m_tree->setObjectName(QStringLiteral("companiesList"));
    m_tree->setAccessibleName(tr("Companies"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Company"), tr("Stage"), tr("Deadline")});
    // The stage and deadline columns fit their widest possible text, measured once; the name takes
    // the rest. (Sizing every column to its contents laid out each cell's text at every refresh:
    // a quarter of the start-up at 200 companies.)
    const QFontMetrics fm(m_tree->font());
    const int padding = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 12;
    int stageWidth = fm.horizontalAdvance(tr("Stage"));
    for (const QString &name : allNames<Stage>())
        stageWidth = std::max(stageWidth, fm.horizontalAdvance(displayName(*fromString<Stage>(name))));
    const int deadlineWidth = std::max(fm.horizontalAdvance(tr("Deadline")),
                                       fm.horizontalAdvance(QStringLiteral("2026-12-09 (%1)").arg(dDay(m_today.addDays(-999), m_today))));
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Fixed);
    header->setSectionResizeMode(2, QHeaderView::Fixed);
    header->resizeSection(1, stageWidth + padding);
    header->resizeSection(2, deadlineWidth + padding);
    m_tree->setMinimumWidth(340); // name, stage and "2026-12-09 (D-9)" without clipping
    setWidget(m_tree);
    connect(&store, &Store::companiesChanged, this, &CompaniesDock::refresh);
    connect(&store, &Store::postingsChanged, this, &CompaniesDock::refresh);
    // Readiness moves with done tasks; at 100 000 tasks a pass takes tens of milliseconds, which a
    // drag should not wait for.
    m_afterTaskChanges = new QTimer(this);
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(300);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &CompaniesDock::refresh);
    connect(&store, &Store::tasksChanged, m_afterTaskChanges, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT companyChosen(selectedCompany()); });
    fill(false);
    m_tree->viewport()->installEventFilter(this);
}

bool CompaniesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Paint) {
        m_tree->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &CompaniesDock::refresh); // after the window's first paint pass
    }
    return QDockWidget::eventFilter(watched, event);
}

Id CompaniesDock::selectedCompany() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void CompaniesDock::selectCompany(Id id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return;
        }
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void CompaniesDock::refresh()
{
    m_afterTaskChanges->stop();
    fill(true);
}

void CompaniesDock::fill(bool withReadiness)
{
    const Id keep = selectedCompany();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto *all = new QTreeWidgetItem(m_tree, {tr("All companies")});
    all->setData(0, Qt::UserRole, Id(0));
    const ReadinessReport readiness = withReadiness ? ReadinessReport::compute(m_store, m_today) : ReadinessReport();
    for (const Company &c : m_store.companies()) {
        const CompanyReadiness r = readiness.company(c.id);
        QString deadline;
        if (r.nearestDeadline.isValid())
            deadline = QStringLiteral("%1 (%2)").arg(r.nearestDeadline.toString(Qt::ISODate), dDay(r.nearestDeadline, m_today));
        auto *item = new QTreeWidgetItem(m_tree, {c.name, displayName(c.stage), deadline});
        item->setData(0, Qt::UserRole, c.id);
        // The whole name, which a narrow dock elides.
        item->setToolTip(0, r.requirementLines ? tr("%1: %2 of %3 requirements covered by done tasks")
                                                     .arg(c.name).arg(r.requirementLinesDone).arg(r.requirementLines)
                                               : c.name);
    }
    QTreeWidgetItem *current = all;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == keep)
            current = m_tree->topLevelItem(i);
    m_tree->setCurrentItem(current);
}

} // namespace jobprep::ui
