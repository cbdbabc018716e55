"""Gazetteer loading: the shipped file is valid and bad entries name file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.detect import load_gazetteer
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
    assert len(gaz) >= 150
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
