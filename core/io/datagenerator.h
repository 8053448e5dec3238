// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <random>

namespace jobprep {

// Realistic synthetic data for benchmarks and side-by-side runs with Taskwarrior: about one company
// per 500 tasks, one posting per 100 tasks (with duty, requirement and preferred lines), tasks of
// every kind with due dates spread around `today`, links to posting lines, habits and done tasks.
// The same size, seed and day always give the same data, in both output formats.
class DataGenerator
{
public:
    // A task as the generator made it: the company by name and the links as file-local line ids.
    struct GeneratedTask
    {
        Task task;
        QString company;
    };
    struct GeneratedPosting
    {
        Posting posting; // line ids are file-local, unique across the whole data set
        QString company;
    };

    DataGenerator(int taskCount, quint64 seed, const QDate &today);

    const QList<Company> &companies() const { return m_companies; }
    const QList<GeneratedPosting> &postings() const { return m_postings; }
    const QList<GeneratedTask> &tasks() const { return m_tasks; }

    // Our import format (README "Import / export file").
    QJsonObject jobprepJson() const;
    // Taskwarrior's `task import` format: an array of tasks with description, status, entry, due,
    // end, project, tags and priority; dates in Taskwarrior's UTC form (20261128T120000Z).
    QJsonArray taskwarriorJson() const;

private:
    void makeCompanies(int count);
    void makePostings(int count);
    void makeTasks(int count);
    int uniform(int from, int to); // both included
    bool chance(double p);
    template <typename T> const T &pick(const QList<T> &items) { return items.at(uniform(0, int(items.size()) - 1)); }

    std::mt19937_64 m_rng;
    QDate m_today;
    QList<Company> m_companies;
    QList<GeneratedPosting> m_postings;
    QList<GeneratedTask> m_tasks;
};

} // namespace jobprep
