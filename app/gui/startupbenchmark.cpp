// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "startupbenchmark.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace jobprep::gui {
namespace {

QElapsedTimer &mainTimer()
{
    static QElapsedTimer timer;
    return timer;
}

// The process start in milliseconds of CLOCK_BOOTTIME (field 22 of /proc/self/stat, in clock ticks
// since boot); negative when unknown.
double processStartMs()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' '); // from field 3 (state) on
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qulonglong ticks = fields[19].toULongLong(&ok); // field 22: starttime
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (!ok || perSecond <= 0)
        return -1;
    return double(ticks) * 1000.0 / double(perSecond);
#else
    return -1;
#endif
}

} // namespace

void StartupBenchmark::markMainStarted() { mainTimer().start(); }

double StartupBenchmark::msSinceMain()
{
    return mainTimer().isValid() ? double(mainTimer().nsecsElapsed()) / 1e6 : 0.0;
}

double StartupBenchmark::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    const double start = processStartMs();
    timespec now{};
    if (start >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const double ms = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - start;
        // Never less than what the finer clock saw since main() (the start is rounded down to a tick).
        return std::max(ms, msSinceMain());
    }
#endif
    return msSinceMain();
}

StartupBenchmark::StartupBenchmark(const QList<QAbstractItemView *> &views, QObject *parent)
    : QObject(parent), m_views(views)
{
    for (QAbstractItemView *view : views)
        view->viewport()->installEventFilter(this);
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_painted)
        return false;
    // The first paint that shows rows; or any paint when every view is empty.
    bool anyRows = false, thisHasRows = false;
    for (QAbstractItemView *view : std::as_const(m_views)) {
        const bool rows = view->model() && view->model()->rowCount(view->rootIndex()) > 0;
        anyRows = anyRows || rows;
        if (view->viewport() == watched)
            thisHasRows = rows;
    }
    if (anyRows && !thisHasRows)
        return false;
    m_painted = true;
    // This paint and the rest of the window's paint pass (the other panes, the flush to the screen)
    // happen before the event loop turns again.
    QTimer::singleShot(0, this, &StartupBenchmark::report);
    return false;
}

void StartupBenchmark::report()
{
    const double sinceStart = msSinceProcessStart();
    const double sinceMain = msSinceMain();
    std::printf("%.1f\n", sinceStart);
    std::fflush(stdout);
    std::fprintf(stderr, "startup benchmark: first paint %.1f ms after the process started (%.1f ms after main)\n",
                 sinceStart, sinceMain);
    QCoreApplication::exit(0);
}

} // namespace jobprep::gui
