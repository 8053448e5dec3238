// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "pdfmodule.h"
#include "pdfmoduleabi.h"
#include "modulepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace jobprep::cli {
namespace {

struct Module {
    QLibrary library;
    JobPrepPdfApplicationFn application = nullptr;
    JobPrepPdfWriteFn write = nullptr;
    QString error; // why it did not load; empty once loaded
    bool tried = false;
};

Module &module()
{
    static Module m;
    return m;
}

Module &load(const char *argv0)
{
    Module &m = module();
    if (m.tried)
        return m;
    m.tried = true;
    const QString name = QStringLiteral("jobprep-cli-pdf.so");
    const QStringList candidates = moduleCandidates(name, argv0);
    QStringList failures;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            failures << QStringLiteral("%1: not there").arg(QDir::toNativeSeparators(path));
            continue;
        }
        m.library.setFileName(path);
        // The QGuiApplication it makes lives until the end of main: never unload it.
        m.library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!m.library.load()) {
            failures << m.library.errorString();
            continue;
        }
        m.application = reinterpret_cast<JobPrepPdfApplicationFn>(m.library.resolve(JOBPREP_PDF_APPLICATION_SYMBOL));
        m.write = reinterpret_cast<JobPrepPdfWriteFn>(m.library.resolve(JOBPREP_PDF_WRITE_SYMBOL));
        if (m.application && m.write)
            return m;
        failures << QStringLiteral("%1: not a jobprep-cli-pdf module of this version (no %2)")
                        .arg(QDir::toNativeSeparators(path), QStringLiteral(JOBPREP_PDF_WRITE_SYMBOL));
        m.application = nullptr;
        m.write = nullptr;
    }
    m.error = QStringLiteral("PDF export needs the module %1, which did not load (%2)")
                  .arg(name, failures.join(QStringLiteral("; ")));
    return m;
}

} // namespace

std::unique_ptr<QCoreApplication> createPdfApplication(int &argc, char **argv)
{
    Module &m = load(argc > 0 ? argv[0] : nullptr);
    return std::unique_ptr<QCoreApplication>(m.application ? m.application(&argc, argv) : nullptr);
}

bool writePdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    Module &m = load(nullptr);
    if (!m.write) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, m.error);
        return false;
    }
    return m.write(&html, &title, &path, error);
}

} // namespace jobprep::cli
