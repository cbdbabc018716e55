"""The operator and the outbox: `basewatch outbox list|retry|drop` on rows a real SMTP server refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from conftest import read_mail, write_config
from crawler.cli.main import main
from pipelines.store import models as store
from pipelines.config_models import Recipient
from pipelines.alerts.sender import send_pending
from test_mail_faults import BUSY, GONE, refusing_server
from test_sender import NOW, add_incident, smtp

pytestmark = pytest.mark.timeout(120)
DESK = "desk@basewatch.test"
UNKNOWN_USER = "550 5.1.1 <gone@basewatch.test>: Recipient address rejected: User unknown"


@pytest.fixture
def sessions(database_url):
    engine = store.open_engine(database_url)
    yield store.session_factory(engine)
    engine.dispose()


@pytest.fixture
def refused(sessions, tmp_path):
    """One incident for three recipients, sent once: desk got it, gone was refused (550), busy told to wait (451)."""
    recipients = (Recipient(email=DESK), Recipient(email=GONE), Recipient(email=BUSY))
    ids = dict(zip((DESK, GONE, BUSY), add_incident(sessions, recipients=recipients)[1]))
    rcpt = {GONE: UNKNOWN_USER, BUSY: "451 4.2.0 Mailbox busy, come back later"}
    with refusing_server(tmp_path / "mail", rcpt=rcpt) as (port, server, sink):
        send_pending(sessions, smtp(port), now=NOW)
        yield ids, port, server, sink


def _cli(database_url, tmp_path, capsys, *argv) -> tuple[int, str, str]:
    config = write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[], recipients=[])
    code = main(["--config", str(config), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _row(sessions, row_id) -> store.Outbox:
    with sessions() as session:
        return session.get(store.Outbox, row_id)


def _lines_by_id(out: str) -> dict[int, str]:
    return {int(line.split()[0]): line for line in out.splitlines() if line.split() and line.split()[0].isdigit()}


def test_list_shows_refused_and_waiting_rows_with_the_servers_words(refused, sessions, database_url, tmp_path, capsys):
    ids, *_ = refused
    code, out, err = _cli(database_url, tmp_path, capsys, "outbox", "list")
    assert code == 0, err
    lines = _lines_by_id(out)
    assert set(lines) == {ids[GONE], ids[BUSY]}, "the sent row is not listed by default"
    assert lines[ids[GONE]].split()[1:3] == ["failed", "1"]
    assert UNKNOWN_USER in lines[ids[GONE]] and GONE in lines[ids[GONE]]
    assert lines[ids[BUSY]].split()[1:3] == ["pending", "1"]
    assert "451 4.2.0 Mailbox busy" in lines[ids[BUSY]]
    code, out, _ = _cli(database_url, tmp_path, capsys, "outbox", "list", "--status", "sent")
    assert code == 0 and set(_lines_by_id(out)) == {ids[DESK]}


def test_retry_sends_a_failed_row_once(refused, sessions, database_url, tmp_path, capsys):
    ids, port, server, sink = refused
    del server.rcpt[GONE]  # the mailbox was created after all
    send_pending(sessions, smtp(port), now=NOW + timedelta(hours=1))
    assert _row(sessions, ids[GONE]).status == "failed", "a failed row is not sent without the operator"
    code, out, err = _cli(database_url, tmp_path, capsys, "outbox", "retry", str(ids[GONE]))
    assert (code, err) == (0, "")
    assert f"outbox row {ids[GONE]} to {GONE} is queued again" in out
    row = _row(sessions, ids[GONE])
    assert (row.status, row.attempts) == ("pending", 0)
    for hours in (2, 3, 4):
        send_pending(sessions, smtp(port), now=store.utcnow() + timedelta(hours=hours))
    row = _row(sessions, ids[GONE])
    assert (row.status, row.attempts) == ("sent", 1)
    delivered = sorted(read_mail(path)["To"] for path in sink.messages())
    assert delivered == [DESK, GONE], "each recipient got the alert exactly once"


def test_drop_keeps_a_row_from_ever_being_sent(refused, sessions, database_url, tmp_path, capsys):
    ids, port, server, sink = refused
    code, out, err = _cli(database_url, tmp_path, capsys, "outbox", "drop", str(ids[BUSY]))
    assert (code, err) == (0, "")
    assert f"outbox row {ids[BUSY]} to {BUSY} is dropped" in out
    server.rcpt.clear()  # the busy mailbox would accept now
    for hours in range(1, 6):
        send_pending(sessions, smtp(port), now=NOW + timedelta(hours=hours))
    assert server.tries[BUSY] == 1, "a dropped row is never offered to the server again"
    assert _row(sessions, ids[BUSY]).status == "dropped"
    assert [read_mail(path)["To"] for path in sink.messages()] == [DESK]
    code, out, _ = _cli(database_url, tmp_path, capsys, "outbox", "list")
    assert set(_lines_by_id(out)) == {ids[GONE]}, "dropped rows leave the default list"
    code, out, _ = _cli(database_url, tmp_path, capsys, "outbox", "list", "--status", "dropped")
    assert set(_lines_by_id(out)) == {ids[BUSY]}


@pytest.mark.parametrize("command", ["retry", "drop"])
def test_unknown_or_sent_row_is_a_one_line_error(refused, sessions, database_url, tmp_path, capsys, command):
    ids, *_ = refused
    code, out, err = _cli(database_url, tmp_path, capsys, "outbox", command, "999999")
    assert code == 2 and out == ""
    assert err == "basewatch: error: no outbox row 999999 (see `basewatch outbox list`)\n"
    code, out, err = _cli(database_url, tmp_path, capsys, "outbox", command, str(ids[DESK]))
    assert code == 2 and err == f"basewatch: error: outbox row {ids[DESK]} was already sent; nothing to do\n"
    assert _row(sessions, ids[DESK]).status == "sent"
