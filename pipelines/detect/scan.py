"""Stage 1: normalise an article once, split it into sentences and hand each sentence its cues and gazetteer hits."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import chain

from pipelines.detect import dates
from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Sentence, inside, is_attack
from pipelines.detect.faults import caused_faults
from pipelines.detect.gazetteer import Gazetteer, Hit, PlaceHit
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import BEFORE, norm
from pipelines.detect.passive import hit_passives
from pipelines.setup_cache import cached_pattern


def scan(doc: str, spans: list[tuple[int, int]], lex: Lexicon, gaz: Gazetteer) -> list[Sentence]:
    """Normalise the whole article once, scan it once, and hand each sentence its cues."""
    joined = norm("\n".join(doc[s:e] for s, e in spans))
    parts = joined.split("\n")
    if len(parts) != len(spans):  # cannot happen with norm() keeping newlines; stay safe
        parts = [norm(doc[s:e]) for s, e in spans]
        joined = "\n".join(parts)
    starts = []
    pos = 0
    for p in parts:
        starts.append(pos)
        pos += len(p) + 1
    sents = [Sentence(s, e, p) for (s, e), p in zip(spans, parts)]
    _add_cues(sents, starts, joined, lex)
    _armed_killings(sents, lex)
    caused_faults(sents, bool(lex.options.get("postpositions")))
    _add_places(sents, starts, joined, gaz)
    hit_passives(sents, lex.lang)
    month_of = lex.values.get("month", {})
    for sent in sents:
        if month_of:
            ms = []
            for c in sent.by.get("month", ()):
                v = lex.value("month", c.text)
                if v is not None:
                    ms.append((c.start, c.end, *dates.month_of(v)))
            sent.memo["months"] = ms
        if sent.named and (nonmil := sent.of("nonmil")):
            sent.named = [h for h in sent.named if not inside(h.start, h.end, nonmil)]
    return sents


def _add_cues(sents: list[Sentence], starts: list[int], joined: str, lex: Lexicon) -> None:
    """One pass of the lexicon's regex over the joined text; matches come in text order."""
    if not sents:
        return
    groups_of = _group_cache(lex)
    bounds = [*starts[1:], len(joined) + 1]
    i, nxt, off = 0, bounds[0], 0
    sent = sents[0]
    t = lex.regex.groupindex["t"]  # by number: a name is looked up on every match
    for m in _matches(lex, joined):
        start, end = m.span(t)
        text = m.group(t)
        entry = groups_of.get(text)
        if entry is None:
            groups = lex.groups(text)
            entry = groups_of[text] = (groups, is_attack(groups))
        groups, attack = entry
        if not groups:
            continue
        if start >= nxt:  # walk the sentences forward
            i = bisect_right(starts, start) - 1
            nxt, off, sent = bounds[i], starts[i], sents[i]
        sent.add(Cue(groups, start - off, end - off, text), attack)


def _matches(lex: Lexicon, joined: str) -> Iterator[re.Match[str]]:
    """lex.regex.finditer(joined), faster. In normalised text the only characters outside words are
    spaces and newlines, so a term that follows no word character (the regex's lookbehind) starts
    the text or follows one of them: the scanner consumes that space instead, and `re` skips to
    the next space in C rather than trying the whole pattern at every character."""
    scanner = _scanner(lex)
    if scanner is None:
        return lex.regex.finditer(joined)
    first = lex.regex.match(joined)
    if first is None:
        return scanner.finditer(joined)
    return chain((first,), scanner.finditer(joined, first.end()))


def _scanner(lex: Lexicon) -> re.Pattern[str] | None:
    """The lexicon's regex with its leading lookbehind written as a space or newline (its groups
    unchanged), kept with the lexicon; None for a regex of another shape."""
    if "scanner" not in lex.memo:
        pattern = lex.regex.pattern
        scanner = None
        if pattern.startswith(BEFORE) and not lex.regex.flags & re.MULTILINE:
            scanner = cached_pattern(f"lexicon-scan-{lex.lang}", "[ \n]" + pattern[len(BEFORE):], lex.regex.flags)
            if scanner.groupindex != lex.regex.groupindex:
                scanner = None
        lex.memo["scanner"] = scanner
    return lex.memo["scanner"]


def _armed_killings(sents: list[Sentence], lex: Lexicon) -> None:
    """A killing done by an armed group to soldiers ("Boko Haram jihadists killed four Chadian
    troops") tells an attack even with no attack word: in a sentence that has none, a killed word
    with an actor written just before it and a military qualifier just after it becomes an attack
    verb. (A soldier who kills comrades names no group; militants killed are not soldiers.)"""
    for sent in sents:
        if sent.attacks() or not sent.of("killed"):
            continue
        actors = sent.of("actor")
        for c in sent.of("killed"):
            if any(0 <= c.start - a.end <= WIN.SUBJECT_CHARS for a in actors) and \
                    lex.qualifier.search(sent.ntext[c.end:c.end + WIN.KILLED_OBJECT_CHARS]):
                sent.add_group(c, "verb")
                sent.attacks().append(c)


def _add_places(sents: list[Sentence], starts: list[int], joined: str, gaz: Gazetteer) -> None:
    """Gazetteer hits (installations by name, places next to which one lies, other places) per sentence."""
    named, near, places = gaz.find_all(joined)
    for hits, near_flag in ((named, False), (near, True)):
        for h in hits:
            i = bisect_right(starts, h.start) - 1
            off = starts[i]
            (sents[i].near if near_flag else sents[i].named).append(Hit(h.base, h.start - off, h.end - off, near_flag))
    for p in places:
        i = bisect_right(starts, p.start) - 1
        sents[i].places.append(PlaceHit(p.place, p.start - starts[i], p.end - starts[i]))


def _group_cache(lex: Lexicon) -> dict[str, tuple[frozenset[str], bool]]:
    """Matched text -> (groups, is an attack cue), kept with the lexicon (the same words recur)."""
    cache = lex.memo.get("cue_groups")
    if cache is None or len(cache) > 50_000:
        cache = lex.memo["cue_groups"] = {}
    return cache
