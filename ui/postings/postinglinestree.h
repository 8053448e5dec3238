// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/placement/placement.h"

#include <QTreeWidget>

namespace jobprep {
class Store;
}

namespace jobprep::ui {

// Every posting's lines, grouped under "Company — posting title", each line checkable: the lines a
// task closes. Also answers what placement needs to know about the checked lines.
class PostingLinesTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PostingLinesTree(Store &store, QWidget *parent = nullptr);
    void setChecked(const QList<Id> &lineIds);
    QList<Id> checkedIds() const;
    QList<LinkInfo> checkedLinks() const;

Q_SIGNALS:
    void checkedChanged();
};

} // namespace jobprep::ui
