// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace jobprep::ui {

// Draws a task as a card: a kind badge and title on the first line; company, D-day, estimate and
// streak on the second; a pin mark when the user pinned it. Projects and study notes (the kinds the
// planner puts first) get a coloured stripe and a star. Every card has the same height.
class TaskCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor kindColor(int kind);
    static QString kindLetter(int kind);
    // The second line as text (also used for accessibility and tests).
    static QString detailLine(const QModelIndex &index);
};

} // namespace jobprep::ui
