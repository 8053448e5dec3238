// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A pane's first tasks in board order, read through task_groups and two partial indexes.
#include "panereader.h"
#include "core/store/boardqueries.h"
#include "core/store/store.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace jobprep {

int paneOf(int pinned, bool important, bool urgent)
{
    if (pinned)
        return pinned - 1;
    return important ? (urgent ? 0 : 1) : (urgent ? 2 : 3);
}

namespace {

// What the pane order reads of one placed task, in a few bytes instead of a whole PlacedTask.
struct SortKey
{
    Id id = 0;
    qint64 manualOrder = 0;
    qint64 deadline = 0; // Julian day
    bool hasManualOrder = false;
    bool hasDeadline = false;
    bool topKind = false;
    int urgency = 0;
    int importance = 0;
};

// Exactly Board::sortsBefore on the fields it reads (BoardTop tests compare the two boards).
bool keyBefore(const SortKey &a, const SortKey &b)
{
    if (a.hasManualOrder != b.hasManualOrder)
        return a.hasManualOrder;
    if (a.hasManualOrder && a.manualOrder != b.manualOrder)
        return a.manualOrder < b.manualOrder;
    if (a.urgency != b.urgency)
        return a.urgency > b.urgency;
    if (a.topKind != b.topKind)
        return a.topKind;
    if (a.importance != b.importance)
        return a.importance > b.importance;
    if (a.hasDeadline != b.hasDeadline)
        return a.hasDeadline;
    if (a.deadline != b.deadline)
        return a.deadline < b.deadline;
    return a.id < b.id;
}

// Where tasks without a manual order are read from: the unpinned tasks of one importance, or the
// tasks pinned to one pane with one importance. Each is one range of the tasks_by_group and
// tasks_by_rank indexes.
struct Source
{
    int pinned = 0;
    bool important = false;
    bool operator==(const Source &o) const { return pinned == o.pinned && important == o.important; }
};
size_t qHash(const Source &s, size_t seed = 0) { return ::qHash(s.pinned * 2 + int(s.important), seed); }

SortKey keyOf(const RankedTask &t, int urgency)
{
    return {t.id, t.manualOrder.value_or(0), t.deadline.toJulianDay(), t.manualOrder.has_value(),
            t.deadline.isValid(), t.first, urgency, t.importance};
}

TaskGroupRow rowOf(const TaskGroup &g) { return {g.pinned, g.important, g.deadline, g.estimate, g.manual, g.tasks}; }

// The first `k` tasks (in pane order) of those in `groups`, all from `source`, all of one urgency;
// `sourceSize` counts every task without a manual order in the source.
void readTop(BoardQueries &queries, const Source &source, const QList<const TaskGroup *> &groups, int k,
             int sourceSize, std::vector<SortKey> &out)
{
    int inLevel = 0;
    for (const TaskGroup *g : groups)
        inLevel += g->tasks;
    const int urgency = groups.first()->urgency;
    // Reading every task of the level costs `inLevel` rows; walking the source in rank order until
    // `k` of them turn up costs about k * sourceSize / inLevel rows. Take the cheaper.
    if (inLevel <= k || qint64(inLevel) * inLevel <= qint64(k) * sourceSize) {
        std::vector<SortKey> all;
        for (const TaskGroup *g : groups)
            queries.forEachInGroup(rowOf(*g), [&](const RankedTask &t) { all.push_back(keyOf(t, urgency)); });
        const auto n = std::min<std::size_t>(std::size_t(k), all.size());
        std::partial_sort(all.begin(), all.begin() + qsizetype(n), all.end(), &keyBefore);
        out.insert(out.end(), all.begin(), all.begin() + qsizetype(n));
        return;
    }
    QSet<QPair<qint64, double>> members;
    QSet<qint64> deadlines; // Julian days; -1 for none
    for (const TaskGroup *g : groups) {
        const qint64 day = g->deadline.isValid() ? g->deadline.toJulianDay() : -1;
        members.insert({day, g->estimate});
        deadlines.insert(day);
    }
    int found = 0;
    queries.forEachRanked(source.pinned, source.important, deadlines, [&](const RankedTask &t) {
        if (members.contains({t.deadline.isValid() ? t.deadline.toJulianDay() : -1, t.estimate})) {
            out.push_back(keyOf(t, urgency));
            ++found;
        }
        return found < k;
    });
}

} // namespace

struct PaneReader::Impl
{
    Impl(Store &s, const QDate &day) : queries(s), today(day), placer(s.settings()) {}

    BoardQueries queries;
    QDate today;
    Placer placer;
    QHash<Source, int> sourceSize; // tasks without a manual order
    bool anyManual = false;
    std::optional<std::array<std::vector<SortKey>, 4>> manual; // in board order, read when first needed
};

PaneReader::PaneReader(Store &store, const QDate &today) : d(new Impl(store, today))
{
    d->queries.forEachGroup([this, &today](const TaskGroupRow &row) {
        TaskGroup g{row.pinned, row.important, row.deadline, row.estimate, row.manual, row.tasks};
        const Urgency u = d->placer.urgency(g.deadline, g.estimate, true, today);
        g.pane = paneOf(g.pinned, g.important, u.urgent);
        g.urgency = u.urgency;
        d->anyManual |= g.manual;
        if (!g.manual)
            d->sourceSize[Source{g.pinned, g.important}] += g.tasks;
        m_groups.append(g);
    });
}

PaneReader::~PaneReader() { delete d; }

std::vector<Id> PaneReader::first(int pane, int limit)
{
    limit = std::max(0, limit);
    std::vector<SortKey> shown;
    // Tasks the user ordered by hand come first in their pane; there are few of them.
    if (d->anyManual && limit > 0) {
        if (!d->manual) {
            d->manual.emplace();
            d->queries.forEachManual([this](const RankedTask &t) {
                const Urgency u = d->placer.urgency(t.deadline, t.estimate, true, d->today);
                (*d->manual)[std::size_t(paneOf(t.pinned, t.important, u.urgent))].push_back(keyOf(t, u.urgency));
            });
            for (auto &p : *d->manual)
                std::sort(p.begin(), p.end(), &keyBefore);
        }
        const auto &m = (*d->manual)[std::size_t(pane)];
        shown.assign(m.begin(), m.begin() + qsizetype(std::min<std::size_t>(std::size_t(limit), m.size())));
    }
    // Then by urgency: whole urgency levels while they fit, and the best of the level that does not.
    std::map<int, QHash<Source, QList<const TaskGroup *>>, std::greater<>> levels; // by urgency, highest first
    for (const TaskGroup &g : std::as_const(m_groups))
        if (g.pane == pane && !g.manual)
            levels[g.urgency][Source{g.pinned, g.important}].append(&g);
    for (const auto &level : levels) {
        const auto &sources = level.second;
        const int need = limit - int(shown.size());
        if (need <= 0)
            break;
        std::vector<SortKey> found;
        for (auto s = sources.cbegin(); s != sources.cend(); ++s)
            readTop(d->queries, s.key(), s.value(), need, d->sourceSize.value(s.key()), found);
        const auto n = std::min<std::size_t>(std::size_t(need), found.size());
        std::partial_sort(found.begin(), found.begin() + qsizetype(n), found.end(), &keyBefore);
        shown.insert(shown.end(), found.begin(), found.begin() + qsizetype(n));
    }
    std::vector<Id> ids;
    ids.reserve(shown.size());
    for (const SortKey &k : shown)
        ids.push_back(k.id);
    return ids;
}

} // namespace jobprep
