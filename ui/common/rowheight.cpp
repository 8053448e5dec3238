// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "rowheight.h"

#include <cmath>
#include <QStyle>
#include <QTextLayout>
#include <QWidget>

namespace jobprep::ui {

int mixedScriptRowHeight(const QWidget *view)
{
    QTextLayout line(QStringLiteral("Ag 한국어 スキル"), view->font());
    line.beginLayout();
    const QTextLine text = line.createLine();
    line.endLayout();
    return int(std::ceil(text.height())) +
           2 * view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, view);
}

} // namespace jobprep::ui
