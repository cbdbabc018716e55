"""A word of today's night written with a stated date ("overnight between 9 and 10 March", "la nuit dernière du
9 au 10 mars"): the date says which night it was, so the word counts no day of its own from the publication."""

from __future__ import annotations

from datetime import date

from pipelines.detect.document import Sentence
from pipelines.detect.written import clause_break

_NEAR_CHARS = 24  # " between 9 and 10 ", " du 9 au 10 ": a stated date's month this close to the word


def stated_night(text: str, sent: Sentence, told: list[tuple[int, int, date, str]],
                 stated: list[tuple[int, int, date]], ref: date | None) -> list[tuple[int, int, date, str]]:
    """The told days less each relative word of the publication's day ("overnight", "tonight") written within
    _NEAR_CHARS of a stated date of another day, in one clause with it: that date names the word's day.
    "overnight; on 10 March another drone hit the port" is two clauses, two days."""
    def named_by_date(t: tuple[int, int, date, str]) -> bool:
        return any(d[2] != ref and max(d[0] - t[1], t[0] - d[1]) <= _NEAR_CHARS
                   and text and not clause_break(text, sent, min(t[1], d[1]), max(t[0], d[0])) for d in stated)
    return [t for t in told if not (t[2] == ref and t[3].startswith("relative word") and named_by_date(t))]
