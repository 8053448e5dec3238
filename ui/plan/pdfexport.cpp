// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "pdfexport.h"
#include "core/export/htmlexport.h"
#include "htmlpdf.h"

#include <QTextDocument>

namespace jobprep {

std::unique_ptr<QTextDocument> planDocument(const WeeklyPlan &plan)
{
    return htmlDocument(planToHtml(plan));
}

void printPlan(const WeeklyPlan &plan, QPagedPaintDevice *device)
{
    planDocument(plan)->print(device);
}

bool writePlanPdf(const WeeklyPlan &plan, const QString &path, QString *error)
{
    return writeHtmlPdf(planToHtml(plan), planPageTitle(plan), path, error);
}

} // namespace jobprep
