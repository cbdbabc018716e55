"""The daemon as operators run it (a subprocess): SIGKILL mid-crawl and mid-send, SIGTERM, long downtime."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from datetime import timedelta
from pathlib import Path

import psutil
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from conftest import ROOT, read_mail, write_config
from crawler.offline.mailsink import MailSink
from helpers import FaultServer, closed_port, page, rss, static, trickle, wait_for
from pipelines.store import models as store
from pipelines.config_models import Recipient
from pipelines.alerts.sender import send_pending
from test_sender import add_incident, smtp

pytestmark = pytest.mark.timeout(180)
TICK = 2


def _daemon(config_dir: Path) -> subprocess.Popen:
    log = open(config_dir.parent / "daemon.log", "ab")  # read it when a test fails
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(config_dir), "run"],
                            cwd=ROOT, start_new_session=True, stdout=log, stderr=log)


def _cycles_of(config_dir: Path) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["cmdline"]):
        cmdline = process.info["cmdline"] or []
        if "crawler.daemon.crawl_main" in cmdline and str(config_dir) in cmdline:
            found.append(process)
    return found


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def _site(server: FaultServer, stalled: threading.Event, stall: dict) -> None:
    b = server.base
    server.routes["/robots.txt"] = static(b"User-agent: *\nDisallow:\n", "text/plain")
    for slug in ("good", "stall"):
        server.routes[f"/{slug}/1.html"] = static(page(f"{slug} one", [f"The {slug} desk wrote this article."] * 4))
    server.routes["/good/feed.xml"] = static(rss([{"title": "good one", "link": f"{b}/good/1.html"}]),
                                             "application/rss+xml")
    slow = trickle(1.0, limit=40)

    def stall_feed(handler) -> None:
        if stall["on"]:
            stalled.set()
            slow(handler)
        else:
            handler.reply(200, rss([{"title": "stall one", "link": f"{b}/stall/1.html"}]), "application/rss+xml")

    server.routes["/stall/feed.xml"] = stall_feed


def _config(tmp: Path, *, sources: list[dict], smtp_port: int, metrics_port: int, recipients=None) -> Path:
    return write_config(tmp / "config", database=f"sqlite:///{tmp / 'db.sqlite'}", smtp_port=smtp_port,
                        sources=sources, recipients=recipients or [{"email": "desk@basewatch.test"}],
                        crawl={"download_timeout_seconds": 60, "cycle_timeout_seconds": 150},
                        schedule={"tick_seconds": TICK, "outbox_seconds": TICK},
                        metrics={"enabled": True, "host": "127.0.0.1", "port": metrics_port})


def _stop(process: subprocess.Popen, sig=signal.SIGTERM) -> int:
    if process.poll() is None:
        process.send_signal(sig)
    return process.wait(timeout=40)


def test_sigkill_mid_crawl_then_restart_after_long_downtime(tmp_path):
    stalled, stall = threading.Event(), {"on": True}
    with FaultServer() as server:
        _site(server, stalled, stall)
        sources = [{"id": s, "name": s, "country": "IQ", "language": "en", "feeds": [f"{server.base}/{s}/feed.xml"]}
                   for s in ("good", "stall")]
        port = closed_port()
        config_dir = _config(tmp_path, sources=sources, smtp_port=closed_port(), metrics_port=port)
        first = _daemon(config_dir)
        try:
            assert stalled.wait(90), "the cycle reached the stalling feed"
            first.kill()  # SIGKILL: no cleanup at all
            first.wait(10)
            wait_for(lambda: not _cycles_of(config_dir), 40, "the orphaned cycle to stop by itself")
        finally:
            if first.poll() is None:
                first.kill()
        sessions = store.session_factory(store.open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"))
        with sessions.begin() as session:  # six hours and more of downtime, as the restarted daemon sees it
            session.execute(update(store.Source).values(next_poll_at=store.utcnow() - timedelta(hours=7)))
        time.sleep(1)
        with sessions.begin() as session:  # again, after anything the dying cycle may have written
            session.execute(update(store.Source).values(next_poll_at=store.utcnow() - timedelta(hours=7)))
        stall["on"] = False
        seen_before = len(server.log)
        second = _daemon(config_dir)
        try:
            wait_for(lambda: {p for p, _ in server.log[seen_before:]} >= {"/good/feed.xml", "/stall/feed.xml"}, 120,
                  "the catch-up cycle")
            wait_for(lambda: (lambda r: r[0] == 200 and json.loads(r[1]).get("last_cycle_ok_at"))(
                _get(f"http://127.0.0.1:{port}/healthz")), 120, "a good cycle on /healthz")
            time.sleep(4 * TICK)  # a few more ticks: nothing is due again, so nothing is fetched again
            feeds = Counter(path for path, _ in server.log[seen_before:] if path.endswith("feed.xml"))
            assert feeds == {"/good/feed.xml": 1, "/stall/feed.xml": 1}, "one catch-up cycle, not a burst"
            status, metrics = _get(f"http://127.0.0.1:{port}/metrics")
            assert status == 200 and b"basewatch_articles 2.0" in metrics
            assert b'basewatch_source_error_streak{source="good"} 0.0' in metrics
            assert b"basewatch_cycle_duration_seconds_count" in metrics
        finally:
            assert _stop(second) == 0, "SIGTERM stops the daemon cleanly"
    with sessions() as session:
        urls = Counter(a.canonical_url for a in session.scalars(select(store.Article)))
    assert len(urls) == 2 and max(urls.values()) == 1, "nothing lost, nothing stored twice"


def test_sigterm_stops_the_running_cycle_too(tmp_path):
    stalled, stall = threading.Event(), {"on": True}
    with FaultServer() as server:
        _site(server, stalled, stall)
        sources = [{"id": "stall", "name": "stall", "country": "IQ", "language": "en",
                    "feeds": [f"{server.base}/stall/feed.xml"]}]
        config_dir = _config(tmp_path, sources=sources, smtp_port=closed_port(), metrics_port=closed_port())
        daemon = _daemon(config_dir)
        try:
            assert stalled.wait(90)
            assert _cycles_of(config_dir), "a cycle is running"
            assert _stop(daemon) == 0
            wait_for(lambda: not _cycles_of(config_dir), 30, "the cycle's process group to be gone")
        finally:
            if daemon.poll() is None:
                daemon.kill()


class _Stuck:
    """Never answers DATA until released: the daemon is killed while it waits."""

    def __init__(self):
        self.arrived, self.release = threading.Event(), threading.Event()

    async def handle_DATA(self, server, session, envelope) -> str:
        self.arrived.set()
        import asyncio

        while not self.release.is_set():
            await asyncio.sleep(0.1)
        return "451 try again later"


def test_sigkill_mid_send_then_restart(tmp_path):
    port = closed_port()
    config_dir = _config(tmp_path, sources=[], smtp_port=port, metrics_port=closed_port(),
                         recipients=[{"email": "desk@basewatch.test"}, {"email": "watch@basewatch.test"}])
    sessions = store.session_factory(store.open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"))
    recipients = (Recipient(email="desk@basewatch.test"), Recipient(email="watch@basewatch.test"))
    ids = [row for _ in range(2) for row in add_incident(sessions, recipients=recipients)[1]]
    stuck = _Stuck()
    controller = Controller(stuck, hostname="127.0.0.1", port=port)
    controller.start()
    daemon = _daemon(config_dir)
    try:
        assert stuck.arrived.wait(90), "the daemon is in the middle of sending"
        daemon.kill()
        daemon.wait(10)
    finally:
        stuck.release.set()
        controller.stop()
        if daemon.poll() is None:
            daemon.kill()
    with MailSink(tmp_path / "mail", port=port) as sink:  # the restarted sender, once the claims expire
        later = store.utcnow() + timedelta(minutes=10)
        for step in range(20):
            if not send_pending(sessions, smtp(port), now=later + timedelta(minutes=5 * step)).pending:
                break
        delivered = Counter(read_mail(path)["Message-ID"] for path in sink.messages())
    with sessions() as session:
        rows = session.scalars(select(store.Outbox).where(store.Outbox.id.in_(ids))).all()
    assert {row.status for row in rows} == {"sent"}
    assert set(delivered) == {row.message_id for row in rows} and max(delivered.values()) == 1
