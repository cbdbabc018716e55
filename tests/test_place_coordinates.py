"""An installation the gazetteer does not name is placed by the town named with it: its name and its position."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from test_incident_keys import _ingest
from pipelines.detect import detect
from pipelines.detect.gazetteer import Base, Gazetteer, Place, load_places
from pipelines.errors import ConfigError

NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)
# Invented for these tests: a town with an English and an Arabic spelling, and one base far from it.
TOWN = Place(name="Tal Warda", country="IQ", aliases=("تل وردة",), lat=35.25, lon=43.75)
FAR_BASE = Base(id="iq-test-far", name="Test Far Air Base", country="IQ", lat=30.0, lon=47.0,
                source="written for a test", kind="air base")
GAZETTEER = Gazetteer([FAR_BASE], "test", [TOWN])
ENGLISH = "Rockets struck an army camp near Tal Warda overnight, wounding three soldiers, officials said."
ARABIC = "سقطت صواريخ على معسكر للجيش قرب تل وردة فجر اليوم، ما أدى إلى إصابة ثلاثة جنود."


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (ARABIC, "ar")])
def test_the_region_is_the_places_own_name_in_any_script(text: str, language: str) -> None:
    (report,) = detect(text, language=language, published=NOW, gazetteer=GAZETTEER).reports
    assert (report.base_id, report.country, report.region) == (None, "IQ", "Tal Warda")


def test_reports_placed_by_one_town_share_its_incident_and_its_position(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("wire", None, ENGLISH, "en"), ("wire", None, ARABIC, "ar")],
                          gazetteer=GAZETTEER)
    assert (incident.region, incident.latitude, incident.longitude) == ("Tal Warda", 35.25, 43.75)
    assert incident.report_count == 2


def test_a_place_with_half_a_position_is_refused(tmp_path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("places:\n- {name: Tal Warda, country: IQ, lat: 35.25}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lat and lon go together"):
        load_places(path)


def test_an_installation_missing_from_the_gazetteer_keeps_its_name_as_written() -> None:
    text = "Drones hit the Kani Rash airfield near Tal Warda before dawn, officials said."
    (report,) = detect(text, language="en", published=NOW, gazetteer=GAZETTEER).reports
    assert report.base_id is None and report.mention.startswith("Kani Rash airfield")
    assert (report.country, report.region) == ("IQ", "Tal Warda")


def test_a_title_case_headline_lends_no_words_to_the_name() -> None:
    (report,) = detect("Drones Hit Army Camp Near Tal Warda", language="en", published=NOW,
                       gazetteer=GAZETTEER).reports
    assert not report.mention.startswith(("Drones", "Hit"))
