// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace jobprep {

// The plan's HTML page (core/export/htmlexport.h) as a document, a printout or a PDF (htmlpdf.h).
std::unique_ptr<QTextDocument> planDocument(const WeeklyPlan &plan);
void printPlan(const WeeklyPlan &plan, QPagedPaintDevice *device);
// A4 PDF written through QSaveFile: complete or not there at all.
bool writePlanPdf(const WeeklyPlan &plan, const QString &path, QString *error);

} // namespace jobprep
