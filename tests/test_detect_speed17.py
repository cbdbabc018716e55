"""SPEED17's cheaper paths give what the plain ones gave: the year gate before the date and year patterns,
and the confirmation scanners kept by the pattern's identity."""

from __future__ import annotations

import re

import pytest

from pipelines.detect import dates
from pipelines.detect.confirmation import confirmation_terms
from pipelines.detect.normalize import norm
from pipelines.detect.wordscan import _SCANNERS, scanner, word_finditer

# Sentences of our own, normalised: years, ISO and day-month-year dates, counts, digits of other scripts.
_TEXTS = [
    "drones struck the airfield on 2024 03 17 at dawn",
    "the camp was shelled on 5 11 2023 and again on 07 12 1999",
    "three rockets hit the base on 14 6 1402 according to officials",
    "in 1983 the barracks were bombed",
    "some 300 soldiers and 45 vehicles were at the outpost",
    "a drone was shot down over the base",
    "rocket attack on 9 8 3045 near kilometre 578",
    norm("قصف القاعدة يوم ١٥ ٣ ٢٠٢٤ بطائرات مسيرة"),
    norm("удар по аэродрому 24.02.2022"),
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_text_without_a_one_or_two_holds_no_year_nor_numeric_date(text):
    for rx in (dates._YEAR, dates._ISO, dates._DMY, dates._JALALI_YEAR):
        if rx.search(text):
            assert dates.may_hold_year(text)
    stripped = text.replace("1", "").replace("2", "")
    assert not dates.may_hold_year(stripped)
    assert not any(rx.search(stripped) for rx in (dates._YEAR, dates._ISO, dates._DMY, dates._JALALI_YEAR))


def test_the_year_gate_lets_every_numeric_date_through():
    found = [dates.explicit_all(text, [], None) for text in _TEXTS]
    assert [len(f) for f in found] == [1, 2, 1, 0, 0, 0, 0, 1, 1, 0]
    assert not dates.may_hold_year("some 300 soldiers and 45 vehicles")
    assert dates.explicit_all("on 5 6 3045 and 3 4 5", [], None) == []  # controls: no 1 or 2, nothing read


def test_the_scanner_cache_is_kept_by_the_patterns_identity():
    terms = confirmation_terms("en")
    found = scanner(terms.verbs)
    assert found is not None and scanner(terms.verbs) is found
    entry = _SCANNERS[id(terms.verbs)]
    assert entry[0] is terms.verbs and entry[1] is found  # the pattern is held: its id is not reused meanwhile


def test_an_equal_pattern_compiled_anew_gets_its_own_scanner_with_the_same_matches():
    terms = confirmation_terms("en")
    re.purge()
    again = re.compile(terms.verbs.pattern, terms.verbs.flags)
    assert again is not terms.verbs
    text = norm("The ministry said on Monday that drones struck the base, officials confirmed.")
    want = [(m.span("t"), m.groups()) for m in terms.verbs.finditer(text)]
    assert want
    assert [(m.span("t"), m.groups()) for m in word_finditer(again, text)] == want
    assert [(m.span("t"), m.groups()) for m in word_finditer(terms.verbs, text)] == want


def test_the_line_heading_gate_finds_every_heading_the_reading_leaves_out():
    from pipelines.detect.furniture import _LINE_HEADING, without_furniture

    body = "Drones struck the air base on Sunday, officials said.\nThe base hosts coalition troops."
    for tail in ("\nRead also: Rockets hit an airport in the north", "\nRelated\nRockets hit an airport",
                 "\nLeave a Reply\nGreat report, thanks.", "\n\n— Comments:\nI heard it too"):
        text = body + tail
        assert _LINE_HEADING.search(text)
        assert without_furniture(text)[1]  # something left out
    # controls: the words inside a line open no heading, and nothing is left out
    for text in (body, body + " A reply came later; read more in the report.", "Comment: none yet. Drones hit"):
        kept, dropped = without_furniture(text)
        assert (kept, dropped) == (text, []) or _LINE_HEADING.search(text)
    assert not _LINE_HEADING.search(body + " A reply came later; read more in the report.")
