// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "radicaleserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace jobprep::test {

RadicaleServer::RadicaleServer(Options options) : m_options(options)
{
    QFile users(m_dir.filePath(QStringLiteral("users")));
    users.open(QIODevice::WriteOnly);
    users.write((user() + QLatin1Char(':') + password() + QLatin1Char('\n')).toUtf8());
    QFile pw(passwordFile());
    pw.open(QIODevice::WriteOnly);
    pw.write(password().toUtf8() + '\n');
    if (m_options.tls)
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                           QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
}

RadicaleServer::~RadicaleServer() { stop(); }

QString RadicaleServer::passwordFile() const { return m_dir.filePath(QStringLiteral("password")); }
QString RadicaleServer::storageFolder() const { return m_dir.filePath(QStringLiteral("storage")); }

QUrl RadicaleServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

bool RadicaleServer::start()
{
    QFile config(m_dir.filePath(QStringLiteral("config")));
    config.open(QIODevice::WriteOnly);
    QByteArray text = "[server]\nhosts = 127.0.0.1:" + QByteArray::number(m_port) + "\n";
    if (m_options.tls)
        text += "ssl = True\ncertificate = " + m_dir.filePath(QStringLiteral("cert.pem")).toUtf8() + "\nkey = " +
                m_dir.filePath(QStringLiteral("key.pem")).toUtf8() + "\n";
    text += "[auth]\ntype = htpasswd\nhtpasswd_filename = " + m_dir.filePath(QStringLiteral("users")).toUtf8() +
            "\nhtpasswd_encryption = plain\n[storage]\nfilesystem_folder = " + storageFolder().toUtf8() +
            "\n[logging]\nlevel = warning\n";
    config.write(text);
    config.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-m"), QStringLiteral("radicale"), QStringLiteral("--config"), config.fileName()});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("radicale did not start: ") + m_process->errorString();
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(100))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("radicale did not listen on port %1: %2").arg(m_port).arg(QString::fromUtf8(m_process->readAll()));
    return false;
}

void RadicaleServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QUrl RadicaleServer::makeCalendar(const QString &name)
{
    const QUrl url = this->url().resolved(QUrl(QStringLiteral("/%1/%2/").arg(user(), name)));
    request("MKCALENDAR", url);
    return url;
}

RadicaleServer::Answer RadicaleServer::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Basic " + (user() + QLatin1Char(':') + password()).toUtf8().toBase64());
    for (const auto &[k, v] : headers)
        r.setRawHeader(k, v);
    QNetworkReply *reply = network.sendCustomRequest(r, verb, body);
    if (m_options.tls)
        reply->ignoreSslErrors(); // the test's own raw client only; the app never does this
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("ETag"), reply->readAll()};
    delete reply;
    return a;
}

} // namespace jobprep::test
