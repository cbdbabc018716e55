"""Gazetteer loading: the shipped file is valid and bad entries name file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.detect import load_gazetteer
from pipelines.detect.normalize import norm
from pipelines.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
GOOD = """
bases:
- id: iq-test-base
  name: Test Base
  aliases: [Testbase Alpha]
  country: IQ
  lat: 33.0
  lon: 44.0
  source: written for a test
  kind: air base
  stationed: [nobody]
"""


def test_shipped_gazetteer_is_valid_and_large() -> None:
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    assert len(gaz) >= 600
    asad = gaz.get("iq-ain-al-asad")
    assert asad is not None and asad.country == "IQ" and asad.kind == "air base"
    assert 33 < asad.lat < 34.5 and 42 < asad.lon < 43
    for base in gaz:
        assert base.source and base.name and base.id


@pytest.mark.parametrize(("old", "new", "field"), [
    ("country: IQ", "country: Iraq", "country"),
    ("lat: 33.0", "lat: 133.0", "lat"),
    ("kind: air base", "kind: spaceport", "kind"),
    ("  source: written for a test\n", "", "source"),
    ("aliases: [Testbase Alpha]", "aliases: [x]", "aliases"),
    ("stationed: [nobody]", "stationed: [nobody]\n  colour: red", "colour"),
])
def test_bad_entry_names_file_entry_and_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = tmp_path / "bases.yaml"
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_gazetteer(path)
    err = info.value
    assert err.file == str(path)
    assert err.entry == "iq-test-base"
    assert err.field == field
    assert str(path) in str(err) and "iq-test-base" in str(err)


def test_duplicate_id_and_shared_alias(tmp_path: Path) -> None:
    path = tmp_path / "bases.yaml"
    path.write_text(GOOD + GOOD.split("bases:\n", 1)[1], encoding="utf-8")
    with pytest.raises(ConfigError, match="duplicate id"):
        load_gazetteer(path)
    second = GOOD.split("bases:\n", 1)[1].replace("iq-test-base", "iq-other-base")
    path.write_text(GOOD + second, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_gazetteer(path)
    assert info.value.field == "aliases" and info.value.entry == "iq-other-base"


def test_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "bases.yaml"
    path.write_text("bases: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bases"):
        load_gazetteer(path)


def test_custom_gazetteer_is_used(tmp_path: Path) -> None:
    from pipelines.detect import detect

    path = tmp_path / "bases.yaml"
    path.write_text(GOOD, encoding="utf-8")
    det = detect("Rockets hit Testbase Alpha on Sunday.", language="en", gazetteer=load_gazetteer(path))
    assert [r.base_id for r in det.reports] == ["iq-test-base"]


def _named(gaz, text: str) -> list[str]:
    """Ids of the installations a sentence names outright."""
    return [h.base.id for h in gaz.find_both(norm(text))[0]]


def _beside(gaz, text: str) -> list[str]:
    """Ids of the installations a sentence places something next to."""
    return [h.base.id for h in gaz.find_both(norm(text))[1]]


def test_border_barracks_resolves_in_three_scripts() -> None:
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    assert _named(gaz, "Hezbollah said its fighters shelled the Zarit barracks at dawn.") == ["il-zarit"]
    assert _named(gaz, "ירי נ\"ט לעבר בסיס זרעית, אין נפגעים") == ["il-zarit"]
    # Arabic takes a clitic preposition in front of the name
    assert _named(gaz, "استهدف المقاومون بثكنة زرعيت بالصواريخ") == ["il-zarit"]
    base = gaz.get("il-zarit")
    assert base is not None and base.country == "IL" and base.kind == "barracks"


def test_a_town_is_a_place_beside_a_base_not_the_base() -> None:
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    # the town resolves "a base near X", never a bare mention of the town
    assert _beside(gaz, "A drone struck a base near Kiryat Shmona.") == ["il-gibor"]
    assert _named(gaz, "Sirens sounded in Kiryat Shmona tonight.") == []
    assert _named(gaz, "Missiles fell on the town of Mozdok.") == []
    assert _beside(gaz, "Missiles fell on the town of Mozdok.") == ["ru-mozdok"]
    # everyday words that spell a place are neither: Hebrew "will open", Turkish "with straw"
    assert _named(gaz, "הוא יפתח את הבסיס מחר") == [] and _beside(gaz, "הוא יפתח את הבסיס מחר") == []
    assert _beside(gaz, "samanlı bir üs bölgesi") == []
    # Hindi vowel signs are dropped by the normaliser: a one-word camp name must not read as "from the soldier"
    assert _named(gaz, "आतंकियों से जवानों की मुठभेड़ हुई") == []


# English writes an airbase or an airfield as one word or as two; either matches the alias, and the
# spelling an entry writes itself keeps its own entry.
def test_an_alias_matches_the_compound_written_as_one_word_or_two(tmp_path: Path) -> None:
    path = tmp_path / "bases.yaml"
    path.write_text(GOOD.replace("[Testbase Alpha]", "[Ridgeway air base, Hollin airfield]")
                    + GOOD.replace("bases:", "").replace("iq-test-base", "iq-other-base")
                    .replace("Test Base", "Other Base").replace("[Testbase Alpha]", "[Hollin air field]"),
                    encoding="utf-8")
    gaz = load_gazetteer(path)
    assert _named(gaz, "Drones struck the Ridgeway airbase overnight.") == ["iq-test-base"]
    assert _named(gaz, "Drones struck the Ridgeway air base overnight.") == ["iq-test-base"]
    assert _named(gaz, "Shells fell on Hollin airfield.") == ["iq-test-base"]
    assert _named(gaz, "Shells fell on Hollin air field.") == ["iq-other-base"]


# Hungarian writes the town as an adjective before the noun, with the case ending on the noun.
def test_hungarian_adjective_form_of_a_base_resolves() -> None:
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    assert _named(gaz, "Két rakéta csapódott be az erbíli támaszpontra kedd éjjel.") == ["iq-erbil"]
    assert _named(gaz, "Az erbíli támaszponton nem sérült meg senki.") == ["iq-erbil"]


# Rough boxes (lat, lon) around a few countries, wide enough for borders drawn loosely.
BOXES = {
    "IL": (29.4, 33.4, 34.2, 35.95), "IQ": (29.0, 37.5, 38.7, 48.8), "SY": (32.3, 37.4, 35.6, 42.4),
    "IR": (25.0, 39.8, 44.0, 63.4), "UA": (44.3, 52.4, 22.0, 40.3), "TR": (35.8, 42.2, 25.6, 44.9),
    "PK": (23.6, 37.1, 60.8, 77.9), "IN": (6.5, 35.7, 68.0, 97.5), "SO": (-1.7, 12.0, 40.9, 51.5),
    "YE": (12.0, 19.0, 42.5, 54.6), "ML": (10.0, 25.0, -12.3, 4.3), "NE": (11.6, 23.6, 0.1, 16.0),
    "LB": (33.0, 34.7, 35.1, 36.7), "RU": (41.0, 82.0, 19.0, 180.0),
    "AF": (29.3, 38.5, 60.5, 75.0), "SD": (8.6, 22.3, 21.8, 38.7), "NG": (4.2, 13.9, 2.6, 14.7),
    "BF": (9.4, 15.1, -5.6, 2.5), "KE": (-4.8, 5.1, 33.9, 42.0), "ET": (3.4, 15.0, 32.9, 48.0),
    "TD": (7.4, 23.5, 13.4, 24.0), "CM": (1.6, 13.1, 8.4, 16.2), "AZ": (38.3, 41.95, 44.7, 50.9),
    "BY": (51.2, 56.2, 23.1, 32.8), "AE": (22.6, 26.1, 51.5, 56.4), "OM": (16.6, 26.4, 51.9, 59.9),
    "SA": (16.3, 32.2, 34.5, 55.7),
}


def test_every_entry_has_a_source_and_coordinates_in_its_country() -> None:
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    checked = 0
    for base in gaz:
        assert len(base.source.strip()) >= 10, base.id
        assert -90 <= base.lat <= 90 and -180 <= base.lon <= 180, base.id
        assert (base.lat, base.lon) != (0.0, 0.0), base.id
        assert base.id.startswith(base.country.lower() + "-"), base.id
        box = BOXES.get(base.country)
        if box is not None:
            lat_lo, lat_hi, lon_lo, lon_hi = box
            assert lat_lo <= base.lat <= lat_hi and lon_lo <= base.lon <= lon_hi, (base.id, base.lat, base.lon)
            checked += 1
    assert checked >= 400
