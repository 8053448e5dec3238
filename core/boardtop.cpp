// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Board::computeTop: the first rows of each pane without placing every task in full.
#include "board.h"
#include "store.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <vector>

namespace jobprep {

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

} // namespace

namespace {

// One row of task_groups: the open tasks that share what decides their pane and urgency.
struct Group
{
    int pinned = 0;
    bool important = false;
    QDate deadline;
    double estimate = 0;
    bool manual = false;
    int tasks = 0;
    int pane = 0;    // 0..3, on `today`
    int urgency = 0; // on `today`
};

int paneOf(int pinned, bool important, bool urgent)
{
    if (pinned)
        return pinned - 1;
    return important ? (urgent ? 0 : 1) : (urgent ? 2 : 3);
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

SortKey keyOf(Statement &st, int urgency, std::optional<qint64> manualOrder)
{
    // Columns: id, place_first, place_importance, place_deadline.
    const QDate deadline = st.date(3);
    return {st.int64(0), manualOrder.value_or(0), deadline.toJulianDay(), manualOrder.has_value(), deadline.isValid(),
            st.int32(1) != 0, urgency, st.int32(2)};
}

class TopReader
{
public:
    explicit TopReader(Store &store) : m_db(store.database()) {}

    // The first `k` tasks (in pane order) of those in `groups`, all from `source`, all of one urgency;
    // `sourceSize` counts every task without a manual order in the source.
    void top(const Source &source, const QList<const Group *> &groups, int k, int sourceSize, std::vector<SortKey> &out)
    {
        int inLevel = 0;
        for (const Group *g : groups)
            inLevel += g->tasks;
        const int urgency = groups.first()->urgency;
        // Reading every task of the level costs `inLevel` rows; walking the source in rank order until
        // `k` of them turn up costs about k * sourceSize / inLevel rows. Take the cheaper.
        if (inLevel <= k || qint64(inLevel) * inLevel <= qint64(k) * sourceSize) {
            std::vector<SortKey> all;
            for (const Group *g : groups) {
                Statement st = m_db.prepare(g->deadline.isValid() ? QStringLiteral(
                    "SELECT id, place_first, place_importance, place_deadline FROM tasks "
                    "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND place_deadline = ?3 AND estimate = ?4 "
                    "AND status <> 'done' AND manual_order IS NULL") : QStringLiteral(
                    "SELECT id, place_first, place_importance, place_deadline FROM tasks "
                    "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND place_deadline IS NULL AND estimate = ?4 "
                    "AND status <> 'done' AND manual_order IS NULL"));
                st.bind(1, source.pinned).bind(2, int(source.important)).bind(4, g->estimate);
                if (g->deadline.isValid())
                    st.bind(3, g->deadline);
                while (st.step())
                    all.push_back(keyOf(st, urgency, std::nullopt));
            }
            const auto n = std::min<std::size_t>(std::size_t(k), all.size());
            std::partial_sort(all.begin(), all.begin() + qsizetype(n), all.end(), &keyBefore);
            out.insert(out.end(), all.begin(), all.begin() + qsizetype(n));
            return;
        }
        QSet<QPair<qint64, double>> members;
        for (const Group *g : groups)
            members.insert({g->deadline.isValid() ? g->deadline.toJulianDay() : -1, g->estimate});
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT id, place_first, place_importance, place_deadline, estimate FROM tasks "
            "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND status <> 'done' AND manual_order IS NULL "
            "ORDER BY place_first DESC, place_importance DESC, place_deadline, id"));
        st.bind(1, source.pinned).bind(2, int(source.important));
        int found = 0;
        while (found < k && st.step()) {
            const QDate d = st.date(3);
            if (members.contains({d.isValid() ? d.toJulianDay() : -1, st.real(4)})) {
                out.push_back(keyOf(st, urgency, std::nullopt));
                ++found;
            }
        }
    }

private:
    Database &m_db;
};

} // namespace

Board Board::computeTop(Store &store, const QDate &today, int limit)
{
    limit = std::max(0, limit);
    const Placer placer(store.settings());
    Database &db = store.database();
    Board board;

    // 1. The groups say how many tasks each pane has, their hours, and how many share each urgency.
    QList<Group> groups;
    QHash<Source, int> sourceSize; // tasks without a manual order
    bool anyManual = false;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT pinned, important, deadline, estimate, manual, tasks FROM task_groups WHERE tasks > 0"));
        while (st.step()) {
            Group g{st.int32(0), st.int32(1) != 0, st.date(2), st.real(3), st.int32(4) != 0, st.int32(5)};
            const Urgency u = placer.urgency(g.deadline, g.estimate, true, today);
            g.pane = paneOf(g.pinned, g.important, u.urgent);
            g.urgency = u.urgency;
            board.m_counts[g.pane] += g.tasks;
            board.m_hours[g.pane] += g.tasks * g.estimate;
            anyManual |= g.manual;
            if (!g.manual)
                sourceSize[Source{g.pinned, g.important}] += g.tasks;
            groups.append(g);
        }
    }
    std::array<std::vector<SortKey>, 4> shown;

    // 2. Tasks the user ordered by hand come first in their pane; there are few of them.
    if (anyManual && limit > 0) {
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, place_first, place_importance, place_deadline, ifnull(pinned, 0), place_important, estimate, "
            "manual_order FROM tasks WHERE status <> 'done' AND manual_order IS NOT NULL ORDER BY manual_order"));
        while (st.step()) {
            const Urgency u = placer.urgency(st.date(3), st.real(6), true, today);
            shown[std::size_t(paneOf(st.int32(4), st.int32(5) != 0, u.urgent))].push_back(
                keyOf(st, u.urgency, st.int64(7)));
        }
        for (auto &pane : shown) {
            const auto n = std::min<std::size_t>(std::size_t(limit), pane.size());
            std::partial_sort(pane.begin(), pane.begin() + qsizetype(n), pane.end(), &keyBefore);
            pane.resize(n);
        }
    }

    // 3. Then by urgency: whole urgency levels while they fit, and the best of the level that does not.
    TopReader reader(store);
    for (int q = 0; q < 4; ++q) {
        auto &pane = shown[std::size_t(q)];
        std::map<int, QHash<Source, QList<const Group *>>, std::greater<>> levels; // by urgency, highest first
        for (const Group &g : std::as_const(groups))
            if (g.pane == q && !g.manual)
                levels[g.urgency][Source{g.pinned, g.important}].append(&g);
        for (const auto &level : levels) {
            const auto &sources = level.second;
            const int need = limit - int(pane.size());
            if (need <= 0)
                break;
            std::vector<SortKey> found;
            for (auto s = sources.cbegin(); s != sources.cend(); ++s)
                reader.top(s.key(), s.value(), need, sourceSize.value(s.key()), found);
            const auto n = std::min<std::size_t>(std::size_t(need), found.size());
            std::partial_sort(found.begin(), found.begin() + qsizetype(n), found.end(), &keyBefore);
            pane.insert(pane.end(), found.begin(), found.begin() + qsizetype(n));
        }
    }

    // 4. Only the shown tasks are read in full and explained.
    QHash<Id, QPair<QString, int>> companies;
    for (int q = 0; q < 4; ++q) {
        for (const SortKey &key : shown[std::size_t(q)]) {
            auto full = store.task(key.id);
            if (!full)
                continue;
            QList<LinkInfo> links;
            for (const LinkFacts &f : store.linkFacts(full->id))
                links.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
            QString companyName;
            int interest = 0;
            if (full->companyId) {
                // One read per company, not per row: a pane often shows several tasks of one company.
                auto it = companies.constFind(full->companyId);
                if (it == companies.constEnd()) {
                    const auto c = store.company(full->companyId);
                    it = companies.insert(full->companyId, c ? qMakePair(c->name, c->interest) : qMakePair(QString(), 0));
                }
                companyName = it->first;
                interest = it->second;
            }
            Placement p = placer.place(*full, links, interest, today);
            board.m_index.insert(full->id, {q, int(board.m_panes[q].size())});
            board.m_panes[q].append(PlacedTask{std::move(*full), std::move(p), companyName});
        }
    }
    return board;
}

} // namespace jobprep
