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
// task closes. The postings holding checked lines are open, the others closed, so that a task's
// own lines are in sight among hundreds. Also answers what placement needs to know about the
// checked lines.
class PostingLinesTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PostingLinesTree(Store &store, QWidget *parent = nullptr);
    void setChecked(const QList<Id> &lineIds);
    QList<Id> checkedIds() const;
    QList<LinkInfo> checkedLinks() const;
    // Each checked line as the user reads it: its text, then its posting and section.
    QStringList checkedDescriptions() const;

Q_SIGNALS:
    void checkedChanged();
};

} // namespace jobprep::ui
