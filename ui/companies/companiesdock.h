// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDockWidget>

class QTimer;
class QTreeWidget;

namespace jobprep {
class Store;
}

namespace jobprep::ui {

// Target companies (name, stage, nearest open deadline); choosing one filters the board to it.
// The names and stages are there at once; the deadlines (a readiness pass over every open task)
// are filled in right after the list is first painted, so they do not hold up the window. Task
// changes refresh it once they pause (a drag or a run of completions is one refresh, not many).
class CompaniesDock : public QDockWidget
{
    Q_OBJECT
public:
    CompaniesDock(Store &store, const QDate &today, QWidget *parent = nullptr);
    Id selectedCompany() const;
    void selectCompany(Id id); // 0: all companies
    QTreeWidget *tree() const { return m_tree; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void companyChosen(jobprep::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(bool withReadiness);

    Store &m_store;
    QDate m_today;
    QTreeWidget *m_tree;
    QTimer *m_afterTaskChanges;
};

} // namespace jobprep::ui
