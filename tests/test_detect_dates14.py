"""Event dates on unseen news (DATE14): a headline dated by the lede that names its installation again, a
relative word and a weekday written together as one day, the statement's day against an earlier attack day."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday
TUE, MON = date(2025, 3, 11), date(2025, 3, 10)


def _dates(text: str, published: datetime | None = PUB) -> list[date | None]:
    det = detect(text, language=None, published=published)
    assert det.reports, text
    return [r.event_date for r in det.reports]


# A headline with no day of its own takes the lede's, also when the lede names the headline's installation
# again; a later line (a funeral, a quoted older threat) is no date of the headline's attack.
HEADLINE_LEDE = [
    "Drones hit Belbek\n\nUkraine's navy said its drones hit the Belbek military airfield in Crimea on Tuesday "
    "morning. The funeral of the two pilots killed will be held on Friday.",
    "Attack on Ain al-Asad\n\nRockets struck Ain al-Asad air base on Tuesday. The attack came after the militia "
    "warned in a statement on 2 March that it would target US forces.",
    "Erbil base attacked\n\nA drone attacked the coalition base at Erbil airport early on Tuesday. \"We struck the "
    "occupiers on 25 February and we will strike again,\" the group said in January.",
]


@pytest.mark.parametrize("text", HEADLINE_LEDE)
def test_a_headline_takes_the_day_of_its_lede(text):
    assert _dates(text)[0] == TUE


def test_a_lede_on_another_installation_does_not_date_the_headline():
    # Control: the lede names only another installation; the headline's report is not dated by it.
    text = ("Drones hit Belbek\n\nOn Monday, Russian air defences also shot down drones over the Saky airfield. "
            "Officials gave no further details.")
    det = detect(text, language=None, published=PUB)
    belbek = [r for r in det.reports if r.base_id == "ua-belbek"]
    assert all(r.event_date != MON for r in belbek)


# "أمس الثلاثاء", "اليوم الأربعاء": a relative word and a weekday of the same day are one phrase.
APPOSED = [
    ("تعرضت قاعدة عين الأسد الجوية غربي العراق لهجوم صاروخي مساء أمس الثلاثاء، بحسب مصادر أمنية.", TUE),
    ("قال مسؤول أمريكي اليوم الأربعاء إن قاعدة حرير تعرضت لهجوم بطائرة مسيرة مساء الاثنين.", MON),
]


@pytest.mark.parametrize("text,want", APPOSED)
def test_a_relative_word_beside_its_weekday_is_one_day(text, want):
    assert _dates(text)[0] == want


# The day of a statement ("في بيان صدر الأربعاء") is after the attack's: a weekday on or before it wins.
def test_the_statement_day_yields_to_an_earlier_weekday():
    text = ("أعلنت المقاومة الإسلامية في العراق، في بيان صدر الأربعاء، أنها استهدفت قاعدة حرير بطائرة مسيرة "
            "فجر الثلاثاء.")
    assert _dates(text)[0] == TUE


STATEMENT_CONTROLS = [
    # the statement's day alone dates the attack it tells
    ("The Pentagon said on Tuesday that drones attacked the Harir base in northern Iraq.", TUE),
    # yesterday counted from the day it was told
    ("Drones struck the Harir base in northern Iraq overnight, officials said on Tuesday.", TUE),
    ("Two drones targeted the Harir air base north of Erbil late on Monday, officials said on Tuesday.", MON),
]


@pytest.mark.parametrize("text,want", STATEMENT_CONTROLS)
def test_statement_day_controls(text, want):
    assert _dates(text)[0] == want
