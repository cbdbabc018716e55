"""The outbox and the SMTP sender against a real local SMTP server."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from conftest import read_mail
from crawler.offline.mailsink import MailSink
from faults.helpers import closed_port
from pipelines.store import models as store
from pipelines.config_models import Recipient, SmtpSettings
from pipelines.alerts.outbox import enqueue
from pipelines.alerts.sender import send_pending

NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
_numbers = itertools.count(1)


@pytest.fixture
def sessions(database_url):
    return store.session_factory(store.open_engine(database_url))


def add_incident(sessions, *, title: str = "Drones hit the airfield", evidence: str = "Two drones struck the base.",
                 country: str = "IQ", recipients=(Recipient(email="desk@basewatch.test"),), kind: str = "alert",
                 base: str | None = "Test air base", region: str | None = None, mention: str | None = None):
    """An incident with one report and its outbox rows, as the ingest pipeline would write them."""
    with sessions.begin() as session:
        if session.get(store.Source, "test-outlet") is None:
            session.add(store.Source(id="test-outlet", name="Test <Outlet>", country="IQ", language="en",
                                     kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
            session.flush()
        url = f"http://127.0.0.1/a/{next(_numbers)}"
        article = store.Article(source_id="test-outlet", url=url, canonical_url=url, title=title,
                                text=evidence, fetched_at=NOW, published_at=NOW)
        session.add(article)
        session.flush()
        base_id = "iq-test" if base else None
        incident = store.Incident(key=base_id or f"region:{country}:{region}", base_id=base_id, base=base,
                                  region=region, country=country,
                                  latitude=33.8, longitude=42.4, attack_type="drone", attack_types="drone",
                                  event_time=NOW, first_seen_at=NOW, last_seen_at=NOW, confidence=0.9,
                                  source_count=1, story_count=1)
        session.add(incident)
        session.flush()
        session.add(store.Report(article_id=article.id, incident_id=incident.id, base=base, base_id=base_id,
                                 region=region, mention=mention, country=country, attack_type="drone",
                                 evidence=evidence))
        rows = enqueue(session, incident, recipients, kind=kind, from_address="alerts@basewatch.test", now=NOW)
        return incident.id, [row.id for row in rows]


def smtp(port: int) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=port, from_address="alerts@basewatch.test", timeout_seconds=5)


def test_alert_delivered_once(sessions, tmp_path):
    add_incident(sessions)
    with MailSink(tmp_path / "mail") as sink:
        first = send_pending(sessions, smtp(sink.port), now=NOW)
        again = send_pending(sessions, smtp(sink.port), now=NOW + timedelta(hours=1))
        assert (first.sent, again.sent) == (1, 0)
        mail = read_mail(sink.messages()[0])
    assert mail["To"] == "desk@basewatch.test"
    assert mail["Subject"] == "[basewatch] Drone attack on Test air base (Iraq) - 1 source"
    assert mail["Message-ID"].startswith("<basewatch.incident-")


def test_smtp_down_then_up_delivers_once(sessions, tmp_path):
    add_incident(sessions)
    port = closed_port()  # nothing listens here yet
    down = send_pending(sessions, smtp(port), now=NOW)
    assert (down.sent, down.failed, down.pending) == (0, 1, 1)
    with sessions() as session:
        row = session.scalars(select(store.Outbox)).one()
        assert row.attempts == 1 and row.next_attempt_at > NOW and "connect" in row.last_error
    early = send_pending(sessions, smtp(port), now=NOW + timedelta(seconds=5))
    assert early.failed == 0, "backoff: not retried before its time"
    with MailSink(tmp_path / "mail", port=port) as sink:
        up = send_pending(sessions, smtp(port), now=NOW + timedelta(minutes=10))
        later = send_pending(sessions, smtp(port), now=NOW + timedelta(minutes=20))
        assert (up.sent, later.sent) == (1, 0)
        assert len(sink.messages()) == 1


def test_crash_between_send_and_mark_resends_same_message_id(sessions, tmp_path):
    """A sender killed after DATA but before marking: the claim expires and the same mail goes again."""
    add_incident(sessions)
    with MailSink(tmp_path / "mail") as sink:
        from pipelines.alerts import sender

        with sessions() as session:
            row = session.scalars(select(store.Outbox)).one()
        original = sender._send_one

        def crash_after_send(sessions_, client, row_id, smtp_, **kwargs):
            with sessions_() as session:
                message = sender.render(session, session.get(store.Outbox, row_id), from_address=smtp_.from_address)
            client.send_message(message)
            raise SystemExit("killed between send and mark-sent")

        sender._send_one = crash_after_send
        try:
            with pytest.raises(SystemExit):
                send_pending(sessions, smtp(sink.port), now=NOW)
        finally:
            sender._send_one = original
        assert send_pending(sessions, smtp(sink.port), now=NOW + timedelta(minutes=1)).sent == 0, "still claimed"
        assert send_pending(sessions, smtp(sink.port), now=NOW + timedelta(minutes=10)).sent == 1
        ids = [read_mail(p)["Message-ID"] for p in sink.messages()]
    assert ids == [row.message_id, row.message_id], "at least once, recognisably the same message"


def test_untrusted_text_cannot_inject_headers_or_markup(sessions, tmp_path):
    add_incident(sessions, title="Strike\r\nBcc: victim@example.org <script>alert(1)</script>",
                 evidence='Drones hit <img src=x onerror="steal()"> the base.\r\nX-Injected: yes')
    with MailSink(tmp_path / "mail") as sink:
        assert send_pending(sessions, smtp(sink.port), now=NOW).sent == 1
        raw = sink.messages()[0].read_bytes()
        mail = read_mail(sink.messages()[0])
    assert mail["Bcc"] is None and mail["X-Injected"] is None
    assert b"\nBcc:" not in raw
    html = mail.get_body(("html",)).get_content()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html
    assert "Test &lt;Outlet&gt;" in html


def test_an_installation_the_gazetteer_lacks_is_named_as_written_and_in_latin_letters(sessions, tmp_path):
    add_incident(sessions, base=None, region="صلاح الدين", mention="معسكر <b>للجيش</b>",
                 evidence="استهدفت طائرة مسيرة معسكرا للجيش.")
    with MailSink(tmp_path / "mail") as sink:
        assert send_pending(sessions, smtp(sink.port), now=NOW).sent == 1
        mail = read_mail(sink.messages()[0])
    text = mail.get_body(("plain",)).get_content()
    assert "Where:       a base in صلاح الدين [slh ldyn] (Iraq)" in text
    assert "Named as:    معسكر <b>للجيش</b> [m`skr <b>lljysh</b>]" in text
    assert "[slh ldyn]" in mail["Subject"]
    html = mail.get_body(("html",)).get_content()
    assert "<bdi>معسكر &lt;b&gt;للجيش&lt;/b&gt; [m`skr &lt;b&gt;lljysh&lt;/b&gt;]</bdi>" in html
    assert "<b>" not in html


def test_a_known_installation_is_not_named_again(sessions, tmp_path):
    add_incident(sessions, mention="the airfield")
    with MailSink(tmp_path / "mail") as sink:
        assert send_pending(sessions, smtp(sink.port), now=NOW).sent == 1
        mail = read_mail(sink.messages()[0])
    assert "Named as" not in mail.get_body(("plain",)).get_content()


def test_recipient_rules(sessions):
    recipients = (Recipient(email="all@t.test"), Recipient(email="syria@t.test", countries=("SY",)),
                  Recipient(email="rockets@t.test", attack_types=("rocket",)),
                  Recipient(email="sure@t.test", min_confidence=0.95),
                  Recipient(email="digest@t.test", mode="digest"))
    _, rows = add_incident(sessions, recipients=recipients)
    with sessions() as session:
        to = [session.get(store.Outbox, row).recipient for row in rows]
    assert to == ["all@t.test"]


def test_update_replies_to_first_alert(sessions, tmp_path):
    incident_id, _ = add_incident(sessions)
    with sessions.begin() as session:
        incident = session.get(store.Incident, incident_id)
        updates = enqueue(session, incident, (Recipient(email="desk@basewatch.test"),), kind="update-1",
                          from_address="alerts@basewatch.test", now=NOW, note="wounded: 2")
        assert len(updates) == 1
    with MailSink(tmp_path / "mail") as sink:
        assert send_pending(sessions, smtp(sink.port), now=NOW).sent == 2
        first, update = (read_mail(p) for p in sink.messages())
    assert update["In-Reply-To"] == first["Message-ID"] == update["References"]
    assert update["Subject"].startswith("Re: [basewatch]")
    assert "wounded: 2" in update.get_body(("plain",)).get_content()


def _config(tmp_path, database_url, recipients, **alerts):
    from conftest import write_config
    from pipelines.config import load_config

    return load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25,
                                    sources=[], recipients=recipients, alerts=alerts))


def test_alert_storm_is_capped_then_summarised(tmp_path, database_url):
    from pipelines.alerts.sender import deliver

    config = _config(tmp_path, database_url, [{"email": "desk@basewatch.test"}], max_immediate_per_hour=3)
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    for number in range(7):
        add_incident(sessions, evidence=f"Rockets hit outpost {number}.", recipients=config.recipients)
    with MailSink(tmp_path / "mail") as sink:
        config = config.model_copy(update={"settings": config.settings.model_copy(update={
            "smtp": smtp(sink.port)})})
        first = deliver(sessions, config, now=NOW)
        later = deliver(sessions, config, now=NOW + timedelta(minutes=5))
        mails = [read_mail(p) for p in sink.messages()]
    assert (first.sent, later.sent) == (4, 0), "three alerts and one summary, never silence"
    summary = [m for m in mails if "more incidents" in m["Subject"]]
    assert len(summary) == 1 and summary[0]["Subject"].startswith("[basewatch] 4 more incidents")
    body = summary[0].get_body(("plain",)).get_content()
    assert all(f"outpost {n}" in body for n in range(3, 7))


def test_daily_digest_lists_the_day_once(tmp_path, database_url):
    from pipelines.alerts.sender import deliver

    config = _config(tmp_path, database_url, [{"email": "digest@basewatch.test", "mode": "digest", "countries": ["IQ"]}],
                     digest_hour_utc=6)
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    add_incident(sessions, evidence="Drones struck the northern airfield.", recipients=config.recipients)
    add_incident(sessions, evidence="Shelling hit a Syrian outpost.", country="SY", recipients=config.recipients)
    with MailSink(tmp_path / "mail") as sink:
        config = config.model_copy(update={"settings": config.settings.model_copy(update={
            "smtp": smtp(sink.port)})})
        before = deliver(sessions, config, now=NOW)  # 04:00: today's digest is not due yet
        due = deliver(sessions, config, now=NOW.replace(hour=6, minute=1))
        again = deliver(sessions, config, now=NOW.replace(hour=9))
        mails = [read_mail(p) for p in sink.messages()]
    assert (before.sent, due.sent, again.sent) == (0, 1, 0)
    (digest,) = mails
    assert digest["Subject"] == "[basewatch] Daily digest 2026-03-02: 1 incident"
    body = digest.get_body(("plain",)).get_content()
    assert "northern airfield" in body and "Syrian outpost" not in body


def test_three_senders_at_once_send_each_alert_once(sessions, database_url, tmp_path):
    """Several nodes share one outbox: claims are disjoint, so nothing goes twice."""
    import subprocess
    import sys

    for number in range(24):
        add_incident(sessions, evidence=f"Mortar rounds hit post {number}.")
    with MailSink(tmp_path / "mail") as sink:
        code = ("import sys; from pipelines.store import models as store; from pipelines.config_models import SmtpSettings; "
                "from pipelines.alerts.sender import send_pending; "
                "s = store.session_factory(store.open_engine(sys.argv[1])); "
                "send_pending(s, SmtpSettings(host='127.0.0.1', port=int(sys.argv[2])), limit=5)")
        for _ in range(3):  # rounds: each process takes at most 5 rows per call
            procs = [subprocess.Popen([sys.executable, "-c", code, database_url, str(sink.port)])
                     for _ in range(3)]
            assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
        ids = [read_mail(p)["Message-ID"] for p in sink.messages()]
    assert len(ids) == len(set(ids)) == 24
