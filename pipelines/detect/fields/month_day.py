"""Month days: a day of the month written with no month ("el día 5", "ayın 5'inde", "5 तारीख को"), which the
press writes for a day of the publication's month (or, when that day is still to come, of the month before)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.detect import dates
from pipelines.detect.document import Sentence
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import AFTER, BEFORE

_DAY = r"(\d{1,2})"
_OTHER_DAY = r" +\d{1,2} +"  # "<d>": the other day of a night written as two ("dans la nuit du 4 au 5")
_MONTH_AFTER_CHARS = 12  # "el día 5 de marzo": a month this close after the day is the stated date's, read there
_AHEAD = timedelta(days=2)  # a day this far past the publication is still its month's (time zones, late copy)
_RECENT = timedelta(days=62)  # a day and month in digits with no year are this recent at most
# "tanggal 5/2", "ב-5.3.2025": digits right after are the month or year of a date written in digits, read there
_DIGITS_AFTER = re.compile(r" +\d")
_PATTERNS: dict[int, tuple[Lexicon, list[re.Pattern[str]], re.Pattern[str] | None]] = {}  # per lexicon, built once


def month_days(sent: Sentence, ref: date, lex: Lexicon) -> list[tuple[int, int, date, str]]:
    """Each day of the month the sentence writes with no month, dated in ref's month (the month before when
    the day lies after ref), and each day and month in digits with no year after the lexicon's words
    ("ב-5.3"), dated in ref's year (the year before when it lies after ref): (start, end, date, rule). A
    month written right after the day, or digits, make it a date read elsewhere, and a word of
    month_day_not_before after it a count of something else."""
    phrases, not_before = _patterns(lex)
    months = sent.memo.get("months", [])
    out = []
    for rx in phrases:
        with_month = rx.groups > 1
        for m in rx.finditer(sent.ntext):
            if any(0 <= mo[0] - m.end() <= _MONTH_AFTER_CHARS for mo in months):
                continue
            if _DIGITS_AFTER.match(sent.ntext, m.end()) or not_before is not None and not_before.match(sent.ntext, m.end()):
                continue
            day = int(m.group(1))
            made = _in_year(ref, day, int(m.group(2))) if with_month else _in_month(ref, day)
            if made is not None:
                out.append((m.start(), m.end(), made, f"day {m.group()!r} with no {'year' if with_month else 'month'}"
                                                      f" in the time of {ref}"))
    return out


def _in_month(ref: date, day: int) -> date | None:
    """The day in ref's month, else (when it lies after ref, or the month has no such day) in the month before."""
    made = dates._safe(ref.year, ref.month, day)
    if made is not None and made <= ref + _AHEAD:
        return made
    before = ref.replace(day=1) - timedelta(days=1)
    return dates._safe(before.year, before.month, day)


def _in_year(ref: date, day: int, month: int) -> date | None:
    """The day and month in ref's year, else (when that lies after ref) in the year before; None when that
    is more than _RECENT before ref: the press writes the year of an older day, and "ב-1.5" is also a measure."""
    made = dates._safe(ref.year, month, day)
    if made is not None and made > ref + _AHEAD:
        made = dates._safe(ref.year - 1, month, day)
    return made if made is not None and ref - made <= _RECENT else None


def _patterns(lex: Lexicon) -> tuple[list[re.Pattern[str]], re.Pattern[str] | None]:
    """The lexicon's month_day phrases as regexes (group 1 the day, group 2 the month when written) and its
    month_day_not_before words as a regex anchored after the day; built once per lexicon."""
    entry = _PATTERNS.get(id(lex))
    if entry is None or entry[0] is not lex:
        phrases = []
        for before, glued, after, month in lex.month_day:
            head = _OTHER_DAY.join(_words(p) for p in before).strip()
            tail = ("" if glued else " +") + _words(after) if after else ""
            digits = _DAY + (" +" + _DAY if month else "")
            phrases.append(re.compile(rf"{BEFORE}{head + ' +' if head else ''}{digits}{tail}{AFTER}"))
        words = "|".join(_words(w) for w in lex.month_day_not_before)
        not_before = re.compile(rf" +(?:{words}){AFTER}") if words else None
        entry = _PATTERNS[id(lex)] = (lex, phrases, not_before)
    return entry[1], entry[2]


def _words(words: str) -> str:
    """A normalised lexicon phrase as regex, its spaces as runs of spaces."""
    return re.escape(words).replace(r"\ ", " +")
