// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skillschart.h"

#include <QMouseEvent>
#include <QPainter>

namespace jobprep {
namespace {
constexpr int kMargin = 8;
constexpr int kMinCountWidth = 150;
} // namespace

SkillsChart::SkillsChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("skillsChart"));
    setMinimumHeight(120);
    setFocusPolicy(Qt::StrongFocus);
}

void SkillsChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void SkillsChart::setRows(const QList<SkillDemandRow> &rows)
{
    m_rows = rows;
    m_selected = -1;
    m_countWidth = -1;
    updateGeometry();
    update();
}

int SkillsChart::rowHeight() const { return fontMetrics().height() + 10; }

int SkillsChart::labelWidth() const
{
    int w = 80;
    for (const SkillDemandRow &r : m_rows)
        w = std::max(w, fontMetrics().horizontalAdvance(r.skill) + 28);
    return w;
}

QSize SkillsChart::sizeHint() const
{
    return {labelWidth() + 300 + countWidth(), kMargin * 2 + rowHeight() * int(std::max<qsizetype>(1, m_rows.size()))};
}

QString SkillsChart::countText(const SkillDemandRow &row)
{
    return tr("%1 required · %2 preferred").arg(row.requiredBy.size()).arg(row.preferredBy.size());
}

int SkillsChart::countWidth() const
{
    // The widest count of these rows (hundreds of postings need more room than a few), measured once.
    if (m_countWidth < 0) {
        m_countWidth = kMinCountWidth;
        for (const SkillDemandRow &r : m_rows)
            m_countWidth = std::max(m_countWidth, fontMetrics().horizontalAdvance(countText(r)) + 12);
    }
    return m_countWidth;
}

QRect SkillsChart::barRect(int row) const
{
    int maxTotal = 1;
    for (const SkillDemandRow &r : m_rows)
        maxTotal = std::max(maxTotal, int(r.requiredBy.size() + r.preferredBy.size()));
    const int x = kMargin + labelWidth();
    const int full = std::max(40, width() - x - countWidth() - kMargin);
    const SkillDemandRow &r = m_rows[row];
    const int w = int(double(full) * double(r.requiredBy.size() + r.preferredBy.size()) / maxTotal);
    return {x, kMargin + row * rowHeight() + 3, std::max(w, 2), rowHeight() - 6};
}

void SkillsChart::select(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_selected = row;
    update();
    Q_EMIT skillActivated(m_rows[row].skill);
}

void SkillsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_emptyText.isEmpty() ? tr("No skills yet: add postings of your target companies.") : m_emptyText);
        return;
    }
    const QColor required(0x2f, 0x6f, 0xb3), preferred(0xa9, 0xc8, 0xe8), done(0x2e, 0x8b, 0x57);
    for (int i = 0; i < m_rows.size(); ++i) {
        const SkillDemandRow &r = m_rows[i];
        const QRect bar = barRect(i);
        const QRect line(0, kMargin + i * rowHeight(), width(), rowHeight());
        if (i == m_selected)
            p.fillRect(line, palette().highlight().color().lighter(170));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin, line.top(), labelWidth() - 24, line.height()), Qt::AlignVCenter | Qt::AlignRight, r.skill);
        if (r.covered()) {
            p.setPen(done);
            p.drawText(QRect(kMargin + labelWidth() - 20, line.top(), 16, line.height()), Qt::AlignCenter,
                       QStringLiteral("✓"));
        }
        const int total = int(r.requiredBy.size() + r.preferredBy.size());
        const int reqW = total ? bar.width() * int(r.requiredBy.size()) / total : 0;
        p.fillRect(QRect(bar.left(), bar.top(), reqW, bar.height()), required);
        p.fillRect(QRect(bar.left() + reqW, bar.top(), bar.width() - reqW, bar.height()), preferred);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(bar.right() + 6, line.top(), countWidth(), line.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   countText(r));
    }
}

void SkillsChart::mousePressEvent(QMouseEvent *event)
{
    const int row = (event->position().toPoint().y() - kMargin) / rowHeight();
    if (event->position().y() >= kMargin && row < m_rows.size())
        select(row);
}

} // namespace jobprep
