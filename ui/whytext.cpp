// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "whytext.h"

#include <QCoreApplication>

namespace jobprep::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("jobprep::ui::WhyText", text); }

QString items(const QList<WhyItem> &why)
{
    QStringList rows;
    for (const WhyItem &w : why)
        rows << QStringLiteral("<li>%1: %2%3</li>")
                    .arg(w.factor.toHtmlEscaped(), w.points >= 0 ? QStringLiteral("+") : QString())
                    .arg(w.points);
    return rows.isEmpty() ? QString() : QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(rows.join(QString()));
}

} // namespace

QString whyHtml(const Task &task, const Placement &p)
{
    QString head;
    if (!task.isOpen())
        head = tr("Done — not on the board. Open, the planner would place it in <b>%1</b>.")
                   .arg(displayName(p.autoQuadrant));
    else if (task.pinned != Quadrant::None)
        head = tr("Pinned to <b>%1</b> by you; auto would place it in <b>%2</b>.")
                   .arg(displayName(task.pinned), displayName(p.autoQuadrant));
    else
        head = tr("Auto would place it in <b>%1</b>.").arg(displayName(p.autoQuadrant));
    QString html = QStringLiteral("<p>%1</p>").arg(head);
    html += QStringLiteral("<p><b>%1 %2</b> (%3)</p>")
                .arg(tr("Importance"))
                .arg(p.importance)
                .arg(p.important ? tr("important") : tr("not important"));
    html += items(p.importanceWhy);
    html += QStringLiteral("<p><b>%1 %2</b> (%3)</p>")
                .arg(tr("Urgency"))
                .arg(p.urgency)
                .arg(p.urgent ? tr("urgent") : tr("not urgent"));
    html += items(p.urgencyWhy);
    if (!p.note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(p.note.toHtmlEscaped());
    return html;
}

} // namespace jobprep::ui
