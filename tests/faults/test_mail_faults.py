"""The mail server misbehaves: down for ten minutes, or dropping the connection after DATA."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from collections import Counter
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from conftest import BACKENDS, fresh_database, read_mail
from crawler.offline.mailsink import MailSink
from helpers import closed_port
from pipelines.store import models as store
from pipelines.config_models import Recipient
from pipelines.alerts.sender import send_pending
from test_sender import NOW, add_incident, smtp

pytestmark = pytest.mark.timeout(120)
RECIPIENTS = (Recipient(email="desk@basewatch.test"), Recipient(email="watch@basewatch.test"))


@pytest.fixture
def sessions(tmp_path):
    with fresh_database(BACKENDS[0], tmp_path) as url:
        yield store.session_factory(store.open_engine(url))


def _queue(sessions, count: int = 3) -> list[int]:
    ids = []
    for _ in range(count):
        ids += add_incident(sessions, recipients=RECIPIENTS)[1]
    return ids


def _assert_each_sent_once(sessions, messages, ids) -> None:
    delivered = Counter(read_mail(path)["Message-ID"] for path in messages)
    with sessions() as session:
        rows = session.scalars(select(store.Outbox).where(store.Outbox.id.in_(ids))).all()
    assert {row.status for row in rows} == {"sent"}, "no alert lost"
    assert set(delivered) == {row.message_id for row in rows}
    assert max(delivered.values()) == 1, "no alert duplicated"


def test_smtp_down_for_ten_minutes_then_back(sessions, tmp_path):
    ids = _queue(sessions)
    port = closed_port()
    for minute in range(0, 11):  # the daemon's outbox job, once a minute, while nothing listens
        result = send_pending(sessions, smtp(port), now=NOW + timedelta(minutes=minute))
        assert result.sent == 0 and result.pending == len(ids)
    with MailSink(tmp_path / "mail", port=port) as sink:
        later = NOW + timedelta(minutes=11)
        while send_pending(sessions, smtp(port), now=later).pending and later < NOW + timedelta(hours=3):
            later += timedelta(minutes=1)
        _assert_each_sent_once(sessions, sink.messages(), ids)


class _DropAfterData:
    """Closes the connection instead of answering DATA, for the first `drops` messages."""

    def __init__(self, sink_handler, drops: int):
        self.sink, self.drops, self.lock = sink_handler, drops, threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            drop = self.drops > 0
            self.drops -= drop
        if drop:
            server.transport.close()
            return "421 closing"  # never reaches the client: the connection is gone
        return await self.sink.handle_DATA(server, session, envelope)


def test_smtp_dropping_the_connection_after_data(sessions, tmp_path):
    ids = _queue(sessions)
    with MailSink(tmp_path / "mail") as sink:
        port = closed_port()
        dropper = _DropAfterData(sink.controller.handler, drops=2)
        controller = Controller(dropper, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            now = NOW
            for _ in range(30):
                if not send_pending(sessions, smtp(port), now=now).pending:
                    break
                now += timedelta(minutes=5)
        finally:
            controller.stop()
        assert dropper.drops == 0, "the server did drop connections"
        _assert_each_sent_once(sessions, sink.messages(), ids)


GONE, BUSY = "gone@basewatch.test", "busy@basewatch.test"


class Refusing:
    """The sink behind a server that answers some recipients at RCPT or at DATA, and counts every try."""

    def __init__(self, sink_handler, *, rcpt: dict[str, str] | None = None, data: dict[str, str] | None = None):
        self.sink, self.rcpt, self.data = sink_handler, dict(rcpt or {}), dict(data or {})
        self.tries: Counter = Counter()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        self.tries[address] += 1
        if address in self.rcpt:
            return self.rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        refused = [self.data[a] for a in envelope.rcpt_tos if a in self.data]
        if refused:
            return refused[0]
        return await self.sink.handle_DATA(server, session, envelope)


@contextmanager
def refusing_server(folder, **answers):
    """A real aiosmtpd server on 127.0.0.1 that stores what it accepts in `folder` like MailSink."""
    sink = MailSink(folder)  # never started: only its handler and folder are used
    handler = Refusing(sink.controller.handler, **answers)
    controller = Controller(handler, hostname="127.0.0.1", port=closed_port())
    controller.start()
    try:
        yield controller.port, handler, sink
    finally:
        controller.stop()


def _rows(sessions, ids) -> dict[str, store.Outbox]:
    with sessions() as session:
        return {row.recipient: row for row in session.scalars(select(store.Outbox).where(store.Outbox.id.in_(ids)))}


def test_unknown_mailbox_fails_at_once_and_a_busy_one_is_retried(sessions, tmp_path):
    recipients = (Recipient(email="desk@basewatch.test"), Recipient(email=GONE), Recipient(email=BUSY))
    ids = add_incident(sessions, recipients=recipients)[1]
    rcpt = {GONE: "550 5.1.1 <gone@basewatch.test>: Recipient address rejected: User unknown",
            BUSY: "451 4.2.0 Mailbox busy, come back later"}
    with refusing_server(tmp_path / "mail", rcpt=rcpt) as (port, server, sink):
        first = send_pending(sessions, smtp(port), now=NOW)
        rows = _rows(sessions, ids)
        assert (first.sent, first.failed, first.pending) == (1, 2, 1)
        assert (rows[GONE].status, rows[GONE].attempts) == ("failed", 1)
        assert rows[GONE].last_error == ("550 5.1.1 <gone@basewatch.test>: Recipient address rejected: "
                                         "User unknown (gone@basewatch.test)")
        assert (rows[BUSY].status, rows[BUSY].attempts) == ("pending", 1)
        assert rows[BUSY].last_error.startswith("451 4.2.0 Mailbox busy, come back later")
        for minute in range(1, 61):  # an hour of the daemon's outbox job
            send_pending(sessions, smtp(port), now=NOW + timedelta(minutes=minute))
        rows = _rows(sessions, ids)
        assert server.tries[GONE] == 1, "a permanent refusal is not asked again"
        assert (rows[GONE].status, rows[GONE].attempts) == ("failed", 1)
        assert server.tries[BUSY] == rows[BUSY].attempts > 3, "a temporary refusal is retried with backoff"
        assert rows[BUSY].status == "pending"
        delivered = [read_mail(path)["To"] for path in sink.messages()]
    assert delivered == ["desk@basewatch.test"], "the good recipient gets its alert exactly once"


@pytest.mark.parametrize("stage, answer, permanent", [
    ("rcpt", "550 5.1.1 No such mailbox here", True),
    ("rcpt", "452 4.2.2 Mailbox full", False),
    ("data", "554 5.7.1 Message rejected by policy", True),
    ("data", "451 4.3.0 Queue is full, try later", False),
])
def test_5xx_fails_the_row_and_4xx_keeps_it_queued(sessions, tmp_path, stage, answer, permanent):
    ids = add_incident(sessions, recipients=(Recipient(email=GONE), Recipient(email="desk@basewatch.test")))[1]
    with refusing_server(tmp_path / "mail", **{stage: {GONE: answer}}) as (port, server, sink):
        send_pending(sessions, smtp(port), now=NOW)
        send_pending(sessions, smtp(port), now=NOW + timedelta(hours=2))
        rows = _rows(sessions, ids)
        delivered = [read_mail(path)["To"] for path in sink.messages()]
    assert rows[GONE].status == ("failed" if permanent else "pending")
    assert rows[GONE].attempts == (1 if permanent else 2)
    assert rows[GONE].last_error.startswith(answer)
    assert delivered == ["desk@basewatch.test"]
