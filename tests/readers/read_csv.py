# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Independent reader for the plan's CSV export (Python's csv module). Prints JSON."""
import csv
import io
import json
import sys


def main():
    data = open(sys.argv[1], "rb").read()
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    print(json.dumps({
        "bom": data.startswith(b"\xef\xbb\xbf"),
        "crlfLines": data.count(b"\r\n"),
        "bareLf": data.replace(b"\r\n", b"").count(b"\n"),
        "header": rows[0] if rows else [],
        "rows": rows[1:],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
