#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Fails when a .ts file is stale or incomplete: re-extracts the sources into a copy with lupdate,
then lists every message without a finished translation or whose placeholders differ."""
import re, shutil, subprocess, sys, tempfile, os
import xml.etree.ElementTree as ET

lupdate, src, ts = sys.argv[1:4]
with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, os.path.basename(ts))
    shutil.copy(ts, copy)
    subprocess.run([lupdate, '-silent', '-locations', 'none', '-no-obsolete',
                    os.path.join(src, 'core'), os.path.join(src, 'ui'), os.path.join(src, 'app'),
                    os.path.join(src, 'integrations'), '-ts', copy],
                   check=True)
    root = ET.parse(copy).getroot()
problems = []
count = 0
for ctx in root.findall('context'):
    name = ctx.findtext('name')
    for m in ctx.findall('message'):
        count += 1
        source = m.findtext('source') or ''
        tr = m.find('translation')
        texts = [n.text or '' for n in tr.findall('numerusform')] or [tr.text or '']
        if tr.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(t.strip() for t in texts):
            problems.append(f'{name}: untranslated: {source!r}')
            continue
        want = sorted(set(re.findall(r'%\d|%n', source)))
        for t in texts:
            if sorted(set(re.findall(r'%\d|%n', t))) != want:
                problems.append(f'{name}: placeholders differ: {source!r} -> {t!r}')
for p in problems:
    print(p)
print(f'{count} messages, {len(problems)} problems in {os.path.basename(ts)}')
sys.exit(1 if problems else 0)
