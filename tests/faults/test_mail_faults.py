"""The mail server misbehaves: down for ten minutes, or dropping the connection after DATA."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from conftest import BACKENDS, fresh_database, read_mail
from crawler.mailsink import MailSink
from helpers import closed_port
from pipelines import store
from pipelines.config import Recipient
from pipelines.sender import send_pending
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
