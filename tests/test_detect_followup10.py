"""What follows an attack in the lead (issue 16): a threat written after a sentence that tells an attack is
the claimant's or the victim's warning of more ("the group warned it would continue its operations"), not
a frame that makes the article a threat; a headline or first line that threatens still frames it. And a
weapon fired or launched with a number and an adjective before it ("fired two ballistic missiles at") is
an attack verb, as "fired a missile at" is. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)  # a Tuesday

# An attack, then the attacker's or a state's warning of more: the warning weighs nothing against it.
WARNED_AFTER = [
    ("en", "Missile fired at air base\nThe Houthis said on Friday they fired a missile at Nevatim air base.",
     "The group warned it would keep up its operations until the war ends.", "il-nevatim"),
    ("en", "Drone strikes base\nA drone struck Harir air base on Sunday night.", "Kurdish officials vowed to respond.",
     "iq-harir"),
    ("ar", "استهداف قاعدة حرير\nقصفت طائرة مسيرة قاعدة حرير الجوية مساء الأحد.", "وتوعدت الفصائل بمواصلة عملياتها.",
     "iq-harir"),
    ("fa", "حمله به پایگاه\nپهپادها به پایگاه عین الاسد حمله کردند.", "این گروه تهدید کرد که حملات ادامه خواهد یافت.",
     "iq-ain-al-asad"),
    ("ru", "Атака на аэродром\nБеспилотники атаковали аэродром Моздок в ночь на среду.",
     "В Киеве пригрозили новыми ударами.", "ru-mozdok"),
]

# A threat in the headline or before any attack is told frames the article.
THREAT_FIRST = [
    ("en", "Iran warns US bases are within range\nIran's army chief warned on Monday that US bases in the Gulf were "
     "within range. He said Al Udeid air base could be hit if Iran were attacked."),
    ("en", "Militia threatens US base\nThe militia threatened to strike Ain al-Asad air base. Rockets hit the base "
     "last year."),
    # the present 'تهدد' (she threatens) in the headline, the threat repeated below
    ("ar", "طهران تهدد بضرب القواعد الأمريكية\nحذر قائد عسكري من أن القواعد الأمريكية ستكون هدفا إذا تعرضت بلاده لهجوم."),
]

# The weapon with a number and an adjective between the verb and it.
FIRED = [
    "Iraqi militias fired two ballistic missiles at Ain al-Asad air base on Monday night.",
    "The Houthis launched three suicide drones at Nevatim air base on Friday.",
    "Militants fired several Katyusha rockets at Balad air base on Sunday.",
]


@pytest.mark.parametrize("lang,attack,warning,base", WARNED_AFTER)
def test_a_warning_after_the_attack_does_not_frame_the_article(lang: str, attack: str, warning: str,
                                                               base: str) -> None:
    found = detect(f"{attack} {warning}", language=lang, published=PUB)
    assert found.strike, attack
    assert found.reports[0].base_id == base
    assert found.score == detect(attack, language=lang, published=PUB).score


@pytest.mark.parametrize("lang,text", THREAT_FIRST)
def test_a_threat_told_first_still_frames_the_article(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("text", FIRED)
def test_a_weapon_fired_with_a_number_and_an_adjective_is_an_attack(text: str) -> None:
    found = detect(text, language="en", published=PUB)
    assert found.strike, text
    assert found.score >= 0.75, found.score
