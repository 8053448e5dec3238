// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/domain/translations.h"
#include "core/safety/databaselocation.h"
#include "pdfmodule.h"

#include <QCoreApplication>
#include <cstring>
#include <memory>

namespace {

// Only a PDF export draws (fonts, QPdfWriter): it alone needs a QGuiApplication, which the PDF
// module makes (pdfmodule.h). Without a display it uses the offscreen platform, so it works over
// ssh and in CI.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // When the module is missing, the plan command reports why (writePdf) and writes nothing.
        app = jobprep::cli::createPdfApplication(argc, argv);
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    jobprep::setApplicationIdentity();
    jobprep::installTranslations(); // the system locale, or $JOBPREP_LANG
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = jobprep::cli::run(app->arguments(), out, err);
    out.flush();
    err.flush();
    return rc;
}
