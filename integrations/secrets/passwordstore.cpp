// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace jobprep::secrets {
namespace {

const QString kService = QStringLiteral("JobPrep Planner CalDAV");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::PasswordStore)
};

QString errorText(QKeychain::Job *job)
{
    const QString instead =
        Text::tr("give the password with jobprep-cli's --password-file FILE, or type it in Settings → Calendar, where "
                 "it is kept until JobPrep closes");
    switch (job->error()) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return Text::tr("no password for this account in the keyring yet; %1").arg(instead);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return Text::tr("the keyring refused access (%1); %2").arg(job->errorString(), instead);
    default:
        // No Secret Service or KWallet (a server, a bare desktop, a test run): say what to do instead.
        return Text::tr("no system keyring could be used (%1); %2").arg(job->errorString(), instead);
    }
}

} // namespace

QString keyFor(const QString &url, const QString &user) { return user + QLatin1Char('@') + url; }

namespace {

// Never QtKeychain's insecure fallback (a plain file): no keyring is an error the caller names.
template <class Job> Job *keyringJob(const QString &key)
{
    auto *job = new Job(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void readPassword(const QString &key, QObject *context, ReadDone done)
{
    auto *job = keyringJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const QString error = errorText(j);
        done(error.isEmpty() ? read->textData() : QString(), error);
    });
    job->start();
}

void writePassword(const QString &key, const QString &password, QObject *context, WriteDone done)
{
    auto *job = keyringJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *j) { done(errorText(j)); });
    job->start();
}

void deletePassword(const QString &key, QObject *context, WriteDone done)
{
    auto *job = keyringJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::EntryNotFound ? QString() : errorText(j));
    });
    job->start();
}

QString readPasswordNow(const QString &key, QString *error)
{
    QEventLoop loop;
    QString password, why;
    readPassword(key, &loop, [&](const QString &p, const QString &e) {
        password = p;
        why = e;
        loop.quit();
    });
    loop.exec();
    if (error)
        *error = why;
    return password;
}

QString writePasswordNow(const QString &key, const QString &password)
{
    QEventLoop loop;
    QString why;
    writePassword(key, password, &loop, [&](const QString &e) {
        why = e;
        loop.quit();
    });
    loop.exec();
    return why;
}

QString readPasswordFile(const QString &path, QString *error)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        if (error)
            *error = Text::tr("%1: cannot read the password file (%2)").arg(path, f.errorString());
        return {};
    }
    QString line = QString::fromUtf8(f.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty() && error)
        *error = Text::tr("%1: the password file is empty (the password is its first line)").arg(path);
    return line;
}

} // namespace jobprep::secrets
