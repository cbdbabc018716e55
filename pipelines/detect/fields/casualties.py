"""Casualties: killed and wounded counts stated next to their verbs."""

from __future__ import annotations

import re
from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Sentence
from pipelines.detect.written import marks_at

_MARK = re.compile(r"[,;:—–،؛]")
_NUM = re.compile(r"(\d(?<![\d.]\d)\d{0,3})(?![\d.]|\s?mm)")  # not a calibre ("122mm")


def casualties(doc: Document, i: int) -> tuple[int | None, int | None]:
    """Killed and wounded counts of sentence i (or the next), memoised per sentence."""
    memo = doc.sents[i].memo
    if "casualties" not in memo:
        memo["casualties"] = _casualties(doc, i)
    return memo["casualties"]


def _casualties(doc: Document, i: int) -> tuple[int | None, int | None]:
    out: dict[str, int | None] = {"killed": None, "wounded": None}
    for j in (i, i + 1):
        if j >= len(doc.sents):
            continue
        sent = doc.sents[j]
        words = sent.of("killed", "wounded")
        if not words:  # no count to read: most sentences (their numbers were read and thrown away)
            continue
        nums = [(mm.start(), mm.end(), int(mm.group(1))) for mm in _NUM.finditer(sent.ntext)]
        for c in sent.of("number"):
            v = doc.lex.value("number", c.text)
            if v is not None:
                nums.append((c.start, c.end, int(str(v))))
        nums = [n for n in nums if 0 < n[2] < 1900]
        near: dict[str, list[tuple[int, int, int]]] = {}  # group -> (distance, number start, value)
        for c in words:
            group = "killed" if "killed" in c.groups else "wounded"
            if out[group] is not None or group in near:
                continue
            found = []
            for s, e, v in nums:
                d = c.start - e if e <= c.start else s - c.end
                if -1 <= d <= WIN.CASUALTY_CHARS and not (e > c.start and _opens_a_clause(doc, sent, c, s, e, words)):
                    found.append((d, s, v))
            if found:
                near[group] = found
        out.update(_assign(near))
    return out["killed"], out["wounded"]


def _opens_a_clause(doc: Document, sent: Sentence, c: Cue, s: int, e: int, words: list[Cue]) -> bool:
    """The number after casualty word c stands in a clause of its own, with its own casualty word
    after it: a comma, dash or conjunction between c and the number ("the commander was killed and
    4 soldiers were wounded", "bir asker şehit oldu, 5 asker yaralandı"). The count is written
    before its verb there, not after c ("the attack killed 2 and wounded 5" keeps its 2)."""
    if not any(w is not c and 0 <= w.start - e <= WIN.CASUALTY_CHARS for w in words):
        return False
    return any(c.end <= k < s for k in _breaks(doc, sent))


def _breaks(doc: Document, sent: Sentence) -> list[int]:
    """Where the sentence's clauses break in its normalised text: a comma, semicolon, colon or dash
    (read from the raw text), or a conjunction of the lexicon (memoised per sentence)."""
    return [*marks_at(doc.text, sent, _MARK), *(c.start for c in sent.of("conj"))]


def _assign(near: dict[str, list[tuple[int, int, int]]]) -> dict[str, int]:
    """Each count to one word: "two were killed and five wounded" gives five to wounded, though it
    stands nearer "killed" than "two" does; the pairing with the least total distance wins."""
    if len(near) < 2:
        return {g: min(found)[2] for g, found in near.items()}
    pairs = [(dk + dw, sk, sw, vk, vw) for dk, sk, vk in near["killed"] for dw, sw, vw in near["wounded"] if sk != sw]
    if pairs:
        *_, killed, wounded = min(pairs)
        return {"killed": killed, "wounded": wounded}
    group = min(near, key=lambda g: min(near[g]))  # one number for both words: the nearer one has it
    return {group: min(near[group])[2]}
