// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "libgit2.h"

namespace jobprep::git {

void ensureInitialized()
{
    // Never shut down: the process ends first, and a worker thread may still be scanning.
    static const int once = git_libgit2_init();
    Q_UNUSED(once);
}

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

} // namespace jobprep::git
