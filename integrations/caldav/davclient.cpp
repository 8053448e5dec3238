// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "davclient.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslError>

namespace jobprep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::DavClient)
};

} // namespace

QString davErrorText(const QUrl &url, int status, const QString &reason, QNetworkReply::NetworkError network,
                     const QString &networkText)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    if (status > 0) {
        QString why;
        if (status == 401)
            why = Text::tr("the server refused the user name or password");
        else if (status == 403)
            why = Text::tr("the server refuses this user access to it");
        else if (status == 404)
            why = Text::tr("no such calendar or event there (check the calendar's URL)");
        else if (status == 412)
            why = Text::tr("it changed on the server since it was read (its ETag differs)");
        else if (status == 507)
            why = Text::tr("the server has no room left for it (storage quota)");
        else if (status >= 500)
            why = Text::tr("the server failed; nothing more was written, try again later");
        else
            why = Text::tr("the server did not accept the request");
        return Text::tr("%1: HTTP %2%3: %4")
            .arg(where)
            .arg(status)
            .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, why);
    }
    switch (network) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("%1: connection refused (is the server running at that address and port?)").arg(where);
    case QNetworkReply::HostNotFoundError:
        return Text::tr("%1: host not found (check the server's address)").arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Text::tr("%1: no answer in time (timed out)").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("%1: the secure connection failed (%2); the server's certificate is not trusted, and JobPrep "
                  "does not skip that check")
            .arg(where, networkText);
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("%1: the server closed the connection before answering").arg(where);
    default:
        return Text::tr("%1: %2").arg(where, networkText);
    }
}

DavClient::DavClient(Account account, QObject *parent)
    : QObject(parent), m_account(std::move(account)), m_network(new QNetworkAccessManager(this))
{
    // Digest servers ask; a Basic one was answered already by the header each request carries, and
    // a second challenge for the same request means the password is wrong.
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this, [this](QNetworkReply *r, QAuthenticator *a) {
        if (m_authAnswered.contains(r))
            return;
        m_authAnswered.insert(r);
        a->setUser(m_account.user);
        a->setPassword(m_account.password);
    });
}

DavClient::~DavClient() { abortAll(); }

QUrl DavClient::urlFor(const QString &href) const { return m_account.url.resolved(QUrl(href)); }

QString DavClient::pathOf(const QUrl &url) { return url.path(QUrl::FullyDecoded); }

void DavClient::propfind(const QUrl &url, int depth, const QStringList &props, Done done)
{
    send("PROPFIND", url, dav::propfindBody(props), {{"Depth", QByteArray::number(depth)}}, {207}, std::move(done));
}

void DavClient::report(const QUrl &url, int depth, const QByteArray &body, Done done)
{
    send("REPORT", url, body, {{"Depth", QByteArray::number(depth)}}, {207}, std::move(done));
}

void DavClient::get(const QUrl &url, Done done) { send("GET", url, {}, {}, {}, std::move(done)); }

void DavClient::put(const QUrl &url, const QByteArray &ics, const QString &etag, Done done)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "text/calendar; charset=utf-8"}};
    if (etag.isEmpty())
        headers.append(qMakePair(QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")));
    else
        headers.append(qMakePair(QByteArrayLiteral("If-Match"), etag.toUtf8()));
    send("PUT", url, ics, headers, {412}, std::move(done));
}

void DavClient::remove(const QUrl &url, const QString &etag, Done done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append(qMakePair(QByteArrayLiteral("If-Match"), etag.toUtf8()));
    send("DELETE", url, {}, headers, {404, 412}, std::move(done));
}

void DavClient::abortAll()
{
    const QSet<QNetworkReply *> running = std::exchange(m_running, {});
    for (QNetworkReply *r : running) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    m_authAnswered.clear();
}

void DavClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers, QSet<int> expected, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_account.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Authorization",
                         "Basic " + (m_account.user + QLatin1Char(':') + m_account.password).toUtf8().toBase64());
    if (!body.isEmpty() && verb != "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml; charset=utf-8"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    m_running.insert(reply);
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            *sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, expected, sslErrors, done = std::move(done)] {
        m_running.remove(reply);
        m_authAnswered.remove(reply);
        reply->deleteLater();
        DavResult r;
        r.url = url;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.network = reply->error();
        r.body = reply->readAll();
        r.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        const bool success = r.status >= 200 && r.status < 300;
        if (!success && !expected.contains(r.status)) {
            QString networkText = reply->errorString();
            if (!sslErrors->isEmpty())
                networkText = sslErrors->join(QStringLiteral("; "));
            r.error = davErrorText(url, r.status,
                                   reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), r.network,
                                   networkText);
        } else if (r.status == 207) {
            QString why;
            if (!dav::parseMultistatus(r.body, &r.responses, &why))
                r.error = Text::tr("%1: the server's answer could not be read (%2)")
                              .arg(url.toDisplayString(QUrl::RemoveUserInfo), why);
        }
        done(r);
    });
}

} // namespace jobprep
