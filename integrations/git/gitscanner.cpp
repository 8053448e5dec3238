// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "gitscanner.h"
#include "libgit2.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace jobprep::git {
namespace {

thread_local int t_walked = 0;
constexpr int kSummaryChars = 200;


QString hex(const git_oid &oid)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &oid);
    return QString::fromLatin1(buffer);
}

// What `path` names in each commit's tree, looked up once per commit: walking the history, a
// commit is read as itself and again as its child's parent.
class FolderIds
{
public:
    explicit FolderIds(QByteArray path) : m_path(std::move(path)) {}

    // The id of the folder in `commit`'s tree; false when the commit has nothing there.
    bool at(const git_commit *commit, git_oid *id)
    {
        const QByteArray key(reinterpret_cast<const char *>(git_commit_id(commit)->id), GIT_OID_RAWSZ);
        if (const auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
            *id = it->second;
            return it->first;
        }
        bool found = false;
        Owned<git_tree, git_tree_free> tree;
        Owned<git_tree_entry, git_tree_entry_free> entry;
        if (git_commit_tree(tree.out(), commit) == 0 &&
            git_tree_entry_bypath(entry.out(), tree.get(), m_path.constData()) == 0) {
            *id = *git_tree_entry_id(entry.get());
            found = true;
        }
        m_seen.insert(key, {found, found ? *id : git_oid{}});
        return found;
    }

    // Whether a commit changes something under the folder: against its parent, or, for a merge,
    // against every parent (a merge that took the folder as one side had it is no change of its own).
    bool touchedBy(const git_commit *commit)
    {
        git_oid mine;
        const bool has = at(commit, &mine);
        const unsigned parents = git_commit_parentcount(commit);
        if (parents == 0)
            return has;
        for (unsigned i = 0; i < parents; ++i) {
            Owned<git_commit, git_commit_free> parent;
            if (git_commit_parent(parent.out(), commit, i) != 0)
                return true; // a shallow clone's missing parent: count what the commit holds
            git_oid theirs;
            const bool had = at(parent.get(), &theirs);
            if (has == had && (!has || git_oid_equal(&mine, &theirs)))
                return false;
        }
        return true;
    }

private:
    QByteArray m_path;
    QHash<QByteArray, std::pair<bool, git_oid>> m_seen;
};

struct Branches
{
    QList<std::pair<QString, QString>> tips; // sorted by name
    QList<git_oid> ids;
};

Branches localBranches(git_repository *repo)
{
    Branches b;
    Owned<git_branch_iterator, git_branch_iterator_free> it;
    if (git_branch_iterator_new(it.out(), repo, GIT_BRANCH_LOCAL) != 0)
        return b;
    QList<std::pair<QString, git_oid>> found;
    git_reference *ref = nullptr;
    git_branch_t type;
    while (git_branch_next(&ref, &type, it.get()) == 0) {
        Owned<git_object, git_object_free> target;
        const char *name = nullptr;
        if (git_branch_name(&name, ref) == 0 && git_reference_peel(target.out(), ref, GIT_OBJECT_COMMIT) == 0)
            found.append({QString::fromUtf8(name), *git_object_id(target.get())});
        git_reference_free(ref);
    }
    std::sort(found.begin(), found.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &[name, id] : found) {
        b.tips.append({name, hex(id)});
        b.ids.append(id);
    }
    return b;
}

// Whether the commit `old` is still in the history of one of the branches.
bool stillReached(git_repository *repo, const git_oid &old, const QList<git_oid> &tips)
{
    for (const git_oid &tip : tips)
        if (git_oid_equal(&tip, &old) || git_graph_descendant_of(repo, &tip, &old) == 1)
            return true;
    return false;
}

} // namespace

int lastWalked() { return t_walked; }

LinkScan scanLink(const HabitLink &link, const QTimeZone &zone)
{
    ensureInitialized();
    t_walked = 0;
    LinkScan scan;
    scan.linkId = link.id;
    scan.base = link.tips;
    const QFileInfo folder(link.repo);
    if (!folder.exists()) {
        scan.problem = QCoreApplication::translate("jobprep::git::GitScanner", "%1 is not there any more (moved or deleted?); the days it gave are kept").arg(link.repo);
        return scan;
    }
    Owned<git_repository, git_repository_free> repo;
    const int opened =
        git_repository_open_ext(repo.out(), link.repo.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (opened == GIT_ENOTFOUND) {
        scan.problem = QCoreApplication::translate("jobprep::git::GitScanner", "%1 is not a git repository (no .git in it)").arg(link.repo);
        return scan;
    }
    if (opened != 0) {
        scan.problem = QCoreApplication::translate("jobprep::git::GitScanner", "%1 cannot be read: %2").arg(link.repo, lastError());
        return scan;
    }
    const Branches branches = localBranches(repo.get());
    scan.tips = branches.tips;
    if (scan.tips == link.tips)
        return scan; // nothing new on any branch

    QList<git_oid> seen;
    scan.replace = link.tips.isEmpty();
    for (const auto &[branch, id] : link.tips) {
        git_oid old;
        if (git_oid_fromstr(&old, id.toLatin1().constData()) != 0 || !stillReached(repo.get(), old, branches.ids)) {
            scan.replace = true; // rewritten: read it all again
            break;
        }
        seen << old;
    }
    Owned<git_revwalk, git_revwalk_free> walk;
    if (git_revwalk_new(walk.out(), repo.get()) != 0) {
        scan.problem = QCoreApplication::translate("jobprep::git::GitScanner", "%1 cannot be read: %2").arg(link.repo, lastError());
        return scan;
    }
    git_revwalk_sorting(walk.get(), GIT_SORT_NONE);
    for (const git_oid &tip : branches.ids)
        git_revwalk_push(walk.get(), &tip);
    if (!scan.replace)
        for (const git_oid &old : std::as_const(seen))
            git_revwalk_hide(walk.get(), &old);

    QList<QByteArray> authors;
    for (const QString &a : link.authors)
        authors << a.trimmed().toUtf8();
    const QByteArray path = link.path.toUtf8();
    FolderIds folderIds(path);
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0) {
        ++t_walked;
        Owned<git_commit, git_commit_free> commit;
        if (git_commit_lookup(commit.out(), repo.get(), &id) != 0)
            continue;
        const git_signature *author = git_commit_author(commit.get());
        if (!author || !author->email ||
            std::none_of(authors.cbegin(), authors.cend(),
                         [&](const QByteArray &a) { return qstricmp(author->email, a.constData()) == 0; }))
            continue;
        if (!path.isEmpty() && !folderIds.touchedBy(commit.get()))
            continue;
        EvidenceCommit e;
        e.hash = hex(id);
        e.at = author->when.time;
        e.day = localDay(e.at, zone);
        const char *summary = git_commit_summary(commit.get());
        e.summary = QString::fromUtf8(summary ? summary : "").left(kSummaryChars);
        scan.commits << e;
    }
    return scan;
}

QList<LinkScan> scanLinks(const QList<HabitLink> &links, const QTimeZone &zone)
{
    QList<LinkScan> scans;
    for (const HabitLink &l : links)
        scans << scanLink(l, zone);
    return scans;
}

} // namespace jobprep::git
