"""Spans of normalised text back in the article's own spelling: evidence sentences and names as written."""

from __future__ import annotations

import re

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Mention, Sentence
from pipelines.detect.normalize import BEFORE, WORD_TAIL, W, norm_with_offsets, raw_pattern

_PHRASE_END = re.compile(r"[,.;:!?()\[\]«»\"“”،؛\n]")


def sentence_text(doc: str, sent: Sentence) -> str:
    """A sentence as evidence: its raw words on one line, at most EVIDENCE_CHARS characters."""
    return re.sub(r"\s+", " ", doc[sent.start:sent.end]).strip()[:WIN.EVIDENCE_CHARS]


def as_written(doc: str, sent: Sentence, m: Cue | Mention, extend: bool = False) -> str:
    """The span in the article's own spelling; generic mentions keep the words that place them."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[m.start:m.end].split()
    if words:
        found = re.search(BEFORE + raw_pattern(" ".join(words)) + WORD_TAIL, raw, re.IGNORECASE)
        if found:
            if not extend:
                return found.group()
            tail = raw[found.end():found.end() + WIN.PHRASE_TAIL_CHARS]
            stop = _PHRASE_END.search(tail)
            tail = tail[:stop.start()] if stop else tail.rsplit(" ", 1)[0]
            return (found.group() + tail).strip()
    # Slow path (script variants, diacritics): map offsets over just the prefix that holds it.
    head = raw[: int(m.end * 1.5) + 80]
    ntext, offsets = norm_with_offsets(head)
    if not sent.ntext.startswith(ntext[: m.end]) or m.end > len(offsets):
        return sent.ntext[m.start:m.end]
    raw = head
    start, end = offsets[m.start], offsets[m.end - 1] + 1
    while end < len(raw) and re.match(W, raw[end]):
        end += 1
    return raw[start:end]


def as_written_start(doc: str, sent: Sentence, c: Cue) -> int | None:
    """Offset in the raw sentence where a cue begins (fast path only)."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[c.start:c.end].split()
    if not words:
        return None
    found = re.search(BEFORE + raw_pattern(" ".join(words)), raw, re.IGNORECASE)
    return found.start() if found else None
