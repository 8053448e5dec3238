// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Reading a habit's evidence from a repository of N commits (default 10 000, built with
// `git fast-import`): the first scan (libgit2, every commit of every branch) and a re-scan with no
// new commit, against `git log --branches --since … --author … --format=%ad` on the same repository,
// in alternating runs of one process. Prints medians and ratios (scripts/bench runs it).
//   jobprep_git_bench [COMMITS] [RUNS]
#include "core/habits/habitrecord.h"
#include "integrations/git/gitscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace jobprep;

namespace {

const char kMe[] = "me@example.com";

// A history of `commits` commits, about four a day over the last years, three in four of them mine,
// one in three in 백준/, with a side branch of nine commits merged into main every hundred.
QByteArray fastImportStream(int commits, qint64 end)
{
    QByteArray s;
    s.reserve(commits * 220);
    const qint64 step = 6 * 3600;
    qint64 when = end - qint64(commits) * step;
    int mark = 0;
    for (int i = 0; i < commits; ++i, when += step) {
        const bool mine = i % 4 != 3;
        const bool side = i % 100 >= 90 && i % 100 < 99;
        const bool merge = i % 100 == 99;
        const QByteArray branch = side ? "refs/heads/side" : "refs/heads/main";
        const QByteArray author = QByteArray(mine ? "Me <" : "Other <") + (mine ? kMe : "other@example.org") + "> " +
                                  QByteArray::number(when) + " +0900";
        const QByteArray message = "solve " + QByteArray::number(i);
        s += "commit " + branch + "\nmark :" + QByteArray::number(++mark) + "\nauthor " + author + "\ncommitter " +
             author + "\ndata " + QByteArray::number(message.size()) + "\n" + message + "\n";
        if (side && i % 100 == 90)
            s += "from :" + QByteArray::number(mark - 1) + "\n"; // a side branch from main's tip
        if (merge)
            s += "merge :" + QByteArray::number(mark - 1) + "\n";
        const QByteArray path = (i % 3 == 0 ? "백준/" : "notes/") + QByteArray::number(i % 50) + ".md";
        s += "M 644 inline " + path + "\ndata " + QByteArray::number(message.size()) + "\n" + message + "\n\n";
    }
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int commits = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer built;
    built.start();
    auto git = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setWorkingDirectory(repo);
        p.start(QStringLiteral("git"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                         p.readAllStandardError().constData());
            std::exit(1);
        }
        return p.readAllStandardOutput();
    };
    QDir().mkpath(repo);
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    git({QStringLiteral("fast-import"), QStringLiteral("--quiet")}, fastImportStream(commits, end));
    std::printf("repository: %d commits (git fast-import, %lld ms)\n", commits, (long long)built.elapsed());

    // git log over the same history: --since before the first commit, so both read all of it.
    const QString since = QDateTime::fromSecsSinceEpoch(end - qint64(commits) * 6 * 3600 - 86400).toString(Qt::ISODate);
    const QStringList logArgs{QStringLiteral("log"), QStringLiteral("--branches"), QStringLiteral("--since=") + since,
                              QStringLiteral("--author=") + QLatin1String(kMe), QStringLiteral("--format=%ad")};
    HabitLink link{1, 1, repo, {}, {QString::fromLatin1(kMe)}, {}, {}};
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QList<double> first, rescan, log, subfolder, logSubfolder;
    int found = 0, lines = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const LinkScan scan = git::scanLink(link, zone);
        first << t.nsecsElapsed() / 1e6;
        found = int(scan.commits.size());
        HabitLink seen = link;
        seen.tips = scan.tips;
        t.start();
        const LinkScan again = git::scanLink(seen, zone);
        rescan << t.nsecsElapsed() / 1e6;
        if (!again.commits.isEmpty())
            std::fprintf(stderr, "a re-scan found %lld commits\n", (long long)again.commits.size());
        t.start();
        lines = int(git(logArgs).count('\n'));
        log << t.nsecsElapsed() / 1e6;
        HabitLink folder = link;
        folder.path = QStringLiteral("백준");
        t.start();
        git::scanLink(folder, zone);
        subfolder << t.nsecsElapsed() / 1e6;
        t.start();
        git(logArgs + QStringList{QStringLiteral("--"), QStringLiteral("백준")});
        logSubfolder << t.nsecsElapsed() / 1e6;
    }
    std::printf("medians of %d alternating runs (ms):\n", runs);
    std::printf("  first scan (libgit2)            %8.1f   %d commits of mine found\n", median(first), found);
    std::printf("  git log --since --author        %8.1f   %d lines   ratio git log / first scan: %.2fx (goal >= 1)\n",
                median(log), lines, median(log) / median(first));
    std::printf("  re-scan, no new commit          %8.2f   (goal < 20 ms)\n", median(rescan));
    std::printf("  first scan, subfolder 백준/      %8.1f\n", median(subfolder));
    std::printf("  git log ... -- 백준              %8.1f   ratio: %.2fx\n", median(logSubfolder),
                median(logSubfolder) / median(subfolder));
    return found == lines ? 0 : 2;
}
