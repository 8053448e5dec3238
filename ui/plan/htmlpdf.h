// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <memory>

class QTextDocument;

namespace jobprep {

// An HTML page laid out by QTextDocument with a font that has Hangul, so a PDF or a printout shows
// the same page as the browser. Qt6::Gui only (no core types): jobprep-cli loads it as a module.
std::unique_ptr<QTextDocument> htmlDocument(const QString &html);
// A4 PDF written through QSaveFile: complete or not there at all. Needs a QGuiApplication.
bool writeHtmlPdf(const QString &html, const QString &title, const QString &path, QString *error);

} // namespace jobprep
