// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesdock.h"
#include "core/domain/dates.h"
#include "core/postings/readiness.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "core/store/store.h"
#include "ui/common/rowheight.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>

namespace jobprep::ui {

CompaniesDock::CompaniesDock(Service &service, QWidget *parent)
    : QDockWidget(tr("Companies"), parent), m_store(service.store()), m_today(service.clock().today()),
      m_tree(new QTreeWidget(this))
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
    // All rows take the first row's height (uniform heights: no text is laid out to size a row).
    // The first is "All companies", set in the UI's font: every row gets the height of a line that
    // holds Korean names too.
    m_rowHeight = mixedScriptRowHeight(m_tree);
    setWidget(m_tree);
    // Readiness moves with done tasks; at 100 000 tasks a pass takes tens of milliseconds, which a
    // drag should not wait for.
    m_afterTaskChanges = new QTimer(this);
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(300);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &CompaniesDock::refresh);
    connect(&service, &Service::changed, this, &CompaniesDock::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &CompaniesDock::setToday);
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

void CompaniesDock::apply(const ChangeSet &changes)
{
    if (changes.beyondTasks())
        refresh();
    else if (!changes.tasks.isEmpty())
        m_afterTaskChanges->start();
}

void CompaniesDock::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh(); // the deadlines' D-days, and which postings are still open
}

void CompaniesDock::refresh()
{
    m_afterTaskChanges->stop();
    fill(true);
}

void CompaniesDock::fill(bool withReadiness)
{
    struct Row
    {
        Id id;
        QStringList texts;
        QString toolTip;
    };
    QList<Row> rows{{0, {tr("All companies")}, QString()}};
    const ReadinessReport readiness = withReadiness ? ReadinessReport::compute(m_store, m_today) : ReadinessReport();
    for (const Company &c : m_store.companies()) {
        const CompanyReadiness r = readiness.company(c.id);
        QString deadline;
        if (r.nearestDeadline.isValid())
            deadline = QStringLiteral("%1 (%2)").arg(r.nearestDeadline.toString(Qt::ISODate), dDay(r.nearestDeadline, m_today));
        // The whole name, which a narrow dock elides.
        rows.append({c.id, {c.name, displayName(c.stage), deadline},
                     r.requirementLines ? tr("%1: %2 of %3 requirements covered by done tasks")
                                              .arg(c.name)
                                              .arg(r.requirementLinesDone)
                                              .arg(r.requirementLines)
                                        : c.name});
    }
    // Rows are updated where they are, moved, added or removed, never all cleared: the chosen
    // company stays chosen, and so does the filter it sets on the board.
    const Id keep = selectedCompany();
    QSignalBlocker block(m_tree);
    for (int i = 0; i < rows.size(); ++i) {
        QTreeWidgetItem *item = nullptr;
        for (int j = i; j < m_tree->topLevelItemCount() && !item; ++j)
            if (m_tree->topLevelItem(j)->data(0, Qt::UserRole).toLongLong() == rows[i].id)
                item = j == i ? m_tree->topLevelItem(j) : m_tree->takeTopLevelItem(j);
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, Qt::UserRole, rows[i].id);
            item->setSizeHint(0, QSize(0, m_rowHeight)); // no width: the name column stretches
        }
        if (m_tree->indexOfTopLevelItem(item) < 0)
            m_tree->insertTopLevelItem(i, item);
        for (int column = 0; column < rows[i].texts.size(); ++column)
            if (item->text(column) != rows[i].texts[column])
                item->setText(column, rows[i].texts[column]);
        if (item->toolTip(0) != rows[i].toolTip)
            item->setToolTip(0, rows[i].toolTip);
    }
    while (m_tree->topLevelItemCount() > rows.size())
        delete m_tree->takeTopLevelItem(int(rows.size()));
    QTreeWidgetItem *current = m_tree->topLevelItem(0);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == keep)
            current = m_tree->topLevelItem(i);
    if (m_tree->currentItem() != current)
        m_tree->setCurrentItem(current);
    if (selectedCompany() != keep) { // the chosen company is gone: the board shows every company again
        block.unblock();
        Q_EMIT companyChosen(selectedCompany());
    }
}

} // namespace jobprep::ui
