"""Hard negatives of failure classes 1-3 (issue 16) in the languages earlier passes left thin, and positive
controls worded alike: each negative is blocked by a word of its language's grammar, never by its own words."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hard_negatives_more import NEGATIVES, POSITIVES
from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _strike(text: str, language: str) -> bool:
    return detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "cls", "what", "text"), NEGATIVES,
                         ids=[f"{n[0]}-class{n[1]}-{n[2]}" for n in NEGATIVES])
def test_hard_negative_is_not_a_strike(language: str, cls: int, what: str, text: str) -> None:
    assert not _strike(text, language)


@pytest.mark.parametrize(("language", "what", "text"), POSITIVES, ids=[f"{p[0]}-{p[1]}" for p in POSITIVES])
def test_positive_control_stays_a_strike(language: str, what: str, text: str) -> None:
    assert _strike(text, language)
