"""SPEED16A: the clitic prefix written as one repeat of its class, and the patterns kept with their lexicon."""

from __future__ import annotations

import dataclasses
import pickle
import re

from pipelines.detect.fields import vague, weekday_digits
from pipelines.detect.lexicon import get_lexicon, optional_prefix
from pipelines.detect.normalize import norm


def test_one_class_of_clitics_is_written_as_one_repeat():
    assert optional_prefix([]) == ""
    assert optional_prefix(["[ab]{1,2}"]) == "[ab]{0,2}"
    assert optional_prefix(["[ab]"]) == "[ab]?"
    # several lexicons' prefixes keep their order of tries: an alternation, as before
    assert optional_prefix(["[ab]{1,2}", "[c]"]) == "(?:[ab]{1,2}|[c])?"
    # a class repeated at least twice is no optional repeat of it
    assert optional_prefix(["[ab]{2,3}"]) == "(?:[ab]{2,3})?"


def test_the_repeat_tries_what_the_optional_group_tried():
    old = re.compile(r"(?<!\w)(?:[ab]{1,2})?(?P<t>ab|bab|c|bc)(?!\w)")
    new = re.compile(r"(?<!\w)[ab]{0,2}(?P<t>ab|bab|c|bc)(?!\w)")
    for text in ("ab", "bab", "aab", "abab", "bbab", "aaab", "c", "ac", "abc", "aabc", "babc x ab y bc"):
        assert [m.span("t") for m in old.finditer(text)] == [m.span("t") for m in new.finditer(text)], text


def _terms(lang: str, text: str) -> list[str]:
    lex = get_lexicon(lang)
    return [m.group("t") for m in lex.regex.finditer(norm(text))]


def test_arabic_and_hebrew_clitics_are_still_read_off_the_word():
    # up to two Arabic clitics ("و", "ف", "ب" ...) and three Hebrew ones ("ו", "ב", "ש" ...) before the noun
    assert _terms("ar", "وقاعدة") == ["قاعده"]
    assert _terms("ar", "فبقاعدة") == ["قاعده"]
    assert _terms("he", "ובבסיס") == ["בסיס"]
    assert _terms("he", "שובבסיס") == ["בסיס"]
    # one clitic too many is another word
    assert "قاعده" not in _terms("ar", "وفبقاعدة")
    assert "בסיס" not in _terms("he", "כשובבסיס")


def test_the_patterns_kept_with_a_lexicon_stay_with_it():
    en, fr = get_lexicon("en"), get_lexicon("fr")
    assert en.memo is not fr.memo
    assert vague._pattern(en) is not vague._pattern(fr)
    assert vague._pattern(en) is vague._pattern(en)  # built once
    assert weekday_digits._pattern(en) is None
    assert weekday_digits._pattern(get_lexicon("id")) is not None
    # a copy with other words builds its own pattern
    other = dataclasses.replace(en, vague_days=frozenset({"the other day"}))
    assert other.memo == {} and other.memo is not en.memo
    assert vague._pattern(other).search("it happened the other day") is not None
    assert vague._pattern(en).search("it happened the other day") is None
    # nothing kept travels with a pickled lexicon
    assert pickle.loads(pickle.dumps(en)).memo == {}
