# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Independent reader for the plan's iCalendar export (Debian's python3-icalendar).

Prints JSON: the events as icalendar parsed them, the VTIMEZONE observances, and checks on the raw
bytes (CRLF only, no line over 75 octets, folding never splits a UTF-8 character)."""
import json
import sys

import icalendar


def raw_checks(data):
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    split_utf8 = False
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            split_utf8 = True
    return {
        "endsWithCrlf": data.endswith(b"\r\n"),
        "bareLf": data.replace(b"\r\n", b"").count(b"\n"),
        "bareCr": data.replace(b"\r\n", b"").count(b"\r"),
        "maxOctets": max(len(line) for line in lines),
        "foldedLines": sum(1 for line in lines if line.startswith(b" ")),
        "physicalLineSplitsUtf8": split_utf8,
    }


def offset_text(td):
    seconds = int(td.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    return "%s%02d%02d" % (sign, seconds // 3600, (seconds // 60) % 60)


def main():
    data = open(sys.argv[1], "rb").read()
    cal = icalendar.Calendar.from_ical(data)
    observances = []
    tzids = []
    for tz in cal.walk("VTIMEZONE"):
        tzids.append(str(tz["TZID"]))
        for sub in tz.subcomponents:
            observances.append({
                "kind": sub.name,
                "start": sub.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M:%S"),
                "from": offset_text(sub.decoded("TZOFFSETFROM")),
                "to": offset_text(sub.decoded("TZOFFSETTO")),
            })
    events = []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        # The offset the file's own VTIMEZONE gives this local time: the last observance begun before it.
        local = start.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S")
        own = [o for o in observances if o["start"] <= local]
        own.sort(key=lambda o: o["start"])
        events.append({
            "uid": str(ev["UID"]),
            "summary": str(ev["SUMMARY"]),
            "description": str(ev.get("DESCRIPTION", "")),
            "start": local,
            "end": end.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S"),
            "tzid": str(ev["DTSTART"].params.get("TZID", "")),
            "offsetByVtimezone": own[-1]["to"] if own else None,
            "dtstamp": ev.decoded("DTSTAMP").strftime("%Y%m%dT%H%M%SZ"),
        })
    print(json.dumps({
        "version": str(cal.get("VERSION", "")),
        "prodid": str(cal.get("PRODID", "")),
        "tzids": tzids,
        "observances": observances,
        "events": events,
        "raw": raw_checks(data),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
