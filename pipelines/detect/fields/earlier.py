"""Dates of other events than the attack: the clause of an earlier event ("two days after a drone attack on the US
embassy in Baghdad on Sunday" runs from its prior word to the end of the clause, and a date in it is that event's),
and the days after a toll's day (a funeral's, a statement's)."""

from __future__ import annotations

from datetime import date

from pipelines.detect import dates
from pipelines.detect.document import Sentence
from pipelines.detect.written import CLAUSE_MARK, clause_break, marks_at


def earlier_clauses(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """The spans of the sentence's normalised text that tell an earlier event: from the end of each prior word
    ("days after", "بعد يومين من", "через несколько дней после") to the clause's end, a comma, colon, dash or
    bracket as written, or an installation the gazetteer names (the main clause's target, written without a
    comma: "days after the embassy attack militias struck Ain al-Asad on Sunday"). Never shorter than
    dates.EARLIER_CHARS: there the date is the earlier event's whatever follows it, as before."""
    prior = sent.of("prior")
    if not prior:
        return []
    marks = marks_at(text, sent, CLAUSE_MARK) if text else []
    # Where the clause ends is unknown when the text is not at hand or its marks cannot be mapped back: then
    # only the fixed reach holds.
    known = bool(marks) or bool(text) and not _has_marks(text, sent)
    out = []
    for p in prior:
        end, closed = _clause_end(sent, p.end, [m for m in marks if m >= p.end]) if known else (p.end, False)
        out.append((p.end, end if closed else max(end, p.end + dates.EARLIER_CHARS)))
    return out


def _clause_end(sent: Sentence, start: int, marks: list[int]) -> tuple[int, bool]:
    """Where an earlier event's clause opened at `start` ends: its first clause mark, or the first installation
    named before it (the main clause's target). An installation named before a mark that another named one
    follows is the earlier event's own ("since the attack on Tower 22, drones struck Al-Tanf on Sunday"). Also
    whether the clause is closed for sure: ended by a mark with the main clause's installation named after it,
    so a day after the mark is the main clause's however near ("Спустя неделю после удара по аэродрому
    Бельбек, дроны в воскресенье атаковали аэродром Саки")."""
    named = sorted(h.start for h in sent.named if h.start >= start)
    mark = marks[0] if marks else None
    closed = mark is not None and any(n > mark for n in named)
    if closed and named[0] < mark:
        return mark, True
    return min(marks[:1] + named[:1], default=len(sent.ntext)), closed and mark < named[0]


def in_earlier(start: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether a date starting at `start` is written inside an earlier event's clause."""
    return any(lo <= start <= hi for lo, hi in clauses)


def _has_marks(text: str, sent: Sentence) -> bool:
    """Whether the raw sentence holds a clause mark at all."""
    return CLAUSE_MARK.search(text, sent.start, sent.end) is not None


_TOLL_CHARS = 6  # "tués dimanche", "killed on Sunday", "погибших в воскресенье": a day this close after a toll word


def toll_day(text: str, sent: Sentence, stated: list[tuple[int, int, date]],
             told: list[tuple[int, int, date, str]]) -> tuple[list[tuple[int, int, date]], list[tuple[int, int, date, str]]]:
    """The dates less those after the day of a toll in its clause: a day written right after a killed or wounded
    word ("trois soldats tués dimanche") is when they fell, the attack's, and a later day in the same clause is a
    later event's (a funeral, a statement: "Les obsèques ... ont eu lieu mardi"). Another clause may tell
    another attack ("stormed a post on Monday, and two soldiers wounded Sunday in an earlier raid died")."""
    tolls = sent.of("killed", "wounded")
    fell = [d for d in (*stated, *told) if any(0 <= d[0] - c.end <= _TOLL_CHARS for c in tolls)]
    if not fell or not text:
        return stated, told

    def later(d: tuple) -> bool:
        return any(d[2] > f[2] and not clause_break(text, sent, min(d[1], f[1]), max(d[0], f[0])) for f in fell)
    return [d for d in stated if not later(d)], [t for t in told if not later(t)]
