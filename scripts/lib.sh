# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Shared by scripts/run, scripts/test and friends: say what is happening, install what is missing.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Debian packages the build, the tests and the screenshots need (dpkg-dev and file: CPack's
# dpkg-shlibdeps step for the .deb; lintian checks it). The calendar sync (issue 18): libical and
# QtKeychain to build; Radicale, python3-caldav and openssl (an untrusted certificate) to test.
JOBPREP_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsqlite3-dev sqlite3 libsimdjson-dev libgtest-dev libbenchmark-dev
    xvfb xauth fonts-noto-cjk
    at-spi2-core python3-pyatspi dbus
    python3 python3-icalendar python3-markdown poppler-utils desktop-file-utils appstream
    libgit2-dev git
    clang libclang-rt-14-dev
    dpkg-dev file lintian
    libical-dev qtkeychain-qt6-dev radicale python3-caldav openssl
)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#} required packages are installed"
        return 0
    fi
    say "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobprep_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }
