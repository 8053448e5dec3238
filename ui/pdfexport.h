// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyplan.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace jobprep {

// The plan's HTML page (core/export/htmlexport.h) laid out by QTextDocument with a font that has
// Hangul, so the PDF and the printout show the same page as the browser. Needs a QGuiApplication.
std::unique_ptr<QTextDocument> planDocument(const WeeklyPlan &plan);
void printPlan(const WeeklyPlan &plan, QPagedPaintDevice *device);
// A4 PDF written through QSaveFile: complete or not there at all.
bool writePlanPdf(const WeeklyPlan &plan, const QString &path, QString *error);

} // namespace jobprep
