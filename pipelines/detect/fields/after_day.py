"""The attack's day counted from an earlier event's ("two days after the Friday attack", "deux jours après
l'attaque de vendredi", "через два дня после атаки в пятницу"): where the main clause writes no day of its own,
the one day written in the earlier event's clause, moved on by the count of the lexicon's days_after phrase
that opens that clause."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.detect import dates
from pipelines.detect.document import Sentence
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import AFTER, BEFORE, WORD_TAIL

_MAX_DAYS = 14  # "two days after", "ten days after": longer counts are no day the press counts on
_OPENS_CHARS = 2  # the earlier clause opens at its prior word's end, which ends the days_after phrase


def after_earlier(sent: Sentence, lex: Lexicon, clauses: list[tuple[int, int]], days: list[tuple],
                  ref: date | None) -> tuple[date, str] | None:
    """The day `count` days after the one day (days: (start, end, date, ...) read in earlier clauses) of the
    clause a days_after phrase opens, and its rule; None where the phrase, the count or one day is missing,
    or where the day found lies after the publication."""
    rx, count = _patterns(lex)
    if rx is None or not days:
        return None
    for m in rx.finditer(sent.ntext):
        n = count.search(m.group())
        v = (int(n.group()) if n.group().isdigit() else lex.value("number", n.group())) if n else None
        if v is None or not 0 < int(str(v)) <= _MAX_DAYS:
            continue
        for lo, hi in clauses:
            if abs(lo - m.end()) > _OPENS_CHARS:
                continue
            # the day near the phrase: one far on in a long clause may be a nested event's ("two days after a
            # militia claimed a drone attack on the embassy in Baghdad on Sunday": the claim's or the attack's)
            found = {d[2] for d in days if lo <= d[0] <= min(hi, lo + dates.EARLIER_CHARS)}
            # one day word in the clause: "after the Friday and Saturday attacks" counts from neither
            if len(found) == 1 and len([c for c in sent.of("weekday", "reldate", "month") if lo <= c.start <= hi]) == 1:
                day = next(iter(found)) + timedelta(days=int(str(v)))
                if ref is None or day <= ref:
                    return day, f"{m.group()!r} the earlier event's {next(iter(found))}"
    return None


def _patterns(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """The lexicon's days_after phrases as one regex, and the regex of a count (digits or a number word)."""
    entry = lex.memo.get("days_after")  # built once per lexicon
    if entry is None:
        words = sorted((k for k, v in lex.values.get("number", {}).items() if str(v).isdigit()), key=len, reverse=True)
        count = "(?:" + "|".join([r"\d{1,2}", *(_words(w) for w in words)]) + ")"
        alts = [" +".join(p for p in (_words(b), count, _words(a)) if p) for b, a in lex.days_after]
        rx = re.compile(rf"{BEFORE}(?:{'|'.join(alts)}){AFTER}") if alts else None
        entry = lex.memo["days_after"] = (rx, re.compile(rf"{BEFORE}{count}{AFTER}"))
    return entry


def _words(words: str) -> str:
    """A normalised lexicon phrase as regex: spaces as runs of spaces, * as the rest of a word."""
    return WORD_TAIL.join(re.escape(p).replace(r"\ ", " +") for p in words.split("*"))
