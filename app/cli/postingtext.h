// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingparser.h"
#include "core/postings/taskproposal.h"

#include <QJsonObject>
#include <QTextStream>

namespace jobprep::cli {

// Reads a posting's text file (- is stdin) and parses it; throws UsageError naming the file.
// *text receives the decoded text.
ParseResult readAndParse(const QString &option, const QString &path, QString *text = nullptr);
// The parse result as JSON: {lines:[{section,text,heading,skills}], skills, sections{…}, proposedTasks:[…]}.
QJsonObject parseJson(const ParseResult &result, const QList<ProposedTask> &proposals);
QJsonObject proposalJson(const ProposedTask &p);
// A readable preview: the lines grouped by section, then the proposed tasks.
void printPreview(QTextStream &out, const QList<PostingLine> &lines, const QList<ProposedTask> &proposals);

} // namespace jobprep::cli
