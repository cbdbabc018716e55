"""SPEED15's faster paths give what the plain ones gave: norm()'s variant letters replaced a kind at a
time, and its two-pass collapse of non-word runs."""

from __future__ import annotations

import re

from pipelines.detect.normalize import _MARKS, TABLE, _norm_with_offsets_chars, collapse, norm, norm_with_offsets

# Texts of our own with several kinds of variant letters, repeated, side by side and deleted ones
# (Arabic harakat, tatweel, Hebrew niqqud, a zero-width non-joiner, Persian and Indic digits).
_TEXTS = (
    "أعلنت القوات إستهداف قاعدة ىمنية بطائرة مسيّرة يوم ٢٨ كانون الثاني",
    "قصفت الطائرات مواقـــع الجيش في مدينة الحديدة، وأصابت ثكنة عسكرية.",
    "پایگاه هوایی نوژه در ۱۴۰۲/۱۱/۸ هدف حمله پهپادی قرار گرفت؛ سپاه گفت",
    "הַבָּסִיס נִפְגַּע מִטִּיל, דובר צה\"ל אמר",
    "Ракета попала в ёмкость на аэродроме — сообщил губернатор",
    "ड्रोन ने १५ जनवरी २०२४ को वायुसेना अड्डे पर हमला किया",
    "Drones hit the air\u00adbase ; officials said\u200c\u200c (no one hurt)",
    "ـــــ ، ؛ ؟ ...  \n\n  ,x",
    "",
)


def _plain_norm(text: str) -> str:
    return re.sub(rf"[^\w\n{_MARKS}]+", " ", text.casefold().translate(TABLE))


def test_norm_equals_the_plain_translation_and_collapse():
    for text in _TEXTS:
        assert norm(text) == _plain_norm(text)
        assert norm(text + "\n" + text[::-1]) == _plain_norm(text + "\n" + text[::-1])


def test_offsets_equal_the_character_loops():
    for text in _TEXTS:
        fast = norm_with_offsets(text)
        assert fast == _norm_with_offsets_chars(text)
        assert fast[0] == norm(text)


def test_collapse_keeps_newlines_and_lone_spaces():
    assert collapse("a b\nc  d , e") == "a b\nc d e"
    assert collapse(" ,\n, ") == " \n "
    assert collapse("x\u200c\u200cy") == "x y"
