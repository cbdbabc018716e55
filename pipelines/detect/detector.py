"""Find reports of attacks on military installations in one article."""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from pipelines.records import Detection, Report
from pipelines.detect import dates, scoring as W
from pipelines.detect.confirmation import as_written, confirmation_terms, official_spans, speaks_for
from pipelines.detect.gazetteer import Base, Gazetteer, Hit, load_gazetteer
from pipelines.detect.language import identify
from pipelines.detect.lexicon import Lexicon, get_lexicon, languages
from pipelines.detect.normalize import norm, norm_with_offsets, raw_pattern
from pipelines.detect.sentences import split

DEFAULT_BASES = Path(__file__).resolve().parents[2] / "config" / "bases.yaml"

_ATTACK = {"verb", "intercept"}
_MENTION_GROUPS = {"installation": "strong", "installation_plural": "plural", "weak": "weak", "weak_plural": "plural"}
_DIGIT = re.compile(r"\d")
_NUM = re.compile(r"(?<![\d.])(\d{1,4})(?![\d.]|\s?mm)")


@functools.lru_cache(maxsize=4096)
def _is_attack(groups: frozenset[str]) -> bool:
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
        """The first of its groups starting with prefix."""
        for g in self.groups:
            if g.startswith(prefix):
                return g
        return None


class Sentence:
    """A sentence with its cues, indexed by group as they are added (every rule asks by group)."""

    __slots__ = ("start", "end", "ntext", "cues", "named", "near", "title", "by", "_attacks", "memo")

    def __init__(self, start: int, end: int, ntext: str):
        self.start, self.end, self.ntext = start, end, ntext
        self.cues: list[Cue] = []
        self.named: list[Hit] = []  # gazetteer hits
        self.near: list[Hit] = []
        self.title = False
        self.by: dict[str, list[Cue]] = {}
        self._attacks: list[Cue] = []
        self.memo: dict = {}

    def add(self, c: Cue) -> None:
        """Append a cue (in text order) and index it by its groups."""
        self.cues.append(c)
        by = self.by
        for g in c.groups:
            if g in by:
                by[g].append(c)
            else:
                by[g] = [c]
        if _is_attack(c.groups):
            self._attacks.append(c)

    def of(self, *groups: str) -> list[Cue]:
        """Cues of the given groups, in text order."""
        if len(groups) == 1:
            return self.by.get(groups[0], [])
        found = [c for g in groups for c in self.by.get(g, ())]
        if len(found) < 2:
            return found
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
    kind: str  # named, near, strong, weak, coref, plural
    base: Base | None = None
    clause: int = 0
    score: float = 0.0
    notes: list[str] = field(default_factory=list)
    place: tuple[int, int] | None = None  # the nearby place that resolved a generic mention


@functools.lru_cache(maxsize=4)
def _default_gazetteer(path: str) -> Gazetteer:
    """Load the default gazetteer once per path."""
    return load_gazetteer(path)


def default_gazetteer() -> Gazetteer:
    """The project's gazetteer, or the one named by BASEWATCH_BASES."""
    return _default_gazetteer(os.environ.get("BASEWATCH_BASES") or str(DEFAULT_BASES))


def detect(
    text: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Detection:
    """Reports of attacks on installations in one article, with a 0..1 score."""
    gaz = gazetteer or default_gazetteer()
    lang = (language or identify(f"{title or ''}\n{text}") or "").split("-")[0].lower() or None
    lex = get_lexicon(lang if lang in languages() else None)
    doc = f"{title}\n{text}" if title else text
    sents = _scan_all(doc, split(doc), lex, gaz)
    if title and sents:
        sents[0].title = True
    candidates: list[tuple[int, Mention]] = []
    mentions = [(i, m) for i in range(len(sents)) for m in _mentions(sents, i, lex, gaz)]
    if not mentions:
        return Detection(strike=False, score=0.0, reports=())
    ref = published.date() if published else _dateline(sents)
    latest = None if published else _latest_year(sents, ref, lex)
    denied = _denied_bases(sents)
    sents[0].memo["reference"] = _reference_entry(doc, sents, lex)
    for i, m in mentions:
        _score(sents, i, m, ref, lex, latest, denied)
        candidates.append((i, m))
    best = max((m.score for _, m in candidates), default=0.0)
    kept = [(i, m) for i, m in candidates if m.score >= W.THRESHOLD]
    reports = []
    for (i, m), others in _merge(sents, kept, lex):
        r = _report(doc, sents, i, m, ref, lex)
        for j, o in others:
            if _complete(r):
                break
            r = _fill_from(r, doc, sents, j, o, ref, lex)
        text = _mention_text(doc, sents, i, m, lex)
        if m.base is None or m.kind != "named":
            for j, o in others:  # a later sentence may name the unnamed camp ("... Tepe üs bölgesi")
                if o.kind in ("named", "coref"):
                    continue
                alt = _mention_text(doc, sents, j, o, lex, enriched_only=True)
                if alt:
                    text = alt
                    break
        r = replace(r, mention=text)
        if r.base_id is None:
            reports_ids = {x.base_id for x in reports}
            linked = _adjacent_named(sents, i, r.country, reports_ids)
            if linked is not None:
                r = replace(r, base=linked.name, base_id=linked.id, country=linked.country, region=None)
        r = replace(r, evidence=_body_evidence(doc, sents, i, others, r.evidence))
        official = _confirmed_by(doc, sents, [i, *(j for j, _ in others)], r, lex)
        if official:
            r = replace(r, confirmed_by=official)
        reports.append(r)
    score = max(best, max((r.confidence for r in reports), default=0.0))
    return Detection(strike=bool(reports), score=round(min(1.0, score), 3), reports=tuple(reports))


def _body_evidence(doc: str, sents: list[Sentence], i: int, others: list[tuple[int, Mention]], evidence: str) -> str:
    """A headline is a poor 'why': the first body sentence about the same base says more.

    A body that opens by repeating the headline (a page's own <h1>) does not count as one.
    """
    if not sents[i].title:
        return evidence
    for j, _ in others:
        if not sents[j].title and sents[j].ntext.strip() != sents[i].ntext.strip():
            return _sentence_text(doc, sents[j])
    return evidence


def _sentence_text(doc: str, sent: Sentence) -> str:
    """A sentence as evidence: its raw words on one line, at most 600 characters."""
    return re.sub(r"\s+", " ", doc[sent.start:sent.end]).strip()[:600]


def _confirmed_by(doc: str, sents: list[Sentence], heads: list[int], r: Report, lex: Lexicon) -> str | None:
    """The official body that confirms this report, as written, from its sentences or the next one.

    The sentence after a report's sentence counts only when it names no other installation
    ("The Pentagon confirmed the attack." right after the attack). A state body counts whichever
    side it belongs to; a spokesman for the report's own attacker is claiming, not confirming.
    """
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
        for span in _speakers(sent, lex)[0]:
            if not speaks_for(sent.ntext, span, attacker):
                return as_written(doc[sent.start:sent.end], sent.ntext, span)
    return None


_LABEL = re.compile(r"[^\w]*([^\W\d_]+(?: [^\W\d_]+){0,2}) ?:")


def _reference_entry(doc: str, sents: list[Sentence], lex: Lexicon) -> bool:
    """Whether the article opens like an encyclopedia or fact-sheet entry: lines that begin with
    two or more different fact-box labels ("Date:", "Place:", "Casualties:"). Such an entry
    retells an attack, however it is worded; its "Date:" is the event's, not publication."""
    if not lex.infobox:
        return False
    seen = set()
    for sent in sents[:25]:
        m = _LABEL.match(doc, sent.start, sent.end)
        if m is not None:
            key = norm(m.group(1)).strip()
            if key in lex.infobox:
                seen.add(key)
                if len(seen) >= 2:
                    return True
    return False


def _adjacent_named(sents: list[Sentence], i: int, country: str | None, taken: set) -> Base | None:
    """The installation that a generic mention ("two US bases", "a military camp") refers to when
    the next sentence (else the one before) names one and tells no attack of its own: the article
    goes on to describe the base it just reported as attacked ("Ain al-Asad is the second largest
    ..."). A name in another country than the one given for the mention, a name already reported,
    or a sentence that denies or recalls is not taken."""
    for j in (i + 1, i - 1):
        if not 0 <= j < len(sents) or (j == 0 and sents[0].title):
            continue
        other = sents[j]
        if not other.named or other.attacks() or other.of("b_denial", "b_history", "b_threat"):
            continue
        for h in other.named:
            if h.base.id in taken or (country and h.base.country != country):
                continue
            if any(0 <= h.start - c.end <= 12 for c in other.of("origin")):
                continue
            return h.base
    return None


def _scan_all(doc: str, spans: list[tuple[int, int]], lex: Lexicon, gaz: Gazetteer) -> list[Sentence]:
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
    groups_of = _group_cache(lex)
    i, nxt = 0, (starts[1] if len(starts) > 1 else len(joined) + 1)
    sent = sents[0] if sents else None
    for m in lex.regex.finditer(joined):
        text = m.group("t")
        entry = groups_of.get(text)
        if entry is None:
            groups = lex.groups(text)
            entry = groups_of[text] = (groups, _is_attack(groups))
        groups, attack = entry
        if groups:
            start, end = m.span("t")
            if start >= nxt:  # matches come in text order: walk the sentences forward
                i = bisect_right(starts, start) - 1
                nxt = starts[i + 1] if i + 1 < len(starts) else len(joined) + 1
                sent = sents[i]
            off = starts[i]
            c = Cue(groups, start - off, end - off, text)
            sent.cues.append(c)  # Sentence.add, inlined: this loop runs for every cue
            by = sent.by
            for g in groups:
                if g in by:
                    by[g].append(c)
                else:
                    by[g] = [c]
            if attack:
                sent._attacks.append(c)
    named, near = gaz.find_both(joined)
    for hits, near_flag in ((named, False), (near, True)):
        for h in hits:
            i = bisect_right(starts, h.start) - 1
            off = starts[i]
            (sents[i].near if near_flag else sents[i].named).append(Hit(h.base, h.start - off, h.end - off, near_flag))
    month_of = lex.values.get("month", {})
    for sent in sents:
        if month_of:
            ms = []
            for c in sent.by.get("month", ()):
                v = lex.value("month", c.text)
                if v is not None:
                    ms.append((c.start, c.end, *dates.month_of(v)))
            sent.memo["months"] = ms
        nonmil = sent.of("nonmil")
        if nonmil and sent.named:
            sent.named = [h for h in sent.named if not _inside(h.start, h.end, nonmil)]
    return sents


_GROUP_CACHES: dict[int, tuple[Lexicon, dict[str, tuple[frozenset[str], bool]]]] = {}


def _group_cache(lex: Lexicon) -> dict[str, tuple[frozenset[str], bool]]:
    """Matched text -> (groups, is an attack cue), kept per lexicon (the same words recur)."""
    entry = _GROUP_CACHES.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _GROUP_CACHES[id(lex)] = (lex, {})
    if len(entry[1]) > 50_000:
        entry[1].clear()
    return entry[1]


def _inside(start: int, end: int, spans: list) -> bool:
    """Whether [start, end) overlaps any span."""
    return any(start < s.end and s.start < end for s in spans)


def _mentions(sents: list[Sentence], i: int, lex: Lexicon, gaz: Gazetteer | None = None) -> list[Mention]:
    """Candidate installations in sentence i, one per attack clause and base."""
    sent = sents[i]
    attacks = sent.attacks()
    if not attacks:
        return []
    out = [Mention(h.start, h.end, "named", h.base) for h in sent.named]
    for c in sent.of("installation_plural"):
        out.extend(_coordinated(sent, c, lex, gaz or default_gazetteer()))
    for c in sent.cues:
        group = next((g for g in _MENTION_GROUPS if g in c.groups), None)
        if group is None or _inside(c.start, c.end, sent.named):
            continue
        m = Mention(c.start, c.end, _MENTION_GROUPS[group])
        if m.kind == "plural" and _counted(sent, c):
            m.kind = "strong"  # "two air bases", "three US bases": specific installations, not "bases in the region"
        if group == "weak" and not _qualified(sent.ntext, c, lex):
            prior = _prior_base(sents, i, c.start) if "anaphora" in c.groups else None
            if prior is None:
                continue
            m.kind, m.base = "coref", prior
        if m.kind in ("strong", "weak"):
            for h in sent.near:
                if abs(h.start - c.end) <= 50 or abs(c.start - h.end) <= 50:
                    m.kind, m.base = "near", h.base
                    m.place = (h.start, h.end)
                    break
        out.append(m)
    ends = sorted(a.end for a in attacks)
    for m in out:
        m.clause = sum(1 for e in ends if e <= m.start)
    # In one clause a named base absorbs the generic words around it.
    by_clause: dict[int, list[Mention]] = {}
    for m in sorted(out, key=lambda m: m.start):
        by_clause.setdefault(m.clause, []).append(m)
    kept: list[Mention] = []
    for group in by_clause.values():
        resolved = [m for m in group if m.base is not None]
        # Unnamed nouns only: the one closest to an attack word is the target ("an outpost's
        # hill base was attacked", "attacked a camp near the outpost").
        pool = resolved or [min(group, key=lambda m: (min(_dist(a, m) for a in attacks), m.start))]
        seen: set[str | None] = set()
        for m in pool:
            key = m.base.id if m.base else None
            if key in seen:
                continue
            seen.add(key)
            kept.append(m)
    # The same base twice in a sentence is two attacks only if each has its own attack word.
    final: list[Mention] = []
    for m in kept:
        twin = next((f for f in final if f.base is not None and m.base is not None and f.base.id == m.base.id), None)
        if twin is not None and not _own_attack(attacks, m):
            continue
        final.append(m)
    return final


def _coordinated(sent: Sentence, c: Cue, lex: Lexicon, gaz: Gazetteer) -> list[Mention]:
    """Installations named in a coordinated list before a plural noun ("the Engels and Shaykovka
    air bases", "Belaya, Olenya and Ivanovo airfields"): each name with the noun in the singular
    is looked up in the gazetteer, and each one found is its own mention (one report per
    installation). Names the gazetteer already found alone are left as they are."""
    noun = sent.ntext[c.start:c.end]
    singulars = [noun] + [noun[:-k] for k in (1, 2) if noun.endswith("es"[2 - k:]) and len(noun) > k + 2]
    head = sent.ntext[max(0, c.start - 80):c.start]
    base_off = c.start - len(head)
    words = [(m.start() + base_off, m.end() + base_off, m.group()) for m in re.finditer(r"\w+", head)][-8:]
    conj = {sent.ntext[x.start:x.end] for x in sent.of("conj")}
    if not any(w in conj for _, _, w in words):
        return []  # not a list
    taken = {h.base.id for h in sent.named}
    covered = [(h.start, h.end) for h in sent.named]
    out: list[Mention] = []
    for j in range(len(words)):
        if words[j][2] in conj:
            continue
        for k in (3, 2, 1):
            span = words[j:j + k]
            if len(span) < k or any(w in conj for _, _, w in span):
                continue
            start, end = span[0][0], span[-1][1]
            if any(start < e and s < end for s, e in covered):
                continue
            name = sent.ntext[start:end]
            for sing in singulars:
                query = f"{name} {sing}"
                hits = [h for h in gaz.find(query) if h.start == 0 and h.end == len(query)]
                if hits and hits[0].base.id not in taken:
                    taken.add(hits[0].base.id)
                    covered.append((start, end))
                    out.append(Mention(start, end, "named", hits[0].base))
                    break
            else:
                continue
            break
    return out


def _counted(sent: Sentence, c: Cue) -> bool:
    """A small count written just before a plural installation noun."""
    for n in sent.of("number"):
        if 0 <= c.start - n.end <= 12:
            return True
    before = sent.ntext[max(0, c.start - 6):c.start]
    return re.search(r"(?<!\d)[2-9] $", before) is not None


def _own_attack(attacks: list[Cue], m: Mention) -> bool:
    """An attack word shortly before the mention."""
    return any(0 <= m.start - a.end <= 40 for a in attacks)


def _qualified(ntext: str, c: Cue, lex: Lexicon) -> bool:
    """A military qualifier next to a weak installation noun."""
    window = ntext[max(0, c.start - 35): c.end + 35]
    return lex.qualifier.search(window) is not None


def _prior_base(sents: list[Sentence], i: int, pos: int) -> Base | None:
    """The installation named last before this point (same sentence, the 4 before, title)."""
    before = [h for h in sents[i].named if h.end <= pos]
    if before:
        return before[-1].base
    for j in range(i - 1, max(-1, i - 5), -1):
        if sents[j].named:
            return sents[j].named[-1].base
    if sents and sents[0].title and sents[0].named:
        return sents[0].named[-1].base
    return None


def _score(sents: list[Sentence], i: int, m: Mention, ref: date | None, lex: Lexicon,
           latest: int | None = None, denied: frozenset[str] = frozenset()) -> None:
    """Weigh the evidence for and against the candidate."""
    sent = sents[i]
    s = W.MENTION[m.kind]
    attacks = sent.attacks()
    typed = [a for a in attacks if a.has("t_")]
    events = [a for a in attacks if "verb" in a.groups or "intercept" in a.groups
              or (a.has("t_") and str(a.has("t_"))[2:] not in W.WEAPONS)]
    gain = (W.TYPED if typed else 0) + (W.VERB if events else 0) + (W.INTERCEPT if sent.of("intercept") else 0)
    s += min(W.ATTACK_CAP, gain)
    if any(_dist(a, m) <= W.CLOSE_CHARS for a in events):
        s += W.CLOSE
    if sent.of("current") or sent.of("reldate", "weekday"):
        s += W.CURRENT
    for c in sent.cues:
        block = c.has("b_")
        if block:
            w = W.BLOCK[block[2:]]
            s -= w if _dist(c, m) <= W.FAR_CHARS else w * W.FAR_FACTOR
            m.notes.append(block)
    head = sents[0] if sents else None
    if head is not None and head is not sent:
        if head.of("b_history", "b_exercise", "b_disaster", "b_denial", "b_threat"):
            s -= W.TITLE_BLOCK
    if head is not None and "doc-block" not in head.memo:
        head.memo["doc-block"] = not any(
            sn.of("t_rocket", "t_drone", "t_missile", "t_mortar", "t_artillery", "t_airstrike", "t_ied",
                  "t_ground_assault") for sn in sents) and any(
            sn.of("b_disaster", "b_accident", "b_exercise") for sn in sents)
    if head is not None and head.memo.get("reference"):
        s -= W.REFERENCE
        m.notes.append("reference")
    if head is not None and head.memo["doc-block"]:
        s -= W.DOC_BLOCK
        m.notes.append("doc-block")
    nearest = min(attacks, key=lambda a: _dist(a, m))
    for c in sent.of("excluded"):
        if _dist(c, nearest) < _dist(m, nearest) and not _between_named(sent, c):
            s -= W.EXCLUDED
            m.notes.append("excluded")
            break
    for c in sent.of("origin"):
        if 0 <= m.start - c.end <= 12:
            s -= W.ORIGIN
            m.notes.append("origin")
            break
    if ref is not None:
        old = [y for y in _years(sent, lex) if y < ref.year]
        if old and (ref.month > 2 or any(y < ref.year - 1 for y in old)):
            s -= W.OLD_YEAR
            m.notes.append("old-year")
    elif latest is not None and any(y < latest for y in _years(sent, lex)):
        # No publication date: a sentence dated before the latest year the article mentions is background.
        s -= W.OLD_YEAR
        m.notes.append("old-year")
    if m.base is not None and m.base.id in denied and not sent.of("b_denial"):
        s -= W.DENIED_BASE
        m.notes.append("denied-elsewhere")
    m.score = round(max(0.0, min(1.0, s)), 3)


_COUNTED = ("people",)


def _years(sent: Sentence, lex: Lexicon | None = None) -> list[int]:
    """Four-digit years in a sentence (memoised). A number that counts something written right
    after it ("2014 soldiers", "2000 troops", "1500 rockets") is a count, not a year."""
    ys = sent.memo.get("years")
    if ys is None:
        ys = []
        text = sent.ntext
        for m in dates._YEAR.finditer(text):
            if lex is not None and _counts_something(sent, m.end(), lex):
                continue
            ys.append(int(m.group(1)))
        sent.memo["years"] = ys
    return ys


def _counts_something(sent: Sentence, end: int, lex: Lexicon) -> bool:
    """Whether a number ending at `end` counts the people written right after it ("2014 soldiers",
    "2000 troops") rather than dating them; a word that introduces years just before it ("in",
    "since", "عام") keeps it a year ("in 2014 soldiers stormed ...")."""
    text = sent.ntext
    if end >= len(text) or text[end] != " ":
        return False
    pos = end + 1
    counted = False
    for c in sent.cues:
        if c.start == pos:
            counted = any(g in _COUNTED for g in c.groups)
        if c.start >= pos:
            break
    if not counted:
        return False
    before = text[max(0, end - 30):end - 4].rsplit(None, 1)
    return not (before and before[-1] in lex.year_before)


def _between_named(sent: Sentence, c: Cue) -> bool:
    """An excluded word that is part of a named installation ("Omar oil field")."""
    return _inside(c.start, c.end, sent.named)


def _dist(a: Cue | Mention, b: Cue | Mention) -> int:
    """Characters between two spans (0 if they touch)."""
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _report(doc: str, sents: list[Sentence], i: int, m: Mention, ref: date | None, lex: Lexicon) -> Report:
    """Fill the fields of one report."""
    sent = sents[i]
    evidence = _sentence_text(doc, sent)
    country = m.base.country if m.base else None
    region = None
    if m.base is None:
        country, region = _where(sents, i, m, lex)
    killed, wounded = _casualties(sents, i, lex)
    return Report(
        attack_type=_attack_type(sents, i, m),
        evidence=evidence,
        base=m.base.name if m.base else None,
        base_id=m.base.id if m.base else None,
        country=country,
        region=region,
        mention=None,  # filled in after merging (costly)
        actor=_actor(doc, sents, i, m, lex),
        event_date=_event_date(sents, i, ref, lex),
        killed=killed,
        wounded=wounded,
        confidence=m.score,
    )


def _mention_text(doc: str, sents: list[Sentence], i: int, m: Mention, lex: Lexicon,
                  enriched_only: bool = False) -> str | None:
    """The mention as written; a generic noun keeps the names and unit that place it.

    With enriched_only, only a mention that gained a name or a unit is returned.
    """
    sent = sents[i]
    if m.kind == "near" and m.place is not None and abs(m.place[0] - m.start) <= 60:
        span = Cue(frozenset(), min(m.start, m.place[0]), max(m.end, m.place[1]), "")
        text = _as_written(doc, sent, span)
        return None if enriched_only else text
    generic = m.base is None or m.kind in ("near", "coref")
    text = _as_written(doc, sent, m, extend=generic and not lex.options.get("name_before_noun"))
    enriched = False
    if m.base is None and m.kind != "coref":
        if lex.options.get("name_before_noun"):
            lead = _names_before(doc, sent, m, lex)
            if lead:
                text, enriched = f"{lead} {text}", True
        unit = _unit_near(doc, sent, m, sents, i)
        if unit and unit[0] not in text:
            text, enriched = (unit[0] if unit[1] else f"{text} ({unit[0]})"), True
    if enriched_only and not enriched:
        return None
    return text


_CAP_WORD = re.compile(r"[^\W\d_][\w'’-]*$")


def _names_before(doc: str, sent: Sentence, m: Mention, lex: Lexicon) -> str | None:
    """Proper names (and the conjunctions joining them) written just before a generic noun."""
    start = _as_written_span(doc, sent, Cue(frozenset(), m.start, m.end, ""))
    if start is None:
        return None
    raw = doc[sent.start:sent.end][:start]
    conj = {sent.ntext[c.start:c.end] for c in sent.of("conj")}
    words = raw.split()
    taken: list[str] = []
    for w in reversed(words[-8:]):
        bare = w.strip(",")
        if bare.casefold() in conj or bare in (",", "&", "ve", "and"):
            if not taken:
                break
            taken.insert(0, w)
            continue
        if bare[:1].isupper() and _CAP_WORD.match(bare):
            taken.insert(0, w)
            if w.endswith(","):
                continue
            continue
        break
    while taken and (taken[0].strip(",").casefold() in conj or taken[0] in (",", "&")):
        taken.pop(0)
    if not taken or (len(taken) == 1 and raw.strip() == taken[0]):
        return None  # a sentence-initial capital is not a name
    return " ".join(taken)


def _unit_spans(sent: Sentence) -> list[tuple[int, int, Cue]]:
    """Units with a number in a sentence ("the 39th Brigade", "اللواء 115", "115. Tugay")."""
    out = []
    for c in sent.of("unit"):
        after = sent.ntext[c.end:c.end + 8]
        before = sent.ntext[max(0, c.start - 10):c.start]
        num_after = re.match(r" (\d{1,4})(?!\d)", after)
        num_before = re.search(r"(\d{1,4})(?:\s?\w{0,4}) $", before)
        if num_after:
            out.append((c.start, c.end + num_after.end(), c))
        elif num_before:
            out.append((c.start - (len(before) - num_before.start()), c.end, c))
    return out


def _unit_near(doc: str, sent: Sentence, m: Mention, sents: list[Sentence] | None = None, i: int = 0) -> tuple[str, bool] | None:
    """The unit that names a generic installation: (text, contiguous with the noun).

    From this sentence first (within 60 characters); else a neighbouring sentence that writes an
    installation noun right before a numbered unit ("معسكر اللواء 39", "camp of the 115th battalion").
    """
    best = None
    for s, e, c in _unit_spans(sent):
        d = _dist(c, m)
        if d <= 60 and (best is None or d < best[0]):
            best = (d, s, e)
    if best is not None:
        d, s, e = best
        if s >= m.end and s - m.end <= 12:
            return _as_written(doc, sent, Cue(frozenset(), m.start, e, "")), True
        return _as_written(doc, sent, Cue(frozenset(), s, e, "")), False
    for j in (i - 1, i + 1, i - 2, i + 2, 0):
        if sents is None or not 0 <= j < len(sents) or j == i:
            continue
        other = sents[j]
        nouns = other.of("installation", "weak")
        for s, e, c in _unit_spans(other):
            for n in nouns:
                if 0 <= s - n.end <= 12:
                    return _as_written(doc, other, Cue(frozenset(), n.start, e, "")), True
    # A later (or earlier) sentence that tells the same attack at a numbered unit ("the car bomb
    # exploded at the 115th Brigade"): the unit is where the attack landed, so it names the camp.
    for j in (i + 1, i + 2, i + 3, i - 1):
        if sents is None or not 0 <= j < len(sents) or j == i:
            continue
        other = sents[j]
        events = [a for a in other.attacks() if "verb" in a.groups or a.has("t_")]
        if not events or other.of("b_denial", "b_threat", "b_history", "b_exercise"):
            continue
        nouns = other.of("installation", "weak")
        for s, e, c in _unit_spans(other):
            if any(0 <= s - a.end <= 40 for a in events):
                for n in nouns:
                    if 0 <= s - n.end <= 12:
                        return _as_written(doc, other, Cue(frozenset(), n.start, e, "")), True
                return _as_written(doc, other, Cue(frozenset(), s, e, "")), False
    return None


_PHRASE_END = re.compile(r"[,.;:!?()\[\]«»\"“”،؛\n]")


def _as_written(doc: str, sent: Sentence, m: Mention, extend: bool = False) -> str:
    """The mention in the article's own spelling; generic ones keep the words that place them."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[m.start:m.end].split()
    if words:
        found = re.search(r"(?<!\w)" + raw_pattern(" ".join(words)) + r"\w*", raw, re.IGNORECASE)
        if found:
            if not extend:
                return found.group()
            tail = raw[found.end():found.end() + 45]
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
    while end < len(raw) and raw[end].isalnum():
        end += 1
    return raw[start:end]


def _where(sents: list[Sentence], i: int, m: Mention, lex: Lexicon) -> tuple[str | None, str | None]:
    """Country and region the text gives for an unresolved installation."""
    for j in (i, i - 1, 0):
        if j < 0 or j >= len(sents):
            continue
        sent = sents[j]
        countries = sent.of("country")
        if not countries:
            continue
        c = min(countries, key=lambda c: _dist(c, m)) if j == i else countries[0]
        region = sent.ntext[c.start:c.end]
        for d in sent.of("direction"):
            if 0 <= c.start - d.end <= 2:
                region = sent.ntext[d.start:c.end]
        value = lex.value("country", c.text)
        return (str(value) if value else None), region
    return None, None


def _attack_type(sents: list[Sentence], i: int, m: Mention) -> str:
    """The weapon nearest the mention, from the sentence, then its neighbours and the title."""
    typed = [a for a in sents[i].attacks() if a.has("t_")]
    before = [a for a in typed if a.end <= m.start and m.start - a.end <= 100]
    if before:  # "a drone attack on X, a rocket attack on Y": the weapon precedes its target
        return _specific(typed, before[-1])
    if typed:
        return _specific(typed, min(typed, key=lambda a: (_dist(a, m), a.start)))
    for j in (i - 1, i + 1, i - 2, 0):
        if 0 <= j < len(sents):
            typed = [a for a in sents[j].attacks() if a.has("t_")]
            if typed:
                return str(typed[0].has("t_"))[2:]
    return "other"


def _specific(typed: list[Cue], chosen: Cue) -> str:
    """"Shelled with rockets": a named weapon right next to a generic shelling word wins."""
    kind = str(chosen.has("t_"))[2:]
    if kind == "artillery":
        for a in typed:
            other = str(a.has("t_"))[2:]
            if other in ("rocket", "missile", "drone", "mortar") and _dist(a, chosen) <= 12:
                return other
    return kind


def _actor(doc: str, sents: list[Sentence], i: int, m: Mention, lex: Lexicon) -> str | None:
    """The attacker or claimant as the article writes it.

    A claimant named in this sentence first, else an actor here that is not the target's side,
    else the nearest one before (the article's claimant carries over to its later reports),
    else the next sentence. An actor that qualifies an installation ("US forces positions",
    "قاعدة الاحتلال الأمريكي") or follows an attack word or "against" is the target, never
    the attacker; one that makes a statement ("the Israeli army said") is its source.
    """
    order = [i, *range(i - 1, -1, -1), i + 1]
    for j in order:
        if not 0 <= j < len(sents):
            continue
        sent = sents[j]
        if j != i and "actor" in sent.memo:
            found = sent.memo["actor"]
        else:
            found = _claimant(doc, sent, lex)
            if not found:
                actors = [a for a in sent.of("actor") if not _target_side(sent, a, lex) and not _speaking(sent, a, lex)]
                if j == i:
                    after = lex.options.get("qualifier_after_noun")
                    actors = [a for a in actors if not (0 <= (a.start - m.end if after else m.start - a.end) <= 3)]
                found = _as_written(doc, sent, actors[0]) if actors else None
            if j != i:
                sent.memo["actor"] = found
        if found:
            return found
    return None


_SUBJECT_CHARS = 40  # an attack word this close after an actor has it as its subject


def _speakers(sent: Sentence, lex: Lexicon) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentence's speaking officials (spans) and where its statement verbs start, found once."""
    memo = sent.memo.get("speakers")
    if memo is None:
        terms = confirmation_terms(lex.lang if lex.lang in languages() else None)
        memo = sent.memo["speakers"] = (official_spans(sent.ntext, terms),
                                        [m.start("t") for m in terms.verbs.finditer(sent.ntext)])
    return memo


def _speaking(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """The actor is the official making the sentence's statement ("the Pentagon said"), not the attacker."""
    spans, verbs = _speakers(sent, lex)
    if not any(a.start < end and start < a.end for start, end in spans):
        return False
    if any(a.start - _SUBJECT_CHARS // 2 <= v < a.start for v in verbs):
        return True  # "وقال الجيش ...", "said the army": the verb introduces the speaker
    # "The armed forces struck the airfield overnight, they said": the subject of the attack
    # verb is the attacker even when it also speaks.
    said = min((v for v in verbs if v >= a.end), default=len(sent.ntext))
    return not any(a.end <= c.start < min(said, a.end + _SUBJECT_CHARS) for c in sent.attacks())


_NAME_WORD = re.compile(r"[A-ZÀ-ɏ][\w'’.-]*|(?:al|el|ad|ar|as|ash|at|az|bin|ibn|of|wal|ul|e|i)(?:-\w+)?$")


def _claimant(doc: str, sent: Sentence, lex: Lexicon) -> str | None:
    """The group that claimed the attack: a lexicon actor near a claim word, else (Latin script)
    the capitalised name written just before it ("... calling itself Saraya X claimed ...")."""
    claims = sent.of("claim")
    if not claims:
        return None
    for c in claims:
        near = [a for a in sent.of("actor") if -3 <= c.start - a.end <= 40 and not _target_side(sent, a, lex)]
        if near:
            return _as_written(doc, sent, near[-1])
        raw = doc[sent.start:sent.end]
        head = _as_written_span(doc, sent, c)
        if head is None:
            continue
        words = raw[max(0, head - 80):head].split()
        name: list[str] = []
        for w in reversed(words):
            w2 = w.strip(",;:()\"“”")
            if w2 != w and name:
                break
            if not w2 or not _NAME_WORD.fullmatch(w2):
                break
            name.insert(0, w2)
        while name and not name[0][:1].isupper():
            name.pop(0)
        if name and len(name) >= 2 or (name and len(name[0]) > 3 and name[0].upper() == name[0]):
            if name[0] in ("The", "A", "An"):
                name.pop(0)
            if name:
                return " ".join(name)
    return None


def _as_written_span(doc: str, sent: Sentence, c: Cue) -> int | None:
    """Offset in the raw sentence where a cue begins (fast path only)."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[c.start:c.end].split()
    if not words:
        return None
    found = re.search(r"(?<!\w)" + raw_pattern(" ".join(words)), raw, re.IGNORECASE)
    return found.start() if found else None


def _target_side(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """An actor that names the attacked side: it qualifies an installation next to it, or it is
    the object of an attack word or of "against"/"on" (SVO languages)."""
    key = ("target", a.start)
    if key in sent.memo:
        return sent.memo[key]
    places = [*sent.named, *sent.of("installation", "installation_plural", "weak", "weak_plural")]
    if lex.options.get("qualifier_after_noun"):
        out = any(0 <= a.start - p.end <= 3 for p in places)
    else:
        out = any(0 <= p.start - a.end <= 3 for p in places)
    if not out:
        out = any(0 <= a.start - c.end <= 3 for c in sent.of("against"))
    if not out and lex.options.get("object_after_verb"):
        out = any(0 <= a.start - c.end <= 12 for c in sent.attacks() if "verb" in c.groups or "intercept" in c.groups)
    sent.memo[key] = out
    return out


def _casualties(sents: list[Sentence], i: int, lex: Lexicon) -> tuple[int | None, int | None]:
    """Killed and wounded counts stated next to their verbs (memoised per sentence)."""
    key = "casualties"
    if key not in sents[i].memo:
        sents[i].memo[key] = _casualties_uncached(sents, i, lex)
    return sents[i].memo[key]


def _casualties_uncached(sents: list[Sentence], i: int, lex: Lexicon) -> tuple[int | None, int | None]:
    """Killed and wounded counts stated next to their verbs."""
    out: dict[str, int | None] = {"killed": None, "wounded": None}
    for j in (i, i + 1):
        if j >= len(sents):
            continue
        sent = sents[j]
        nums = [(mm.start(), mm.end(), int(mm.group(1))) for mm in _NUM.finditer(sent.ntext)]
        for c in sent.of("number"):
            v = lex.value("number", c.text)
            if v is not None:
                nums.append((c.start, c.end, int(str(v))))
        nums = [n for n in nums if 0 < n[2] < 1900]
        for c in sent.of("killed", "wounded"):
            group = "killed" if "killed" in c.groups else "wounded"
            if out[group] is not None:
                continue
            best = None
            for s, e, v in nums:
                d = c.start - e if e <= c.start else s - c.end
                if -1 <= d <= 30 and (best is None or d < best[0]):
                    best = (d, v)
            if best:
                out[group] = best[1]
    return out["killed"], out["wounded"]


def _event_date(sents: list[Sentence], i: int, ref: date | None, lex: Lexicon) -> date | None:
    """The date the sentence (or the lines before it, or the title) gives for the attack."""
    for j in (i, i - 1, i - 2, 0):
        if not 0 <= j < len(sents):
            continue
        d = _date_in(sents[j], ref, lex)
        if d is not None:
            return d
    return None


def _date_in(sent: Sentence, ref: date | None, lex: Lexicon) -> date | None:
    """An explicit, weekday or relative date in one sentence (memoised per sentence)."""
    key = ("date", ref)
    if key not in sent.memo:
        sent.memo[key] = _date_in_uncached(sent, ref, lex)
    return sent.memo[key]


def _date_in_uncached(sent: Sentence, ref: date | None, lex: Lexicon) -> date | None:
    """An explicit, weekday or relative date in one sentence."""
    months = sent.memo.get("months", [])
    found = dates.explicit(sent.ntext, months, ref) if (months or _DIGIT.search(sent.ntext)) else None
    if found:
        return found[0]
    if ref is None:
        return None
    for c in sent.of("reldate", "weekday"):
        group = "reldate" if "reldate" in c.groups else "weekday"
        v = lex.value(group, c.text)
        if v is None:
            continue
        return dates.relative(ref, int(str(v))) if group == "reldate" else dates.weekday(ref, int(str(v)))
    return None


def _dateline(sents: list[Sentence]) -> date | None:
    """Publication date from a dateline in the first lines when the caller gave none."""
    for sent in sents:
        if sent.start >= 400:
            break
        lex_months = sent.memo.get("months")
        if lex_months is None:
            continue
        found = dates.explicit(sent.ntext, lex_months, None)
        if found:
            return found[0]
    return None


def _latest_year(sents: list[Sentence], ref: date | None, lex: Lexicon | None = None) -> int | None:
    """The latest plausible year the article mentions (a stand-in for an unknown publication year)."""
    if ref is not None:
        return None
    top = datetime.now().year + 1
    ys = [y for sent in sents if _DIGIT.search(sent.ntext) for y in _years(sent, lex) if 1950 <= y <= top]
    return max(ys) if ys else None


def _denied_bases(sents: list[Sentence]) -> frozenset[str]:
    """Installations that a sentence of the article says were not attacked."""
    out = set()
    for sent in sents:
        if sent.named and sent.of("b_denial"):
            out.update(h.base.id for h in sent.named)
    return frozenset(out)


def _merge(sents: list[Sentence], kept: list[tuple[int, Mention]], lex: Lexicon):
    """One report per base across sentences; unresolved ones only where nothing resolved.

    Returns (head, others) pairs: the head makes the report, the others fill its gaps. The same
    base mentioned again stays one report unless the later sentence marks a new attack ("again",
    "for the third time", "another") with its own attack word, or lists two attacks on it.
    """
    if any(m.base is not None for _, m in kept):
        kept = [(i, m) for i, m in kept if m.base is not None or m.kind != "plural"]
    keyed = []
    for i, m in kept:
        if m.base is not None:
            keyed.append((m.base.id, m.base.country, i, m))
        else:
            country = _where(sents, i, m, lex)[0]
            keyed.append((f"?{country}", country, i, m))
    out: list[tuple[tuple[int, Mention], list[tuple[int, Mention]]]] = []
    index: dict[str, int] = {}
    for key, _country, i, m in keyed:
        if key in index:
            hi, hm = out[index[key]][0]
            same_sentence_twin = hi == i and m.base is not None
            repeated = m.base is not None and hi != i and _repeated(sents[i], m)
            if not (same_sentence_twin or repeated):
                out[index[key]][1].append((i, m))
                continue
        index[key] = len(out)
        out.append(((i, m), []))
    resolved_countries = {m.base.country for (_, m), _ in out if m.base is not None}
    if resolved_countries:
        kept_out = []
        for (i, m), others in out:
            if m.base is None:
                country = _where(sents, i, m, lex)[0]
                if not country or country in resolved_countries:
                    continue
            kept_out.append(((i, m), others))
        out = kept_out
    return out


def _repeated(sent: Sentence, m: Mention) -> bool:
    """The sentence reports a further attack on the base ("attacked again", "for the third time")."""
    marks = sent.of("repeat")
    if not marks:
        return False
    events = [a for a in sent.attacks() if "verb" in a.groups or a.has("t_")]
    return bool(events) and any(_dist(c, m) <= W.FAR_CHARS for c in marks)


def _fill_from(r: Report, doc: str, sents: list[Sentence], j: int, o: Mention, ref: date | None,
               lex: Lexicon) -> Report:
    """Fill the report's gaps from another mention of the same base, computing only what is missing."""
    changes: dict[str, object] = {"confidence": max(r.confidence, o.score)}
    if r.attack_type == "other":
        changes["attack_type"] = _attack_type(sents, j, o)
    if r.actor is None:
        changes["actor"] = _actor(doc, sents, j, o, lex)
    if r.event_date is None:
        changes["event_date"] = _event_date(sents, j, ref, lex)
    if r.killed is None or r.wounded is None:
        killed, wounded = _casualties(sents, j, lex)
        changes["killed"] = r.killed if r.killed is not None else killed
        changes["wounded"] = r.wounded if r.wounded is not None else wounded
    return replace(r, **changes)


def _complete(r: Report) -> bool:
    """Nothing left to fill from other mentions of the same base."""
    return (r.attack_type != "other" and r.actor is not None and r.event_date is not None
            and r.killed is not None and r.wounded is not None)


def _fill(a: Report, b: Report) -> Report:
    """Keep a, filling its gaps from b."""
    return replace(
        a,
        attack_type=a.attack_type if a.attack_type != "other" else b.attack_type,
        actor=a.actor or b.actor,
        event_date=a.event_date or b.event_date,
        killed=a.killed if a.killed is not None else b.killed,
        wounded=a.wounded if a.wounded is not None else b.wounded,
        confidence=max(a.confidence, b.confidence),
    )
