"""Strike precision gaps left by PREC17 (PREC17B): a Hebrew installation written with the clitic 'from'
('תקיפה מבסיס רמון': a strike launched FROM Ramon, clitic.py). Controls: the same headlines with 'in' and 'on',
and a noun that itself begins with the clitic's letter ('מוצב'). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Tuesday

FROM_A_BASE = [
    ("he-strike-from", "תקיפה מבסיס רמון", "מטוסי קרב תקפו הלילה מטרות בתימן."),
    ("he-attack-from-the", "מתקפה מהבסיס", "מטוסי קרב תקפו הלילה מטרות רחוקות."),
]

FROM_CONTROLS = [
    ("he-strike-in", "תקיפה בבסיס נבטים", "כמה טילים פגעו הלילה בבסיס נבטים וגרמו נזק קל."),
    ("he-strike-on", "תקיפה על בסיס רמון", "רחפן נפץ פגע הלילה בבסיס רמון ושני חיילים נפצעו."),
    ("he-outpost", "רחפן תקף מוצב צבאי", "רחפן נפץ תקף הלילה מוצב צבאי בצפון ושלושה חיילים נפצעו."),
]


@pytest.mark.parametrize("what,title,body", FROM_A_BASE, ids=[n[0] for n in FROM_A_BASE])
def test_a_strike_from_a_base_is_not_one_on_it(what, title, body):
    assert not detect(body, title=title, language="he", published=PUB).strike, what


@pytest.mark.parametrize("what,title,body", FROM_CONTROLS, ids=[n[0] for n in FROM_CONTROLS])
def test_a_strike_in_or_on_a_base_stands(what, title, body):
    assert detect(body, title=title, language="he", published=PUB).strike, what
