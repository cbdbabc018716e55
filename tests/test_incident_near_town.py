"""A report of a base and a report of military positions at the town next to it (the gazetteer's `near`
places) tell one place: on a day both allow they fold into one incident, whichever comes first, and the
base's name places it."""

from __future__ import annotations

from sqlalchemy import select

from conftest import write_config
from pipelines.config import load_config
from pipelines.store import models as store
from test_incident_keys import _ingest

TOWN = "Gunmen attacked military positions in the Saravan area on Sunday, killing two soldiers, a provincial official said."
BASE = "Gunmen attacked the IRGC base in Saravan on Sunday, killing two soldiers, state media reported."
OTHER_TOWN = TOWN.replace("Saravan", "Nikshahr")


def test_a_base_report_joins_the_incident_of_its_town(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Positions attacked", TOWN),
                                                   ("outlet-b", "Base attacked", BASE)])
    assert (incident.key, incident.base_id, incident.report_count) == ("ir-saravan-irgc", "ir-saravan-irgc", 2)
    sessions = store.session_factory(store.open_engine(
        load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                 recipients=[{"email": "watch@basewatch.test"}])).settings.database_url))
    with sessions() as session:
        notes = [n for n in session.scalars(select(store.Outbox.note)) if n]
    assert any("placed at" in n and "Saravan" in n for n in notes)  # the base is news to the first alert's readers


def test_a_town_report_joins_the_incident_of_its_base(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Base attacked", BASE),
                                                   ("outlet-b", "Positions attacked", TOWN)])
    assert (incident.key, incident.report_count, incident.source_count) == ("ir-saravan-irgc", 2, 2)


def test_a_town_report_of_another_day_stays_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Base attacked", BASE),
                                                 ("outlet-b", "Positions attacked", TOWN.replace("Sunday", "Friday"))])
    assert [i.key for i in incidents] == ["ir-saravan-irgc", "region:IR:near:ir-saravan-irgc"]


def test_the_town_of_another_base_stays_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Base attacked", BASE),
                                                 ("outlet-b", "Positions attacked", OTHER_TOWN)])
    assert [i.key for i in incidents] == ["ir-saravan-irgc", "region:IR:near:ir-nikshahr-irgc"]
