// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "climodule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace jobprep::cli {
namespace {

QString executableDir(const char *argv0)
{
    // Before a QCoreApplication exists there is no applicationDirPath(); Linux names the binary here.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!self.isEmpty())
        return QFileInfo(self).absolutePath();
    return QFileInfo(QFile::decodeName(argv0 ? argv0 : "")).absolutePath();
}

} // namespace

bool loadCliModule(CliModule &m, const QString &name, const QString &purpose, const char *argv0,
                   std::initializer_list<std::pair<const char *, QFunctionPointer *>> symbols)
{
    if (m.tried)
        return m.error.isEmpty();
    m.tried = true;
    const QString dir = executableDir(argv0);
    const QStringList candidates = {QDir(dir).filePath(name),
                                    QDir::cleanPath(QDir(dir).filePath(QStringLiteral(JOBPREP_CLI_MODULE_DIR "/") + name))};
    QStringList failures;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            failures << QStringLiteral("%1: not there").arg(QDir::toNativeSeparators(path));
            continue;
        }
        m.library.setFileName(path);
        // What it makes (a QGuiApplication, libgit2's global state) lives until the end of main.
        m.library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!m.library.load()) {
            failures << m.library.errorString();
            continue;
        }
        const char *missing = nullptr;
        for (const auto &[symbol, pointer] : symbols) {
            *pointer = m.library.resolve(symbol);
            if (!*pointer && !missing)
                missing = symbol;
        }
        if (!missing)
            return true;
        failures << QStringLiteral("%1: not a %2 module of this version (no %3)")
                        .arg(QDir::toNativeSeparators(path), QFileInfo(name).completeBaseName(), QLatin1String(missing));
        for (const auto &[symbol, pointer] : symbols)
            *pointer = nullptr;
    }
    m.error = QStringLiteral("%1 needs the module %2, which did not load (%3)").arg(purpose, name, failures.join(QStringLiteral("; ")));
    return false;
}

} // namespace jobprep::cli
