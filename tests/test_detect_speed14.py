"""SPEED14's faster paths give what the plain ones gave: the confirmation terms' scanner, norm()'s
non-word pattern and the gazetteer automaton's separator words."""

from __future__ import annotations

import re

import pytest

from pipelines.detect.confirmation import confirmation_terms
from pipelines.detect.detector import default_gazetteer
from pipelines.detect.normalize import _MARKS, collapse, norm
from pipelines.detect.wordscan import _MAX_SCANNERS, _SCANNERS, scanner, word_finditer

# Sentences of our own: a statement verb or official opening the text, after a newline, with
# clitics (Arabic, Hebrew), hedges before the verb, two terms side by side.
_TEXTS = {
    "en": "Said the ministry of defence on Monday.\nThe Pentagon did not confirm the strike, a spokesman said.",
    "ar": "أعلنت وزارة الدفاع أن الهجوم فشل.\nوقال المتحدث باسم الجيش إنه لم يؤكد سقوط قتلى.",
    "he": "דובר צה\"ל אמר כי הבסיס נפגע.\nוהצבא לא אישר את הדיווח, אמרה דוברת.",
    "ru": "Министерство обороны заявило о перехвате.\nПресс-служба не подтвердила удар, сообщил источник.",
    "fr": "Selon l'état-major, la base a été visée.\nLe ministère n'a pas confirmé l'attaque, a déclaré un porte-parole.",
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_the_confirmation_scanner_finds_what_each_term_regex_finds(lang):
    terms = confirmation_terms(lang)
    text = norm(_TEXTS[lang])
    found = 0
    for regex in (terms.officials, terms.verbs, terms.hedges):
        assert scanner(regex) is not None  # the speed path is the one under test
        for sample in (text, text[1:], " " + text, text + " ", text.replace(" ", "\n"), ""):
            want = [(m.span("t"), m.groups()) for m in regex.finditer(sample)]
            assert [(m.span("t"), m.groups()) for m in word_finditer(regex, sample)] == want
        found += len(list(word_finditer(regex, text)))
    assert found  # the texts hold terms: the check is not vacuous


def test_a_pattern_of_another_shape_is_searched_as_it_is():
    regex = re.compile(r"(?P<t>base)")
    assert scanner(regex) is None
    assert [m.span() for m in word_finditer(regex, "airbase base")] == [(3, 7), (8, 12)]


def test_the_scanners_kept_stay_bounded():
    for k in range(_MAX_SCANNERS + 10):
        scanner(re.compile(rf"(?<![\w{_MARKS}])(?P<t>w{k})"))
    assert len(_SCANNERS) <= _MAX_SCANNERS


def test_the_non_word_pattern_leaves_a_lone_space_and_collapses_every_other_run():
    plain = re.compile(rf"[^\w\n{_MARKS}]+")
    for text in ("a b", "a  b", "a, b", "a ,b", "a,b", " a", "a ", "  ", ",", "a -- b!", "x\n y\n\n, z",
                 "ड्रोन  ने, अड्डे", "قاعدة، عين  الأسد", "\t", " \t", "a\t b", ""):
        assert collapse(text) == plain.sub(" ", text)


def test_the_gazetteer_separator_words_give_no_hit():
    gaz = default_gazetteer()
    for text in (" \x00", "\n\x00", "a \x00 b", "\x00"):
        assert gaz.find_all(text) == ([], [], [])
    named, _near, _places = gaz.find_all(norm("Drones struck Ain al-Asad air base and the Tower 22 outpost"))
    assert [h.base.id for h in named]  # names are still found
