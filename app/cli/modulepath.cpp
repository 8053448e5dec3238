// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "modulepath.h"

#include <QDir>
#include <QFileInfo>

namespace jobprep::cli {

QStringList moduleCandidates(const QString &fileName, const char *argv0)
{
    // Before a QCoreApplication exists there is no applicationDirPath(); Linux names the binary here.
    QString dir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    if (QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().isEmpty())
        dir = QFileInfo(QFile::decodeName(argv0 ? argv0 : "")).absolutePath();
    return {QDir(dir).filePath(fileName),
            QDir::cleanPath(QDir(dir).filePath(QStringLiteral(JOBPREP_PDF_MODULE_DIR "/") + fileName))};
}

} // namespace jobprep::cli
