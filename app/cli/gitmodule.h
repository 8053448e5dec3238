// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"

namespace jobprep::cli {

// Reading git repositories (habit link / sync) through jobprep-cli-git.so, loaded on first use:
// linked into jobprep-cli, libgit2 and the 13 libraries it brings (Kerberos, OpenSSL, mbedTLS,
// libssh2) would load at every start (--version 8.5 -> 12.3 ms). Both throw UsageError naming the
// module and why it did not load.
// Loads the module now: before a command writes anything it would then not finish.
void loadGitModule();
QList<LinkScan> scanLinks(const QList<HabitLink> &links, const QTimeZone &zone);
QStringList defaultAuthors(const QString &repo);

} // namespace jobprep::cli
