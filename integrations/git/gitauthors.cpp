// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "gitauthors.h"
#include "libgit2.h"

namespace jobprep::git {
namespace {

QString emailAt(git_config *config, git_config_level_t level)
{
    Owned<git_config, git_config_free> at;
    if (git_config_open_level(at.out(), config, level) != 0)
        return {};
    Owned<git_config_entry, git_config_entry_free> entry;
    if (git_config_get_entry(entry.out(), at.get(), "user.email") != 0)
        return {};
    return QString::fromUtf8(entry.get()->value).trimmed();
}

} // namespace

QStringList defaultAuthors(const QString &repo)
{
    ensureInitialized();
    QStringList out;
    auto add = [&out](const QString &email) {
        if (!email.isEmpty() && !out.contains(email, Qt::CaseInsensitive))
            out << email;
    };
    Owned<git_repository, git_repository_free> repository;
    if (git_repository_open_ext(repository.out(), repo.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) ==
        0) {
        Owned<git_config, git_config_free> config;
        if (git_repository_config_snapshot(config.out(), repository.get()) == 0)
            add(emailAt(config.get(), GIT_CONFIG_LEVEL_LOCAL));
    }
    Owned<git_config, git_config_free> global;
    if (git_config_open_default(global.out()) == 0) {
        Owned<git_config, git_config_free> snapshot;
        if (git_config_snapshot(snapshot.out(), global.get()) == 0) {
            add(emailAt(snapshot.get(), GIT_CONFIG_LEVEL_GLOBAL));
            add(emailAt(snapshot.get(), GIT_CONFIG_LEVEL_XDG));
        }
    }
    return out;
}

} // namespace jobprep::git
