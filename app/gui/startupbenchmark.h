// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QAbstractItemView;

namespace jobprep::gui {

// `--startup-benchmark`: how long from the start of the process until the given list views are
// first painted with their rows. Prints the milliseconds on stdout (one number) and a line with
// details on stderr, then quits the event loop with status 0. The baseline (an empty window with
// four list views, tests/bench/startupbaseline.cpp) is measured by the same code.
class StartupBenchmark : public QObject
{
public:
    // Call first thing in main(): the fallback clock when /proc/self/stat cannot be read.
    static void markMainStarted();
    // Milliseconds since the kernel started this process (before the dynamic loader and Qt's
    // libraries; /proc/self/stat, 10 ms steps) or, without /proc, since markMainStarted().
    static double msSinceProcessStart();
    static double msSinceMain();

    explicit StartupBenchmark(const QList<QAbstractItemView *> &views, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QList<QAbstractItemView *> m_views;
    bool m_painted = false;
};

} // namespace jobprep::gui
