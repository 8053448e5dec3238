# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
"""A faulty server in front of a real one, for the calendar sync's fault tests: forwards every
request to TARGET (Radicale) on 127.0.0.1, except that it can answer STATUS to every request, or to
the PUTs after the first N (for K of them), or wait DELAY seconds before answering.

    faultproxy.py TARGET [--status S] [--fail-puts-after N --fail-count K] [--delay SECONDS]
Prints the port it listens on, then serves until killed."""
import argparse
import http.client
import http.server
import sys
import threading
import time
import urllib.parse

lock = threading.Lock()
puts = 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("target")
    p.add_argument("--status", type=int, default=0)
    p.add_argument("--fail-puts-after", type=int, default=-1)
    p.add_argument("--fail-count", type=int, default=1 << 30)
    p.add_argument("--delay", type=float, default=0)
    a = p.parse_args()
    target = urllib.parse.urlsplit(a.target)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, body=b"", headers=()):
            self.send_response(status)
            for k, v in headers:
                if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def handle_any(self):
            global puts
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length) if length else b""
            if a.delay:
                time.sleep(a.delay)
            if a.status:
                return self.answer(a.status, b"fault\n")
            if self.command == "PUT" and a.fail_puts_after >= 0:
                with lock:
                    puts += 1
                    n = puts
                if a.fail_puts_after < n <= a.fail_puts_after + a.fail_count:
                    return self.answer(503, b"down for a moment\n")
            conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            conn.request(self.command, self.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            self.answer(r.status, data, r.getheaders())
            conn.close()

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCALENDAR = do_OPTIONS = handle_any

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
