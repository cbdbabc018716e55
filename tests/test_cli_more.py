"""Operator commands of issue 17: alerts test, send --test, incidents --json/--since/show, the
dashboard link and the update subject in alerts, and error streaks counted per cycle.

Real databases (SQLite, and PostgreSQL when configured) and a real local SMTP server (aiosmtpd).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from conftest import read_mail, write_config
from test_channels import Receiver
from test_fail_loudly import run
from faults.helpers import closed_port
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.alerts.outbox import enqueue
from pipelines.sources.health import record_polls, sync_sources

pytestmark = pytest.mark.timeout(120)
NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
DESK, OPS = "desk@basewatch.test", "ops@basewatch.test"
HOOK = "json://127.0.0.1:9/hook"
RECIPIENTS = [
    {"email": DESK, "name": "Iraq desk", "countries": ["IQ"], "min_confidence": 0.5},
    {"email": OPS, "mode": "digest", "bases": ["iq-erbil"]},
    {"notify": [HOOK], "attack_types": ["artillery"], "min_confidence": 0.95},
]


def configure(tmp_path, database_url, *, smtp_port: int = 25, recipients=RECIPIENTS, **settings):
    return write_config(tmp_path / "config", database=database_url, smtp_port=smtp_port,
                        sources=[{"id": "test-outlet", "name": "Test <Outlet>", "country": "IQ", "language": "en",
                                  "kind": "regional", "feeds": ["http://127.0.0.1:9/a.xml",
                                                                "http://127.0.0.1:9/b.xml"]}],
                        recipients=recipients, **settings)


def add_incident(sessions, *, base_id="iq-ain-al-asad", base="Ain al-Asad Air Base", attack_type="drone",
                 confidence=0.9, event_date=date(2026, 3, 1), first_seen=NOW, actor=None, confirmed_by=None,
                 evidence="Two drones struck Ain al-Asad Air Base on Sunday.", url="http://127.0.0.1/a/1",
                 mention="Ain al-Asad") -> int:
    """An incident with one report from one article, as ingest writes them."""
    with sessions.begin() as session:
        if session.get(store.Source, "test-outlet") is None:
            session.add(store.Source(id="test-outlet", name="Test <Outlet>", country="IQ", language="en",
                                     kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
            session.flush()
        article = store.Article(source_id="test-outlet", url=url, canonical_url=url, title="Drones hit the base",
                                text=evidence, fetched_at=first_seen, published_at=first_seen)
        session.add(article)
        session.flush()
        incident = store.Incident(key=base_id, base_id=base_id, base=base, country="IQ", latitude=33.8,
                                  longitude=42.4, attack_type=attack_type, attack_types=attack_type, actor=actor,
                                  confirmed_by=confirmed_by, event_date=event_date, event_time=first_seen,
                                  first_seen_at=first_seen, last_seen_at=first_seen, confidence=confidence,
                                  source_count=1, story_count=1, report_count=1, alerted=True)
        session.add(incident)
        session.flush()
        session.add(store.Report(article_id=article.id, incident_id=incident.id, base=base, base_id=base_id,
                                 country="IQ", attack_type=attack_type, evidence=evidence, actor=actor,
                                 confirmed_by=confirmed_by, mention=mention, confidence=confidence))
        return incident.id


class RefuseAtRcpt:
    """An SMTP server's handler that refuses every recipient with the given answer."""

    def __init__(self, answer: str):
        self.answer, self.accepted = answer, 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        return self.answer

    async def handle_DATA(self, server, session, envelope) -> str:
        self.accepted += 1
        return "250 OK"


@pytest.fixture
def sessions(database_url):
    engine = store.open_engine(database_url)
    yield store.session_factory(engine)
    engine.dispose()


# --- alerts test ---------------------------------------------------------------------------------

def test_alerts_test_names_each_recipient_and_rule_as_the_outbox_decides(sessions, database_url, tmp_path, capsys):
    config_dir = configure(tmp_path, database_url)
    older = add_incident(sessions, base_id="iq-erbil", base="Erbil Air Base", first_seen=NOW - timedelta(hours=5),
                         url="http://127.0.0.1/a/0")
    newest = add_incident(sessions)
    code, out, err = run(["--config", str(config_dir), "alerts", "test"], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"incident #{newest}: Ain al-Asad Air Base (Iraq); country IQ, base iq-ain-al-asad, attack types drone, "
        "confidence 0.90",
        f"Iraq desk (immediate; email {DESK}): reached: immediate alert",
        "  countries: pass (country IQ in IQ)",
        "  min_confidence: pass (confidence 0.90 >= 0.50)",
        f"{OPS} (digest; email {OPS}): not reached",
        "  bases: FAIL (base iq-ain-al-asad not in iq-erbil)",
        "  min_confidence: pass (confidence 0.90 >= 0.00)",
        "json://127.0.0.1:9/hook (immediate; notify json://127.0.0.1:9/hook): not reached",
        "  attack_types: FAIL (attack types drone share none of artillery)",
        "  min_confidence: FAIL (confidence 0.90 < 0.95)",
        "1 of 3 recipient(s) reached (1 immediate, 0 digest)",
    ]
    # The explanation is the outbox's own filter: the queue holds exactly the recipient said to be reached.
    config = load_config(config_dir)
    with sessions.begin() as session:
        rows = enqueue(session, session.get(store.Incident, newest), config.recipients, kind="alert",
                       from_address="alerts@basewatch.test", now=NOW)
        assert [row.recipient for row in rows] == [DESK]

    code, out, _ = run(["--config", str(config_dir), "alerts", "test", "--incident", str(older)], capsys)
    assert code == 0
    assert f"{OPS} (digest; email {OPS}): reached: in the daily digest" in out.splitlines()
    assert "  bases: pass (base iq-erbil in iq-erbil)" in out.splitlines()
    assert out.splitlines()[-1] == "2 of 3 recipient(s) reached (1 immediate, 1 digest)"


def test_alerts_test_unknown_or_no_incident_is_one_line(sessions, database_url, tmp_path, capsys):
    config_dir = configure(tmp_path, database_url)
    code, out, err = run(["--config", str(config_dir), "alerts", "test"], capsys)
    assert (code, out) == (2, "")
    assert err == "basewatch: error: no incidents in the database yet (pass --incident ID after a crawl)\n"
    add_incident(sessions)
    code, out, err = run(["--config", str(config_dir), "alerts", "test", "--incident", "999"], capsys)
    assert (code, out) == (2, "")
    assert err == "basewatch: error: no incident 999 (see `basewatch incidents`)\n"


# --- send --test ---------------------------------------------------------------------------------

def test_send_test_delivers_a_sample_marked_as_a_test(tmp_path, mail_sink, capsys):
    config_dir = configure(tmp_path, f"sqlite:///{tmp_path / 'never.db'}", smtp_port=mail_sink.port,
                           dashboard={"public_url": "http://watch.example.org:8050"})
    code, out, err = run(["--config", str(config_dir), "send", "--test", DESK], capsys)
    assert (code, err) == (0, "")
    assert out == (f"test alert sent to {DESK} through 127.0.0.1:{mail_sink.port} "
                   "(subject: [basewatch] TEST - Drone attack on Example Air Base - 1 source)\n")
    [path] = mail_sink.messages()
    mail = read_mail(path)
    assert (mail["To"], mail["X-Basewatch-Test"]) == (DESK, "yes")
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert text.startswith("TEST MESSAGE from `basewatch send --test`: no incident happened")
    assert "Dashboard:   http://watch.example.org:8050/incidents/0" in text
    assert "<strong>Test message</strong>" in html
    assert not (tmp_path / "never.db").exists()  # a test mail needs no database


def test_send_test_failure_gives_the_servers_words_and_exit_1(tmp_path, capsys):
    refusal = "550 5.1.1 <nobody@basewatch.test>: Recipient address rejected: User unknown"
    handler = RefuseAtRcpt(refusal)
    controller = Controller(handler, hostname="127.0.0.1", port=closed_port())
    controller.start()
    try:
        port = controller.port
        config_dir = configure(tmp_path, "sqlite:///unused.db", smtp_port=port)
        code, out, err = run(["--config", str(config_dir), "send", "--test", "nobody@basewatch.test"], capsys)
    finally:
        controller.stop()
    assert handler.accepted == 0
    assert (code, out) == (1, "")
    assert err == (f"basewatch: test alert to nobody@basewatch.test not sent: SMTP 127.0.0.1:{port}: "
                   f"{refusal} (nobody@basewatch.test)\n")

    port = closed_port()
    config_dir = configure(tmp_path, "sqlite:///unused.db", smtp_port=port)
    code, out, err = run(["--config", str(config_dir), "send", "--test", DESK], capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"basewatch: test alert to {DESK} not sent: SMTP 127.0.0.1:{port}: ")
    assert "Connection refused" in err

    code, out, err = run(["--config", str(config_dir), "send", "--test", "desk at example"], capsys)
    assert (code, err) == (2, "basewatch: error: --test: not an email address: 'desk at example'\n")


# --- incidents --json, --since, show -------------------------------------------------------------

def test_incidents_json_since_and_show(sessions, database_url, tmp_path, capsys):
    config_dir = configure(tmp_path, database_url)
    early = add_incident(sessions, base_id="iq-erbil", base="Erbil Air Base", event_date=date(2026, 2, 20),
                         url="http://127.0.0.1/a/0", mention="Erbil")
    late = add_incident(sessions, actor="Saraya Awliya al-Dam", confirmed_by="the Iraqi army",
                        evidence="Saraya Awliya al-Dam said its drones hit Ain al-Asad; the Iraqi army confirmed it.")
    base = ["--config", str(config_dir)]

    code, out, err = run([*base, "incidents", "--json"], capsys)
    assert (code, err) == (0, "")
    records = json.loads(out)["incidents"]
    assert [(r["incident_id"], r["event_date"], r["base_id"]) for r in records] == [
        (early, "2026-02-20", "iq-erbil"), (late, "2026-03-01", "iq-ain-al-asad")]
    assert records[1]["links"] == ["http://127.0.0.1/a/1"] and records[1]["outlets"] == ["Test <Outlet>"]

    code, out, _ = run([*base, "incidents", "--json", "--since", "2026-02-25"], capsys)
    assert code == 0
    assert [r["incident_id"] for r in json.loads(out)["incidents"]] == [late]
    code, out, _ = run([*base, "incidents", "--since", "2026-02-25"], capsys)
    assert code == 0 and "1 incidents" in out and "Ain al-Asad" in out and "Erbil" not in out

    code, out, err = run([*base, "incidents", "show", str(late)], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"incident #{late}: Drone attack on Ain al-Asad Air Base (Iraq)"
    assert "  actor:        Saraya Awliya al-Dam" in lines
    assert "  confirmed by: the Iraqi army" in lines
    assert "  outlets:      Test <Outlet>" in lines
    assert lines[-4:] == [
        "  [1] Test <Outlet>, 2026-03-02T04:00:00Z: Drones hit the base",
        "      http://127.0.0.1/a/1",
        "      evidence: Saraya Awliya al-Dam said its drones hit Ain al-Asad; the Iraqi army confirmed it.",
        "      base as written: Ain al-Asad; attack: drone; actor: Saraya Awliya al-Dam; "
        "confirmed by: the Iraqi army; confidence 0.90",
    ]
    code, out, _ = run([*base, "incidents", "show", str(late), "--json"], capsys)
    detail = json.loads(out)
    assert code == 0 and detail["report_list"][0]["evidence"].startswith("Saraya Awliya al-Dam said")

    code, out, err = run([*base, "incidents", "show", "999"], capsys)
    assert (code, out, err) == (2, "", "basewatch: error: no incident 999 (see `basewatch incidents`)\n")
    code, out, err = run([*base, "incidents", "--since", "yesterday"], capsys)
    assert (code, out, err) == (2, "", "basewatch: error: --since: not a date (YYYY-MM-DD): yesterday\n")


# --- the dashboard link and the update subject -------------------------------------------------

def _queue_alert_and_update(sessions, config, note: str) -> int:
    incident_id = add_incident(sessions)
    with sessions.begin() as session:
        incident = session.get(store.Incident, incident_id)
        enqueue(session, incident, config.recipients, kind="alert", from_address="alerts@basewatch.test", now=NOW)
        enqueue(session, incident, config.recipients, kind="update-1", from_address="alerts@basewatch.test",
                now=NOW, note=note)
    return incident_id


def test_alerts_link_the_dashboard_and_an_update_subject_says_what_changed(sessions, database_url, tmp_path,
                                                                          mail_sink, capsys):
    config_dir = configure(tmp_path, database_url, smtp_port=mail_sink.port, recipients=[{"email": DESK}],
                           dashboard={"public_url": "http://watch.example.org:8050/bw&co/"})
    # The actor is untrusted text from the web: markup and a header-injection attempt.
    note = "claimed by <b>Kata'ib</b>\r\nBcc: spy@example.org; wounded: 2 (was 1)"
    incident_id = _queue_alert_and_update(sessions, load_config(config_dir), note)
    code, out, err = run(["--config", str(config_dir), "send"], capsys)
    assert code == 0, err
    assert out == "alerts sent 2, failed 0, pending 0\n"
    mails = sorted((read_mail(path) for path in mail_sink.messages()), key=lambda m: "In-Reply-To" in m)
    alert, update = mails
    link = f"http://watch.example.org:8050/bw&co/incidents/{incident_id}"
    for mail in mails:
        assert f"Dashboard:   {link}\n" in mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
        html = mail.get_body(("html",)).get_content()
        assert f'<a href="{link.replace("&", "&amp;")}">{link.replace("&", "&amp;")}</a>' in html
    assert alert["Subject"] == "[basewatch] Drone attack on Ain al-Asad Air Base (Iraq) - 1 source"
    assert update["Subject"] == ("Re: [basewatch] Drone attack on Ain al-Asad Air Base (Iraq) - 1 source - "
                                 "Update: claimed by <b>Kata'ib</b> Bcc: spy@example.org, 2 wounded")
    assert update["Bcc"] is None
    assert "&lt;b&gt;Kata&#39;ib&lt;/b&gt;" in update.get_body(("html",)).get_content()


def test_no_public_url_no_dashboard_link_and_a_long_change_stays_bounded(sessions, database_url, tmp_path,
                                                                       mail_sink, capsys):
    config_dir = configure(tmp_path, database_url, smtp_port=mail_sink.port, recipients=[{"email": DESK}])
    _queue_alert_and_update(sessions, load_config(config_dir), "claimed by " + "Brigade " * 60)
    code, _out, err = run(["--config", str(config_dir), "send"], capsys)
    assert code == 0, err
    for path in mail_sink.messages():
        mail = read_mail(path)
        assert "Dashboard" not in mail.get_body(("plain",)).get_content()
        assert "/incidents/" not in mail.get_body(("html",)).get_content()
        if "In-Reply-To" in mail:
            subject = mail["Subject"]
            assert subject.startswith("Re: [basewatch] Drone attack on Ain al-Asad Air Base (Iraq) - 1 source - "
                                      "Update: claimed by Brigade Brigade")
            assert subject.endswith("…") and len(subject) < 250


def test_public_url_must_be_a_plain_http_url(tmp_path, capsys):
    config_dir = configure(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}",
                           dashboard={"public_url": "watch.example.org:8050"})
    code, out, err = run(["--config", str(config_dir), "sources"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"basewatch: config error: {config_dir / 'settings.yaml'}:")
    assert err.endswith("field 'dashboard.public_url': 'watch.example.org:8050' is not an http(s) URL "
                        "without query or fragment (e.g. http://watch.example.org:8050)\n")
    assert len(err.splitlines()) == 1


# --- error streaks count cycles ------------------------------------------------------------------

def _poll(feed: str, at: datetime, *, error: str | None = None) -> dict:
    return dict(source_id="test-outlet", feed_url=f"http://127.0.0.1:9/{feed}.xml", status=None if error else 200,
                polled_at=at, etag=None, last_modified=None, entries=None if error else 3, error=error)


def test_error_streak_counts_failed_cycles_not_failing_feeds(sessions, database_url, tmp_path, capsys):
    config_dir = configure(tmp_path, database_url)
    config = load_config(config_dir)
    with sessions.begin() as session:
        sync_sources(session, config.sources)
    refused = "Connection was refused by other side: 111: Connection refused."
    for cycle in range(2):  # both feeds of the source fail in each of two cycles
        at = NOW + timedelta(hours=cycle)
        with sessions.begin() as session:
            record_polls(session, [_poll("a", at, error=refused), _poll("b", at, error=refused)])
    with sessions() as session:
        assert session.get(store.Source, "test-outlet").error_streak == 2
    code, out, _ = run(["--config", str(config_dir), "sources"], capsys)
    assert code == 0
    assert re.search(r"│ test-outlet .*│ 2 +│ [\d: -]+│ failing x2: +│", out), out  # the errors column

    with sessions.begin() as session:  # one feed answers: the source succeeded in this cycle
        record_polls(session, [_poll("a", NOW + timedelta(hours=3), error=refused),
                               _poll("b", NOW + timedelta(hours=3))])
    with sessions() as session:
        source = session.get(store.Source, "test-outlet")
        feeds = {feed.url: feed for feed in session.scalars(select(store.Feed))}
        assert (source.error_streak, source.last_error) == (0, None)
        assert feeds["http://127.0.0.1:9/a.xml"].last_error == refused  # the dead feed keeps its own error


def test_chat_messages_link_public_url_unless_the_recipient_sets_its_own(sessions, database_url, tmp_path, capsys):
    with Receiver() as receiver:
        recipients = [{"notify": [receiver.url("/plain")]},
                      {"notify": [receiver.url("/own")], "dashboard_url": "https://desk.example.org/bw"}]
        config_dir = configure(tmp_path, database_url, recipients=recipients,
                               dashboard={"public_url": "http://watch.example.org:8050"})
        incident_id = add_incident(sessions)
        with sessions.begin() as session:
            enqueue(session, session.get(store.Incident, incident_id), load_config(config_dir).recipients,
                    kind="alert", from_address="alerts@basewatch.test", now=NOW)
        code, out, err = run(["--config", str(config_dir), "send"], capsys)
        assert (code, out) == (0, "alerts sent 2, failed 0, pending 0\n"), err
        bodies = {path: body["message"] for path, body, _status in receiver.posts}
    assert f"Dashboard: http://watch.example.org:8050/incidents/{incident_id}" in bodies["/plain"].splitlines()
    assert f"Dashboard: https://desk.example.org/bw/incidents/{incident_id}" in bodies["/own"].splitlines()


# --- untrusted text in the terminal tables ------------------------------------------------------------


def test_incidents_table_prints_article_words_as_written_not_as_markup(sessions, database_url, tmp_path, capsys,
                                                                        monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    add_incident(sessions, actor="[bold red]Nobody[/bold red] [link=http://127.0.0.1:9/x]click[/link]")
    code, out, _ = run(["--database", database_url, "--config", str(configure(tmp_path, database_url)),
                        "incidents"], capsys)
    assert code == 0
    assert "[bold red]Nobody[/bold red]" in out and "[link=http://127.0.0.1:9/x]" in out
