"""The daemon's long-lived crawl process: warm from cycle to cycle, replaced whenever it cannot be trusted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select

from conftest import ROOT, sessions_for, write_config
from crawler.daemon.crawl_server import CrawlServer
from crawler.daemon.cycle import run_cycle
from faults.helpers import FaultServer, closed_port, hang, page, rss, static, wait_for
from pipelines.config import load_config
from pipelines.store import models as store

pytestmark = pytest.mark.timeout(300)
REBINDING = Path(__file__).resolve().parent / "faults" / "rebinding"

FERRY = ["The harbour board opened a second ferry pier on the north quay early on Tuesday.",
         "Boats to the four islands will leave every half hour in summer and every hour in winter.",
         "The old pier closes for repairs to its deck and its waiting room until next spring.",
         "Fares stay the same, and islanders keep their resident cards, the board said in a statement."]
CHOIR = ["A town choir sang its first concert in the rebuilt market hall after six years away.",
         "The hall seats nine hundred people, and the opening week sold out within two days.",
         "Builders restored the carved beams from drawings made before the storm broke the roof.",
         "The director said the new floor lets the quiet passages carry to the back rows at last."]


def _source(source_id: str, base: str) -> dict:
    return {"id": source_id, "name": source_id, "country": "IQ", "language": "en",
            "feeds": [f"{base}/{source_id}/feed.xml"]}


def _config(tmp_path, database: str, base: str, ids=("north", "south")):
    return load_config(write_config(tmp_path / "config", database=database, smtp_port=closed_port(), recipients=[],
                                    sources=[_source(i, base) for i in ids], crawl={"obey_robots_txt": False}))


def _list(outlet: FaultServer, source_id: str, *stories: tuple[str, list[str]]) -> None:
    """The source's feed lists these (slug, paragraphs) stories from now on, each on its own page."""
    b = outlet.base
    for slug, paragraphs in stories:
        outlet.routes[f"/{source_id}/{slug}.html"] = static(page(slug, paragraphs))
    items = [{"title": slug, "link": f"{b}/{source_id}/{slug}.html"} for slug, _ in stories]
    outlet.routes[f"/{source_id}/feed.xml"] = static(rss(items), "application/rss+xml")


def _group(pid: int) -> set[int]:
    """The live processes of the process group `pid` leads (the server, its fork server and workers)."""
    found = set()
    for process in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(process.pid) == pid and process.status() != psutil.STATUS_ZOMBIE:
                found.add(process.pid)
        except (ProcessLookupError, psutil.NoSuchProcess):
            continue
    return found


def _database_handles(pids: set[int]) -> list:
    """Open SQLite files and PostgreSQL connections of these processes."""
    found = []
    for pid in pids:
        process = psutil.Process(pid)
        found += [f.path for f in process.open_files() if ".sqlite" in f.path]
        found += [c.raddr for c in process.net_connections(kind="tcp") if c.raddr and c.raddr.port == 5432]
    return found


def test_cycles_share_one_process_and_its_workers_and_still_see_what_others_stored(database_url, tmp_path):
    server = CrawlServer()
    with FaultServer() as outlet:
        config = _config(tmp_path, database_url, outlet.base)
        try:
            _list(outlet, "north", ("ferry", FERRY))
            assert run_cycle(config, only={"north"}, server=server).returncode == 0
            first_pid, first_group = server.pid, _group(server.pid)
            # The daemon's pipe is the server's alone: a dead server's pipe must not stay open in its children.
            assert len(first_group) >= 3 and {os.readlink(f"/proc/{pid}/fd/0") for pid in first_group} == {"/dev/null"}
            # Another node (a one-shot process here) stores a story the warm process never saw.
            _list(outlet, "south", ("choir", CHOIR))
            assert run_cycle(config, only={"south"}).returncode == 0
            # The warm process gets a copy of that story under another title and address.
            _list(outlet, "north", ("ferry", FERRY), ("choir-copy", CHOIR[:3] + ["The concert repeats on Sunday."]))
            assert run_cycle(config, only={"north"}, server=server).returncode == 0
            assert server.pid == first_pid and server.starts == 1, "one process for both cycles"
            assert _group(server.pid) == first_group, "the same extraction workers, still warm"
            assert _database_handles(first_group) == [], "between cycles it holds no database connection"
        finally:
            server.stop()
    assert not _group(first_pid), "stopping the server ends its workers too"
    with sessions_for(config)() as session:
        stories = {a.url.rsplit("/", 1)[-1]: a.story_id for a in session.scalars(select(store.Article))}
    assert set(stories) == {"ferry.html", "choir.html", "choir-copy.html"}
    assert stories["choir-copy.html"] == stories["choir.html"] != stories["ferry.html"]


@pytest.fixture
def served(tmp_path):
    """A crawl server after one cycle (north's ferry story), its outlet and config."""
    server = CrawlServer()
    with FaultServer() as outlet:
        config = _config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}", outlet.base)
        try:
            _list(outlet, "north", ("ferry", FERRY))
            assert run_cycle(config, only={"north"}, server=server).returncode == 0
            yield server, outlet, config
        finally:
            server.stop()


def _stored(config) -> list[str]:
    with sessions_for(config)() as session:
        return sorted(a.url.rsplit("/", 1)[-1] for a in session.scalars(select(store.Article)))


def test_a_cycle_over_its_time_limit_is_killed_with_its_workers_and_the_next_gets_a_new_process(served):
    server, outlet, config = served
    stuck = server.pid
    outlet.routes["/south/feed.xml"] = hang(20)
    result = run_cycle(config, only={"south"}, server=server, timeout=5)
    assert result.timed_out and server.pid is None
    assert not _group(stuck), "the whole process group was killed"
    _list(outlet, "south", ("choir", CHOIR))
    assert run_cycle(config, only={"south"}, server=server).returncode == 0
    assert server.starts == 2 and server.pid != stuck
    assert _stored(config) == ["choir.html", "ferry.html"]


def test_a_process_killed_while_idle_is_replaced_and_the_cycle_still_runs(served):
    server, outlet, config = served
    killed = server.pid
    os.kill(killed, signal.SIGKILL)
    # Dead and waitable (not reaped: WNOWAIT), every thread of it gone, not merely its first.
    wait_for(lambda: os.waitid(os.P_PID, killed, os.WEXITED | os.WNOWAIT | os.WNOHANG), 10, "the kill")
    _list(outlet, "south", ("choir", CHOIR))
    assert run_cycle(config, only={"south"}, server=server).returncode == 0
    assert server.starts == 2 and server.pid != killed
    assert not _group(killed), "the killed server's workers went with it"
    assert _stored(config) == ["choir.html", "ferry.html"]


def test_each_cycle_looks_its_hosts_up_again(tmp_path, monkeypatch):
    """A name first answers an address nobody listens on, then the outlet's: a lookup that led
    nowhere in one cycle must not stick for the life of the warm process."""
    name = "moved.basewatch.test"
    monkeypatch.setenv("BASEWATCH_TEST_REBIND", f"{name} 127.0.0.9 127.0.0.1")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REBINDING), os.environ.get("PYTHONPATH")])))
    server = CrawlServer()
    with FaultServer() as outlet:
        port = outlet.httpd.server_address[1]
        config = load_config(write_config(
            tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
            recipients=[], crawl={"obey_robots_txt": False, "download_timeout_seconds": 5},
            sources=[{"id": "moved", "name": "moved", "country": "IQ", "language": "en",
                      "feeds": [f"http://{name}:{port}/moved/feed.xml"]}]))
        outlet.routes["/moved/ferry.html"] = static(page("ferry", FERRY))
        outlet.routes["/moved/feed.xml"] = static(rss([{"title": "ferry", "link": f"http://{name}:{port}/moved/ferry.html"}]),
                                                  "application/rss+xml")
        try:
            run_cycle(config, only={"moved"}, server=server)
            assert outlet.log == [], "the first answer led nowhere, retry included: within a cycle it is pinned"
            assert run_cycle(config, only={"moved"}, server=server).returncode == 0
            assert server.starts == 1
        finally:
            server.stop()
    with sessions_for(config)() as session:
        assert [a.url for a in session.scalars(select(store.Article))] == [f"http://{name}:{port}/moved/ferry.html"]


def test_a_new_config_or_enough_cycles_retire_the_process(tmp_path):
    server = CrawlServer(max_cycles=2)
    with FaultServer() as outlet:
        database = f"sqlite:///{tmp_path / 'db.sqlite'}"
        config = _config(tmp_path, database, outlet.base)
        _list(outlet, "north")  # an empty feed: cycles with nothing to store
        try:
            pids = []
            for _ in range(3):
                assert run_cycle(config, only={"north"}, server=server).returncode == 0
                pids.append(server.pid)
            assert pids[0] == pids[1] != pids[2], "retired after two cycles"
            reloaded = _config(tmp_path, database, outlet.base)  # the daemon's reload makes a new config
            assert run_cycle(reloaded, only={"north"}, server=server).returncode == 0
            assert server.pid != pids[2] and server.starts == 3
            assert not _group(pids[0]) and not _group(pids[2])
        finally:
            server.stop()


def test_the_serve_protocol_answers_bad_requests_and_ends_with_its_input(tmp_path):
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             smtp_port=closed_port(), sources=[], recipients=[])
    read_end, write_end = os.pipe()
    process = subprocess.Popen([sys.executable, "-m", "crawler.daemon.crawl_main", "--config", str(directory),
                                "--database", f"sqlite:///{tmp_path / 'db.sqlite'}", "--serve",
                                "--reply-fd", str(write_end)],
                               cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as replies:
        process.stdin.write(b'{"stats": "nowhere"}\nnot json at all\n')
        process.stdin.flush()
        assert [json.loads(replies.readline()) for _ in range(2)] == [{"returncode": 2}] * 2
        # a plan that is gone and a stats file that cannot be written: the cycle fails, the server answers
        gone = tmp_path / "gone"
        process.stdin.write(json.dumps({"plan": str(gone / "plan.json"), "stats": str(gone / "stats.json")}).encode()
                            + b"\n")
        process.stdin.flush()
        assert json.loads(replies.readline()) == {"returncode": 1}
        process.stdin.close()
        assert process.wait(timeout=60) == 0
        assert replies.read() == ""
    assert b"not a cycle request" in process.stderr.read()


def test_a_plan_and_serve_together_are_refused(tmp_path):
    finished = subprocess.run([sys.executable, "-m", "crawler.daemon.crawl_main", "--config", str(tmp_path),
                               "--database", "sqlite://", "--plan", "plan.json", "--serve", "--reply-fd", "1"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 2 and "either --plan, or --serve" in finished.stderr
