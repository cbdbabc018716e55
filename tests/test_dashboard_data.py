"""The small database the dashboard and export tests read: hostile titles, Arabic evidence, four incidents."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from pipelines.store import models as store

AIN_AL_ASAD = (33.7856, 42.4412)
ERBIL = (36.2370, 43.9630)
TOWER_22 = (33.3195, 38.6905)
SCRIPT_TITLE = 'Drones over <script>alert("title")</script> Anbar'
MARKUP_EVIDENCE = "Three drones struck <b>Ain al-Asad</b> air base late on Sunday, officials said."
ARABIC_EVIDENCE = "استهدفت ثلاث طائرات مسيرة قاعدة عين الأسد الجوية مساء الأحد"
HOSTILE_ACTOR = "Resistance <img src=x onerror=alert(1)> Front"
HOSTILE_OUTLET = "Gulf Wire <i>Desk</i>"
FORMULA_EVIDENCE = "=HYPERLINK(\"http://bad.example\",\"click\") mortar rounds fell near a base in Deir ez-Zor"
SCRIPT_URL = "javascript:alert('link')"


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _sources(now: datetime) -> list:
    """Three outlets: a hostile name, an Arabic one, and one failing."""
    return [
        store.Source(id="gulf-wire", name=HOSTILE_OUTLET, country="AE", language="en", kind="feed",
                     next_poll_at=now + timedelta(minutes=20), last_polled_at=now - timedelta(minutes=10),
                     last_success_at=now - timedelta(minutes=10), last_new_article_at=now - timedelta(hours=2),
                     articles_total=41, extraction_failures=0),
        store.Source(id="rafidain", name="أخبار الرافدين", country="IQ", language="ar", kind="feed",
                     next_poll_at=now + timedelta(minutes=5), last_success_at=now - timedelta(minutes=25),
                     last_new_article_at=now - timedelta(hours=1), articles_total=17, extraction_failures=3),
        store.Source(id="steppe-post", name="Steppe Post", country="JO", language="en", kind="sitemap",
                     next_poll_at=now + timedelta(minutes=50), last_success_at=now - timedelta(days=2),
                     error_streak=4, last_error="HTTP 503 <html>maintenance</html>", articles_total=5,
                     extraction_failures=7),
    ]


def _articles() -> list:
    return [
        store.Article(source_id="gulf-wire", url="https://gulfwire.example/2026/03/drones-anbar",
                      canonical_url="https://gulfwire.example/2026/03/drones-anbar", title=SCRIPT_TITLE,
                      text=MARKUP_EVIDENCE, language="en", published_at=_t("2026-03-02T01:10"),
                      fetched_at=_t("2026-03-02T01:20"), story_id="s-anbar", strike=True),
        store.Article(source_id="rafidain", url="https://rafidain.example/news/881",
                      canonical_url="https://rafidain.example/news/881", title="طائرات مسيرة فوق عين الأسد",
                      text=ARABIC_EVIDENCE, language="ar", published_at=_t("2026-03-02T04:00"),
                      fetched_at=_t("2026-03-02T04:30"), story_id="s-anbar-ar", strike=True),
        store.Article(source_id="gulf-wire", url="https://gulfwire.example/2026/03/erbil-rockets",
                      canonical_url="https://gulfwire.example/2026/03/erbil-rockets",
                      title="Rockets land near Erbil airport", text="Two rockets landed near Erbil air base.",
                      language="en", published_at=_t("2026-03-05T07:40"), fetched_at=_t("2026-03-05T08:00"),
                      story_id="s-erbil", strike=True),
        store.Article(source_id="steppe-post", url=SCRIPT_URL, canonical_url="steppe:deir-ez-zor",
                      title="Mortars near Deir ez-Zor", text=FORMULA_EVIDENCE, language="en",
                      published_at=None, fetched_at=_t("2026-03-06T10:00"), story_id="s-deir", strike=True),
        store.Article(source_id="steppe-post", url="https://steppe.example/tower-22",
                      canonical_url="https://steppe.example/tower-22", title="Drone strikes Tower 22 outpost",
                      text="A drone hit Tower 22 on Friday.", language="en", published_at=_t("2026-02-21T09:00"),
                      fetched_at=_t("2026-02-21T09:30"), story_id="s-t22", strike=True),
    ]


def _incidents() -> list:
    return [
        store.Incident(key="iq-ain-al-asad", base_id="iq-ain-al-asad", base="Ain al-Asad Air Base", country="IQ",
                       latitude=AIN_AL_ASAD[0], longitude=AIN_AL_ASAD[1], attack_type="drone",
                       attack_types="drone,rocket", actor=HOSTILE_ACTOR, killed=None, wounded=2,
                       event_date=date(2026, 3, 1), event_time=_t("2026-03-02T01:10"),
                       first_seen_at=_t("2026-03-02T01:21"), last_seen_at=_t("2026-03-02T04:31"),
                       report_count=2, source_count=2, story_count=2, confidence=0.86, alerted=True),
        store.Incident(key="iq-erbil", base_id="iq-erbil", base="Erbil Air Base", country="IQ",
                       latitude=ERBIL[0], longitude=ERBIL[1], attack_type="rocket", attack_types="rocket",
                       event_date=None, event_time=_t("2026-03-05T07:40"), first_seen_at=_t("2026-03-05T08:01"),
                       last_seen_at=_t("2026-03-05T08:01"), report_count=1, source_count=1, story_count=1,
                       confidence=0.7),
        store.Incident(key="region:SY:deir ez-zor", base_id=None, base=None, country="SY", region="Deir ez-Zor",
                       attack_type="mortar", attack_types="mortar", event_time=_t("2026-03-06T10:00"),
                       first_seen_at=_t("2026-03-06T10:01"), last_seen_at=_t("2026-03-06T10:01"),
                       report_count=1, source_count=1, story_count=1, confidence=0.55),
        store.Incident(key="jo-tower-22", base_id="jo-tower-22", base="Tower 22", country="JO",
                       latitude=TOWER_22[0], longitude=TOWER_22[1], attack_type="drone", attack_types="drone",
                       actor="Saraya Example Brigade", killed=3, wounded=40, event_date=date(2026, 2, 20),
                       event_time=_t("2026-02-20T12:00"), first_seen_at=_t("2026-02-21T09:31"),
                       last_seen_at=_t("2026-02-21T09:31"), report_count=1, source_count=1, story_count=1,
                       confidence=0.9, alerted=True),
    ]


def _reports(articles: list, incidents: list) -> list:
    """A report per article, and the alert already sent for the first incident."""
    ain, erbil, deir, tower = incidents
    return [
        store.Report(article_id=articles[0].id, incident_id=ain.id, base=ain.base, base_id=ain.base_id,
                     country="IQ", mention="Ain al-Asad", attack_type="drone", actor=HOSTILE_ACTOR,
                     event_date=date(2026, 3, 1), wounded=2, confidence=0.86, evidence=MARKUP_EVIDENCE),
        store.Report(article_id=articles[1].id, incident_id=ain.id, base=ain.base, base_id=ain.base_id,
                     country="IQ", mention="عين الأسد", attack_type="rocket", confidence=0.8,
                     evidence=ARABIC_EVIDENCE),
        store.Report(article_id=articles[2].id, incident_id=erbil.id, base=erbil.base, base_id=erbil.base_id,
                     country="IQ", mention="Erbil air base", attack_type="rocket", confidence=0.7,
                     evidence="Two rockets landed near Erbil air base."),
        store.Report(article_id=articles[3].id, incident_id=deir.id, country="SY", region="Deir ez-Zor",
                     attack_type="mortar", confidence=0.55, evidence=FORMULA_EVIDENCE),
        store.Report(article_id=articles[4].id, incident_id=tower.id, base=tower.base, base_id=tower.base_id,
                     country="JO", attack_type="drone", actor="Saraya Example Brigade",
                     event_date=date(2026, 2, 20), killed=3, wounded=40, confidence=0.9,
                     evidence="A drone hit Tower 22 on Friday."),
        store.Outbox(incident_id=ain.id, recipient="watch@basewatch.test", kind="alert",
                     message_id="<ain-1@basewatch.test>", status="sent", sent_at=_t("2026-03-02T01:22")),
    ]


def seed(path: Path, *, now: datetime | None = None) -> str:
    """Write the test database at `path` and return its URL."""
    now = now or datetime.now(UTC)
    url = f"sqlite:///{path}"
    engine = store.open_engine(url)
    with store.session_factory(engine).begin() as s:
        s.add_all(_sources(now))
        s.flush()
        s.add_all([
            store.Feed(source_id="gulf-wire", url="https://gulfwire.example/rss", last_status=200),
            store.Feed(source_id="rafidain", url="https://rafidain.example/feed", last_status=304),
            store.Feed(source_id="steppe-post", url="https://steppe.example/news.xml", last_status=503),
        ])
        articles = _articles()
        s.add_all(articles)
        s.flush()
        incidents = _incidents()
        s.add_all(incidents)
        s.flush()
        s.add_all(_reports(articles, incidents))
    engine.dispose()
    return url


def test_seed_has_what_the_dashboard_tests_assume(tmp_path):
    url = seed(tmp_path / "seed.db")
    engine = store.open_engine(url)
    with store.session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(store.Incident)) == 4
        ain = s.scalars(select(store.Incident).where(store.Incident.base_id == "iq-ain-al-asad")).one()
        assert (ain.latitude, ain.longitude) == AIN_AL_ASAD
        assert s.scalar(select(func.count()).where(store.Report.incident_id == ain.id)) == 2
    engine.dispose()
