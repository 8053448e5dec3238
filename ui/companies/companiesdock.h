// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDockWidget>

class QTimer;
class QTreeWidget;

namespace jobprep {
class Service;
class Store;
struct ChangeSet;
}

namespace jobprep::ui {

// Target companies (name, stage, nearest open deadline); choosing one filters the board to it.
// The names and stages are there at once; the deadlines (a readiness pass over every open task)
// are filled in right after the list is first painted, so they do not hold up the window. It
// follows the service's change sets: company and posting changes at once, task changes once they
// pause (a drag or a run of completions is one refresh, not many). Rows are updated in place, so
// the chosen company stays chosen.
class CompaniesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CompaniesDock(Service &service, QWidget *parent = nullptr);
    Id selectedCompany() const;
    void selectCompany(Id id); // 0: all companies
    QTreeWidget *tree() const { return m_tree; }
    int rowHeight() const { return m_rowHeight; }

public Q_SLOTS:
    void refresh();
    void setToday(const QDate &today);

Q_SIGNALS:
    void companyChosen(jobprep::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(const ChangeSet &changes);
    void fill(bool withReadiness);

    Store &m_store;
    QDate m_today;
    QTreeWidget *m_tree;
    QTimer *m_afterTaskChanges;
    int m_rowHeight = 0; // holds a line of Latin and of Hangul alike
};

} // namespace jobprep::ui
