"""Config files that cannot be read as text: the daemon keeps its last good config, commands exit 2 with one line."""

from __future__ import annotations

import logging
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, write_config
from crawler.daemon.service import Daemon
from helpers import FaultServer, closed_port, page, rss, static, wait_for

pytestmark = pytest.mark.timeout(180)
TICK = 2
RELOAD_FAILED = "config not reloaded, the previous one stays in force"


def _source(source_id: str, base: str, name: str | None = None) -> dict:
    return {"id": source_id, "name": name or source_id, "country": "IQ", "language": "en",
            "feeds": [f"{base}/{source_id}/feed.xml"]}


def _latin1_sources(base: str) -> bytes:
    """sources.yaml as an editor set to Latin-1 saves it: the é of Café is the single byte 0xe9."""
    text = yaml.safe_dump({"sources": [_source("good", base), _source("cafe", base, "Café Gazette")]},
                          allow_unicode=True, sort_keys=False)
    return text.encode("latin-1")


def _where(data: bytes) -> str:
    offset = data.index(b"\xe9")
    line = data.count(b"\n", 0, offset) + 1
    return f"byte 0xe9 on line {line} (byte offset {offset})"


def test_daemon_survives_a_non_utf8_sources_file_and_sighup(tmp_path):
    with FaultServer() as site:
        b = site.base
        site.routes["/robots.txt"] = static(b"User-agent: *\nDisallow:\n", "text/plain")
        for slug in ("good", "cafe"):
            site.routes[f"/{slug}/feed.xml"] = static(rss([{"title": f"{slug} one", "link": f"{b}/{slug}/1.html"}]),
                                                      "application/rss+xml")
            site.routes[f"/{slug}/1.html"] = static(page(f"{slug} one", [f"The {slug} desk wrote this."] * 4))
        directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                 smtp_port=closed_port(), sources=[_source("good", b)], recipients=[],
                                 crawl={"download_timeout_seconds": 10, "cycle_timeout_seconds": 120},
                                 schedule={"tick_seconds": TICK, "outbox_seconds": TICK}, metrics={"enabled": False})
        log_path = tmp_path / "daemon.log"
        with log_path.open("ab") as log:
            daemon = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(directory), "run"],
                                      cwd=ROOT, start_new_session=True, stdout=log, stderr=log)
        text = lambda: log_path.read_text(encoding="utf-8", errors="replace")  # noqa: E731
        cycles = lambda: text().count("crawl cycle done")  # noqa: E731
        errors = lambda: [line for line in text().splitlines() if RELOAD_FAILED in line]  # noqa: E731
        try:
            wait_for(lambda: site.hits("/good/feed.xml") and cycles(), 90, "the first cycle")
            bad = _latin1_sources(b)
            (directory / "sources.yaml").write_bytes(bad)
            expected = f"{directory / 'sources.yaml'}: not UTF-8: {_where(bad)}; save the file as UTF-8"

            # Without SIGHUP the next tick sees the edit: reported once, then not again tick after tick.
            wait_for(errors, 60, "the reload error")
            seen = cycles()
            wait_for(lambda: cycles() >= seen + 3, 60, "three more cycles")
            assert len(errors()) == 1 and errors()[0].endswith(expected)

            # SIGHUP (systemctl reload) asks again: answered once more, and the daemon keeps running.
            daemon.send_signal(signal.SIGHUP)
            wait_for(lambda: len(errors()) == 2, 30, "the SIGHUP reload error")
            seen = cycles()
            wait_for(lambda: cycles() >= seen + 2, 60, "two more cycles")
            assert daemon.poll() is None, "the daemon is still running"
            assert len(errors()) == 2 and errors()[1].endswith(expected)
            assert "Traceback" not in text()
            assert site.hits("/cafe/feed.xml") == 0, "the last good config (without cafe) stayed in force"

            # Saved as UTF-8: the next reload takes it.
            (directory / "sources.yaml").write_bytes(bad.decode("latin-1").encode("utf-8"))
            daemon.send_signal(signal.SIGHUP)
            wait_for(lambda: site.hits("/cafe/feed.xml"), 60, "the fixed config's new source to be polled")
        finally:
            if daemon.poll() is None:
                daemon.send_signal(signal.SIGTERM)
            assert daemon.wait(timeout=40) == 0, text()


def _break(directory: Path, name: str) -> tuple[Path, str]:
    """Make one config file unusable; returns it and the message the operator should see."""
    path = directory / name
    if name == "settings.yaml":
        path.unlink()
        path.mkdir()
        return path, "is a directory, not a file"
    data = path.read_text(encoding="utf-8").replace("desk@", "d\u00e9sk@").replace("name: wire", "name: c\u00e9")
    bad = data.encode("latin-1")
    assert b"\xe9" in bad
    path.write_bytes(bad)
    return path, f"not UTF-8: {_where(bad)}; save the file as UTF-8"


@pytest.mark.parametrize("name", ["sources.yaml", "alerts.yaml", "settings.yaml"])
def test_crawl_once_with_an_unreadable_config_file_exits_2_with_one_line(tmp_path, name):
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             smtp_port=closed_port(), sources=[_source("wire", "http://127.0.0.1:9")],
                             recipients=[{"email": "desk@basewatch.test"}])
    path, message = _break(directory, name)
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "--config", str(directory), "crawl", "--once"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"basewatch: config error: {path}: {message}"]
    assert not (tmp_path / "db.sqlite").exists(), "nothing ran"


def test_reload_with_a_directory_in_place_of_sources_keeps_the_config_and_logs_once(tmp_path, caplog):
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             smtp_port=closed_port(), sources=[_source("wire", "http://127.0.0.1:9")], recipients=[])
    daemon = Daemon(str(directory), None)
    good = daemon.config
    sources = directory / "sources.yaml"
    sources.unlink()
    sources.mkdir()  # a deploy tool that unpacked a folder where the file was
    caplog.set_level(logging.ERROR, logger="crawler.daemon.service")
    for _ in range(3):
        daemon.reload()
    assert daemon.config is good
    expected = f"{RELOAD_FAILED}: {sources}: is a directory, not a file"
    assert [r.getMessage() for r in caplog.records] == [expected], "once per change, not once per tick"
    daemon.reload(force=True)  # SIGHUP: the operator asked, so the answer comes again
    assert daemon.config is good and [r.getMessage() for r in caplog.records] == [expected] * 2

    shutil.rmtree(sources)
    write_config(directory, database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
                 sources=[_source("wire", "http://127.0.0.1:9"), _source("post", "http://127.0.0.1:9")],
                 recipients=[])
    daemon.reload()
    assert [s.id for s in daemon.config.sources] == ["wire", "post"]


def test_detect_with_a_non_utf8_gazetteer_exits_2_with_one_line(tmp_path):
    bases = tmp_path / "bases.yaml"
    data = 'bases:\n  - id: cafe-airfield\n    name: "Caf\u00e9 Airfield"\n'.encode("latin-1")
    bases.write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "detect", "--jsonl", "-", "--bases", str(bases)],
                          cwd=ROOT, input='{"id": 1, "text": "Rockets hit the airfield."}\n', capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"basewatch: config error: {bases}: not UTF-8: {_where(data)}; save the file as UTF-8"]
    assert done.stdout == ""
