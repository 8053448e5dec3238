// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace jobprep {

enum class PlanFormat { Markdown, Csv, Ics, Html, Pdf, Json };

std::optional<PlanFormat> planFormatFromString(QStringView name); // "md", "csv", "ics", "html", "pdf", "json"
QString toString(PlanFormat format);
QString fileSuffix(PlanFormat format); // "md", "csv", "ics", "html", "pdf", "json"
QStringList planFormatNames();

// Every text format in one place, so the GUI and the CLI write the same bytes. PDF needs QtGui and
// lives in ui/pdfexport.h; asking for it here returns an empty array.
QByteArray exportPlan(const WeeklyPlan &plan, PlanFormat format, const QTimeZone &zone, const QDateTime &stamp);

// Writes through QSaveFile: the file is either completely written or left as it was.
bool saveFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace jobprep
