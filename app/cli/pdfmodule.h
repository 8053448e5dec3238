// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <memory>

class QCoreApplication;

namespace jobprep::cli {

// PDF export needs QtGui, and loading QtGui with its ~40 libraries costs every jobprep-cli command
// about 8 ms at start. So only `jobprep-cli-pdf.so` (pdfmodule.cpp) links it, and jobprep-cli
// loads that module when a command asks for a PDF: from the executable's own folder (the build
// tree), else from the installed module folder (JOBPREP_PDF_MODULE_DIR, relative to the binary).

// A QGuiApplication made by the module, or nullptr when it did not load (writePdf() then says
// why). Called before any QCoreApplication exists.
std::unique_ptr<QCoreApplication> createPdfApplication(int &argc, char **argv);
// Lays out the HTML page on A4 and writes it atomically. False with *error when the module is
// missing or the file cannot be written; then nothing is written at `path`.
bool writePdf(const QString &html, const QString &title, const QString &path, QString *error);

} // namespace jobprep::cli
