// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskcarddelegate.h"
#include "quadrantmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace jobprep::ui {
namespace {

constexpr int kPad = 6;
constexpr int kBadge = 18;
constexpr int kStripe = 4;

} // namespace

QColor TaskCardDelegate::kindColor(int kind)
{
    switch (Kind(kind)) {
    case Kind::Project: return QColor(0x1f, 0x77, 0xb4);
    case Kind::Study: return QColor(0x2c, 0xa0, 0x2c);
    case Kind::CodingTest: return QColor(0x94, 0x67, 0xbd);
    case Kind::Interview: return QColor(0xd6, 0x27, 0x28);
    case Kind::Application: return QColor(0xff, 0x7f, 0x0e);
    case Kind::Resume: return QColor(0x8c, 0x56, 0x4b);
    case Kind::Community: return QColor(0x17, 0xbe, 0xcf);
    case Kind::Certificate: return QColor(0xbc, 0xbd, 0x22);
    case Kind::Other: break;
    }
    return QColor(0x7f, 0x7f, 0x7f);
}

QString TaskCardDelegate::kindLetter(int kind)
{
    static const char *letters[] = {"P", "S", "C", "I", "A", "R", "M", "L", "O"};
    return QString::fromLatin1(letters[qBound(0, kind, 8)]);
}

QString TaskCardDelegate::detailLine(const QModelIndex &index)
{
    QStringList parts;
    const QString company = index.data(QuadrantModel::CompanyRole).toString();
    if (!company.isEmpty())
        parts << company;
    const QString dday = index.data(QuadrantModel::DDayRole).toString();
    if (!dday.isEmpty())
        parts << dday;
    parts << tr("%1 h").arg(QLocale().toString(index.data(QuadrantModel::EstimateRole).toDouble(), 'g', 3));
    if (Repeat(index.data(QuadrantModel::RepeatRole).toInt()) != Repeat::None)
        parts << tr("streak %1").arg(index.data(QuadrantModel::StreakRole).toInt());
    return parts.join(QStringLiteral("  ·  "));
}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform: two text lines and padding, whatever the card says.
    const QFontMetrics fm(option.font);
    return {200, 2 * fm.height() + 3 * kPad + 4};
}

void TaskCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool done = index.data(QuadrantModel::DoneRole).toBool();
    const bool top = index.data(QuadrantModel::TopKindRole).toBool();
    const int kind = index.data(QuadrantModel::KindRole).toInt();

    const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    p->fillPath(path, selected ? pal.highlight() : pal.base());
    p->setPen(QPen(selected ? pal.highlight().color().darker(120) : pal.mid().color(), 1));
    p->drawPath(path);
    if (top) { // the top-priority kinds carry a stripe in their kind colour
        p->fillRect(QRectF(card.left(), card.top() + 3, kStripe, card.height() - 6), kindColor(kind));
    }
    const QColor text = done ? pal.color(QPalette::Disabled, QPalette::Text)
                             : (selected ? pal.highlightedText().color() : pal.text().color());

    const QFontMetrics fm(option.font);
    const int left = int(card.left()) + kStripe + kPad;
    const int right = int(card.right()) - kPad;
    const int line1 = int(card.top()) + kPad;
    const int line2 = line1 + fm.height() + kPad;

    // Kind badge: a coloured circle with the kind's letter, then the kind's name.
    const QRect badge(left, line1 + (fm.height() - kBadge) / 2, kBadge, kBadge);
    p->setPen(Qt::NoPen);
    p->setBrush(kindColor(kind));
    p->drawEllipse(badge);
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    p->setFont(small);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, kindLetter(kind));

    QString right1;
    if (index.data(QuadrantModel::PinnedRole).toInt() != 0)
        right1 = tr("◆ pinned");
    if (done)
        right1 = tr("✓ done");
    p->setFont(option.font);
    const int right1Width = right1.isEmpty() ? 0 : fm.horizontalAdvance(right1) + kPad;
    if (!right1.isEmpty()) {
        p->setPen(selected ? text : pal.color(QPalette::Link));
        p->drawText(QRect(right - right1Width, line1, right1Width, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                    right1);
    }

    const QString kindName = (top ? QStringLiteral("★ ") : QString()) +
                             index.data(QuadrantModel::KindNameRole).toString();
    QFont bold = option.font;
    bold.setBold(true);
    bold.setStrikeOut(done);
    const QFontMetrics bfm(bold);
    const int titleLeft = badge.right() + kPad;
    const int titleWidth = right - right1Width - titleLeft;
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(titleLeft, line1, titleWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(QuadrantModel::TitleRole).toString(), Qt::ElideRight, titleWidth));

    // Second line: kind name, then company · D-day · hours · streak.
    p->setFont(option.font);
    const int kindWidth = fm.horizontalAdvance(kindName) + 2 * kPad;
    p->setPen(selected ? text : kindColor(kind).darker(130));
    p->drawText(QRect(left, line2, kindWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, kindName);
    p->setPen(selected ? text : pal.color(done ? QPalette::Disabled : QPalette::Active, QPalette::PlaceholderText));
    const int detailWidth = right - left - kindWidth;
    p->drawText(QRect(left + kindWidth, line2, detailWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(detailLine(index), Qt::ElideRight, detailWidth));

    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.highlight().color(), 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4);
    }
    p->restore();
}

} // namespace jobprep::ui
