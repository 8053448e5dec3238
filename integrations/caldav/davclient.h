// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "davxml.h"

#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace jobprep {

// What a WebDAV request came back with. `error` is empty when the server answered with a status
// the caller handles itself (2xx, and those in `expected`); otherwise it names the URL and the
// HTTP status or the network error in words a user can act on.
struct DavResult
{
    QUrl url;
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QByteArray body;
    QString etag;
    QList<dav::Response> responses; // of a 207
    QString error;

    bool ok() const { return error.isEmpty(); }
    // The server refused us (401, 403) or could not be reached at all (no HTTP answer).
    bool refusedOrUnreachable() const { return status == 401 || status == 403 || status == 0; }
};

// A thin WebDAV/CalDAV client over QNetworkAccessManager: PROPFIND, REPORT, GET, PUT, DELETE with
// Basic authentication (Digest when the server asks), a transfer timeout, and the system's normal
// certificate checks, never weakened. Callbacks run on the caller's thread.
class DavClient : public QObject
{
    Q_OBJECT
public:
    struct Account
    {
        QUrl url;
        QString user;
        QString password;
        int timeoutMs = 30000;
    };
    using Done = std::function<void(const DavResult &)>;

    explicit DavClient(Account account, QObject *parent = nullptr);
    ~DavClient() override;

    const QUrl &baseUrl() const { return m_account.url; }
    // An href of the server (a path, maybe percent-encoded, or a whole URL) as a URL, and as the
    // decoded path the sync state keeps.
    QUrl urlFor(const QString &href) const;
    static QString pathOf(const QUrl &url);

    void propfind(const QUrl &url, int depth, const QStringList &props, Done done);
    void report(const QUrl &url, int depth, const QByteArray &body, Done done);
    void get(const QUrl &url, Done done);
    // PUT of a calendar object: If-Match `etag`, or If-None-Match: * when it is empty (never
    // overwrite what is there). 412 is returned to the caller, not as an error.
    void put(const QUrl &url, const QByteArray &ics, const QString &etag, Done done);
    void remove(const QUrl &url, const QString &etag, Done done); // 404 and 412 go to the caller
    void abortAll(); // every request still running ends as cancelled, its callback not called
    int running() const { return int(m_running.size()); }

private:
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
              QSet<int> expected, Done done);

    Account m_account;
    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_running;
    QSet<QNetworkReply *> m_authAnswered;
};

// The message for an HTTP status or a network error on `url` (also used by the tests).
QString davErrorText(const QUrl &url, int status, const QString &reason, QNetworkReply::NetworkError network,
                     const QString &networkText);

} // namespace jobprep
