"""The regions the press names for the war fronts hold their towns (places.yaml `within`): a report placed
by southern Lebanon, the Galilee or the Golan folds with the only incident in the window at a town inside it,
and a town outside stays apart. A province named like its capital is no area of its towns."""

from __future__ import annotations

import pytest

from pipelines.detect.areas import Areas
from pipelines.detect.gazetteer import load_places
from test_incident_keys import _ingest

AREA = ("Drones launched from across the border struck an army outpost in {area} before dawn on Thursday, "
        "wounding two soldiers, the military said.")


@pytest.mark.parametrize(("area", "town", "key"), [
    ("southern Lebanon", "Khiam", "region:LB:khiam"),
    ("the Upper Galilee", "Karmiel", "region:IL:karmiel"),
    ("the Golan Heights", "Majdal Shams", "region:SY:majdal shams"),
])
def test_a_front_region_report_joins_the_incident_of_its_town(tmp_path, database_url, area, town, key) -> None:
    (incident,) = _ingest(tmp_path, database_url, [
        ("outlet-a", f"Outpost hit near {town}", AREA.format(area=f"the area of {town}")),
        ("outlet-b", "Outpost hit on the front", AREA.format(area=area))])
    assert (incident.key, incident.report_count) == (key, 2)


def test_a_town_outside_the_region_stays_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [
        ("outlet-a", "Outpost hit near Baalbek", AREA.format(area="the area of Baalbek")),
        ("outlet-b", "Outpost hit on the front", AREA.format(area="southern Lebanon"))])
    assert [i.key for i in incidents] == ["region:LB:baalbek", "region:LB:south lebanon"]


def test_regions_hold_their_towns_but_a_province_named_like_its_capital_holds_none() -> None:
    areas = Areas(load_places("config/places.yaml"))
    assert {"galilee", "northern district"} <= areas.wider("IL", "Kiryat Shmona")
    assert "bekaa" in areas.wider("LB", "Baalbek") and "south lebanon" not in areas.wider("LB", "Baalbek")
    assert {"eastern ghouta", "rif dimashq"} <= areas.wider("SY", "Douma")
    assert "crimea" in areas.wider("UA", "Sevastopol") and "donbas" in areas.wider("UA", "Kramatorsk")
    assert not areas.narrower("SY", "Aleppo") and not areas.narrower("UA", "Kharkiv")
