// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/skilldemand.h"
#include "ui/common/storereader.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace jobprep {

class Service;
class Store;
class SkillsChart;
struct ChangeSet;

// The skills view: what the target postings ask for, as a bar chart sorted by demand; clicking a
// skill lists its postings and tasks. Follows the service's change sets: posting and company changes
// at once, task changes once they pause; and its clock (which postings are still open). Matching every task title against the skill dictionary takes about
// a second at 100 000 tasks, so a file's skills are read in a worker thread on a read-only
// connection, and the chart shows the last reading until the new one arrives.
class SkillsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTaskChangesPauseMs = 300;
    static constexpr int kTasksListed = 100; // per skill and status in the details list

    explicit SkillsView(Service &service, QWidget *parent = nullptr);
    ~SkillsView() override; // waits for a running worker
    void setToday(const QDate &today); // reads again when it differs
    void refresh();
    bool isReading() const { return m_reader.isRunning(); }
    SkillsChart *chart() const { return m_chart; }
    QListWidget *details() const { return m_details; }
    void showSkill(const QString &skill);

Q_SIGNALS:
    void chartUpdated();

private:
    void apply(const ChangeSet &changes);
    void show(const QList<SkillDemandRow> &rows);

    Store &m_store;
    QDate m_today;
    bool m_readAgain = false; // a change arrived while the worker was reading
    QTimer *m_afterTaskChanges;
    SkillsChart *m_chart;
    QLabel *m_legend;
    QListWidget *m_details;
    // Last, so that it is destroyed first: it waits for a running worker.
    ui::StoreReader<QList<SkillDemandRow>> m_reader{this, QStringLiteral("skillsReader")};
};

} // namespace jobprep
