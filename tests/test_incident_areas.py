"""A report placed by a town and one placed by the wider area the town lies in (places.yaml `within`:
Peshawar in Khyber Pakhtunkhwa in northwest Pakistan) tell one attack: on a day both allow they fold into
one incident, whichever comes first, and the town places it. A town elsewhere, or an area holding two
incidents at once, stays apart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conftest import write_config
from pipelines.config import load_config
from pipelines.detect.areas import Areas
from pipelines.detect.gazetteer import load_places
from pipelines.errors import ConfigError
from pipelines.store import models as store
from test_incident_keys import _ingest

AREA = ("A suicide bomber blew himself up at the gate of a paramilitary headquarters in northwest Pakistan "
        "on Monday, killing three soldiers, officials said.")
TOWN = AREA.replace("northwest Pakistan", "Peshawar").replace("officials", "police")


def _report(town: str) -> str:
    return TOWN.replace("Peshawar", town)


def test_a_town_report_places_the_incident_of_its_area(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Bombing in the northwest", AREA),
                                                   ("outlet-b", "Peshawar bombing", TOWN)])
    assert (incident.key, incident.region, incident.report_count) == ("region:PK:peshawar", "Peshawar", 2)
    sessions = store.session_factory(store.open_engine(
        load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                 recipients=[{"email": "watch@basewatch.test"}])).settings.database_url))
    with sessions() as session:
        notes = [n for n in session.scalars(select(store.Outbox.note)) if n]
    assert any("placed at Peshawar" in n for n in notes)


def test_an_area_report_joins_the_incident_of_its_town(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Peshawar bombing", TOWN),
                                                   ("outlet-b", "Bombing in the northwest", AREA)])
    assert (incident.key, incident.report_count) == ("region:PK:peshawar", 2)


def test_a_town_outside_the_area_stays_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Bombing in the northwest", AREA),
                                                 ("outlet-b", "Quetta bombing", _report("Quetta"))])
    assert [i.key for i in incidents] == ["region:PK:northwest pakistan", "region:PK:quetta"]


def test_an_area_holding_two_incidents_cannot_tell_which(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Peshawar bombing", TOWN),
                                                 ("outlet-b", "Bannu bombing", _report("Bannu")),
                                                 ("outlet-c", "Bombing in the northwest", AREA)])
    assert [i.key for i in incidents] == ["region:PK:peshawar", "region:PK:bannu", "region:PK:northwest pakistan"]


def test_areas_reach_up_and_down_through_provinces() -> None:
    areas = Areas(load_places("config/places.yaml"))
    assert areas.wider("PK", "Wana") >= {"south waziristan", "khyber pakhtunkhwa", "northwest pakistan"}
    assert "peshawar" in areas.narrower("PK", "northwest Pakistan")
    assert not areas.wider("PK", "Quetta") & {"khyber pakhtunkhwa", "northwest pakistan"}


def test_within_must_name_a_place_of_the_same_country(tmp_path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("places:\n- {name: Peshawar, country: PK, within: [Nowhere Province]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Nowhere Province"):
        load_places(path)
