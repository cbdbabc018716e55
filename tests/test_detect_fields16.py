"""Event dates on unseen news (FIELDS16): a night or two-day span written month first ("overnight March 10-11")
is its later day, and an earlier event's clause ends at its comma when the main clause names its own installation
after it (the earlier event's own installation, named before the comma, does not end it)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday


def _dates(text: str, lang: str) -> set[date | None]:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    return {r.event_date for r in det.reports}


# Month first, then the next day after a dash or one short word: the later day, as "the night of 9 to 10 March".
MONTH_FIRST = [
    ("Ukrainian drones attacked the Engels air base overnight March 10-11, the regional governor said.",
     date(2025, 3, 11)),
    ("Several drones struck Ain al-Asad air base overnight from March 9 to 10, US officials said.", date(2025, 3, 10)),
    ("A military airfield in Crimea was struck by missiles on the night of March 9 to 10, the navy said.",
     date(2025, 3, 10)),
]

# Controls: the number after the month's day counts something, or another clause starts before it.
MONTH_FIRST_CONTROLS = [
    ("On March 10, 11 soldiers were killed when militants attacked an army post in North Waziristan.",
     date(2025, 3, 10)),
    ("Militants stormed a military base in Borno on March 10 and 11 soldiers were wounded, the army said.",
     date(2025, 3, 10)),
    ("Rockets hit Ain al-Asad air base on March 9, 10 days after the last attack on the base.", date(2025, 3, 9)),
    ("Drones struck Harir air base late on March 9 into March 10, Kurdish officials said.", date(2025, 3, 10)),
]


@pytest.mark.parametrize(("text", "want"), MONTH_FIRST, ids=[f"night-{k}" for k in range(len(MONTH_FIRST))])
def test_a_month_first_night_is_its_later_day(text: str, want: date) -> None:
    assert _dates(text, "en") == {want}


@pytest.mark.parametrize(("text", "want"), MONTH_FIRST_CONTROLS,
                         ids=[f"control-{k}" for k in range(len(MONTH_FIRST_CONTROLS))])
def test_a_number_after_the_months_day_that_counts_something_stays_out(text: str, want: date) -> None:
    assert _dates(text, "en") == {want}


# The earlier event's clause runs to its comma: a day after the comma, however near, is the main clause's.
CLOSED = [
    ("ru", "Спустя неделю после удара по аэродрому Бельбек, дроны в воскресенье атаковали аэродром Саки.",
     date(2025, 3, 9)),
    ("uk", "Через тиждень після удару по аеродрому Бельбек, у неділю дрони уразили аеродром Саки.", date(2025, 3, 9)),
    ("en", "Days after the strike on Erbil airport, on Sunday drones hit Harir air base.", date(2025, 3, 9)),
]

# The earlier event's own installation named before the comma: a day written with it is still that event's.
OWN_TARGET = [
    ("en", "Days after the drone attack that hit Ain al-Asad air base on March 7, rockets struck Harir air base, "
           "officials said."),
]

# Controls: with no installation named after the comma, the day near the prior word stays the earlier event's.
CLOSED_CONTROLS = [
    ("fr", "Quelques jours après l'attaque du 7 mars, des drones ont frappé la base d'Al-Tanf.", None),
    ("en", "Two days after the attack on the embassy, drones struck Ain al-Asad air base on Sunday.",
     date(2025, 3, 9)),
]


@pytest.mark.parametrize(("lang", "text", "want"), CLOSED, ids=[f"{x[0]}-{k}" for k, x in enumerate(CLOSED)])
def test_a_day_after_the_earlier_clauses_comma_is_the_attacks(lang: str, text: str, want: date) -> None:
    assert _dates(text, lang) == {want}


@pytest.mark.parametrize(("lang", "text"), OWN_TARGET, ids=[f"{x[0]}-{k}" for k, x in enumerate(OWN_TARGET)])
def test_the_earlier_events_own_installation_does_not_end_its_clause(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert {r.base_id for r in det.reports} == {"iq-harir"}
    assert _dates(text, lang) == {None}


@pytest.mark.parametrize(("lang", "text", "want"), CLOSED_CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(CLOSED_CONTROLS)])
def test_earlier_clause_controls(lang: str, text: str, want: date | None) -> None:
    assert _dates(text, lang) == {want}
