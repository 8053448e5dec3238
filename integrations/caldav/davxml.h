// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobprep::dav {

// One <response> of a WebDAV multistatus (RFC 4918 §13), with the properties CalDAV needs. Only
// properties reported with a 2xx propstat are filled.
struct Response
{
    QString href;         // as the server wrote it (percent-encoded path, or a URL)
    int status = 200;     // the response's own status, or its first propstat's
    QString etag;
    bool collection = false;
    bool calendar = false;           // resourcetype has CALDAV:calendar
    QStringList components;          // supported-calendar-component-set: VEVENT, VTODO…
    QString displayName;
    QString principal;               // current-user-principal/href
    QString calendarHome;            // calendar-home-set/href
    QByteArray calendarData;         // CALDAV:calendar-data
};

// Reads a 207 Multi-Status body with QXmlStreamReader. False with a message naming the line and
// column when it is not well-formed XML or not a multistatus.
bool parseMultistatus(const QByteArray &body, QList<Response> *out, QString *error);

// Request bodies.
QByteArray propfindBody(const QStringList &props); // "d:getetag", "c:calendar-home-set"…
// calendar-query (RFC 4791 §7.8) for VEVENTs overlapping fromUtc..toUtc, asking for their ETags.
QByteArray calendarQueryBody(const QDateTime &fromUtc, const QDateTime &toUtc);
// calendar-multiget (§7.9) of `hrefs`, asking for ETag and calendar data.
QByteArray multigetBody(const QStringList &hrefs);

} // namespace jobprep::dav
