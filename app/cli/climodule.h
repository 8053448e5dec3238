// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLibrary>
#include <QString>
#include <initializer_list>
#include <utility>

namespace jobprep::cli {

// A part of jobprep-cli kept out of the binary so that its libraries load only for the commands
// that need them (QtGui for a PDF, libgit2 for a repository): looked for beside the binary (the
// build tree), then in LIBDIR/jobprep (installed); loaded once and never unloaded.
struct CliModule
{
    QLibrary library;
    QString error; // why it did not load; empty once loaded
    bool tried = false;
};

// Loads `m` from the file `name` (once) and resolves each symbol into its pointer. False, with
// m.error saying what `purpose` needs and why each place tried failed, when it cannot; then every
// pointer is null.
bool loadCliModule(CliModule &m, const QString &name, const QString &purpose, const char *argv0,
                   std::initializer_list<std::pair<const char *, QFunctionPointer *>> symbols);

} // namespace jobprep::cli
