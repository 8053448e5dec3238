// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "integrations/caldav/calendarsyncjob.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace jobprep {

class Service;
struct ChangeSet;
}

namespace jobprep::ui {

// Runs the window's calendar syncs: "Sync now", and, when the account asks for it, a sync a few
// seconds after the plan last changed (debounced, so a burst of drags is one sync). The password
// comes from the system keyring, or, without one, from what the user typed in Settings → Calendar
// for this session; it is never written to the database or QSettings.
class CalendarSyncController : public QObject
{
    Q_OBJECT
public:
    explicit CalendarSyncController(Service &service, QObject *parent = nullptr);
    ~CalendarSyncController() override;

    bool isRunning() const { return m_job; }
    void setSessionPassword(const QString &password) { m_password = password; }
    bool hasSessionPassword() const { return !m_password.isEmpty(); }
    // Test seams: the pause before an automatic sync, and how long a request may take.
    void setDebounceMs(int ms);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QTimer *debounceTimer() const { return m_debounce; }

public Q_SLOTS:
    void syncNow();
    void cancel();

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // A line for the status bar: the summary of a sync, or why it could not run.
    void message(const QString &text);
    void finished(const jobprep::CalendarSyncResult &result);

private:
    void planChanged(const ChangeSet &changes);
    void run(const QString &password);

    Service &m_service;
    QString m_password;
    QTimer *m_debounce;
    QPointer<CalendarSyncJob> m_job;
    int m_timeoutMs = 30000;
    bool m_waitingForKeyring = false;
};

} // namespace jobprep::ui
