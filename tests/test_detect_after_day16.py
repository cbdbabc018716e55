"""Event dates on unseen news (FIELDS16): "N days after" an earlier event whose one day is written in its clause
dates the attack N days after that day, where the main clause writes no day of its own (lexicon days_after)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday

COUNTED = [
    ("en", "Drones hit Harir air base two days after the Friday attack on Erbil airport.", date(2025, 3, 9)),
    ("en", "Militants attacked Ain al-Asad air base again, three days after the Saturday rocket attack.",
     date(2025, 3, 11)),
    ("en", "Rockets struck Ain al-Asad air base two days after the attack on March 5.", date(2025, 3, 7)),
    ("fr", "Deux jours après l'attaque de vendredi, des drones ont frappé la base d'Al-Tanf.", date(2025, 3, 9)),
    ("id", "KKB menyerang pos TNI di Intan Jaya dua hari setelah serangan pada hari Jumat.", date(2025, 3, 9)),
]

# Controls: the main clause's own day wins; a count with no day, two days, or a day past the publication dates
# nothing.
CONTROLS = [
    ("en", "Drones struck Al-Tanf garrison on Monday, two days after the Saturday attack on the embassy.",
     date(2025, 3, 10)),
    ("en", "Rockets hit Victory base near Baghdad airport two days after a drone struck the embassy.", None),
    ("en", "Drones attacked Harir air base three days after the Friday and Saturday attacks on Erbil.", None),
    ("en", "Drones hit Harir air base two days after the Tuesday attack on Erbil airport.", None),
]


@pytest.mark.parametrize(("lang", "text", "want"), COUNTED + CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(COUNTED + CONTROLS)])
def test_days_counted_from_an_earlier_events_day(lang: str, text: str, want: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert {r.event_date for r in det.reports} == {want}
