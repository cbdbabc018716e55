"""Who confirmed an attack, as an English reader needs it: the lexicon's English name of the official body,
with the words the article wrote; English text and bodies the lexicon cannot name stay as written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect
from pipelines.detect.confirmation import confirmation_terms
from pipelines.errors import ConfigError

PUB = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "text", "confirmed_by"), [
    ("ru", "Минобороны России сообщило, что ночью беспилотники атаковали аэродром Бельбек.",
     "Defence Ministry (Минобороны)"),
    ("ar", "قالت وزارة الدفاع العراقية إن صواريخ سقطت على قاعدة عين الأسد الجوية يوم الأحد.",
     "Defence Ministry (وزارة الدفاع)"),
    ("tr", "Genelkurmay, Pazar günü Bamerni üssüne roket saldırısı düzenlendiğini açıkladı.",
     "General Staff (Genelkurmay)"),
    ("fr", "L'état-major a confirmé dimanche qu'un drone avait frappé le camp militaire de Ménaka.",
     "General Staff (état-major)"),
    # a stem in the middle of a term: "генеральн* штаб*" names every case form
    ("uk", "Генеральний штаб повідомив, що ракети влучили в аеродром Миргород уночі.",
     "General Staff (Генеральний штаб)"),
])
def test_a_foreign_official_is_named_in_english_beside_its_own_words(lang: str, text: str, confirmed_by: str) -> None:
    (report,) = detect(text, language=lang, published=PUB).reports
    assert report.confirmed_by == confirmed_by


def test_an_english_official_stays_as_written() -> None:
    (report,) = detect("The Pentagon said a drone struck Tower 22 on Sunday.", language="en", published=PUB).reports
    assert report.confirmed_by == "Pentagon"


def test_a_table_value_that_is_not_a_name_is_a_config_error(tmp_path) -> None:
    (tmp_path / "xx.yaml").write_text("confirmation:\n  officials: [stab]\n  english:\n    stab: [General Staff]\n",
                                      encoding="utf-8")
    with pytest.raises(ConfigError, match="English names"):
        confirmation_terms("xx", str(tmp_path))
