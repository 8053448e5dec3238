// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace jobprep::ui {

// Edits a cell whose EditRole is one of a few numbered choices (a section, a kind) with a combo
// box that opens at once and commits as soon as a choice is made.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QList<QPair<QString, int>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, int>> m_choices;
};

} // namespace jobprep::ui
