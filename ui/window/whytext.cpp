// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "whytext.h"

#include <QCoreApplication>

namespace jobprep::ui {
namespace {

// Its own translation context, so lupdate and the runtime agree on its name.
struct WhyText
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::ui::WhyText)
};

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
        head = WhyText::tr("Done — not on the board. Open, the planner would place it in <b>%1</b>.")
                   .arg(displayName(p.autoQuadrant));
    else if (task.pinned != Quadrant::None)
        head = WhyText::tr("Pinned to <b>%1</b> by you; auto would place it in <b>%2</b>.")
                   .arg(displayName(task.pinned), displayName(p.autoQuadrant));
    else
        head = WhyText::tr("Auto would place it in <b>%1</b>.").arg(displayName(p.autoQuadrant));
    QString html = QStringLiteral("<p>%1</p>").arg(head);
    html += QStringLiteral("<p><b>%1 %2</b> (%3)</p>")
                .arg(WhyText::tr("Importance"))
                .arg(p.importance)
                .arg(p.important ? WhyText::tr("important") : WhyText::tr("not important"));
    html += items(p.importanceWhy);
    html += QStringLiteral("<p><b>%1 %2</b> (%3)</p>")
                .arg(WhyText::tr("Urgency"))
                .arg(p.urgency)
                .arg(p.urgent ? WhyText::tr("urgent") : WhyText::tr("not urgent"));
    html += items(p.urgencyWhy);
    if (!p.note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(p.note.toHtmlEscaped());
    return html;
}

} // namespace jobprep::ui
