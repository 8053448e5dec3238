// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

// The two entry points of jobprep-cli-pdf.so, looked up by name. The _v1 suffix changes with their
// signatures, so a module from another build is refused instead of called wrongly.
class QCoreApplication;
class QString;

extern "C" {
using JobPrepPdfApplicationFn = QCoreApplication *(*)(int *argc, char **argv);
using JobPrepPdfWriteFn = bool (*)(const QString *html, const QString *title, const QString *path, QString *error);
}

#define JOBPREP_PDF_APPLICATION_SYMBOL "jobprep_pdf_application_v1"
#define JOBPREP_PDF_WRITE_SYMBOL "jobprep_pdf_write_v1"
