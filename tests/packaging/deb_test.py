# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""Unpacks the .deb into a temporary root with dpkg -x and runs what it holds from there.

Usage: deb_test.py --deb-dir DIR --version X.Y.Z --libdir LIBDIR --ts resources/translations/jobprep_ko.ts
"""
import argparse
import glob
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

ARGS = None
APP_ID = "org.jobprep.Planner"


def run(cmd, env=None, check=True):
    p = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"{cmd} exited {p.returncode}:\n{p.stdout.decode(errors='replace')}\n"
                             f"{p.stderr.decode(errors='replace')}")
    return p


def command_words(line):
    """"task move ID N   (pins ...)" -> "task move": the lower-case words before the arguments."""
    words = []
    for w in line.split():
        if not re.fullmatch(r"[a-z]+", w):
            break
        words.append(w)
    return " ".join(words)


class Deb(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        debs = glob.glob(os.path.join(ARGS.deb_dir, "*.deb"))
        if len(debs) != 1:
            raise AssertionError(f"expected one .deb in {ARGS.deb_dir}, found {debs}")
        cls.deb = debs[0]
        cls.tmp = tempfile.TemporaryDirectory(prefix="jobprep-deb-")
        cls.root = os.path.join(cls.tmp.name, "root")
        run(["dpkg", "-x", cls.deb, cls.root])
        cls.work = os.path.join(cls.tmp.name, "work")
        os.mkdir(cls.work)
        # Nothing from the build tree or the user's environment: the system's Qt, the package's files.
        cls.env = {"PATH": "/usr/bin:/bin", "HOME": cls.work, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": cls.work,
                   "XDG_DATA_HOME": os.path.join(cls.work, "data"),
                   "XDG_CONFIG_HOME": os.path.join(cls.work, "config")}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.db = os.path.join(self.work, self._testMethodName + ".sqlite") # one database per test

    def path(self, rel):
        return os.path.join(self.root, rel)

    def cli(self, *args, env=None, check=True):
        e = dict(self.env, **(env or {}))
        return run([self.path("usr/bin/jobprep-cli"), "--db", self.db, "--today", "2026-12-02", *args],
                   env=e, check=check)

    def test_file_name_and_control_fields(self):
        arch = run(["dpkg", "--print-architecture"]).stdout.decode().strip()
        self.assertEqual(os.path.basename(self.deb), f"jobprep_{ARGS.version}_{arch}.deb")
        fields = run(["dpkg-deb", "-f", self.deb, "Package", "Version", "Architecture", "Depends",
                      "Recommends"]).stdout.decode()
        control = dict(line.split(": ", 1) for line in fields.splitlines())
        self.assertEqual(control["Package"], "jobprep")
        self.assertEqual(control["Version"], ARGS.version)
        self.assertEqual(control["Architecture"], arch)
        # Computed by dpkg-shlibdeps from the binaries: every library they link, with versions.
        depends = {d.split()[0] for d in control["Depends"].split(", ")}
        for lib in ["libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libsqlite3-0"]:
            self.assertIn(lib, depends, control["Depends"])
        self.assertRegex(control["Depends"], r"libqt6core6 \(>= 6\.")
        self.assertIn("fonts-noto-cjk", control["Recommends"])

    def test_holds_every_file_a_user_and_a_desktop_need(self):
        expected = [
            "usr/bin/jobprep", "usr/bin/jobprep-cli", f"usr/{ARGS.libdir}/jobprep/jobprep-cli-pdf.so",
            f"usr/{ARGS.libdir}/jobprep/jobprep-cli-git.so",
            f"usr/share/applications/{APP_ID}.desktop", f"usr/share/metainfo/{APP_ID}.metainfo.xml",
            f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            "usr/share/man/man1/jobprep.1.gz", "usr/share/man/man1/jobprep-cli.1.gz",
            "usr/share/doc/jobprep/copyright", "usr/share/doc/jobprep/changelog.gz",
        ] + [f"usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 32, 48, 64, 128, 256)]
        missing = [f for f in expected if not os.path.isfile(self.path(f))]
        self.assertEqual(missing, [])
        for exe in ["usr/bin/jobprep", "usr/bin/jobprep-cli"]:
            self.assertTrue(os.access(self.path(exe), os.X_OK), exe)
        # Stripped (Debian policy; lintian's unstripped-binary-or-object is an error).
        for elf in ["usr/bin/jobprep", "usr/bin/jobprep-cli", f"usr/{ARGS.libdir}/jobprep/jobprep-cli-pdf.so",
                    f"usr/{ARGS.libdir}/jobprep/jobprep-cli-git.so"]:
            self.assertNotIn("not stripped", run(["file", "-b", self.path(elf)]).stdout.decode(), elf)
        with gzip.open(self.path("usr/share/doc/jobprep/changelog.gz"), "rt", encoding="utf-8") as f:
            self.assertTrue(f.readline().startswith(f"jobprep ({ARGS.version}) "))
        with open(self.path("usr/share/doc/jobprep/copyright"), encoding="utf-8") as f:
            self.assertIn("License: MIT", f.read())
        # The desktop file starts a binary of this package and names its icon.
        with open(self.path(f"usr/share/applications/{APP_ID}.desktop"), encoding="utf-8") as f:
            desktop = f.read()
        self.assertRegex(desktop, r"(?m)^Exec=jobprep\b")
        self.assertRegex(desktop, rf"(?m)^Icon={re.escape(APP_ID)}$")

    def test_cli_runs_from_the_unpacked_tree(self):
        self.assertEqual(self.cli("--version").stdout.decode().strip(), f"jobprep-cli {ARGS.version}")
        self.cli("company", "add", "카카오", "--interest", "5")
        # A study task (important) due in two days (urgent): Do first.
        self.cli("task", "add", "Spark 스터디", "--kind", "study", "--company", "카카오", "--due", "2026-12-04",
                 "--estimate", "2")
        board = json.loads(self.cli("--json", "board").stdout)
        do_first = next(q for q in board if q["quadrant"] == 1)
        self.assertEqual([t["title"] for t in do_first["tasks"]], ["Spark 스터디"])
        self.assertEqual(do_first["tasks"][0]["company"], "카카오")

    def test_translations_are_in_the_binaries(self):
        # They are compiled in as Qt resources: the package has no .qm files, and needs none.
        self.assertEqual(glob.glob(os.path.join(self.root, "**", "*.qm"), recursive=True), [])
        source = "added company %1: %2"
        translation = next(m.findtext("translation") for m in ET.parse(ARGS.ts).iter("message")
                           if m.findtext("source") == source)
        out = self.cli("company", "add", "네이버", env={"JOBPREP_LANG": "ko"}).stdout.decode().strip()
        match = re.fullmatch(r"\D*(\d+)\D.*", out)
        self.assertIsNotNone(match, out)
        self.assertEqual(out, translation.replace("%1", match.group(1)).replace("%2", "네이버"))

    def test_pdf_export_finds_the_module_in_the_unpacked_tree(self):
        self.cli("company", "add", "라인")
        self.cli("task", "add", "SQL 정리", "--company", "라인", "--due", "2026-12-03", "--estimate", "1")
        pdf = os.path.join(self.work, "week.pdf")
        self.cli("plan", "--week", "2026-W49", "--format", "pdf", "--out", pdf)
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        if shutil.which("pdftotext"):
            self.assertIn("SQL", run(["pdftotext", pdf, "-"]).stdout.decode())
        # Without the unpacked module the same command fails naming where it looked: so the file
        # above came from the module in this tree, not from one in the build tree or the system.
        module = self.path(f"usr/{ARGS.libdir}/jobprep/jobprep-cli-pdf.so")
        moved = module + ".away"
        os.rename(module, moved)
        try:
            p = self.cli("plan", "--week", "2026-W49", "--format", "pdf", "--out",
                         os.path.join(self.work, "none.pdf"), check=False)
        finally:
            os.rename(moved, module)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn(os.path.realpath(module), p.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(self.work, "none.pdf")))

    def test_gui_binary_starts(self):
        out = run([self.path("usr/bin/jobprep"), "--version"], env=self.env).stdout.decode()
        self.assertEqual(out.strip(), f"jobprep {ARGS.version}")

    def test_man_page_lists_every_command_of_the_help(self):
        helptext = self.cli("--help").stdout.decode()
        listed = helptext.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
        help_commands = {command_words(line) for line in listed}
        self.assertGreaterEqual(len(help_commands), 20, listed)
        with gzip.open(self.path("usr/share/man/man1/jobprep-cli.1.gz"), "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
        tags = [re.sub(r"\\f[BIR]", "", lines[i + 1]).replace("\\-", "-")
                for i, line in enumerate(lines[:-1]) if line == ".TP"]
        man_commands = {command_words(t) for t in tags} - {""}
        self.assertEqual(sorted(help_commands - man_commands), [], "commands the man page lacks")
        self.assertEqual(sorted(man_commands - help_commands), [], "commands the CLI no longer has")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--deb-dir", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--libdir", required=True, help="CMAKE_INSTALL_LIBDIR, e.g. lib/x86_64-linux-gnu")
    parser.add_argument("--ts", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0], "-v"] + rest)


if __name__ == "__main__":
    main()
