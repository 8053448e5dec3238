// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// WebDAV multistatus read with QXmlStreamReader, and the messages for each HTTP failure.
#include "integrations/caldav/davclient.h"

#include <gtest/gtest.h>

using namespace jobprep;

TEST(DavXml, AMultistatusIsReadWhateverItsPrefixesAndOnlyFoundPropertiesCount)
{
    const QByteArray body = R"(<?xml version="1.0"?>
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:X="http://example.com/x">
  <D:response><D:href>/alice/cal/</D:href>
    <D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/></D:resourcetype><D:displayname>Work</D:displayname>
      <C:supported-calendar-component-set><C:comp name="VEVENT"/><C:comp name="vtodo"/></C:supported-calendar-component-set>
      <X:unknown>ignored</X:unknown></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
    <D:propstat><D:prop><D:getetag/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
  </D:response>
  <D:response><D:href>/alice/cal/a%20b.ics</D:href>
    <D:propstat><D:prop><D:getetag>"e-1"</D:getetag><C:calendar-data>BEGIN:VCALENDAR&#13;
END:VCALENDAR</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
  <D:response><D:href>/alice/cal/gone.ics</D:href><D:status>HTTP/1.1 404 Not Found</D:status></D:response>
</D:multistatus>)";
    QList<dav::Response> out;
    QString error;
    ASSERT_TRUE(dav::parseMultistatus(body, &out, &error)) << error.toStdString();
    ASSERT_EQ(out.size(), 3);
    EXPECT_TRUE(out[0].calendar);
    EXPECT_TRUE(out[0].collection);
    EXPECT_EQ(out[0].displayName, QStringLiteral("Work"));
    EXPECT_EQ(out[0].components, (QStringList{QStringLiteral("VEVENT"), QStringLiteral("VTODO")}));
    EXPECT_TRUE(out[0].etag.isEmpty());
    EXPECT_EQ(out[1].etag, QStringLiteral("\"e-1\""));
    EXPECT_EQ(out[1].calendarData, QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR"));
    EXPECT_EQ(out[2].status, 404);
}

TEST(DavXml, AnAnswerThatIsNotAMultistatusIsNamedWithItsLine)
{
    QList<dav::Response> out;
    QString error;
    EXPECT_FALSE(dav::parseMultistatus("<html><body>Login</body></html>", &out, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a WebDAV multistatus"))) << error.toStdString();
    EXPECT_FALSE(dav::parseMultistatus("<d:multistatus xmlns:d=\"DAV:\">\n<d:response>\n</d:multistatus>", &out, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("line 3"))) << error.toStdString();
}

TEST(DavClientErrors, EachFailureNamesTheUrlTheStatusAndWhatItMeans)
{
    const QUrl url(QStringLiteral("https://dav.example.com/alice/cal/"));
    const auto text = [&](int status, QNetworkReply::NetworkError e = QNetworkReply::NoError, const QString &n = {}) {
        return davErrorText(url, status, {}, e, n);
    };
    EXPECT_EQ(text(401), QStringLiteral("https://dav.example.com/alice/cal/: HTTP 401: the server refused the user name or password"));
    EXPECT_TRUE(text(403).contains(QStringLiteral("HTTP 403")));
    EXPECT_TRUE(text(404).contains(QStringLiteral("no such calendar")));
    EXPECT_TRUE(text(412).contains(QStringLiteral("ETag")));
    EXPECT_TRUE(text(507).contains(QStringLiteral("quota")));
    EXPECT_TRUE(text(502).contains(QStringLiteral("HTTP 502: the server failed")));
    EXPECT_TRUE(text(0, QNetworkReply::TimeoutError).endsWith(QStringLiteral("no answer in time (timed out)")));
    EXPECT_TRUE(text(0, QNetworkReply::SslHandshakeFailedError, QStringLiteral("The certificate is self-signed"))
                    .contains(QStringLiteral("The certificate is self-signed")));
    EXPECT_TRUE(text(0, QNetworkReply::HostNotFoundError).contains(QStringLiteral("host not found")));
}
