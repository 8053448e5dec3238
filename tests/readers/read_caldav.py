# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Independent CalDAV client for the calendar sync's tests (Debian's python3-caldav and
python3-icalendar): reads every event of one calendar and prints them as JSON.

    read_caldav.py CALENDAR_URL USER PASSWORD_FILE"""
import json
import sys

import caldav
import icalendar


def wall(value):
    # The wall-clock time as the event states it (its TZID's local time), or a date.
    if hasattr(value, "hour"):
        return value.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M")
    return value.strftime("%Y-%m-%d")


def main():
    url, user, password_file = sys.argv[1:4]
    password = open(password_file, encoding="utf-8").readline().rstrip("\r\n")
    client = caldav.DAVClient(url=url, username=user, password=password)
    calendar = caldav.Calendar(client=client, url=url)
    events = []
    for obj in calendar.events():
        cal = icalendar.Calendar.from_ical(obj.data)
        for ev in cal.walk("VEVENT"):
            cats = ev.get("CATEGORIES")
            if cats is not None and not isinstance(cats, list):
                cats = [cats]
            events.append({
                "href": str(obj.url.path),
                "uid": str(ev["UID"]),
                "summary": str(ev.get("SUMMARY", "")),
                "description": str(ev.get("DESCRIPTION", "")),
                "categories": [str(c) for cat in (cats or []) for c in cat.cats],
                "start": wall(ev.decoded("DTSTART")),
                "end": wall(ev.decoded("DTEND")) if "DTEND" in ev else None,
                "tzid": str(ev["DTSTART"].params.get("TZID", "")),
                "database": str(ev.get("X-JOBPREP-DB", "")),
            })
    events.sort(key=lambda e: (e["start"], e["uid"]))
    print(json.dumps({"events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main()
