"""The detector's speed paths give what the plain ones gave: the lexicon scanner, norm() and Sentence.of()."""

from __future__ import annotations

import re

import pytest

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.lexicon import get_lexicon
from pipelines.detect.normalize import _MARKS, norm
from pipelines.detect.scan import _matches

# Texts of our own: a cue opening the text, cues right after a newline, two cues side by side,
# clitics on Arabic and Hebrew nouns, runs of punctuation.
_TEXTS = {
    "en": "Drones struck the air base at dawn.\nRockets hit the airfield; militants attacked a base near the town.",
    "ar": "استهدفت طائرة مسيرة القاعدة العسكرية فجرا.\nوبالقاعدة الجوية سقط صاروخان، وقتل جنديان.",
    "he": "רקטות נורו לעבר הבסיס בצפון.\nובבסיס הצבאי נשמעו פיצוצים, ומל\"ט יורט.",
    "hi": "ड्रोन ने सैन्य अड्डे पर हमला किया।\nवायुसेना अड्डे पर रॉकेट दागे गए।",
    "ru": "Беспилотники атаковали военный аэродром.\nРакеты ударили по базе, погибли двое военных.",
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_the_scanner_finds_what_the_lexicon_regex_finds(lang):
    lex = get_lexicon(lang)
    text = norm(_TEXTS[lang])
    for sample in (text, text[1:], " " + text, text + " ", text.replace(" ", "\n")):
        want = [m.span("t") for m in lex.regex.finditer(sample)]
        assert [m.span("t") for m in _matches(lex, sample)] == want
    assert [m.span("t") for m in _matches(lex, text)]  # the texts hold cues: the check is not vacuous


def test_norm_collapses_runs_of_non_word_characters_as_one_space():
    plain = re.compile(rf"[^\w\n{_MARKS}]+")
    for text in ("The base,  hit -- twice!", " lead space", "trail space ", "a\n b \n\nc", "..x..",
                 "one two three", "ड्रोन  ने, अड्डे", "", " ", "  ", "\t tab"):
        assert norm(text) == plain.sub(" ", text.casefold())


def test_cues_of_several_groups_include_a_cue_added_after_an_earlier_question():
    sent = Sentence(0, 30, "drones hit the base and killed two")
    sent.add(Cue(frozenset({"verb"}), 7, 10, "hit"))
    assert [c.text for c in sent.of("verb", "killed")] == ["hit"]
    sent.add(Cue(frozenset({"killed"}), 24, 30, "killed"))
    assert [c.text for c in sent.of("verb", "killed")] == ["hit", "killed"]
    drones = Cue(frozenset({"t_drone"}), 0, 6, "drones")
    sent.add(drones)
    assert [c.text for c in sent.of("verb", "killed")] == ["hit", "killed"]
    sent.add_group(drones, "verb")
    assert [c.text for c in sent.of("verb", "killed")] == ["drones", "hit", "killed"]


def test_a_mentions_remembered_attacker_is_the_one_worked_out_afresh():
    from dataclasses import replace

    from pipelines.detect.detector import analyse
    from pipelines.detect.fields.actor import _actor, actor

    text = ("Militants fired rockets at the Ain al-Asad air base on Monday. Kataib Hezbollah claimed the attack "
            "on the base. Separately, a drone hit Harir air base in Erbil.")
    a = analyse(text, language="en")
    assert a.detection.reports and a.candidates
    for i, m in a.candidates:
        assert actor(a.doc, i, m) == _actor(a.doc, i, m)
        other = replace(m, base=None)  # a new mention object at the same place is worked out for itself
        assert actor(a.doc, i, other) == _actor(a.doc, i, other)
