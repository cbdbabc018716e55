"""The real dashboard (`basewatch dashboard`, waitress on 127.0.0.1) against hostile Host names,
ids past SQLite's integers and a flood of half-sent requests."""

from __future__ import annotations

import http.client
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import write_config
from helpers import closed_port
from test_dashboard_data import seed

pytestmark = pytest.mark.timeout(240)

ROOT = Path(__file__).resolve().parents[2]
OUR_NAME = "watch.example.lan"
# Every seeded incident row on the index page; none may leak to a page that is refused.
INCIDENT_ROW = re.compile(r'<tr id="incident-\d+"')


class Dashboard:
    """`basewatch dashboard --port 0` as a subprocess; its output lines are collected as they come."""

    def __init__(self, tmp: Path):
        database = seed(tmp / "seed.db")
        config = write_config(tmp / "config", database=database, smtp_port=closed_port(), sources=[],
                              recipients=[], dashboard={"allowed_hosts": [OUR_NAME]})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "--config", str(config), "dashboard", "--host", "127.0.0.1",
             "--port", "0", "--tiles", "none"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8")
        self.output: list[str] = []
        lines: queue.Queue[str] = queue.Queue()

        def pump() -> None:
            for line in self.proc.stdout:
                self.output.append(line)
                lines.put(line)

        threading.Thread(target=pump, daemon=True).start()
        self.port = None
        try:
            while self.port is None:
                match = re.search(r"basewatch dashboard on http://127\.0\.0\.1:(\d+)/", lines.get(timeout=60))
                self.port = int(match.group(1)) if match else None
        except queue.Empty:
            self.stop()
            pytest.fail("dashboard did not announce its address:\n" + "".join(self.output))

    def said(self, words: str, *, wait: float = 20) -> bool:
        """Whether the dashboard's output has a line with these words (its lines arrive through a pipe)."""
        deadline = time.monotonic() + wait
        while not any(words in line for line in self.output):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def get(self, path: str, host: str | None, *, timeout: float = 30) -> tuple[int, str]:
        """GET with exactly this Host header (None: no Host header at all)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.putrequest("GET", path, skip_host=True)
            if host is not None:
                conn.putheader("Host", host)
            conn.endheaders()
            response = conn.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            conn.close()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    server = Dashboard(tmp_path_factory.mktemp("dashboard-faults"))
    yield server
    server.stop()


@pytest.mark.parametrize("host", [
    "attacker.example",
    "attacker.example:8050",
    "127.0.0.1.rebind.attacker.example",  # a rebinding service's name that resolves to 127.0.0.1
    "localhost.attacker.example",
    "attacker.example@localhost",
    "",
    None,
])
def test_a_foreign_host_name_is_refused_without_data(dashboard, host):
    for path in ("/", "/export.csv", "/sources", "/nowhere"):
        status, body = dashboard.get(path, host)
        assert status == 421, (path, host)
        assert "allowed_hosts" in body and not INCIDENT_ROW.search(body) and "iq-ain-al-asad" not in body
    assert dashboard.said(f"refused a request for host {host!r}"), "the operator sees which name was refused"


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}",
                                  OUR_NAME, f"{OUR_NAME}:443"])
def test_our_own_names_are_answered(dashboard, host):
    status, body = dashboard.get("/", host.format(port=dashboard.port))
    assert status == 200
    assert len(INCIDENT_ROW.findall(body)) == 4, "the seeded incidents are shown"


@pytest.mark.parametrize("incident_id", ["99999999999999999999999", "9223372036854775808"])
def test_an_id_beyond_sqlite_integers_is_not_found(dashboard, incident_id):
    status, body = dashboard.get(f"/incidents/{incident_id}", f"127.0.0.1:{dashboard.port}")
    assert status == 404
    assert "No such page or incident" in body
    assert not any("Traceback" in line or "OverflowError" in line for line in dashboard.output)


def test_half_open_connections_do_not_lock_the_operator_out(tmp_path):
    server = Dashboard(tmp_path)
    flood: list[socket.socket] = []
    try:
        for _ in range(200):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Never: ends")  # no blank line: never finished
            flood.append(sock)
        # Generous bounds: they assert that the request is answered and the flood dropped, not how fast.
        status, body = server.get("/", f"127.0.0.1:{server.port}", timeout=60)
        assert status == 200 and len(INCIDENT_ROW.findall(body)) == 4
        flood[0].settimeout(60)
        try:
            assert flood[0].recv(1024) == b"", "a half-sent request is dropped after a while"
        except ConnectionResetError:
            pass
    finally:
        for sock in flood:
            sock.close()
        server.stop()


def test_a_url_in_allowed_hosts_is_a_config_error_naming_the_field(tmp_path):
    config = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
                          sources=[], recipients=[], dashboard={"allowed_hosts": [f"http://{OUR_NAME}:8050/"]})
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "--config", str(config), "dashboard", "--port", "0"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert "settings.yaml" in line and "dashboard.allowed_hosts" in line and "not a host name" in line
