"""Alerts on notification URLs (Apprise): a json:// recipient against a real local HTTP receiver."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from conftest import read_mail, write_config
from crawler.offline.mailsink import MailSink
from faults.helpers import closed_port
from pipelines.store import models as store
from pipelines.config_models import Recipient, SmtpSettings
from pipelines.config import load_config
from pipelines.errors import ConfigError
from pipelines.alerts.outbox import enqueue
from pipelines.alerts.sender import deliver, send_pending

NOW = datetime(2026, 5, 11, 7, 30, tzinfo=UTC)


class Receiver:
    """A webhook on 127.0.0.1 that records each POST (path, JSON body, the status it answered)."""

    def __init__(self, port: int = 0, status: int = 200):
        self.status, self.posts = status, []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.posts.append((self.path, json.loads(body), receiver.status))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]

    def __enter__(self) -> Receiver:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def delivered(self) -> list[dict]:
        return [body for _path, body, status in self.posts if status < 300]

    def url(self, path: str = "/basewatch") -> str:
        return f"json://127.0.0.1:{self.port}{path}"


@pytest.fixture
def sessions(database_url):
    return store.session_factory(store.open_engine(database_url))


def smtp(port: int) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=port, from_address="alerts@basewatch.test", timeout_seconds=5)


def add_incident(sessions, recipients, *, base: str = "Camp Falcon", evidence: str = "A rocket hit Camp Falcon at dawn.",
                 actor: str | None = "Kataib Hezbollah") -> int:
    """An incident with one report, and its first-alert outbox rows, as the ingest pipeline writes them."""
    with sessions.begin() as session:
        if session.get(store.Source, "chan-outlet") is None:
            session.add(store.Source(id="chan-outlet", name="Channel Test Outlet", country="IQ", language="en",
                                     kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
            session.flush()
        count = session.scalar(select(store.Article.id).order_by(store.Article.id.desc()).limit(1)) or 0
        url = f"http://127.0.0.1/news/{count + 1}"
        article = store.Article(source_id="chan-outlet", url=url, canonical_url=url, title="Rocket attack",
                                text=evidence, fetched_at=NOW, published_at=NOW)
        session.add(article)
        session.flush()
        incident = store.Incident(key=f"iq-falcon-{count}", base_id="iq-falcon", base=base, country="IQ",
                                  attack_type="rocket", attack_types="rocket", actor=actor, event_time=NOW,
                                  first_seen_at=NOW, last_seen_at=NOW, confidence=0.9, source_count=1,
                                  story_count=1)
        session.add(incident)
        session.flush()
        session.add(store.Report(article_id=article.id, incident_id=incident.id, base=base, base_id="iq-falcon",
                                 country="IQ", attack_type="rocket", evidence=evidence))
        enqueue(session, incident, recipients, kind="alert", from_address="alerts@basewatch.test", now=NOW)
        return incident.id


def add_update(sessions, incident_id: int, recipients, note: str, *, at: datetime = NOW) -> None:
    with sessions.begin() as session:
        enqueue(session, session.get(store.Incident, incident_id), recipients, kind="update-1",
                from_address="alerts@basewatch.test", now=at, note=note)


def test_json_recipient_gets_the_alert_and_its_update_once(sessions):
    with Receiver() as hook:
        desk = (Recipient(name="chat desk", notify=(hook.url(),), dashboard_url="https://watch.example.org/"),)
        incident_id = add_incident(sessions, desk)
        first = send_pending(sessions, smtp(closed_port()), now=NOW, recipients=desk)
        add_update(sessions, incident_id, desk, "a second outlet confirms the strike")
        second = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=1), recipients=desk)
        again = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(hours=2), recipients=desk)
        assert (first.sent, second.sent, again.sent) == (1, 1, 0)
        alert, update = hook.delivered()
    assert len(hook.posts) == 2
    assert alert["title"] == "[basewatch] Rocket attack on Camp Falcon (Iraq) - 1 source"
    assert alert["message"].splitlines() == [
        "Base: Camp Falcon", "Country: Iraq", "Actor: Kataib Hezbollah",
        "Evidence: “A rocket hit Camp Falcon at dawn.” (Channel Test Outlet)",
        f"Dashboard: https://watch.example.org/incidents/{incident_id}", f"basewatch incident #{incident_id}"]
    assert update["title"].startswith("Re: [basewatch] Rocket attack on Camp Falcon")
    assert update["message"].startswith("Update: a second outlet confirms the strike\n")
    assert update["message"].endswith(f"basewatch incident #{incident_id}"), "threaded under the same incident"
    with sessions() as session:
        rows = session.scalars(select(store.Outbox).order_by(store.Outbox.id)).all()
    assert [(row.channel, row.kind, row.status) for row in rows] == [("notify", "alert", "sent"),
                                                                     ("notify", "update-1", "sent")]
    assert rows[0].recipient.startswith("notify:") and "127.0.0.1" not in rows[0].recipient
    assert rows[1].reply_to_message_id == rows[0].message_id


def test_a_receiver_down_for_a_while_gets_each_message_later_once(sessions, monkeypatch, caplog):
    monkeypatch.setenv("BASEWATCH_HOOK_TOKEN", "tok-5e3f9a")
    port = closed_port()
    url = f"json://127.0.0.1:{port}/hook/${{BASEWATCH_HOOK_TOKEN}}"
    desk = (Recipient(notify=(url,)),)
    incident_id = add_incident(sessions, desk)
    caplog.set_level(logging.INFO)
    refused = send_pending(sessions, smtp(closed_port()), now=NOW, recipients=desk)  # nothing listens yet
    assert (refused.sent, refused.failed, refused.pending) == (0, 1, 1)
    add_update(sessions, incident_id, desk, "the ministry confirms")
    with Receiver(port=port, status=500) as hook:
        failing = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=5), recipients=desk)
        assert (failing.sent, failing.failed, failing.pending) == (0, 1, 2), "the update waits for its alert"
        early = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=5, seconds=10),
                             recipients=desk)
        assert early.failed == 0, "backoff: not retried before its time"
        with sessions() as session:
            rows = session.scalars(select(store.Outbox).order_by(store.Outbox.id)).all()
            assert [row.attempts for row in rows] == [2, 0]
            assert "500" in rows[0].last_error and "tok-5e3f9a" not in rows[0].last_error
            assert "${BASEWATCH_HOOK_TOKEN}" in rows[0].last_error, "masked, not hidden"
        hook.status = 200
        up = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=30), recipients=desk)
        later = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(hours=3), recipients=desk)
        assert (up.sent, up.pending, later.sent) == (2, 0, 0)
        delivered = hook.delivered()
        paths = {path for path, _body, _status in hook.posts}
    assert [body["title"][:3] for body in delivered] == ["[ba", "Re:"], "the alert, then its update, once each"
    assert paths == {"/hook/tok-5e3f9a"}, "the token came from the environment"
    assert "tok-5e3f9a" not in caplog.text


def test_email_and_json_recipient_gets_both(sessions, tmp_path):
    with Receiver() as hook, MailSink(tmp_path / "mail") as sink:
        both = (Recipient(email="desk@basewatch.test", notify=(hook.url(),)),)
        add_incident(sessions, both)
        result = send_pending(sessions, smtp(sink.port), now=NOW, recipients=both)
        again = send_pending(sessions, smtp(sink.port), now=NOW + timedelta(hours=1), recipients=both)
        assert (result.sent, again.sent) == (2, 0)
        mails, posts = sink.messages(), hook.delivered()
        assert read_mail(mails[0])["To"] == "desk@basewatch.test"
    assert len(mails) == 1 and len(posts) == 1
    assert posts[0]["title"] == read_mail(mails[0])["Subject"]


def test_untrusted_text_reaches_the_channel_without_control_characters(sessions):
    with Receiver() as hook:
        desk = (Recipient(notify=(hook.url(),)),)
        add_incident(sessions, desk, base="Camp\x1b[31m Falcon\r\nInjected: yes",
                     evidence="A drone\x07 struck\x00 the\u202e runway.\nFake line", actor="Unknown\x0bgroup")
        assert send_pending(sessions, smtp(closed_port()), now=NOW, recipients=desk).sent == 1
        (body,) = hook.delivered()
    text = body["title"] + "\n" + body["message"]
    assert not [ch for ch in text if not ch.isprintable() and ch != "\n"]
    lines = body["message"].splitlines()
    assert lines[0] == "Base: Camp [31m Falcon Injected: yes", "one field, one line"
    assert not [line for line in lines if line.startswith(("Injected", "Fake"))]


def test_the_storm_bound_applies_to_chat_recipients(sessions, database_url, tmp_path):
    """Through `deliver`, as the daemon and `basewatch send` run it: the recipients come from alerts.yaml."""
    with Receiver() as hook:
        config = load_config(write_config(
            tmp_path / "config", database=database_url, smtp_port=closed_port(), sources=[],
            recipients=[{"name": "ops chat", "notify": [hook.url()]}], alerts={"max_immediate_per_hour": 2}))
        ids = [add_incident(sessions, config.recipients, evidence=f"Rocket number {n} hit Camp Falcon.")
               for n in range(4)]
        result = deliver(sessions, config, now=NOW)
        assert (result.sent, result.pending) == (3, 0)
        alerts, summary = hook.delivered()[:2], hook.delivered()[2]
    assert [post["message"].splitlines()[-1] for post in alerts] == [f"basewatch incident #{i}" for i in ids[:2]]
    assert summary["title"] == "[basewatch] 2 more incidents in the last hour (alert limit reached)"
    assert [line.split(" ", 1)[0] for line in summary["message"].splitlines()] == [f"#{i}" for i in ids[2:]]


@pytest.mark.parametrize("entry, words", [
    ({"name": "ops chat", "notify": ["json://127.0.0.1/ok", "nosuchservice://abc/def"]},
     ["notify", "URL 2", "nosuchservice://", "not a notification URL"]),
    ({"name": "ops chat", "notify": ["tgram://${BASEWATCH_UNSET_TOKEN}/12345"]},
     ["notify", "URL 1", "BASEWATCH_UNSET_TOKEN is not set"]),
    ({"name": "nobody"}, ["notify", "needs an email address or notify URLs"]),
])
def test_a_bad_notification_url_is_a_config_error_at_load(tmp_path, monkeypatch, entry, words):
    monkeypatch.delenv("BASEWATCH_UNSET_TOKEN", raising=False)
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path}/db.sqlite", smtp_port=25,
                             sources=[], recipients=[{"email": "desk@basewatch.test"}, entry])
    with pytest.raises(ConfigError) as caught:
        load_config(directory)
    message = str(caught.value)
    assert "alerts.yaml:" in message and f"entry '{entry['name']}'" in message
    for word in words:
        assert word in message
    assert "abc/def" not in message, "the rest of a URL may hold a token"


def test_outbox_list_shows_a_failing_url_masked(sessions, database_url, tmp_path, monkeypatch, capsys):
    from crawler.cli.main import main

    monkeypatch.setenv("BASEWATCH_HOOK_TOKEN", "tok-77c1d0")
    with Receiver(status=503) as hook:
        entry = {"name": "ops chat", "notify": [hook.url("/hook/${BASEWATCH_HOOK_TOKEN}")]}
        config = write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                              recipients=[entry])
        desk = load_config(config).recipients
        add_incident(sessions, desk)
        assert send_pending(sessions, smtp(closed_port()), now=NOW, recipients=desk).failed == 1
    assert main(["--config", str(config), "outbox", "list"]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if line.split() and line.split()[0].isdigit()]
    assert f"json://127.0.0.1:{hook.port}/hook/${{BASEWATCH_HOOK_TOKEN}}" in line and "503" in line
    assert "tok-77c1d0" not in out


def test_a_receiver_failing_past_max_attempts_leaves_the_row_failed(sessions):
    with Receiver(status=500) as hook:
        desk = (Recipient(notify=(hook.url(),)),)
        add_incident(sessions, desk)
        for minutes in (0, 10, 30):
            send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=minutes), max_attempts=2,
                         recipients=desk)
        assert len(hook.posts) == 2, "given up after two attempts"
    with sessions() as session:
        row = session.scalars(select(store.Outbox)).one()
    assert (row.status, row.attempts) == ("failed", 2) and "500" in row.last_error


def test_an_update_waits_for_its_alert_on_a_chat(sessions):
    """The receiver refuses only the first message: the update must not arrive before the alert."""
    with Receiver() as hook:
        desk = (Recipient(notify=(hook.url(),)),)
        incident_id = add_incident(sessions, desk)
        add_update(sessions, incident_id, desk, "casualties reported")
        hook.status = 500
        original = hook.server.RequestHandlerClass.do_POST

        def refuse_once(handler):
            original(handler)
            hook.status = 200

        hook.server.RequestHandlerClass.do_POST = refuse_once
        first = send_pending(sessions, smtp(closed_port()), now=NOW, recipients=desk)
        assert (first.sent, first.failed, first.pending) == (0, 1, 2)
        second = send_pending(sessions, smtp(closed_port()), now=NOW + timedelta(minutes=5), recipients=desk)
        assert second.sent == 2
        titles = [body["title"][:3] for body in hook.delivered()]
    assert titles == ["[ba", "Re:"]
    with sessions() as session:
        attempts = [row.attempts for row in session.scalars(select(store.Outbox).order_by(store.Outbox.id))]
    assert attempts == [2, 1], "waiting for the alert is not an attempt"
