// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "habitsyncer.h"
#include "core/service/service.h"
#include "integrations/git/gitscanner.h"
#include "integrations/git/habitsync.h"

#include <QThread>
#include <memory>

namespace jobprep::ui {

HabitSyncer::HabitSyncer(Service &service, QObject *parent) : QObject(parent), m_service(service) {}

HabitSyncer::~HabitSyncer()
{
    if (m_worker)
        m_worker->wait();
}

void HabitSyncer::syncIfDue()
{
    if (!m_last.isValid() || m_last.elapsed() >= kMinIntervalMs)
        syncNow();
}

void HabitSyncer::syncNow()
{
    if (m_worker)
        return;
    m_last.start();
    QList<HabitLink> links;
    try {
        links = m_service.store().habitLinks();
    } catch (const DbError &) {
        return; // the file is busy: next time
    }
    if (links.isEmpty()) {
        Q_EMIT finished(0, 0, {});
        return;
    }
    Q_EMIT started();
    auto scans = std::make_shared<QList<LinkScan>>();
    m_worker = QThread::create([scans, links, zone = m_zone] { *scans = git::scanLinks(links, zone); });
    connect(m_worker, &QThread::finished, this, [this, scans] {
        m_worker->deleteLater();
        m_worker = nullptr;
        git::SyncSummary s;
        try {
            s = git::applyScans(m_service, *scans);
        } catch (const DbError &e) {
            s.problems << e.message(); // nothing of this scan was written; the next one reads it again
        }
        m_problems = s.problems;
        Q_EMIT finished(s.links, s.commits, s.problems);
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace jobprep::ui
