// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"
#include "core/habits/heatmapgrid.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QPainter;

namespace jobprep::ui {

// A habit's year as GitHub draws contributions: 53 weeks × 7 days, shaded by the day's commits
// (quarters of the busiest day), a tick by hand marked with a dot, today outlined, days missed since
// the habit began struck through (for a weekly habit: the days of a week missed). Colours come from
// the palette (Base towards Highlight), so a dark theme stays readable. A day's tooltip lists its
// commits or says it was ticked by hand; clicking a day up to today asks to tick or un-tick it.
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    // The commits of a day, for its tooltip (short hash and message, up to ten).
    using CommitReader = std::function<QList<EvidenceCommit>(const QDate &day)>;

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setRecord(const QDate &today, Repeat repeat, const QDate &began, const QList<HabitDay> &days);
    void setCommitReader(CommitReader reader) { m_commits = std::move(reader); }
    const habits::HeatmapGrid &grid() const { return m_grid; }
    // The cell's rectangle (tests click it), and the text its tooltip shows.
    QRect cellRect(const QDate &day) const;
    QString toolTipFor(const QDate &day) const;
    bool isMissed(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void dayClicked(const QDate &day, bool doneNow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QDate dayAt(const QPoint &pos) const;
    QColor shade(int level, bool byHand) const;
    void drawMarks(QPainter &p, const QRectF &r, bool byHand, bool struck) const;
    void drawLegend(QPainter &p, int y) const;
    int cell() const;
    int left() const;
    int top() const;

    habits::HeatmapGrid m_grid{QDate::currentDate()};
    Repeat m_repeat = Repeat::Daily;
    QDate m_began;
    QHash<QDate, HabitDay> m_days;
    int m_busiest = 0;
    CommitReader m_commits;
};

} // namespace jobprep::ui
