"""Decide per page between trafilatura's text and the page's JSON-LD articleBody, or combine them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.text import TextIndex, tokens

MIN_STRUCTURED_TOKENS = 40  # a JSON-LD body shorter than this is a summary, not the article
SUPPORTED = 0.5  # a line is the article's when half its word runs are in the JSON-LD body
TRAFILATURA_HAS_MOST = 0.7  # share of the JSON-LD body trafilatura must hold to stay the base
HEADING_MAX_TOKENS = 15
LEAD_MIN_TOKENS = 8
SAME_TEXT = 0.95  # mutual coverage above which two texts are the same article
SUMMARY_SHARE = 0.5  # a JSON-LD body under half trafilatura's length is a summary
_TRUNCATED = re.compile(r"(\.\.\.|…|\[\.\.\.\]|\[…\])\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"'»”)]\s*$")


@dataclass(frozen=True)
class Choice:
    """The body text chosen for a page and where it came from."""

    text: str
    method: str


def truncated(text: str) -> bool:
    """True when a text ends the way cut-off teasers do."""
    return bool(_TRUNCATED.search(text))


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: a section headline, not a caption or sentence."""
    count = len(tokens(line))
    return 0 < count <= HEADING_MAX_TOKENS and not _SENTENCE_END.search(line)


def _is_lead(line: str) -> bool:
    """A full sentence above the body: the standfirst or summary points, which JSON-LD bodies leave out."""
    return len(tokens(line)) >= LEAD_MIN_TOKENS and bool(_SENTENCE_END.search(line))


def filter_by_structured(lines: list[str], structured: TextIndex) -> list[str]:
    """Trafilatura's lines the JSON-LD body vouches for, with the section headings between them."""
    supported = [structured.support(line) >= SUPPORTED for line in lines]
    if not any(supported):
        return lines
    first = supported.index(True)
    last = len(supported) - 1 - supported[::-1].index(True)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if supported[index]:
            kept.append(line)
        elif first < index < last and _is_heading(line):
            kept.append(line)
        elif index < first and _is_lead(line):
            kept.append(line)
    return kept


def choose_body(extracted: str, structured: str) -> Choice:
    """The better article text: trafilatura checked against JSON-LD, or JSON-LD when trafilatura missed it."""
    lines = [line for line in extracted.split("\n") if line.strip()]
    structured_tokens = len(tokens(structured))
    if structured_tokens < MIN_STRUCTURED_TOKENS:
        return Choice("\n".join(lines), "trafilatura" if lines else "none") if lines or not structured else Choice(structured, "jsonld")
    reference = TextIndex(structured)
    held = TextIndex(extracted).support(structured) if lines else 0.0
    if structured_tokens < SUMMARY_SHARE * len(tokens(extracted)):
        # Much shorter than the page's text: a summary or teaser, useless as a check.
        return Choice("\n".join(lines), "trafilatura")
    if held >= TRAFILATURA_HAS_MOST:
        kept = filter_by_structured(lines, reference)
        structured_lines = structured.split("\n")
        if len(structured_lines) > len(kept) and held >= SAME_TEXT and reference.support("\n".join(kept)) >= SAME_TEXT:
            # The same words, but the publisher's copy keeps the paragraph breaks.
            return Choice(structured, "jsonld")
        return Choice("\n".join(kept), "trafilatura")
    if not truncated(structured) and structured_tokens >= 0.8 * len(tokens(extracted)):
        return Choice(structured, "jsonld")
    if lines:
        return Choice("\n".join(lines), "trafilatura")
    return Choice(structured, "jsonld")
