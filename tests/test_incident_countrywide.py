"""Reports placed only by their country: one key per country however it is written, and they fold into
the country's only incident in the window (or it into them), never across countries or between two
candidates."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from conftest import write_config
from pipelines.config import load_config
from pipelines.store import models as store
from test_incident_keys import _ingest

IRAQ_EN = "Rockets struck a military base in Iraq on Sunday, wounding two soldiers, officials said."
IRAQ_AR = "سقطت ثلاثة صواريخ على قاعدة عسكرية في العراق يوم الأحد وأصيب جنديان بجروح، بحسب مصادر أمنية."
TAJI = "Rockets hit Camp Taji on Sunday, wounding two soldiers, the security cell said."
BALAD = "A drone struck Balad Air Base on Sunday, police sources said."
SYRIA = "Rockets struck a military base in Syria on Sunday, wounding two soldiers, officials said."


def test_a_country_written_in_two_scripts_is_one_incident(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Base hit", IRAQ_EN),
                                                   ("outlet-b", "قاعدة", IRAQ_AR, "ar")])
    assert (incident.key, incident.country, incident.report_count) == ("region:IQ:", "IQ", 2)


def test_a_report_placed_by_its_country_joins_the_countrys_only_incident(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Taji hit", TAJI), ("outlet-b", "Base hit", IRAQ_EN)])
    assert (incident.base_id, incident.report_count, incident.source_count) == ("iq-taji", 2, 2)


def test_a_report_naming_the_base_places_an_incident_known_by_its_country(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Base hit", IRAQ_EN), ("outlet-b", "Taji hit", TAJI),
                                                   ("outlet-c", "Taji hit", TAJI.replace("Rockets hit", "Katyushas fell on"))])
    assert (incident.key, incident.base_id, incident.report_count) == ("iq-taji", "iq-taji", 3)
    sessions = store.session_factory(store.open_engine(
        load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                 recipients=[{"email": "watch@basewatch.test"}])).settings.database_url))
    with sessions() as session:
        kinds = sorted(session.scalars(select(store.Outbox.kind).where(store.Outbox.incident_id == incident.id)))
        notes = [n for n in session.scalars(select(store.Outbox.note)) if n]
    assert kinds == ["alert", "update-1"]  # the place is news to whoever got the first alert, once
    assert any("placed at" in n and "Taji" in n for n in notes)


def test_a_report_placed_by_its_country_does_not_guess_between_two_incidents(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Taji hit", TAJI), ("outlet-b", "Balad hit", BALAD),
                                                 ("outlet-c", "Base hit", IRAQ_EN)])
    assert [i.key for i in incidents] == ["iq-taji", "iq-balad", "region:IQ:"]


def test_a_base_report_does_not_join_an_incident_placed_elsewhere(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Base hit", SYRIA), ("outlet-b", "Taji hit", TAJI)])
    assert [(i.key, i.country) for i in incidents] == [("region:SY:", "SY"), ("iq-taji", "IQ")]


def test_a_country_report_of_another_day_stays_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Taji hit", TAJI),
                                                 ("outlet-b", "Base hit", IRAQ_EN.replace("Sunday", "Saturday"))])
    assert [(i.key, str(i.event_date)) for i in incidents] == [("iq-taji", "2026-05-10"), ("region:IQ:", "2026-05-09")]


def test_a_country_report_outside_the_window_opens_its_own(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Taji hit", TAJI.replace(" on Sunday", "")),
                                                 ("outlet-b", "Base hit", IRAQ_EN.replace(" on Sunday", ""))],
                        apart=timedelta(days=4))
    assert [i.key for i in incidents] == ["iq-taji", "region:IQ:"]
