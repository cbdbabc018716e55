"""A weekday word that is one only before a day and month in digits (Indonesian "Minggu (9/3)": bare "minggu" is
also "week"): the lexicon's weekday_with_digits words, read as their weekday where the digits after them fall on it."""

from __future__ import annotations

import re
from datetime import date

from pipelines.detect import dates
from pipelines.detect.document import Sentence
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import BEFORE


def weekday_digit_days(sent: Sentence, ref: date | None, lex: Lexicon,
                       latest: int | None) -> list[tuple[int, int, date, str]]:
    """Each weekday_with_digits word with a day and month in digits right after it and no year ("minggu 9 3"),
    dated as sentence_day._weekday_numbers dates "Senin (10/3)": only a reading that falls on the word's weekday."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(sent.ntext):
        made = dates.numeric_on_weekday(int(m.group(2)), int(m.group(3)), lex.weekday_digits[m.group(1)], ref, latest)
        if made is not None:
            out.append((m.start(), m.end(), made, f"day and month {m.group(2)}/{m.group(3)} written with {m.group(1)!r}"))
    return out


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The words, then a day and a month in digits with no year after them, as one regex; built once and kept
    with the lexicon."""
    if "weekday_digits" not in lex.memo:
        alts = "|".join(re.escape(w).replace(r"\ ", " +") for w in sorted(lex.weekday_digits, key=len, reverse=True))
        lex.memo["weekday_digits"] = re.compile(
            rf"{BEFORE}({alts}) +(\d{{1,2}}) +(\d{{1,2}})(?!\d)(?! +\d{{4}}(?!\d))") if alts else None
    return lex.memo["weekday_digits"]
