// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace jobprep::test {

// A real git repository for tests, built with the git binary: commits at chosen author times (with
// their offsets), by chosen authors, on chosen branches. The product reads it with libgit2 only.
// git runs with a HOME of its own, so the user's configuration plays no part.
class GitRepo
{
public:
    explicit GitRepo(const QString &folder = {}) : m_path(folder.isEmpty() ? m_dir.filePath(QStringLiteral("repo")) : folder)
    {
        QDir().mkpath(m_path);
        QDir().mkpath(home());
        run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    }

    QString path() const { return m_path; }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    // A commit changing `file` (under the repository), by `email`, at `when` ("2026-12-01T23:59:00+09:00").
    QString commit(const QString &when, const QString &email, const QString &file = QStringLiteral("notes.md"),
                   const QString &message = QStringLiteral("work"))
    {
        const QString full = QDir(m_path).filePath(file);
        QDir().mkpath(QFileInfo(full).path());
        QFile f(full);
        EXPECT_TRUE(f.open(QIODevice::Append));
        f.write((when + QLatin1Char('\n')).toUtf8());
        f.close();
        run({QStringLiteral("add"), QStringLiteral("-A")});
        run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, when, email);
        return head();
    }
    void branch(const QString &name) { run({QStringLiteral("branch"), name}); }
    void checkout(const QString &name) { run({QStringLiteral("checkout"), QStringLiteral("-q"), name}); }
    // A merge commit (never a fast-forward) of `other` into the branch checked out.
    QString merge(const QString &other, const QString &when, const QString &email)
    {
        run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
             QStringLiteral("merge ") + other, other},
            when, email);
        return head();
    }
    QString head() { return run({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(); }

    // git itself, with the test's HOME, a fixed committer and, when given, the author time and
    // email; `zone` sets TZ (for --date=format-local). Fails the test when git does.
    QString run(const QStringList &args, const QString &when = {}, const QString &email = {},
                const QString &zone = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home());
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Author"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), email.isEmpty() ? QStringLiteral("me@example.com") : email);
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Author"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("me@example.com"));
        if (!when.isEmpty()) {
            env.insert(QStringLiteral("GIT_AUTHOR_DATE"), when);
            env.insert(QStringLiteral("GIT_COMMITTER_DATE"), when);
        }
        if (!zone.isEmpty())
            env.insert(QStringLiteral("TZ"), zone);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_path);
        p.start(QStringLiteral("git"), args);
        EXPECT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitCode(), 0) << args.join(QLatin1Char(' ')).toStdString() << ": "
                                   << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The distinct local days (in `zone`) of the commits on every local branch by `email`, touching
    // `path` when given: what `git log` says, to compare the product with.
    QStringList logDays(const QString &email, const QString &zone, const QString &path = {}) const
    {
        QStringList args{QStringLiteral("log"), QStringLiteral("--branches"), QStringLiteral("--author=") + email,
                         QStringLiteral("--format=%ad"), QStringLiteral("--date=format-local:%Y-%m-%d")};
        if (!path.isEmpty())
            args << QStringLiteral("--") << path;
        QStringList days = run(args, {}, {}, zone).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        days.removeDuplicates();
        days.sort();
        return days;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace jobprep::test
