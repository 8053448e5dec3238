// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"

#include <QFrame>

class QLabel;
class QListView;

namespace jobprep::ui {

class QuadrantModel;

// One titled pane of the board: "1 Do first · 4 tasks · 9.5 h" above a list of task cards.
class QuadrantPane : public QFrame
{
    Q_OBJECT
public:
    static QString paneHoursText(double hours); // for the title
    QuadrantPane(QuadrantModel *model, QWidget *parent = nullptr);
    QListView *view() const { return m_view; }
    QuadrantModel *model() const { return m_model; }
    QString title() const;

private:
    void updateTitle();

    QuadrantModel *m_model;
    QLabel *m_title;
    QListView *m_view;
};

} // namespace jobprep::ui
