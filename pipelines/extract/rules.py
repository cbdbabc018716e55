"""Name the extraction's cleanup and recovery rules: switch them off and account for what each cut.

Every rule that removes or adds article text has a name here. The benchmark switches rules off
(``BASEWATCH_EXTRACT_DISABLE=byline,trim_tail`` or ``disabled()``) to measure each one's effect,
and reads ``tracing()``'s log of (rule, text removed) to say which rule cut a page's words. With no
trace open, ``record`` is one attribute check, so the normal path pays next to nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

RULES = (
    # before trafilatura reads the page
    "prune_other_articles", "prune_embeds",
    # weighing trafilatura against JSON-LD and script payloads, recovering dropped blocks
    "merge_jsonld", "embedded", "complete_lines", "standfirst",
    # clean_text, line by line
    "consent", "paywall", "related_block", "furniture", "date_line", "byline",
    "title_line", "inline_credit", "trim_tail", "trim_head",
)

_disabled: frozenset[str] = frozenset(
    name.strip() for name in os.environ.get("BASEWATCH_EXTRACT_DISABLE", "").split(",") if name.strip())
_log: list[tuple[str, str]] | None = None


def on(rule: str) -> bool:
    """False when the benchmark switched this rule off."""
    return rule not in _disabled


def active() -> bool:
    """True while a trace is open (callers skip building the removed text otherwise)."""
    return _log is not None


def record(rule: str, removed: str) -> None:
    """Note that a rule removed this text (kept only while a trace is open)."""
    if _log is not None and removed:
        _log.append((rule, removed))


@contextmanager
def tracing() -> Iterator[list[tuple[str, str]]]:
    """A list that collects (rule, removed text) for every cut made inside the block."""
    global _log
    previous, _log = _log, []
    try:
        yield _log
    finally:
        _log = previous


@contextmanager
def disabled(rules: frozenset[str] | set[str] | tuple[str, ...]) -> Iterator[None]:
    """Run the block with these rules switched off (benchmark only)."""
    global _disabled
    unknown = set(rules) - set(RULES)
    if unknown:
        raise ValueError(f"unknown extraction rule(s): {', '.join(sorted(unknown))}")
    previous, _disabled = _disabled, frozenset(rules)
    try:
        yield
    finally:
        _disabled = previous
