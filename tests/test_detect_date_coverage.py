"""Event dates in every lexicon language: each common form of the attack day (tests/date_coverage_cases.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.detect import detect
from pipelines.detect.lexicon import languages
from date_coverage_cases import ABBREVIATED_DATELINES, DATELINES, FORMS, PUB, form_cases


def test_every_lexicon_language_has_its_cases() -> None:
    assert sorted(FORMS) == languages()
    assert sorted(lang for lang, _, _ in DATELINES) == languages()


@pytest.mark.parametrize(("lang", "form", "text", "expected"), form_cases(),
                         ids=[f"{lang}-{form}" for lang, form, _, _ in form_cases()])
def test_the_attack_day_in_each_form(lang: str, form: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected


@pytest.mark.parametrize(("lang", "text", "expected"), DATELINES + ABBREVIATED_DATELINES,
                         ids=[lang for lang, _, _ in DATELINES] + [f"{lang}-abbreviated" for lang, _, _ in ABBREVIATED_DATELINES])
def test_the_dateline_dates_yesterday(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang)
    assert det.strike
    assert det.reports[0].event_date == expected
