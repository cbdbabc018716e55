"""Official confirmation: found in the text, kept on the incident, and sent as a threaded update."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from conftest import read_mail, write_config
from crawler.offline.mailsink import MailSink
from pipelines.store import models as store
from pipelines.config_models import SmtpSettings
from pipelines.config import load_config
from pipelines.detect import default_gazetteer, detect
from pipelines.detect.confirmation import confirmation_terms
from pipelines.errors import ConfigError
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.records import Extracted

NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)


def confirmed(text: str, **kwargs) -> list[str | None]:
    return [r.confirmed_by for r in detect(text, **kwargs).reports]


@pytest.mark.parametrize("text, official", [
    ("Drones struck Ain al-Asad air base before dawn on Monday, US Central Command said.", "US Central Command"),
    ("Rockets landed inside Ain al-Asad air base overnight. The Pentagon confirmed the attack later.", "Pentagon"),
    ("According to Iraq's Security Media Cell, three rockets fell on Ain al-Asad air base.", "Security Media Cell"),
    ("استهدفت طائرة مسيرة قاعدة عين الأسد الجوية فجر اليوم، وأكدت خلية الإعلام الأمني سقوط صاروخين داخلها.",
     "Security Media Cell (خلية الإعلام الأمني)"),
    ("پهپادها بامداد امروز به پایگاه عین الاسد حمله کردند و سخنگوی پنتاگون این حمله را تایید کرد.", "Pentagon spokesman (سخنگوی پنتاگون)"),
])
def test_official_statement_confirms_the_report(text: str, official: str) -> None:
    assert confirmed(text) == [official]


@pytest.mark.parametrize("text", [
    "Rockets landed inside Ain al-Asad air base overnight, local media said. The Pentagon did not confirm the attack.",
    "Local residents said rockets hit Ain al-Asad air base. If confirmed, it would be the third attack this week.",
    "Rockets reportedly struck Ain al-Asad air base; the defence ministry declined to confirm the reports.",
    "Rockets reportedly struck Ain al-Asad air base, two officials said, speaking on condition of anonymity.",
    "قال ناشطون إن صواريخ سقطت على قاعدة عين الأسد الجوية. ولم تؤكد وزارة الدفاع وقوع الهجوم حتى الآن.",
])
def test_hedged_or_unofficial_word_is_no_confirmation(text: str) -> None:
    """(A ministry that denies the attack outright is a denial, and the article no report: see test_detect_precision.)"""
    reports = detect(text).reports
    assert reports, "the attack itself is still reported"
    assert [r.confirmed_by for r in reports] == [None] * len(reports)


def test_next_sentence_about_another_base_confirms_nothing_here() -> None:
    text = ("Two rockets hit Ain al-Asad air base on Tuesday. "
            "Separately, the Pentagon said Erbil air base was quiet and that no one was hurt there.")
    by_base = {r.base_id: r.confirmed_by for r in detect(text).reports}
    assert by_base.get("iq-ain-al-asad", "missing") is None


def test_evidence_is_a_body_sentence_when_the_headline_also_names_the_base() -> None:
    title = "Drone attack on Ain al-Asad air base"
    body = "A drone was shot down over Ain al-Asad air base in Anbar on Sunday night, officials said."
    (report,) = detect(body, title=title).reports
    assert report.evidence == body


def test_the_official_who_speaks_is_the_source_not_the_attacker() -> None:
    (report,) = detect("The Israeli army said a drone launched by Hezbollah hit a military base near Safed, "
                       "wounding two soldiers.").reports
    assert (report.actor, report.confirmed_by) == ("Hezbollah", "Israeli army")
    (report,) = detect("Two drones struck Ain al-Asad air base in western Iraq on Tuesday, the Pentagon said.").reports
    assert report.actor != "Pentagon" and report.confirmed_by == "Pentagon"


def test_an_official_that_is_the_attack_verbs_subject_stays_the_attacker() -> None:
    (report,) = detect("Вооруженные силы Украины нанесли удар беспилотниками по военному аэродрому Бельбек, "
                       "сообщили в Генштабе.", language="ru").reports
    assert report.actor_written == "Вооруженные силы Украины"


@pytest.mark.parametrize("section, message", [
    ("confirmation: [pentagon]", "expected a mapping"),
    ("confirmation: {officals: [pentagon]}", "unknown keys"),
    ("confirmation: {verbs: said}", "expected a list of strings"),
])
def test_a_bad_confirmation_section_names_the_file_and_field(tmp_path, section: str, message: str) -> None:
    (tmp_path / "xx.yaml").write_text(f"language: xx\n{section}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        confirmation_terms("xx", str(tmp_path))
    assert "xx.yaml" in str(caught.value) and "field" in str(caught.value)


# ------------------------------------------------------------------ through ingest and the outbox


def _article(n: int, title: str, text: str) -> tuple[FetchedArticle, Extracted]:
    url = f"http://127.0.0.1:9/outlet-{n}/story-{n}"
    fetched = FetchedArticle(source_id=f"outlet-{n}", url=url, fetched_at=NOW + timedelta(minutes=10 * n),
                             entry_title=title, entry_published=NOW + timedelta(minutes=10 * n), language="en")
    return fetched, Extracted(text=text, title=title, language="en", method="test")


def test_confirmation_is_a_material_update_threaded_under_the_alert(tmp_path, database_url) -> None:
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        for n in range(3):
            session.add(store.Source(id=f"outlet-{n}", name=f"Outlet {n}", country="IQ", language="en",
                                     kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
    ingestor = Ingestor(config, default_gazetteer())
    articles = [
        _article(0, "Drones target Ain al-Asad",
                 "Two explosive drones targeted Ain al-Asad air base in Anbar province early on Monday, "
                 "witnesses near the base told our reporter. Sirens could be heard across the area."),
        _article(1, "Pentagon confirms drone attack on Ain al-Asad",
                 "The Pentagon confirmed on Monday that two drones attacked Ain al-Asad air base in western Iraq. "
                 "A spokesman added that damage to a hangar was being assessed."),
        _article(2, "Officials describe the drone strike on Ain al-Asad",
                 "US Central Command said drones struck Ain al-Asad air base on Monday morning, "
                 "the second statement on the incident. Damage was described as minor."),
    ]
    from pipelines.alerts.sender import send_pending
    results = []
    with MailSink(tmp_path / "mail") as sink:
        smtp = SmtpSettings(host="127.0.0.1", port=sink.port, from_address="alerts@basewatch.test", timeout_seconds=5)
        for fetched, extracted in articles:  # mail goes out between articles, as the daemon sends it
            with sessions.begin() as session:
                result = ingestor.ingest(session, fetched, extracted, now=fetched.fetched_at)
            ingestor.remember(result)
            results.append(result)
            send_pending(sessions, smtp, now=fetched.fetched_at + timedelta(minutes=1))
        mails = [read_mail(p) for p in sink.messages()]
    assert [len(r.new_incidents) for r in results] == [1, 0, 0]
    assert [len(r.updates) for r in results] == [0, 1, 0], "a second confirmation is not news"
    with sessions() as session:
        (incident,) = session.query(store.Incident).all()
        assert incident.confirmed_by == "Pentagon"
        evidence = [r.evidence for r in session.query(store.Report).order_by(store.Report.id)]
    assert evidence[0].startswith("Two explosive drones targeted"), "a body sentence, not the headline again"
    first, update = mails
    assert update["In-Reply-To"] == first["Message-ID"]
    body = update.get_body(("plain",)).get_content()
    assert "confirmed by Pentagon" in body and "Confirmed:   by Pentagon" in body
    assert "no official confirmation yet" in first.get_body(("plain",)).get_content()
    assert "by <bdi>Pentagon</bdi>" in update.get_body(("html",)).get_content()
