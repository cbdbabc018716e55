"""Files the operator owns: exports never clobber or write through a link; read commands need no write access."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from conftest import ROOT, write_config
from crawler.cli.main import main
from pipelines.store import models as store
from pipelines.config_models import Recipient
from pipelines.store.migrate import alembic_config
from test_sender import add_incident

pytestmark = pytest.mark.timeout(120)
OLD_EXPORT = "incident,notes\n1,an earlier export the analyst annotated by hand\n"


@pytest.fixture
def database(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'basewatch.db'}"
    engine = store.open_engine(url)
    add_incident(store.session_factory(engine), recipients=(Recipient(email="desk@basewatch.test"),))
    engine.dispose()
    return url


def _export(database: str, out: Path, *extra: str) -> int:
    return main(["--database", database, "export", "--format", "geojson", "--out", str(out), *extra])


def _one_line_error(capsys, *words: str) -> None:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert all(word in err for word in words), err


def test_export_refuses_an_existing_file_without_force(database, tmp_path, capsys):
    out = tmp_path / "exports" / "incidents.geojson"
    out.parent.mkdir()
    out.write_text(OLD_EXPORT, encoding="utf-8")
    assert _export(database, out) == 2
    _one_line_error(capsys, str(out), "already exists", "--force")
    assert out.read_text(encoding="utf-8") == OLD_EXPORT
    assert os.listdir(out.parent) == ["incidents.geojson"]


def test_export_never_writes_through_a_symlink(database, tmp_path, capsys):
    precious = tmp_path / "precious.csv"
    precious.write_text(OLD_EXPORT, encoding="utf-8")
    out = tmp_path / "exports" / "incidents.geojson"
    out.parent.mkdir()
    out.symlink_to(precious)
    dangling = out.parent / "later.geojson"
    dangling.symlink_to(tmp_path / "not-yet")
    assert _export(database, out) == 2
    _one_line_error(capsys, str(out), "already exists")
    assert _export(database, dangling) == 2, "a dangling link would create its target"
    assert not (tmp_path / "not-yet").exists()
    assert _export(database, out, "--force") == 0
    assert not out.is_symlink(), "--force replaces the link itself"
    assert json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]["base"] == "Test air base"
    assert precious.read_text(encoding="utf-8") == OLD_EXPORT, "the link's target is untouched"


def test_export_force_replaces_the_file_whole_without_leftovers(database, tmp_path, capsys):
    out = tmp_path / "exports" / "incidents.geojson"
    out.parent.mkdir()
    out.write_text(OLD_EXPORT, encoding="utf-8")
    reader = out.parent / "reader-still-open.geojson"  # a hard link: what a reader holding the old file sees
    os.link(out, reader)
    old_umask = os.umask(0o027)
    try:
        assert _export(database, out, "--force") == 0
    finally:
        os.umask(old_umask)
    assert "wrote 1 incident(s)" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert reader.read_text(encoding="utf-8") == OLD_EXPORT, "a new file was renamed in, not the old one rewritten"
    assert out.stat().st_mode & 0o777 == 0o640, "the file gets the umask's mode, not the temp file's 0600"
    assert sorted(os.listdir(out.parent)) == ["incidents.geojson", "reader-still-open.geojson"]


def test_export_into_a_missing_folder_is_a_one_line_error(database, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "incidents.csv"
    assert main(["--database", database, "export", "--format", "csv", "--out", str(out)]) == 2
    _one_line_error(capsys, "cannot write", str(out))


# --- read-only databases -------------------------------------------------------------------------
# Tests run as root, and permission bits do not stop root. So the commands run as `nobody`
# (setpriv drops to it) against a file of mode 0444 in a folder of mode 0555, which that user
# really cannot write; and root's own run uses `chattr +i`, which stops root too.


@pytest.fixture
def shared_folder():
    """A folder under /tmp that an unprivileged user can reach (pytest's own tmp is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="basewatch-readonly-"))
    yield folder
    subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True)
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def _seed(folder: Path) -> tuple[str, Path]:
    url = f"sqlite:///{folder / 'basewatch.db'}"
    engine = store.open_engine(url)
    add_incident(store.session_factory(engine), recipients=(Recipient(email="desk@basewatch.test"),))
    engine.dispose()
    (folder / "basewatch.db.migrate-lock").unlink()  # left by the first migration; not needed any more
    config = write_config(folder / "config", database=url, smtp_port=25, sources=[], recipients=[])
    for path in (config, *config.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return url, config


def _as_nobody(*argv: str) -> subprocess.CompletedProcess:
    drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    if drop and shutil.which("setpriv") is None:
        pytest.skip("setpriv is needed to run a command as an unprivileged user")
    return subprocess.run([*drop, sys.executable, "-m", "crawler.cli", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=90, env={**os.environ, "COLUMNS": "200"})


READ_COMMANDS = [(["incidents"], "Test air base"), (["sources"], "test-outlet"),
                 (["export", "--format", "csv"], "Test air base"), (["outbox", "list"], "desk@basewatch.test")]


def test_read_commands_work_on_a_database_the_user_cannot_write(shared_folder):
    url, config = _seed(shared_folder)
    (shared_folder / "basewatch.db").chmod(0o444)
    shared_folder.chmod(0o555)
    before = sorted(os.listdir(shared_folder))
    for argv, expected in READ_COMMANDS:
        result = _as_nobody("--config", str(config), *argv)
        assert result.returncode == 0, (argv, result.stderr)
        assert expected in result.stdout, argv
    refused = _as_nobody("--config", str(config), "outbox", "drop", "1")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
    last = refused.stderr.splitlines()[-1]  # after alembic's INFO lines
    assert last.startswith("basewatch: error: ") and "read-only" in last and "needs write access" in last
    assert sorted(os.listdir(shared_folder)) == before, "no lock file, no -wal or -shm left behind"


def test_read_only_reader_sees_what_a_running_writer_committed(shared_folder):
    url, config = _seed(shared_folder)
    (shared_folder / "basewatch.db").chmod(0o444)
    shared_folder.chmod(0o555)
    writer = store.open_engine(url)  # root: the daemon, still running, its last commit only in the -wal file
    sessions = store.session_factory(writer)
    add_incident(sessions, recipients=(Recipient(email="late@basewatch.test"),))
    try:
        with writer.connect():
            assert (shared_folder / "basewatch.db-wal").exists()
            result = _as_nobody("--config", str(config), "outbox", "list")
    finally:
        writer.dispose()
    assert result.returncode == 0, result.stderr
    assert "late@basewatch.test" in result.stdout


def _immutable(*paths: Path) -> None:
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {result.stderr.strip()}")


def test_root_reads_an_immutable_database_and_an_old_one_is_one_line_error(shared_folder, capsys):
    url, config = _seed(shared_folder)
    old_url = f"sqlite:///{shared_folder / 'old.db'}"
    old = create_engine(old_url)
    with old.begin() as conn:
        alembic = alembic_config()
        alembic.attributes["connection"] = conn
        command.upgrade(alembic, "0004")
    old.dispose()
    before = sorted(os.listdir(shared_folder))
    _immutable(shared_folder / "basewatch.db", shared_folder / "old.db", shared_folder)
    assert main(["--config", str(config), "incidents"]) == 0
    assert "Test air base" in capsys.readouterr().out
    assert main(["--config", str(config), "--database", old_url, "incidents"]) == 2
    _one_line_error(capsys, str(shared_folder / "old.db"), "read-only", "not at the current schema")
    assert sorted(os.listdir(shared_folder)) == before
