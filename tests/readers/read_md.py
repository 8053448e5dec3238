# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Independent reader for the plan's Markdown export: the day headings, the GitHub checklist items
under each (unescaped), and the items of the "At risk" and "Next week" sections. Prints JSON."""
import json
import re
import sys

HEADING = re.compile(r"^## (\w+) (\d{4}-\d{2}-\d{2}) · ")
ITEM = re.compile(r"^- \[ \] (\d{2}:\d{2})\u2013(\d{2}:\d{2}) (.*) \(([\d.]+)h\)((?: · .*)?)$")
ESCAPED = re.compile(r"\\(.)")


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    days, sections, current, section = [], {}, None, None
    for line in text.split("\n"):
        m = HEADING.match(line)
        if m:
            current = {"weekday": m.group(1), "date": m.group(2), "items": []}
            days.append(current)
            section = None
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            sections[section] = []
            current = None
            continue
        m = ITEM.match(line)
        if m and current is not None:
            current["items"].append({
                "start": m.group(1), "end": m.group(2),
                "title": ESCAPED.sub(r"\1", m.group(3)), "hours": float(m.group(4)),
                "where": [ESCAPED.sub(r"\1", w) for w in m.group(5).split(" · ")[1:]],
            })
        elif line.startswith("- ") and section is not None:
            sections[section].append(ESCAPED.sub(r"\1", line[2:]))
    print(json.dumps({"days": days, "sections": sections}, ensure_ascii=False))


if __name__ == "__main__":
    main()
