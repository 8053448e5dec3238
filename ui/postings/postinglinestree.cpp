// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postinglinestree.h"
#include "core/store/store.h"

#include <QHeaderView>

namespace jobprep::ui {
namespace {

enum Data { LineIdRole = Qt::UserRole, SectionRole, PostingRole, DeadlineRole, InterestRole };

} // namespace

PostingLinesTree::PostingLinesTree(Store &store, QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("editorLines"));
    setAccessibleName(tr("Posting lines this task closes"));
    setHeaderLabels({tr("Posting line"), tr("Section")});
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QHash<Id, Company> companies;
    for (const Company &c : store.companies())
        companies.insert(c.id, c);
    for (const Posting &p : store.postings()) {
        const Company c = companies.value(p.companyId);
        QString title = QStringLiteral("%1 — %2").arg(c.name, p.title);
        if (p.deadline.isValid())
            title += QStringLiteral(" (%1)").arg(p.deadline.toString(Qt::ISODate));
        auto *group = new QTreeWidgetItem(this, {title});
        group->setFlags(Qt::ItemIsEnabled);
        for (const PostingLine &l : p.lines) {
            auto *item = new QTreeWidgetItem(group, {l.text, displayName(l.section)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, l.text);
            item->setData(0, LineIdRole, l.id);
            item->setData(0, SectionRole, int(l.section));
            item->setData(0, PostingRole, p.id);
            item->setData(0, DeadlineRole, p.deadline);
            item->setData(0, InterestRole, c.interest);
        }
    }
    expandAll();
    connect(this, &QTreeWidget::itemChanged, this, &PostingLinesTree::checkedChanged);
}

void PostingLinesTree::setChecked(const QList<Id> &lineIds)
{
    QSignalBlocker block(this); // one checkedChanged() for them all, below
    QTreeWidgetItem *first = nullptr;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        bool any = false;
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = topLevelItem(g)->child(i);
            const bool checked = lineIds.contains(item->data(0, LineIdRole).toLongLong());
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            if (checked && !first)
                first = item;
            any = any || checked;
        }
        topLevelItem(g)->setExpanded(any || lineIds.isEmpty());
    }
    if (first)
        scrollToItem(first, QAbstractItemView::PositionAtTop);
    block.unblock();
    Q_EMIT checkedChanged();
}

QStringList PostingLinesTree::checkedDescriptions() const
{
    QStringList out;
    for (int g = 0; g < topLevelItemCount(); ++g)
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = topLevelItem(g)->child(i);
            if (item->checkState(0) == Qt::Checked)
                out << tr("“%1” — %2 · %3").arg(item->text(0), topLevelItem(g)->text(0), item->text(1));
        }
    return out;
}

QList<Id> PostingLinesTree::checkedIds() const
{
    QList<Id> ids;
    for (int g = 0; g < topLevelItemCount(); ++g)
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i)
            if (topLevelItem(g)->child(i)->checkState(0) == Qt::Checked)
                ids << topLevelItem(g)->child(i)->data(0, LineIdRole).toLongLong();
    return ids;
}

QList<LinkInfo> PostingLinesTree::checkedLinks() const
{
    QList<LinkInfo> links;
    for (int g = 0; g < topLevelItemCount(); ++g)
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = topLevelItem(g)->child(i);
            if (item->checkState(0) == Qt::Checked)
                links.append({Section(item->data(0, SectionRole).toInt()), item->data(0, PostingRole).toLongLong(),
                              item->data(0, DeadlineRole).toDate(), item->data(0, InterestRole).toInt()});
        }
    return links;
}

} // namespace jobprep::ui
