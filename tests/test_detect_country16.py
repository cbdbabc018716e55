"""Country on unseen news (FIELDS16): a place named after a country of its own is that country's namesake
("استان کردستان عراق"), and the country inside an official the actor registry scans as one actor ("Минобороны
России сообщило") is the sayer's country, a last resort as sayer_country's is."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _countries(text: str, lang: str) -> set[str | None]:
    det = detect(text, language=lang)
    assert det.strike, text
    return {r.country for r in det.reports}


# A province written with another country's name right after it, no comma between: that country's namesake.
NAMESAKE = [
    ("fa", "پهپادها به یک پایگاه نظامی در استان کردستان عراق حمله کردند.", "IQ"),
]

# Controls: the province alone, or the country in another clause (the commenting state), stays the province's.
NAMESAKE_CONTROLS = [
    ("fa", "یک پایگاه نظامی در استان کردستان هدف حمله پهپادی قرار گرفت.", "IR"),
    ("fa", "پهپادها به پایگاهی در استان کردستان حمله کردند، عراق این حمله را محکوم کرد.", "IR"),
    ("fa", "پهپادهای عراق به پایگاه نظامی در کرمانشاه حمله کردند.", "IR"),
    ("en", "Gunmen attacked an army camp near Mosul, Iraq on Sunday.", "IQ"),
]

# The ministry and its country as one actor cue: its country is the sayer's, placing what nothing else places.
SAYER_IN_ACTOR = [
    ("ru", "Минобороны России сообщило, что украинские беспилотники атаковали военный аэродром.", "RU"),
]

# Controls: a place the statement names wins over the sayer's country.
SAYER_CONTROLS = [
    ("ru", "Минобороны России сообщило, что беспилотники атаковали военный аэродром в Крыму.", "UA"),
    ("ru", "Минобороны России заявило, что ВСУ атаковали военную базу в Сирии.", "SY"),
]


@pytest.mark.parametrize(("lang", "text", "want"), NAMESAKE + SAYER_IN_ACTOR,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(NAMESAKE + SAYER_IN_ACTOR)])
def test_the_country_is_read_from_the_phrase_structure(lang: str, text: str, want: str) -> None:
    assert _countries(text, lang) == {want}


@pytest.mark.parametrize(("lang", "text", "want"), NAMESAKE_CONTROLS + SAYER_CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(NAMESAKE_CONTROLS + SAYER_CONTROLS)])
def test_country_controls(lang: str, text: str, want: str) -> None:
    assert _countries(text, lang) == {want}
