// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "davxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace jobprep::dav {
namespace {

const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");

// "HTTP/1.1 404 Not Found" -> 404
int statusCode(const QString &line)
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts[1].toInt() : 0;
}

// The text of the <href> inside the current element, which is then read to its end.
QString innerHref(QXmlStreamReader &x)
{
    QString href;
    while (x.readNextStartElement()) {
        if (x.namespaceUri() == kDav && x.name() == QLatin1String("href"))
            href = x.readElementText().trimmed();
        else
            x.skipCurrentElement();
    }
    return href;
}

void readProp(QXmlStreamReader &x, Response &r)
{
    while (x.readNextStartElement()) {
        const QStringView ns = x.namespaceUri(), name = x.name();
        if (ns == kDav && name == QLatin1String("getetag")) {
            r.etag = x.readElementText().trimmed();
        } else if (ns == kDav && name == QLatin1String("displayname")) {
            r.displayName = x.readElementText().trimmed();
        } else if (ns == kDav && name == QLatin1String("resourcetype")) {
            while (x.readNextStartElement()) {
                if (x.namespaceUri() == kDav && x.name() == QLatin1String("collection"))
                    r.collection = true;
                else if (x.namespaceUri() == kCalDav && x.name() == QLatin1String("calendar"))
                    r.calendar = true;
                x.skipCurrentElement();
            }
        } else if (ns == kDav && name == QLatin1String("current-user-principal")) {
            r.principal = innerHref(x);
        } else if (ns == kCalDav && name == QLatin1String("calendar-home-set")) {
            r.calendarHome = innerHref(x);
        } else if (ns == kCalDav && name == QLatin1String("supported-calendar-component-set")) {
            while (x.readNextStartElement()) {
                if (x.namespaceUri() == kCalDav && x.name() == QLatin1String("comp"))
                    r.components << x.attributes().value(QStringLiteral("name")).toString().toUpper();
                x.skipCurrentElement();
            }
        } else if (ns == kCalDav && name == QLatin1String("calendar-data")) {
            r.calendarData = x.readElementText().toUtf8();
        } else {
            x.skipCurrentElement();
        }
    }
}

void readResponse(QXmlStreamReader &x, Response &r)
{
    bool statusSeen = false;
    while (x.readNextStartElement()) {
        if (x.namespaceUri() != kDav) {
            x.skipCurrentElement();
        } else if (x.name() == QLatin1String("href")) {
            r.href = x.readElementText().trimmed();
        } else if (x.name() == QLatin1String("status")) {
            r.status = statusCode(x.readElementText());
            statusSeen = true;
        } else if (x.name() == QLatin1String("propstat")) {
            Response props;
            int status = 200;
            while (x.readNextStartElement()) {
                if (x.namespaceUri() == kDav && x.name() == QLatin1String("prop"))
                    readProp(x, props);
                else if (x.namespaceUri() == kDav && x.name() == QLatin1String("status"))
                    status = statusCode(x.readElementText());
                else
                    x.skipCurrentElement();
            }
            if (!statusSeen) {
                r.status = status;
                statusSeen = true;
            }
            if (status >= 200 && status < 300) {
                auto take = [](auto &to, const auto &from) {
                    if (!from.isEmpty())
                        to = from;
                };
                take(r.etag, props.etag);
                take(r.displayName, props.displayName);
                take(r.principal, props.principal);
                take(r.calendarHome, props.calendarHome);
                take(r.components, props.components);
                take(r.calendarData, props.calendarData);
                r.collection = r.collection || props.collection;
                r.calendar = r.calendar || props.calendar;
            }
        } else {
            x.skipCurrentElement();
        }
    }
}

} // namespace

bool parseMultistatus(const QByteArray &body, QList<Response> *out, QString *error)
{
    QXmlStreamReader x(body);
    out->clear();
    if (!x.readNextStartElement() || x.namespaceUri() != kDav || x.name() != QLatin1String("multistatus")) {
        if (error)
            *error = x.hasError() ? QCoreApplication::translate("jobprep::DavXml", "line %1, column %2: %3")
                                        .arg(x.lineNumber())
                                        .arg(x.columnNumber())
                                        .arg(x.errorString())
                                  : QCoreApplication::translate("jobprep::DavXml", "the answer is not a WebDAV multistatus");
        return false;
    }
    while (x.readNextStartElement()) {
        if (x.namespaceUri() == kDav && x.name() == QLatin1String("response")) {
            Response r;
            readResponse(x, r);
            out->append(std::move(r));
        } else {
            x.skipCurrentElement();
        }
    }
    if (x.hasError()) {
        if (error)
            *error = QCoreApplication::translate("jobprep::DavXml", "line %1, column %2: %3")
                         .arg(x.lineNumber())
                         .arg(x.columnNumber())
                         .arg(x.errorString());
        return false;
    }
    return true;
}

namespace {

void begin(QXmlStreamWriter &w)
{
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(kCalDav, QStringLiteral("c"));
}

void writeProps(QXmlStreamWriter &w, const QStringList &props)
{
    w.writeStartElement(kDav, QStringLiteral("prop"));
    for (const QString &p : props) {
        const QString ns = p.startsWith(QLatin1String("c:")) ? kCalDav : kDav;
        w.writeEmptyElement(ns, p.mid(2));
    }
    w.writeEndElement();
}

QString utcText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")); }

} // namespace

QByteArray propfindBody(const QStringList &props)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    begin(w);
    w.writeStartElement(kDav, QStringLiteral("propfind"));
    writeProps(w, props);
    w.writeEndElement();
    w.writeEndDocument();
    return body;
}

QByteArray calendarQueryBody(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    begin(w);
    w.writeStartElement(kCalDav, QStringLiteral("calendar-query"));
    writeProps(w, {QStringLiteral("d:getetag")});
    w.writeStartElement(kCalDav, QStringLiteral("filter"));
    w.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    w.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    w.writeEmptyElement(kCalDav, QStringLiteral("time-range"));
    w.writeAttribute(QStringLiteral("start"), utcText(fromUtc));
    w.writeAttribute(QStringLiteral("end"), utcText(toUtc));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return body;
}

QByteArray multigetBody(const QStringList &hrefs)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    begin(w);
    w.writeStartElement(kCalDav, QStringLiteral("calendar-multiget"));
    writeProps(w, {QStringLiteral("d:getetag"), QStringLiteral("c:calendar-data")});
    for (const QString &h : hrefs)
        w.writeTextElement(kDav, QStringLiteral("href"), h);
    w.writeEndElement();
    w.writeEndDocument();
    return body;
}

} // namespace jobprep::dav
