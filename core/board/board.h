// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/placement/placement.h"

#include <QHash>
#include <array>
#include <deque>
#include <iterator>
#include <vector>

namespace jobprep {

class Store;

struct PlacedTask
{
    Task task;
    Placement placement;
    QString companyName;
};

// One pane of the board, in order, read like a const QList<PlacedTask> (size, [], first, range-for).
// The tasks sit in slots that never move while the board is updated; the order is a list of slot
// numbers. A drag at 100 000 tasks so shifts a few hundred kilobytes of 4-byte numbers instead of
// tens of megabytes of tasks, and no other task's index entry changes.
class BoardPane
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = PlacedTask;
        using difference_type = std::ptrdiff_t;
        using pointer = const PlacedTask *;
        using reference = const PlacedTask &;

        const_iterator() = default;
        reference operator*() const { return (*m_slots)[std::size_t((*m_order)[std::size_t(m_row)])]; }
        pointer operator->() const { return &**this; }
        reference operator[](difference_type n) const { return *(*this + n); }
        const_iterator &operator++() { ++m_row; return *this; }
        const_iterator operator++(int) { auto old = *this; ++m_row; return old; }
        const_iterator &operator--() { --m_row; return *this; }
        const_iterator operator--(int) { auto old = *this; --m_row; return old; }
        const_iterator &operator+=(difference_type n) { m_row += n; return *this; }
        const_iterator &operator-=(difference_type n) { m_row -= n; return *this; }
        friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b) { return a.m_row - b.m_row; }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_row == b.m_row; }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) { return a.m_row <=> b.m_row; }

    private:
        friend class BoardPane;
        const_iterator(const std::deque<PlacedTask> *tasks, const std::vector<int> *order, difference_type row)
            : m_slots(tasks), m_order(order), m_row(row)
        {
        }
        const std::deque<PlacedTask> *m_slots = nullptr;
        const std::vector<int> *m_order = nullptr;
        difference_type m_row = 0;
    };
    using iterator = const_iterator;
    using value_type = PlacedTask;
    using size_type = qsizetype;

    qsizetype size() const { return qsizetype(m_order.size()); }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_order.empty(); }
    bool empty() const { return isEmpty(); }
    const PlacedTask &operator[](qsizetype row) const { return m_slots[std::size_t(m_order[std::size_t(row)])]; }
    const PlacedTask &at(qsizetype row) const { return (*this)[row]; }
    const PlacedTask &first() const { return (*this)[0]; }
    const PlacedTask &last() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {&m_slots, &m_order, 0}; }
    const_iterator end() const { return {&m_slots, &m_order, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    QList<PlacedTask> toList() const;

private:
    friend class Board;
    // Adds a task at the end of the order in the next slot: on a new pane, slot == size() before.
    void append(PlacedTask &&t);
    void reserve(qsizetype n);
    int insert(PlacedTask &&t); // at its place in the order; returns its slot
    void remove(int slot);      // the task in this slot leaves the order; its slot is reused
    const PlacedTask &slot(int s) const { return m_slots[std::size_t(s)]; }

    std::deque<PlacedTask> m_slots; // a deque: adding a slot never moves the others
    std::vector<int> m_free;        // emptied slots
    std::vector<int> m_order;       // slot numbers in pane order
};

// Every open task placed on its quadrant and sorted the way the panes show it: the user's manual
// order first, then urgency, then projects and study notes, then importance, deadline and id.
class Board
{
public:
    static Board compute(Store &store, const QDate &today);
    // The same board with only the first `limit` tasks of each pane; count() and hours() still cover
    // the whole pane. Reads only what placement needs for every task and the full task for the
    // shown ones, so `board --limit 20` does not build 100 000 complete tasks and explanations.
    static Board computeTop(Store &store, const QDate &today, int limit);
    static Board compute(const QList<Task> &tasks, const QList<LinkFacts> &links,
                         const QHash<Id, QPair<QString, int>> &companies, const Settings &settings,
                         const QDate &today);

    // Re-reads and re-places only these tasks (moved, edited, added, done or deleted), keeping every
    // other task where it is: one drag costs a few index lookups and a binary search instead of
    // placing every task again. For changes that move many tasks (settings, companies, postings, a
    // new day) use compute().
    void update(Store &store, const QList<Id> &taskIds, const QDate &today);

    const BoardPane &pane(Quadrant q) const;
    const PlacedTask *find(Id id) const; // valid until the board changes
    int totalCount() const;
    // Each company's first open task in board order (Do first, then Schedule, Limit, Drop): its title,
    // by company id. Over the rows held, so on a computeTop() board over the first rows only.
    QHash<Id, QString> nextTaskTitles() const;
    int count(Quadrant q) const { return m_counts.at(std::size_t(int(q) - 1)); } // whole pane
    double hours(Quadrant q) const { return m_hours.at(std::size_t(int(q) - 1)); } // whole pane
    static bool sortsBefore(const PlacedTask &a, const PlacedTask &b);

private:
    void finish(); // sums, sorts and indexes the panes

    std::array<BoardPane, 4> m_panes;
    std::array<int, 4> m_counts{};
    std::array<double, 4> m_hours{};
    QHash<Id, QPair<int, int>> m_index; // task id -> (pane, slot in that pane); slots do not move
};

} // namespace jobprep
