// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A pane's first tasks in board order, read through task_groups and two partial indexes.
#include "panereader.h"
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

SortKey keyOf(Statement &st, int urgency, std::optional<qint64> manualOrder)
{
    // Columns: id, place_first, place_importance, place_deadline.
    const QDate deadline = st.date(3);
    return {st.int64(0), manualOrder.value_or(0), deadline.toJulianDay(), manualOrder.has_value(), deadline.isValid(),
            st.int32(1) != 0, urgency, st.int32(2)};
}

// The first `k` tasks (in pane order) of those in `groups`, all from `source`, all of one urgency;
// `sourceSize` counts every task without a manual order in the source.
void readTop(Database &db, const Source &source, const QList<const TaskGroup *> &groups, int k, int sourceSize,
             std::vector<SortKey> &out)
{
    int inLevel = 0;
    for (const TaskGroup *g : groups)
        inLevel += g->tasks;
    const int urgency = groups.first()->urgency;
    // Reading every task of the level costs `inLevel` rows; walking the source in rank order until
    // `k` of them turn up costs about k * sourceSize / inLevel rows. Take the cheaper.
    if (inLevel <= k || qint64(inLevel) * inLevel <= qint64(k) * sourceSize) {
        std::vector<SortKey> all;
        for (const TaskGroup *g : groups) {
            Statement st = db.prepare(g->deadline.isValid() ? QStringLiteral(
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
    QSet<qint64> deadlines; // Julian days; -1 for none
    for (const TaskGroup *g : groups) {
        const qint64 day = g->deadline.isValid() ? g->deadline.toJulianDay() : -1;
        members.insert({day, g->estimate});
        deadlines.insert(day);
    }
    // The deadline test runs on the index entry; only a row with one of the level's deadlines is
    // looked up in the table for its estimate. Testing every row walked there had been half the
    // pages `board` reads (about 300 of 560 at 100 000 tasks). The list is a JSON array of
    // "YYYY-MM-DD" and "" (task_groups' "none"), written by hand: QDate::toString was 12 % of `board`.
    QByteArray deadlineList("[");
    for (const qint64 day : std::as_const(deadlines)) {
        deadlineList += deadlineList.size() > 1 ? ",\"" : "\"";
        if (day >= 0) {
            const QDate d = QDate::fromJulianDay(day);
            char text[10];
            if (isoDateText(d, text))
                deadlineList.append(text, 10);
            else
                deadlineList += d.toString(Qt::ISODate).toLatin1();
        }
        deadlineList += '"';
    }
    deadlineList += ']';
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, place_first, place_importance, place_deadline, estimate FROM tasks "
        "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND status <> 'done' AND manual_order IS NULL "
        "AND ifnull(place_deadline, '') IN (SELECT value FROM json_each(?3)) "
        "ORDER BY place_first DESC, place_importance DESC, place_deadline, id"));
    st.bind(1, source.pinned).bind(2, int(source.important)).bindStatic(3, deadlineList); // outlives the steps
    int found = 0;
    while (found < k && st.step()) {
        const QDate d = st.date(3);
        if (members.contains({d.isValid() ? d.toJulianDay() : -1, st.real(4)})) {
            out.push_back(keyOf(st, urgency, std::nullopt));
            ++found;
        }
    }
}

} // namespace

struct PaneReader::Impl
{
    Impl(Store &s, const QDate &day) : store(s), today(day), placer(s.settings()) {}

    Store &store;
    QDate today;
    Placer placer;
    QHash<Source, int> sourceSize; // tasks without a manual order
    bool anyManual = false;
    std::optional<std::array<std::vector<SortKey>, 4>> manual; // in board order, read when first needed
};

PaneReader::PaneReader(Store &store, const QDate &today) : d(new Impl(store, today))
{
    Statement st = store.database().prepare(QStringLiteral(
        "SELECT pinned, important, deadline, estimate, manual, tasks FROM task_groups WHERE tasks > 0"));
    while (st.step()) {
        TaskGroup g{st.int32(0), st.int32(1) != 0, st.date(2), st.real(3), st.int32(4) != 0, st.int32(5)};
        const Urgency u = d->placer.urgency(g.deadline, g.estimate, true, today);
        g.pane = paneOf(g.pinned, g.important, u.urgent);
        g.urgency = u.urgency;
        d->anyManual |= g.manual;
        if (!g.manual)
            d->sourceSize[Source{g.pinned, g.important}] += g.tasks;
        m_groups.append(g);
    }
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
            Statement st = d->store.database().prepare(QStringLiteral(
                "SELECT id, place_first, place_importance, place_deadline, ifnull(pinned, 0), place_important, "
                "estimate, manual_order FROM tasks WHERE status <> 'done' AND manual_order IS NOT NULL"));
            while (st.step()) {
                const Urgency u = d->placer.urgency(st.date(3), st.real(6), true, d->today);
                (*d->manual)[std::size_t(paneOf(st.int32(4), st.int32(5) != 0, u.urgent))].push_back(
                    keyOf(st, u.urgency, st.int64(7)));
            }
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
            readTop(d->store.database(), s.key(), s.value(), need, d->sourceSize.value(s.key()), found);
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
