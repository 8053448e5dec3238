// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// jobprep-cli-pdf.so: the only part of jobprep-cli that links QtGui (see pdfmodule.h).
#include "pdfmoduleabi.h"
#include "ui/plan/htmlpdf.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT QCoreApplication *jobprep_pdf_application_v1(int *argc, char **argv)
{
    return new QGuiApplication(*argc, argv);
}

extern "C" Q_DECL_EXPORT bool jobprep_pdf_write_v1(const QString *html, const QString *title, const QString *path,
                                                   QString *error)
{
    return jobprep::writeHtmlPdf(*html, *title, *path, error);
}
