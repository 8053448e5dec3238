// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "climodule.h"
#include "pdfmodule.h"
#include "pdfmoduleabi.h"

#include <QCoreApplication>

namespace jobprep::cli {
namespace {

struct Pdf
{
    CliModule module;
    QFunctionPointer application = nullptr;
    QFunctionPointer write = nullptr;
};

Pdf &load(const char *argv0)
{
    static Pdf m;
    loadCliModule(m.module, QStringLiteral("jobprep-cli-pdf.so"), QStringLiteral("PDF export"), argv0,
                  {{JOBPREP_PDF_APPLICATION_SYMBOL, &m.application}, {JOBPREP_PDF_WRITE_SYMBOL, &m.write}});
    return m;
}

} // namespace

std::unique_ptr<QCoreApplication> createPdfApplication(int &argc, char **argv)
{
    Pdf &m = load(argc > 0 ? argv[0] : nullptr);
    return std::unique_ptr<QCoreApplication>(
        m.application ? reinterpret_cast<JobPrepPdfApplicationFn>(m.application)(&argc, argv) : nullptr);
}

bool writePdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    Pdf &m = load(nullptr);
    if (!m.write) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, m.module.error);
        return false;
    }
    return reinterpret_cast<JobPrepPdfWriteFn>(m.write)(&html, &title, &path, error);
}

} // namespace jobprep::cli
