// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "davclient.h"

namespace jobprep {

struct CalendarInfo
{
    QUrl url;
    QString name;   // displayname, or the last part of the path
    bool events = true; // takes VEVENTs
};

// The calendars an account reaches (RFC 4791 §6.2.1, RFC 5397): the account's URL when it is a
// calendar itself, else the calendars in the calendar home set of the current user's principal,
// each found by PROPFIND. `done` gets them sorted by URL, or the error that stopped the search.
void discoverCalendars(DavClient &client, std::function<void(const QList<CalendarInfo> &, const QString &error)> done);

} // namespace jobprep
