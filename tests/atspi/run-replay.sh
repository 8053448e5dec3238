#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Runs tests/atspi/replay.py on an X server of its own (Xvfb on a free display far from the :0 and
# :99 other runs take first, ready when it says so) in a D-Bus session with the accessibility bus
# running, as a desktop session would have them.
#   tests/atspi/run-replay.sh JOBPREP JOBPREP_CLI
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "${1:-}" = --inside ]; then
    shift
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    trap 'kill $launcher 2>/dev/null || true' EXIT
    for _ in $(seq 100); do # the accessibility bus is up when it answers
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
            >/dev/null 2>&1 && break
        sleep 0.1
    done
    /usr/bin/python3 "$here/replay.py" "$@"
    exit $?
fi
work=$(mktemp -d)
chmod 700 "$work"
xvfb=
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for attempt in $(seq 10); do
    display=$((200 + RANDOM % 700))
    [ -e "/tmp/.X$display-lock" ] && continue
    : >"$work/display"
    Xvfb ":$display" -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb=$!
    for _ in $(seq 100); do
        [ -s "$work/display" ] || ! kill -0 $xvfb 2>/dev/null && break
        sleep 0.1
    done
    [ -s "$work/display" ] && break
    kill $xvfb 2>/dev/null || true
done
[ -s "$work/display" ] || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display" XDG_RUNTIME_DIR="$work"
status=0
dbus-run-session -- "$here/run-replay.sh" --inside "$@" || status=$?
if [ $status -ne 0 ]; then
    echo "--- the X server's log:" >&2
    cat "$work/xvfb.log" >&2
fi
exit $status
