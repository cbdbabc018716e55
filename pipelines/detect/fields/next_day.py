"""The later day of a night or a two-day span written month first ("overnight March 10-11", "on the night of March
9 to 10", "late on March 9 into 10"): as "the night of 9 to 10 March" is read by the day written with its month,
the later one, the day after the month's own is the attack's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.detect.document import Sentence
from pipelines.detect.written import clause_break

_MONTH_DAY = re.compile(r"\D{0,2}\d{1,2}$")  # the month's own day written right after it, no year
# the next day after at most one short joining word ("to", "into", "and", "au") or a dash, which norm() drops
_NEXT = re.compile(r" +(?:[^\W\d]{1,5} +)?(\d{1,2})(?!\d)")
_COUNTED = frozenset({"people", "killed", "wounded"})  # "on March 10 and 11 soldiers were wounded": a count


def month_first_nights(text: str, sent: Sentence, ntext: str,
                       stated: list[tuple[int, int, date]]) -> list[tuple[int, int, date]]:
    """The stated dates with each month-first one followed by the next day's number (and no month of its own)
    read as that next day. A clause mark between ("on March 10, 11 soldiers"), or people, a toll or a weapon
    written right after it ("on March 10 and 11 soldiers were wounded"), make the number a count."""
    months = sent.memo.get("months", [])
    out = []
    for start, end, day in stated:
        month = next((m for m in months if m[0] == start), None)
        nxt = _NEXT.match(ntext, end) if month is not None and _MONTH_DAY.match(ntext[month[1]:end]) else None
        later = day + timedelta(days=1)
        if nxt is not None and int(nxt.group(1)) == later.day and text \
                and not any(end <= m[0] < nxt.end() for m in months) \
                and not clause_break(text, sent, end, nxt.start(1)) and not _counts(sent, nxt.end()):
            out.append((start, nxt.end(), later))
        else:
            out.append((start, end, day))
    return out


def _counts(sent: Sentence, end: int) -> bool:
    """Whether the word right after a number is what it counts: people, a toll or a weapon ("11 soldiers",
    "10 drones")."""
    return any(c.start == end + 1 and (c.groups & _COUNTED or any(g.startswith("t_") for g in c.groups))
               for c in sent.cues)
