// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace jobprep::git {

// The author emails a link counts by default: the repository's own user.email and the global one
// (~/.gitconfig or $XDG_CONFIG_HOME/git/config), read through libgit2's configuration; either may
// be missing. The repository's first.
QStringList defaultAuthors(const QString &repo);

} // namespace jobprep::git
