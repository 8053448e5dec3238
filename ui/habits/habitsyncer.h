// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>

class QThread;

namespace jobprep {
class Service;
}

namespace jobprep::ui {

// Reads the linked repositories' new commits for the window: the scan (libgit2, which may take a
// while on a large repository) on a worker thread, the write through the service back on this one.
// One sync at a time; syncIfDue() at most once a minute (the window calls it when it regains focus).
class HabitSyncer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinIntervalMs = 60 * 1000;

    explicit HabitSyncer(Service &service, QObject *parent = nullptr);
    ~HabitSyncer() override; // waits for a running scan

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    bool isRunning() const { return m_worker != nullptr; }
    const QStringList &problems() const { return m_problems; }

public Q_SLOTS:
    void syncNow();
    void syncIfDue();

Q_SIGNALS:
    void started();
    // links: how many were read; commits: how many new ones counted; problems: "habit: note".
    void finished(int links, int commits, const QStringList &problems);

private:
    Service &m_service;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QThread *m_worker = nullptr;
    QElapsedTimer m_last;
    QStringList m_problems;
};

} // namespace jobprep::ui
