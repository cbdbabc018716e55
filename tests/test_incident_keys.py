"""Incident keys: reports join only reports of the same place; one article's reports of one place stay one incident."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import write_config
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.detect import default_gazetteer
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.records import Extracted

NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)  # a Monday


def _ingest(tmp_path, database_url, articles: list[tuple], gazetteer=None,
            apart: timedelta = timedelta(minutes=10), recipients=None) -> list[store.Incident]:
    """Ingest (source, title, text[, language]) articles `apart` (English unless given), with
    the shipped gazetteer unless another is given; the incidents they made, in order."""
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=recipients or [{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        for source in sorted({a[0] for a in articles}):
            session.add(store.Source(id=source, name=source, country="XX", language="en", kind="regional",
                                     error_streak=0, articles_total=0, extraction_failures=0))
    ingestor = Ingestor(config, gazetteer or default_gazetteer())
    for n, (source, title, text, *language) in enumerate(articles):
        at, lang = NOW + apart * n, (language or ["en"])[0]
        fetched = FetchedArticle(source_id=source, url=f"http://127.0.0.1:9/{source}/{n}", fetched_at=at,
                                 entry_title=title, entry_published=at, language=lang)
        with sessions.begin() as session:
            result = ingestor.ingest(session, fetched, Extracted(text=text, title=title, language=lang,
                                                                 method="test"), now=at)
        ingestor.remember(result)
    with sessions() as session:
        incidents = session.query(store.Incident).order_by(store.Incident.id).all()
        session.expunge_all()
    return incidents


CAMP = ("Gunmen stormed a military camp overnight, killing five soldiers, a local official said. "
        "The attackers fled before reinforcements arrived.")
BARRACKS = ("A car bomb exploded at the gate of an army barracks on Sunday, wounding twelve soldiers. "
            "No group has claimed the bombing so far.")


def test_reports_without_a_place_never_share_an_incident(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Camp stormed", CAMP),
                                                 ("outlet-b", "Barracks bombed", BARRACKS)])
    assert len(incidents) == 2
    assert all(i.country is None and i.base_id is None for i in incidents)
    assert {i.attack_type for i in incidents} == {"ground_assault", "ied"}


def test_copies_of_one_unplaced_story_stay_one_incident(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Camp stormed", CAMP),
                                                 ("outlet-b", "Camp stormed", CAMP)])
    assert len(incidents) == 1
    assert incidents[0].source_count == 2


def test_unresolved_reports_in_two_countries_are_two_incidents(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [
        ("outlet-a", "Base attacked", "Militants attacked an army base in southern Somalia overnight, "
                                      "killing four soldiers."),
        ("outlet-b", "Camp attacked", "Jihadists attacked a military camp in central Mali on Sunday, "
                                      "killing six soldiers."),
    ])
    assert sorted(i.country for i in incidents) == ["ML", "SO"]


def test_one_articles_dated_and_undated_reports_of_a_base_are_one_incident(tmp_path, database_url) -> None:
    text = ("Rockets hit Camp Taji on Friday night, the security cell said. The base hosts Iraqi army units. "
            "Trainers left it years ago. Its runway was rebuilt last spring. "
            "Later a drone struck Camp Taji again, officials said.")
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Camp Taji attacked twice", text)])
    assert incident.base_id == "iq-taji"
    assert incident.report_count == 2
    assert set(incident.attack_types.split(",")) == {"rocket", "drone"}


def test_reports_of_one_base_that_state_different_days_are_two_incidents(tmp_path, database_url) -> None:
    # A base hit on consecutive days: the second attack must alert, not hide inside the first one.
    incidents = _ingest(tmp_path, database_url, [
        ("outlet-a", "Taji hit", "Rockets hit Camp Taji on Saturday, wounding two soldiers, the security cell said."),
        ("outlet-b", "Taji hit again", "A drone struck Camp Taji on Sunday, police sources said."),
    ])
    assert [(i.base_id, str(i.event_date)) for i in incidents] == [("iq-taji", "2026-05-09"), ("iq-taji", "2026-05-10")]


def test_reports_of_one_base_that_state_the_same_day_are_one_incident(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [
        ("outlet-a", "Taji hit", "Rockets hit Camp Taji on Saturday, wounding two soldiers, the security cell said."),
        ("outlet-b", "Rockets on Taji",
         "Three Katyusha rockets landed inside Camp Taji on Saturday, police sources said."),
    ])
    assert (incident.base_id, str(incident.event_date), incident.source_count) == ("iq-taji", "2026-05-09", 2)


def test_a_copy_published_a_day_later_joins_its_storys_incident(tmp_path, database_url) -> None:
    # The copy's "yesterday" moves with its publication, so it states another day; it is still the same story.
    text = "Rockets hit Camp Taji yesterday, wounding two soldiers, the security cell said."
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Taji hit", text), ("outlet-b", "Taji hit", text)],
                          apart=timedelta(days=1))
    assert (incident.base_id, incident.report_count, incident.story_count) == ("iq-taji", 2, 1)


def test_an_undated_report_joins_the_nearest_incident_of_its_base(tmp_path, database_url) -> None:
    # Saturday's and Sunday's attacks on one base are both in the window of a fresh, undated report:
    # its toll belongs to the latest one, not to whichever incident was opened first.
    incidents = _ingest(tmp_path, database_url, [
        ("outlet-a", "Taji hit", "Rockets hit Camp Taji on Saturday, the security cell said."),
        ("outlet-b", "Taji hit again", "A drone struck Camp Taji on Sunday, police sources said."),
        ("outlet-c", "Soldiers killed at Taji", "Two soldiers were killed when a drone hit Camp Taji, a medic said."),
    ])
    assert [(str(i.event_date), i.report_count, i.killed) for i in incidents] == [("2026-05-09", 1, None),
                                                                                 ("2026-05-10", 2, 2)]
