// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "heatmapwidget.h"
#include "core/habits/streaks.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace jobprep::ui {
namespace {

constexpr int kGap = 3;
constexpr int kMaxCommitsListed = 10;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("habitHeatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HeatmapWidget::setRecord(const QDate &today, Repeat repeat, const QDate &began, const QList<HabitDay> &days)
{
    m_grid = habits::HeatmapGrid(today);
    m_repeat = repeat;
    m_began = began;
    m_days.clear();
    m_busiest = 0;
    for (const HabitDay &d : days) {
        m_days.insert(d.date, d);
        if (d.done())
            m_busiest = std::max(m_busiest, d.commits);
    }
    updateGeometry();
    update();
}

int HeatmapWidget::cell() const { return std::max(10, fontMetrics().height() * 3 / 4); }
int HeatmapWidget::left() const
{
    // Room for the widest weekday label of the locale (Mon, Wed, Fri are drawn).
    int widest = 0;
    for (const int day : {1, 3, 5})
        widest = std::max(widest, fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return widest + 2 * kGap;
}
int HeatmapWidget::top() const { return fontMetrics().height() + kGap; }

QSize HeatmapWidget::sizeHint() const
{
    const int step = cell() + kGap;
    // The grid, then a line of legend.
    return {left() + habits::HeatmapGrid::kWeeks * step,
            top() + habits::HeatmapGrid::kDays * step + kGap + std::max(cell(), fontMetrics().height())};
}

QRect HeatmapWidget::cellRect(const QDate &day) const
{
    int week = 0, row = 0;
    if (!m_grid.cellOf(day, &week, &row))
        return {};
    const int step = cell() + kGap;
    return {left() + week * step, top() + row * step, cell(), cell()};
}

QDate HeatmapWidget::dayAt(const QPoint &pos) const
{
    const int step = cell() + kGap;
    const int x = pos.x() - left(), y = pos.y() - top();
    if (x < 0 || y < 0 || x % step >= cell() || y % step >= cell())
        return {};
    const int week = x / step, row = y / step;
    if (week >= habits::HeatmapGrid::kWeeks || row >= habits::HeatmapGrid::kDays)
        return {};
    return m_grid.dateAt(week, row);
}

bool HeatmapWidget::isMissed(const QDate &day) const
{
    if (!m_began.isValid() || day < m_began || day > m_grid.today())
        return false;
    if (m_repeat == Repeat::Weekly) {
        // A week is missed once it is over with no day done.
        const QDate monday = habits::periodOf(day, Repeat::Weekly);
        if (monday.addDays(6) >= m_grid.today())
            return false;
        for (int i = 0; i < 7; ++i)
            if (m_days.value(monday.addDays(i)).done())
                return false;
        return true;
    }
    return day < m_grid.today() && !m_days.value(day).done();
}

QString HeatmapWidget::toolTipFor(const QDate &day) const
{
    const HabitDay d = m_days.value(day, HabitDay{day, 0, HabitDay::Mark::None});
    QString text = QLocale().toString(day, QLocale::LongFormat);
    if (d.mark == HabitDay::Mark::Ticked)
        text += QLatin1Char('\n') + tr("Ticked by hand");
    if (d.commits > 0) {
        text += QLatin1Char('\n') + tr("%n commit(s)", nullptr, d.commits);
        if (d.mark == HabitDay::Mark::Unticked)
            text += QLatin1Char(' ') + tr("(un-ticked by hand: they do not count)");
        const QList<EvidenceCommit> commits = m_commits ? m_commits(day) : QList<EvidenceCommit>();
        for (const EvidenceCommit &c : commits.mid(0, kMaxCommitsListed))
            text += QStringLiteral("\n%1 %2").arg(c.hash.left(7), c.summary);
        if (d.commits > kMaxCommitsListed)
            text += QLatin1Char('\n') + tr("…and %n more", nullptr, d.commits - kMaxCommitsListed);
    }
    if (!d.done() && d.commits == 0)
        text += QLatin1Char('\n') + (isMissed(day) ? tr("Missed") : tr("Not done"));
    if (day <= m_grid.today())
        text += QLatin1Char('\n') + (d.done() ? tr("Click to un-tick") : tr("Click to tick by hand"));
    return text;
}

QColor HeatmapWidget::shade(int level, bool byHand) const
{
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    if (byHand)
        return mix(base, pal.color(QPalette::Highlight), 0.6);
    if (level == 0)
        return mix(base, pal.color(QPalette::Text), 0.10);
    return mix(base, pal.color(QPalette::Highlight), 0.3 + 0.175 * level);
}

void HeatmapWidget::drawMarks(QPainter &p, const QRectF &r, bool byHand, bool struck) const
{
    if (byHand) { // a dot in the text colour of the accent
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::HighlightedText));
        p.drawEllipse(r.center(), r.width() / 6, r.width() / 6);
    }
    if (struck) {
        p.setPen(QPen(mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.45), 1.2));
        p.drawLine(r.bottomLeft() + QPointF(2, -2), r.topRight() + QPointF(-2, 2));
    }
}

void HeatmapWidget::drawLegend(QPainter &p, int y) const
{
    // Less ■■■■■ More · ● ticked by hand · ╱ missed
    int x = left();
    const QRect textBox(0, y, 0, std::max(cell(), fontMetrics().height()));
    auto word = [&](const QString &text) {
        p.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(text);
        p.drawText(QRect(x, textBox.y(), w, textBox.height()), Qt::AlignVCenter, text);
        x += w + kGap * 2;
    };
    auto box = [&](const QColor &fill, bool byHand, bool struck) {
        const QRectF r(x, y + (textBox.height() - cell()) / 2.0, cell(), cell());
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 2, 2);
        drawMarks(p, r, byHand, struck);
        x += cell() + kGap;
    };
    word(tr("Less"));
    for (int level = 0; level <= 4; ++level)
        box(shade(level, false), false, false);
    x += kGap;
    word(tr("More commits"));
    x += 3 * kGap;
    box(shade(0, true), true, false);
    x += kGap;
    word(tr("ticked by hand"));
    x += 3 * kGap;
    box(shade(0, false), false, true);
    x += kGap;
    word(tr("missed"));
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const int step = cell() + kGap;

    // Weekday labels (Mon, Wed, Fri) and month labels where a month begins.
    p.setPen(pal.color(QPalette::WindowText));
    const QLocale locale;
    // A line of text is taller than a cell (Hangul most of all): centre the label's full height on
    // its row rather than squeezing it into the cell, which clips the glyphs.
    const int lineHeight = fontMetrics().height();
    for (const int row : {0, 2, 4})
        p.drawText(QRect(0, top() + row * step + (cell() - lineHeight) / 2, left() - kGap, lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, locale.dayName(row + 1, QLocale::ShortFormat));
    int lastLabel = -10;
    for (int w = 0; w < habits::HeatmapGrid::kWeeks; ++w) {
        const QDate monday = m_grid.dateAt(w, 0);
        if ((w == 0 || monday.day() <= 7) && w - lastLabel >= 3) {
            p.drawText(QPoint(left() + w * step, fontMetrics().ascent()), locale.monthName(monday.month(), QLocale::ShortFormat));
            lastLabel = w;
        }
    }
    for (int w = 0; w < habits::HeatmapGrid::kWeeks; ++w)
        for (int row = 0; row < habits::HeatmapGrid::kDays; ++row) {
            if (m_grid.isFuture(w, row))
                continue;
            const QDate day = m_grid.dateAt(w, row);
            const QRectF r = cellRect(day);
            const HabitDay d = m_days.value(day, HabitDay{day, 0, HabitDay::Mark::None});
            const bool byHand = d.mark == HabitDay::Mark::Ticked;
            p.setPen(Qt::NoPen);
            p.setBrush(!d.done() ? shade(0, false)
                                 : shade(habits::HeatmapGrid::level(d.commits, m_busiest), byHand && d.commits == 0));
            p.drawRoundedRect(r, 2, 2);
            drawMarks(p, r, byHand, isMissed(day) || d.mark == HabitDay::Mark::Unticked);
            if (day == m_grid.today()) {
                p.setPen(QPen(text, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 2, 2);
            }
        }
    drawLegend(p, top() + habits::HeatmapGrid::kDays * step + kGap);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && day.isValid() && day <= m_grid.today())
        Q_EMIT dayClicked(day, m_days.value(day).done());
    QWidget::mouseReleaseEvent(event);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid() && day <= m_grid.today())
            QToolTip::showText(help->globalPos(), toolTipFor(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace jobprep::ui
