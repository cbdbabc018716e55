"""The clause of an earlier event: "two days after a drone attack on the US embassy in Baghdad on Sunday" runs
from its prior word to the end of the clause, and a date written in it is that event's, not the attack's."""

from __future__ import annotations

from pipelines.detect import dates
from pipelines.detect.document import Sentence
from pipelines.detect.written import CLAUSE_MARK, marks_at


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
        ends = [m for m in marks if m >= p.end] + [h.start for h in sent.named if h.start >= p.end]
        end = min(ends, default=len(sent.ntext)) if known else p.end
        out.append((p.end, max(end, p.end + dates.EARLIER_CHARS)))
    return out


def in_earlier(start: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether a date starting at `start` is written inside an earlier event's clause."""
    return any(lo <= start <= hi for lo, hi in clauses)


def _has_marks(text: str, sent: Sentence) -> bool:
    """Whether the raw sentence holds a clause mark at all."""
    return CLAUSE_MARK.search(text, sent.start, sent.end) is not None
