// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarsynccontroller.h"
#include "core/service/calendarservice.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "integrations/caldav/calendarsyncjob.h"
#include "integrations/secrets/passwordstore.h"

#include <QTimer>

namespace jobprep::ui {

CalendarSyncController::CalendarSyncController(Service &service, QObject *parent)
    : QObject(parent), m_service(service), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(5000);
    connect(m_debounce, &QTimer::timeout, this, &CalendarSyncController::syncNow);
    connect(&m_service, &Service::changed, this, &CalendarSyncController::planChanged);
}

CalendarSyncController::~CalendarSyncController() { cancel(); }

void CalendarSyncController::setDebounceMs(int ms) { m_debounce->setInterval(ms); }

void CalendarSyncController::planChanged(const ChangeSet &changes)
{
    // What a sync writes itself (busy time, the account's last sync) starts no other.
    if (m_job || !(changes.beyondTasks() || !changes.tasks.isEmpty()))
        return;
    const CalendarAccount account = m_service.calendar().account();
    if (account.isSet() && account.autoSync)
        m_debounce->start();
}

void CalendarSyncController::syncNow()
{
    m_debounce->stop();
    if (m_job || m_waitingForKeyring)
        return;
    const CalendarAccount account = m_service.calendar().account();
    if (!account.isSet()) {
        Q_EMIT message(tr("Set up the calendar first: File → Settings → Calendar."));
        return;
    }
    if (!m_password.isEmpty())
        return run(m_password);
    m_waitingForKeyring = true;
    secrets::readPassword(secrets::keyFor(account.url, account.user), this,
                          [this](const QString &password, const QString &error) {
                              m_waitingForKeyring = false;
                              if (password.isEmpty()) {
                                  Q_EMIT message(tr("Calendar not synced: %1").arg(error));
                                  return;
                              }
                              m_password = password;
                              run(password);
                          });
}

void CalendarSyncController::run(const QString &password)
{
    const CalendarAccount account = m_service.calendar().account();
    DavClient::Account dav{QUrl(account.url), account.user, password, m_timeoutMs};
    CalendarSyncOptions options;
    options.weeks = account.weeks;
    options.today = m_service.clock().today();
    options.now = m_service.clock().now().toUTC();
    m_job = new CalendarSyncJob(m_service, dav, QUrl(account.collection), options, this);
    connect(m_job, &CalendarSyncJob::progress, this, &CalendarSyncController::progress);
    connect(m_job, &CalendarSyncJob::finished, this, [this, account](const CalendarSyncResult &r) {
        m_job->deleteLater();
        m_job = nullptr;
        CalendarAccount a = m_service.calendar().account();
        if (a.url == account.url && a.user == account.user) {
            if (r.ok() && a.collection.isEmpty())
                a.collection = r.calendar.toString();
            a.lastSync = r.ok() ? r.summary() : r.error;
            a.lastSyncAt = m_service.clock().now().toUTC();
            m_service.calendar().saveAccount(a);
        }
        if (r.ok())
            Q_EMIT message(tr("Calendar synced: %1").arg(r.summary()));
        else if (r.cancelled)
            Q_EMIT message(tr("Calendar sync cancelled: %1").arg(r.error));
        else
            Q_EMIT message(tr("Calendar not synced: %1").arg(r.error));
        if (r.refusedOrUnreachable && r.error.contains(QStringLiteral("401")))
            m_password.clear(); // ask the keyring (or the user) again next time
        Q_EMIT finished(r);
    });
    Q_EMIT started();
    m_job->start();
}

void CalendarSyncController::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace jobprep::ui
