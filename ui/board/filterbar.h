// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "boardstate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace jobprep::ui {

// Text, kind and "show done" filters above the board. The company comes from the companies dock.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    QLineEdit *textEdit() const { return m_text; }
    // Reads text, kind and showDone into `filter`, leaving the company alone.
    void applyTo(BoardFilter &filter) const;
    void setFrom(const BoardFilter &filter);

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_text;
    QComboBox *m_kind;
    QCheckBox *m_showDone;
};

} // namespace jobprep::ui
