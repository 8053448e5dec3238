// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace jobprep::test {

// A real CalDAV server for the tests: Debian's Radicale on 127.0.0.1 at a free port, its storage in
// a temporary folder, htpasswd authentication (plain), optionally HTTPS with a self-signed
// certificate. Stopped when destroyed, also when a test fails.
class RadicaleServer
{
public:
    struct Options
    {
        bool tls = false;
    };
    RadicaleServer() : RadicaleServer(Options{false}) {}
    explicit RadicaleServer(Options options);
    ~RadicaleServer();

    bool start();  // false with error() when it did not come up within 10 s
    void stop();   // SIGKILL: as if the server died
    bool restart() { stop(); return start(); }
    QString error() const { return m_error; }

    QUrl url() const; // the server's root
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("alice"); }
    static QString password() { return QStringLiteral("s3cret-파스"); }
    QString passwordFile() const;
    QString storageFolder() const;

    // A new calendar (MKCALENDAR) at /alice/NAME/; its URL.
    QUrl makeCalendar(const QString &name);
    // Raw WebDAV, for what a user or another client does to the calendar: the status, and the
    // ETag and body of the answer.
    struct Answer
    {
        int status = 0;
        QByteArray etag;
        QByteArray body;
    };
    Answer request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace jobprep::test
