"""The detector's document model: cues, sentences, candidate mentions and the article they belong to."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from pipelines.detect.gazetteer import Base, Gazetteer, Hit, PlaceHit
from pipelines.detect.lexicon import Lexicon

_ATTACK = {"verb", "intercept"}


@functools.lru_cache(maxsize=4096)
def is_attack(groups: frozenset[str]) -> bool:
    """Whether a cue with these groups says something was attacked."""
    return any(g in _ATTACK or g.startswith("t_") for g in groups)


@dataclass(slots=True)
class Cue:
    """One lexicon match in a sentence's normalised text."""

    groups: frozenset[str]
    start: int
    end: int
    text: str

    def has(self, prefix: str) -> str | None:
        """The first of its groups (in sorted order, so every run agrees) starting with prefix."""
        return _first_with(self.groups, prefix)


@functools.lru_cache(maxsize=8192)
def _first_with(groups: frozenset[str], prefix: str) -> str | None:
    """Cue.has() by the cue's groups (the same few sets recur in every article)."""
    for g in sorted(groups):
        if g.startswith(prefix):
            return g
    return None


def span(start: int, end: int) -> Cue:
    """A bare span of a sentence, measured like a cue."""
    return Cue(frozenset(), start, end, "")


class Sentence:
    """A sentence with its cues, indexed by group as they are added (every rule asks by group).

    `memo` keeps what rules compute about this one sentence (its years, its actor, its dates).
    """

    __slots__ = ("start", "end", "ntext", "cues", "named", "near", "places", "title", "by", "_attacks", "memo",
                 "_merged")

    def __init__(self, start: int, end: int, ntext: str):
        self.start, self.end, self.ntext = start, end, ntext
        self.cues: list[Cue] = []
        self.named: list[Hit] = []  # gazetteer hits
        self.near: list[Hit] = []
        self.places: list[PlaceHit] = []  # towns and provinces: where an unnamed installation lies
        self.title = False
        self.by: dict[str, list[Cue]] = {}
        self._attacks: list[Cue] = []
        self.memo: dict = {}
        self._merged: dict[tuple[str, ...], list[Cue]] = {}  # of() with several groups, until a cue is added

    def add(self, c: Cue, attack: bool | None = None) -> None:
        """Append a cue (in text order) and index it by its groups."""
        self.cues.append(c)
        if self._merged:
            self._merged.clear()
        by = self.by
        for g in c.groups:
            if g in by:
                by[g].append(c)
            else:
                by[g] = [c]
        if attack if attack is not None else is_attack(c.groups):
            self._attacks.append(c)

    def add_group(self, c: Cue, group: str) -> None:
        """Give one of its cues another group (scan.py's armed killings, faults.py), keeping the index in step
        and in text order, as of() promises."""
        c.groups = c.groups | {group}
        bisect.insort(self.by.setdefault(group, []), c, key=lambda x: x.start)
        self._merged.clear()

    def of(self, group: str, *more: str) -> list[Cue]:
        """Cues of the given groups, in text order (callers only read the list: it is shared)."""
        if not more:  # the common case, asked hundreds of times per article
            return self.by.get(group, [])
        groups = (group, *more)
        found = self._merged.get(groups)
        if found is None:
            found = self._merged[groups] = self._of_several(groups)
        return found

    def _of_several(self, groups: tuple[str, ...]) -> list[Cue]:
        """Cues of several groups, each once, in text order. Mostly one group or none has cues: its
        own list is that answer (cues are indexed in text order, each once per group)."""
        by = self.by
        lists = [by[g] for g in groups if g in by]
        if len(lists) < 2:
            return lists[0] if lists else []
        found = [c for cues in lists for c in cues]
        seen: dict[int, Cue] = {}
        for c in found:
            seen.setdefault(id(c), c)
        return sorted(seen.values(), key=lambda c: c.start)

    def attacks(self) -> list[Cue]:
        """Cues that say something was attacked."""
        return self._attacks


@dataclass
class Mention:
    """A candidate installation in a sentence."""

    start: int
    end: int
    kind: str  # named, near, strong, weak, coref, plural, linked
    base: Base | None = None
    clause: int = 0
    score: float = 0.0
    notes: list[str] = field(default_factory=list)
    place: tuple[int, int] | None = None  # the nearby place that resolved a generic mention
    # A linked mention stands at the end of an attack sentence that names no target; its
    # installation is written in a neighbouring sentence: (that sentence, start, end).
    source: tuple[int, int, int] | None = None


@dataclass
class Document:
    """One article as the detector reads it: its text, sentences, lexicon and whole-article facts."""

    text: str  # the title line (if any) and the body, as analysed
    sents: list[Sentence]
    lex: Lexicon
    gaz: Gazetteer
    ref: date | None = None  # the publication date (given, or read from a dateline)
    latest: int | None = None  # without a publication date: the latest year the article mentions
    denied: frozenset[str] = frozenset()  # installations a sentence says were not attacked
    reference: bool = False  # the article is a reference entry with a fact box
    doc_block: bool = False  # about a storm, accident or exercise, with no weapon anywhere
    attributed: bool = True  # a weapon, an attacker or a claim is written somewhere in the article
    asks: bool | None = None  # a sentence asks about an attack on an installation (score.py works it out once)
    fact_check: bool | None = None  # a sentence uses a fact-checker's words (score.py works it out once)
    other_target: tuple[str, ...] | None = None  # the headline's attacked target that is no installation (score.py)
    foiled: bool | None = None  # the headline tells an attack foiled, the body no launch (score.py works it out once)
    quarrel: bool | None = None  # a plot or quarrel at an installation, no attacker or weapon (score.py, once)
    lead_denies: bool | None = None  # a lead sentence denies an attack it tells as new (score.py works it out once)

    @property
    def head(self) -> Sentence | None:
        """The first sentence (the headline when a title was given)."""
        return self.sents[0] if self.sents else None


_T = TypeVar("_T")


def per_mention(work: Callable[[Document, int, Mention], _T]) -> Callable[[Document, int, Mention], _T]:
    """`work(doc, i, m)` worked out once per mention, kept in its sentence's memo (so it lives as long as
    the article). Mentions are no longer changed once scored, which is before anyone asks; the entry
    holds the mention itself, so its id is not reused while the entry lives."""
    name = work.__name__

    def once(doc: Document, i: int, m: Mention) -> _T:
        memo = doc.sents[i].memo
        key = (name, id(m))
        entry = memo.get(key)
        if entry is None or entry[0] is not m:
            entry = memo[key] = (m, work(doc, i, m))
        return entry[1]

    once.__doc__ = work.__doc__
    return once


def dist(a: Cue | Mention, b: Cue | Mention) -> int:
    """Characters between two spans (0 if they touch)."""
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def inside(start: int, end: int, spans: list) -> bool:
    """Whether [start, end) overlaps any span."""
    return any(start < s.end and s.start < end for s in spans)
