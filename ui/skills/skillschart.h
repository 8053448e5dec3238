// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/skilldemand.h"

#include <QWidget>

namespace jobprep {

// A horizontal bar per skill, sorted by demand: the dark part counts postings that require the
// skill, the light part postings that only prefer it; a check mark when done tasks cover it.
// Painted with QPainter (no Qt Charts). Clicking a bar selects its skill.
class SkillsChart : public QWidget
{
    Q_OBJECT
public:
    explicit SkillsChart(QWidget *parent = nullptr);
    void setRows(const QList<SkillDemandRow> &rows);
    // Before the first rows arrive: what the empty chart says instead of "no skills yet".
    void setEmptyText(const QString &text);
    const QList<SkillDemandRow> &rows() const { return m_rows; }
    int selected() const { return m_selected; }
    void select(int row);
    // The bar rectangle of a row, in widget coordinates (also what tests click).
    QRect barRect(int row) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void skillActivated(const QString &skill);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int labelWidth() const;
    int rowHeight() const;
    int countWidth() const;
    static QString countText(const SkillDemandRow &row);

    QList<SkillDemandRow> m_rows;
    int m_selected = -1;
    QString m_emptyText;
    mutable int m_countWidth = -1; // -1: measure again
};

} // namespace jobprep
