// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;

namespace jobprep {

class Store;
class SkillsChart;

// The skills view: what the target postings ask for, as a bar chart sorted by demand; clicking a
// skill lists its postings and tasks. Follows the store's change signals.
class SkillsView : public QWidget
{
    Q_OBJECT
public:
    explicit SkillsView(Store &store, QWidget *parent = nullptr);
    void setToday(const QDate &today);
    void refresh();
    SkillsChart *chart() const { return m_chart; }
    QListWidget *details() const { return m_details; }
    void showSkill(const QString &skill);

private:
    Store &m_store;
    QDate m_today;
    SkillsChart *m_chart;
    QLabel *m_legend;
    QListWidget *m_details;
};

} // namespace jobprep
