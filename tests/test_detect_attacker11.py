"""Attacker slips on unseen news (issue 16, class 5): the victim of a verb of suffering or of a passive
attack verb is never the attacker. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _attacker(text: str, lang: str) -> str | None:
    """The attacker of the first report of a text that must be a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    return found.reports[0].actor


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# The force that came under attack, was attacked (Hebrew passive with its clitic prefix) or was
# subjected to an attack (Arabic verb first) is the victim: no attacker is named.
VICTIMS = [
    ("en", "The Israeli army came under attack at an outpost near the Gaza border on Monday, a statement said."),
    ("en", "The Russian military suffered a drone attack on an airfield in Syria."),
    ("he", 'חיילי צה"ל הותקפו במוצב בגבול הצפון.'),
    ("he", 'כוח צה"ל הותקף הלילה במוצב סמוך לגבול רצועת עזה.'),
    ("ar", "تعرضت القوات الأمريكية لهجوم بطائرة مسيرة في قاعدة عسكرية شرق سوريا."),
    ("ar", "تعرض الجيش الإسرائيلي لهجوم في موقع عسكري قرب الحدود مع لبنان."),
]

# The victim named, and the attacker too: by the agent word, or as the subject of the attack with the
# verb of suffering in a clause set off by commas or told of its own positions.
NAMED = [
    ("ar", "تعرض الجيش الإسرائيلي لهجوم من قبل حزب الله في موقع عسكري قرب الحدود.", "Hezbollah"),
    ("en", "Israeli troops came under fire from Hezbollah at a military post near Metula on Sunday.", "Hezbollah"),
    ("en", "The Houthis, who suffered US strikes in Hodeidah, fired a missile at Nevatim air base.", "Houthis"),
    ("he", 'חיזבאללה תקף את בסיס מירון ברקטות לאחר שעמדותיו הותקפו על ידי צה"ל.', "Hezbollah"),
    ("ar", "هاجمت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة، وقالت إن مواقعها تعرضت لقصف أمريكي.",
     "Islamic Resistance in Iraq"),
    ("ru", "ВСУ, подвергшиеся обстрелу накануне, атаковали аэродром Бельбек беспилотниками.", "Ukraine"),
]


@pytest.mark.parametrize("lang,text", VICTIMS, ids=_ids(VICTIMS))
def test_the_victim_of_an_attack_is_not_its_attacker(lang: str, text: str) -> None:
    assert _attacker(text, lang) is None


@pytest.mark.parametrize("lang,text,attacker", NAMED, ids=_ids(NAMED))
def test_the_attacker_beside_a_victim_is_kept(lang: str, text: str, attacker: str) -> None:
    assert _attacker(text, lang) == attacker
