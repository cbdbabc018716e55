"""Names in other scripts get a Latin spelling beside them, for readers of the English alerts."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crawler.cli.contracts import detection_record
from pipelines.detect import detect
from pipelines.latin import latin, with_latin


@pytest.mark.parametrize("written, spelled", [
    ("аэродром Моздок", "aerodrom Mozdok"),
    ("αεροπορική βάση", "aeroporiki vasi"),
    ("सेना का शिविर", "sena ka sivir"),
    # Arabic script writes no short vowels: the consonants as written
    ("معسكر للجيش", "m`skr lljysh"),
])
def test_a_name_in_another_script_is_spelled_in_latin_letters(written: str, spelled: str) -> None:
    assert latin(written) == spelled
    assert with_latin(written) == f"{written} [{spelled}]"


@pytest.mark.parametrize("written", ["Ain al-Asad", "Üs bölgesi", "Şırnak", "", None, "  "])
def test_a_name_in_latin_letters_needs_no_second_spelling(written: str | None) -> None:
    assert latin(written) is None
    if written:
        assert with_latin(written) == written


def test_the_detect_line_carries_an_unknown_installation_in_latin_letters_too() -> None:
    det = detect("Беспилотники атаковали военный аэродром под Курском в ночь на воскресенье.", language="ru",
                 published=datetime(2025, 3, 4, 9, 0, tzinfo=timezone.utc))
    assert det.strike
    line = detection_record("x1", det)["reports"][0]
    assert line["base_id"] is None and line["mention"] == "военный аэродром под Курском"
    assert line["mention_latin"] == "voennyy aerodrom pod Kurskom"
