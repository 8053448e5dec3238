// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/settings.h"

#include <QDialog>

namespace jobprep::ui {

// Help → "How the planner decides": the quadrant rules, written with the user's own settings so
// the numbers on the page are the numbers the planner uses.
class PlannerHelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlannerHelpDialog(const Settings &settings, QWidget *parent = nullptr);
    static QString html(const Settings &settings);
};

// First run: start with the example plan or with an empty file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Example, Empty };
    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Empty;
};

} // namespace jobprep::ui
