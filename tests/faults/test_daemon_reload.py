"""The daemon reads its config again only when a file changed (or on SIGHUP); a bad edit keeps the old one."""

from __future__ import annotations

import os

from conftest import write_config
from crawler.daemon.service import Daemon
from helpers import closed_port


def _source(source_id: str) -> dict:
    return {"id": source_id, "name": source_id, "country": "IQ", "language": "en",
            "feeds": [f"http://127.0.0.1:9/{source_id}.xml"]}


def test_reload_only_when_a_file_changed(tmp_path):
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             smtp_port=closed_port(), sources=[_source("one")], recipients=[])
    daemon = Daemon(str(directory), None)
    first = daemon.config
    daemon.reload()
    assert daemon.config is first, "nothing changed: not parsed again"
    daemon.reload(force=True)
    assert daemon.config is not first and [s.id for s in daemon.config.sources] == ["one"]

    write_config(directory, database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
                 sources=[_source("one"), _source("two")], recipients=[])
    sources = directory / "sources.yaml"
    stat = sources.stat()
    os.utime(sources, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later edit, whatever the clock
    daemon.reload()
    assert [s.id for s in daemon.config.sources] == ["one", "two"]

    good = daemon.config
    sources.write_text("sources: [{id: broken}]\n", encoding="utf-8")
    daemon.reload()
    assert daemon.config is good, "a bad edit is reported and the last good config stays in force"
    daemon.reload()
    assert daemon.config is good
