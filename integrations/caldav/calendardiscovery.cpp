// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendardiscovery.h"

#include <QCoreApplication>
#include <algorithm>

namespace jobprep {
namespace {

using Done = std::function<void(const QList<CalendarInfo> &, const QString &)>;

const QStringList kProps{QStringLiteral("d:resourcetype"), QStringLiteral("d:displayname"),
                         QStringLiteral("d:current-user-principal"), QStringLiteral("c:calendar-home-set"),
                         QStringLiteral("c:supported-calendar-component-set")};

CalendarInfo infoOf(const DavClient &client, const dav::Response &r)
{
    CalendarInfo c;
    c.url = client.urlFor(r.href);
    c.name = r.displayName;
    if (c.name.isEmpty()) {
        QString path = DavClient::pathOf(c.url);
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        c.name = path.section(QLatin1Char('/'), -1);
    }
    c.events = r.components.isEmpty() || r.components.contains(QStringLiteral("VEVENT"));
    return c;
}

void listHome(DavClient &client, const QUrl &home, const Done &done)
{
    client.propfind(home, 1, kProps, [&client, home, done](const DavResult &r) {
        if (!r.ok())
            return done({}, r.error);
        QList<CalendarInfo> found;
        for (const dav::Response &x : r.responses)
            if (x.calendar && x.status < 300)
                found.append(infoOf(client, x));
        std::sort(found.begin(), found.end(), [](const CalendarInfo &a, const CalendarInfo &b) { return a.url < b.url; });
        if (found.isEmpty())
            return done({}, QCoreApplication::translate("jobprep::CalendarDiscovery", "%1: no calendar there")
                                .arg(home.toDisplayString(QUrl::RemoveUserInfo)));
        done(found, {});
    });
}

} // namespace

void discoverCalendars(DavClient &client, Done done)
{
    const QUrl start = client.baseUrl();
    client.propfind(start, 0, kProps, [&client, start, done](const DavResult &r) {
        if (!r.ok())
            return done({}, r.error);
        const dav::Response self = r.responses.value(0);
        if (self.calendar)
            return done({infoOf(client, self)}, {});
        if (!self.calendarHome.isEmpty())
            return listHome(client, client.urlFor(self.calendarHome), done);
        if (self.principal.isEmpty())
            return listHome(client, start, done); // a collection of calendars, perhaps
        client.propfind(client.urlFor(self.principal), 0, {QStringLiteral("c:calendar-home-set")},
                        [&client, start, done](const DavResult &p) {
                            if (!p.ok())
                                return done({}, p.error);
                            const QString home = p.responses.value(0).calendarHome;
                            listHome(client, home.isEmpty() ? start : client.urlFor(home), done);
                        });
    });
}

} // namespace jobprep
