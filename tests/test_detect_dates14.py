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


# A span of days with no day of its own leaves the attack undated: not the statement's day, not a neighbour's.
VAGUE = [
    "Engels air base attacked\n\nDrones attacked the Engels air base earlier this week, a regional official said "
    "on Wednesday.",
    "Атака на аэродром\n\nВ начале недели беспилотники атаковали аэродром Энгельс, сообщил в среду губернатор.",
    "Attaque d'une base\n\nDes drones ont visé la base de Hmeimim en début de semaine, a indiqué mercredi Moscou.",
    "حمله به پایگاه\n\nپایگاه عین الاسد اوایل این هفته هدف حمله موشکی قرار گرفت، یک مقام عراقی روز چهارشنبه اعلام کرد.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_a_span_of_days_leaves_the_attack_undated(text):
    assert set(_dates(text)) == {None}


VAGUE_CONTROLS = [
    # a day written with the span keeps it ("this week" counts attacks, it dates none)
    ("A drone struck the al-Tanf garrison in Syria on Tuesday, the third attack on the base this week.", TUE),
    # the span in another line is another attack's
    ("Drones attacked the Engels air base on Monday, a regional official said on Wednesday. A similar attack "
     "last week caused no damage.", MON),
]


@pytest.mark.parametrize("text,want", VAGUE_CONTROLS)
def test_vague_controls(text, want):
    assert _dates(text)[0] == want


# Two days in a row written as a night's range date it to the later day, with the month written twice too.
NIGHT_RANGES = [
    ("Ukrainian drones attacked the Morozovsk air base on the night of March 10 to March 11, destroying two "
     "aircraft, the General Staff said.", PUB, TUE),
    ("Ukraine's military said its drones hit the Morozovsk air base in Russia on the night of May 31 to June 1.",
     datetime(2025, 6, 2, 12, 0, tzinfo=timezone.utc), date(2025, 6, 1)),
    # control: the Russian range after its since-like preposition, read before
    ("Беспилотники атаковали аэродром Энгельс в ночь с 10 на 11 марта.", PUB, TUE),
]


@pytest.mark.parametrize("text,published,want", NIGHT_RANGES)
def test_a_night_written_as_two_dates_is_the_later_day(text, published, want):
    assert _dates(text, published)[0] == want


# A line that tells a threat does not date the attack of the line next to it, headline's or body's.
def test_a_threat_line_does_not_date_a_neighbouring_attack():
    text = ("Drone attack on Harir base\n\nThe Islamic Resistance in Iraq had warned on 2 March that US bases would "
            "be targeted. A drone then struck the Harir air base north of Erbil, officials said on Tuesday.")
    assert _dates(text) == [TUE]
    text = ("قصف قاعدة عين الأسد\n\nكانت الفصائل قد هددت في الثاني من آذار باستهداف القواعد الأمريكية. واستهدفت "
            "صواريخ قاعدة عين الأسد مساء الاثنين.")
    assert _dates(text) == [MON]


# A date written after a statement verb is the statement's when an earlier date is written with it.
STATEMENT_DATES = [
    ("11 марта беспилотники атаковали аэродром Энгельс, сообщили 12 марта в Минобороны.", TUE),
    # control: the statement's date alone dates the attack it tells
    ("Беспилотники атаковали аэродром Энгельс, сообщили 11 марта в Минобороны.", TUE),
]


@pytest.mark.parametrize("text,want", STATEMENT_DATES)
def test_the_statement_date_yields_to_an_earlier_one(text, want):
    assert _dates(text)[0] == want


# The statement's day is the one written after its verb, and a verb between two weekdays makes no night.
TOLD_AFTER_THE_VERB = [
    ("Des drones ont visé la base de Hmeimim lundi, a indiqué mardi Moscou.", MON),
    ("Дрони атакували аеродром Енгельс у ніч на вівторок, повідомили в середу в СБУ.", TUE),
    # control: a night written as two weekdays before the verb keeps its later day
    ("Беспилотники атаковали авиабазу Хмеймим в ночь с понедельника на вторник, сообщили военные.", TUE),
]


@pytest.mark.parametrize("text,want", TOLD_AFTER_THE_VERB)
def test_the_day_after_the_statement_verb_is_the_telling_day(text, want):
    assert _dates(text)[0] == want
