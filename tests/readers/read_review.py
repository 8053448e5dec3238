# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Independent reader for the weekly review's Markdown and HTML: the Markdown is rendered by
Python-Markdown (with its tables extension, as a blog or Notion import would read a pipe table), then
both are parsed with html.parser into the title, and per section (h2) its table rows, list items and
paragraphs, unescaped. Prints JSON."""
import json
import sys
from html.parser import HTMLParser


class Review(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.sections, self.current = None, {}, None
        self.tag, self.text, self.row = None, "", None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "li", "p", "td", "th"):
            self.tag, self.text = tag, ""
        elif tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if tag == "tr" and self.row is not None and self.current is not None:
            self.current["rows"].append(self.row)
            self.row = None
        if tag != self.tag:
            return
        text = " ".join(self.text.split())
        if tag == "h1":
            self.title = text
        elif tag == "h2":
            self.current = {"rows": [], "items": [], "paragraphs": []}
            self.sections[text] = self.current
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(text)
        elif tag == "li" and self.current is not None:
            self.current["items"].append(text)
        elif tag == "p" and self.current is not None:
            self.current["paragraphs"].append(text)
        self.tag = None

    def handle_data(self, data):
        if self.tag:
            self.text += data


def main():
    path = sys.argv[1]
    text = open(path, encoding="utf-8").read()
    if path.endswith(".md"):
        import markdown
        text = markdown.markdown(text, extensions=["tables"])
    reader = Review()
    reader.feed(text)
    print(json.dumps({"title": reader.title, "sections": reader.sections}, ensure_ascii=False))


main()
