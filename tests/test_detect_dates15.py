"""Event dates on unseen news (FIELDS15): a date in an earlier event's clause, however long the clause, and a
word of today's night written with the stated date of that night."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday

# "two days after <an earlier event> on Sunday": the day closes the earlier event's clause, more than 40
# characters after its prior word; the attack's own day is not written.
EARLIER = [
    ("en", "Three rockets struck Ain al-Asad air base in western Iraq two days after an Iran-backed militia claimed a "
           "drone attack on the US embassy compound in Baghdad on Sunday."),
    ("en", "A drone struck the Harir air base north of Erbil days after a rocket attack on the international airport of "
           "the Kurdish regional capital on Monday, officials said."),
    ("fr", "Des roquettes ont frappé la base aérienne d'Aïn al-Assad deux jours après une frappe de drone américaine "
           "contre un convoi de miliciens près de Boukamal dimanche."),
    ("ru", "Беспилотники атаковали аэродром Бельбек через несколько дней после удара ракетами по порту Севастополя и "
           "соседним складам в воскресенье."),
]

# Controls: the attack's day written before the prior word, or in another clause, stays the attack's.
EARLIER_CONTROLS = [
    ("en", "Militants fired drones at the al-Tanf garrison in southeastern Syria on Tuesday, two days after a strike "
           "on a militia convoy near the Iraqi border on Sunday.", date(2025, 3, 11)),
    ("en", "Rockets hit the Victory base near Baghdad airport on Sunday, two days after a drone attack on Ain al-Asad.",
     date(2025, 3, 9)),
    ("en", "Rockets hit Ain al-Asad air base on Monday night, hours after a US drone strike killed a militia commander "
           "in eastern Baghdad.", date(2025, 3, 10)),
]


@pytest.mark.parametrize(("lang", "text"), EARLIER, ids=[f"{lang}-{k}" for k, (lang, _) in enumerate(EARLIER)])
def test_a_day_closing_an_earlier_events_clause_is_not_the_attacks(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [None]


@pytest.mark.parametrize(("lang", "text", "expected"), EARLIER_CONTROLS,
                         ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(EARLIER_CONTROLS)])
def test_the_attacks_day_outside_the_earlier_clause_stays(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


# "overnight between 9 and 10 March": the stated date names the night, the word counts no day from the publication.
# Controls: a stated date in another clause, or after a statement, is another day's; the word keeps today.
NIGHTS = [
    ("en", "Russian drones struck the Myrhorod military airfield in Poltava region overnight between 9 and 10 March, "
           "the Ukrainian air force said.", date(2025, 3, 10)),
    ("en", "Ukrainian drones hit the Morozovsk air base overnight on 10 March, the regional governor said.",
     date(2025, 3, 10)),
    ("en", "Drones hit Belbek airfield overnight; on 10 March another drone hit the port.", date(2025, 3, 12)),
    ("en", "Drones struck the Morozovsk air base early today, officials said, after a similar raid on 10 March.",
     date(2025, 3, 12)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NIGHTS, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(NIGHTS)])
def test_a_word_of_tonight_takes_the_stated_night(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


# "trois soldats tués dimanche ... ont eu lieu mardi": the day right after a toll word is when they fell; a later
# day in its clause is a funeral's or a statement's. Controls: a later day in another clause, or a toll day of an
# earlier raid written after the attack's own day in another clause, changes nothing.
TOLLS = [
    ("fr", "Les obsèques de trois soldats tués dimanche dans l'attaque d'un camp militaire à Ouallam ont eu lieu mardi.",
     date(2025, 3, 9)),
    ("en", "Militants stormed an army post in North Waziristan on Monday, and two soldiers wounded Sunday in an earlier "
           "raid died.", date(2025, 3, 10)),
    ("en", "Drones struck the Harir air base on Sunday; a contractor wounded in the attack died on Tuesday.",
     date(2025, 3, 9)),
    ("en", "Three soldiers were killed on Tuesday when drones hit the Tower 22 base, a day after a similar attack.",
     date(2025, 3, 11)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOLLS, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(TOLLS)])
def test_a_later_day_in_a_tolls_clause_is_another_events(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]
