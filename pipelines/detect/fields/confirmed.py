"""Confirmation: the official body that confirms a report, as written."""

from __future__ import annotations

from pipelines.records import Report
from pipelines.detect.confirmation import as_written, in_english, speaks_for
from pipelines.detect.document import Document
from pipelines.detect.fields.actor import speakers
from pipelines.detect.fields.subjects import statement_terms
from pipelines.detect.normalize import norm


def confirmed_by(doc: Document, heads: list[int], r: Report) -> str | None:
    """The official body that confirms this report, from its sentences or the next one.

    The sentence after a report's sentence counts only when it names no other installation
    ("The Pentagon confirmed the attack." right after the attack). A state body counts whichever
    side it belongs to; a spokesman for the report's own attacker is claiming, not confirming.
    """
    sents = doc.sents
    order: list[int] = []
    for i in heads:
        for j in (i, i + 1):
            if j < len(sents) and j not in order:
                if j != i and j not in heads and any(h.base.id != r.base_id for h in sents[j].named):
                    continue
                order.append(j)
    attacker = norm(r.actor).strip() if r.actor else None
    for j in order:
        sent = sents[j]
        for official in speakers(sent, doc.lex)[0]:
            if not speaks_for(sent.ntext, official, attacker):
                return _named(as_written(doc.text[sent.start:sent.end], sent.ntext, official),
                              in_english(sent.ntext[official[0]:official[1]], statement_terms(doc.lex).english))
    return None


def _named(written: str, english: str | None) -> str:
    """The official as an English reader needs it: "Defence Ministry (Минобороны)"; as written where the
    lexicon has no English name for it or the text already says it in English."""
    if english is None or english.casefold() == written.casefold():
        return written
    return f"{english} ({written})"
