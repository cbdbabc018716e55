"""Find reports of attacks on military installations in one article: the stages, in order."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from pipelines.records import Detection, Report
from pipelines.detect import scoring as W
from pipelines.detect.actors import canonical_actor, registry_pinned
from pipelines.detect.candidates import mentions
from pipelines.detect.document import Document, Mention
from pipelines.detect.fields.actor import actor
from pipelines.detect.fields.casualties import casualties
from pipelines.detect.fields.confirmed import confirmed_by
from pipelines.detect.fields.place import adjacent_named, mention_text, where
from pipelines.detect.fields.weapon import attack_type
from pipelines.detect.fields.when import dateline, event_date, latest_year, one_day
from pipelines.detect.gazetteer import Gazetteer, load_gazetteer
from pipelines.detect.lexicon import get_lexicon, has_lexicon, lexicon_code
from pipelines.detect.merge import Located, complete, fill_from, merge
from pipelines.detect.scan import scan
from pipelines.detect.score import attributed, denied_bases, disaster_only, reference_entry, score
from pipelines.detect.sentences import split
from pipelines.detect.furniture import without_furniture
from pipelines.detect.written import sentence_text
from pipelines.language import identify, normalise_tag

DEFAULT_BASES = Path(__file__).resolve().parents[2] / "config" / "bases.yaml"


@functools.lru_cache(maxsize=4)
def _default_gazetteer(path: str) -> Gazetteer:
    """Load the default gazetteer once per path."""
    return load_gazetteer(path)


def default_gazetteer() -> Gazetteer:
    """The project's gazetteer, or the one named by BASEWATCH_BASES."""
    return _default_gazetteer(os.environ.get("BASEWATCH_BASES") or str(DEFAULT_BASES))


@dataclass
class Analysis:
    """Everything the detector found in one article: what explain() shows and detect() returns."""

    doc: Document
    candidates: list[Located]
    detection: Detection
    heads: list[Located] = field(default_factory=list)  # the mention each report was made from
    furniture: list[str] = field(default_factory=list)  # page lines left out of the reading (furniture.py)


def detect(
    text: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Detection:
    """Reports of attacks on installations in one article, with a 0..1 score."""
    return analyse(text, title=title, published=published, language=language, gazetteer=gazetteer).detection


def analyse(
    text: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Analysis:
    """Run the stages in order: scan, candidates, score, merge, fields."""
    with registry_pinned():
        return _analyse(text, title, published, language, gazetteer)


def _analyse(text: str, title: str | None, published: datetime | None, language: str | None,
             gazetteer: Gazetteer | None) -> Analysis:
    """analyse() with the actor registry resolved for the article."""
    gaz = gazetteer or default_gazetteer()
    lang = normalise_tag(language) if language else identify(f"{title or ''}\n{text}")
    lang = lexicon_code(lang) if lang else None  # a declared "ms" or "nb" reads the id or no lexicon
    lex = get_lexicon(lang if has_lexicon(lang) else None)
    text, furniture = without_furniture(text)  # links to other stories and readers' comments: no reporting of its own
    full = f"{title}\n{text}" if title else text
    sents = scan(full, split(full), lex, gaz)
    if title and sents:
        sents[0].title = True
    doc = Document(full, sents, lex, gaz)
    # the article's date before the candidates: "the base" after a background line refers past it (prior_base)
    doc.ref = published.date() if published else dateline(sents)
    doc.latest = None if published else latest_year(sents, doc.ref, lex)
    candidates = [(i, m) for i in range(len(sents)) for m in mentions(doc, i)]
    if not candidates:
        return Analysis(doc, candidates, Detection(strike=False, score=0.0, reports=()), furniture=furniture)
    doc.denied = denied_bases(doc)
    doc.reference = reference_entry(full, sents, lex)
    doc.doc_block = disaster_only(sents)
    doc.attributed = attributed(sents)
    for i, m in candidates:
        score(doc, i, m)
    best = max((m.score for _, m in candidates), default=0.0)
    kept = [(i, m) for i, m in candidates if m.score >= W.THRESHOLD]
    reports: list[Report] = []
    heads: list[Located] = []
    for head, others in merge(doc, kept):
        reports.append(_report(doc, head, others, {r.base_id for r in reports}))
        heads.append(head)
    reports = one_day(reports)
    top = max(best, max((r.confidence for r in reports), default=0.0))
    detection = Detection(strike=bool(reports), score=round(min(1.0, top), 3), reports=tuple(reports))
    return Analysis(doc, candidates, detection, heads, furniture)


def _report(doc: Document, head: Located, others: list[Located], reported: set[str | None]) -> Report:
    """One report from its head mention, its gaps filled from the other mentions of the same base."""
    i, m = head
    r = _fields(doc, i, m)
    for j, o in others:
        if complete(r):
            break
        r = fill_from(r, doc, j, o)
    text = mention_text(doc, i, m) if m.source is None else _source_text(doc, m)
    if m.base is None or m.kind != "named":
        for j, o in others:  # a later sentence may name the unnamed camp ("... Tepe üs bölgesi")
            if o.kind in ("named", "coref"):
                continue
            alt = mention_text(doc, j, o, enriched_only=True)
            if alt:
                text = alt
                break
    r = replace(r, mention=text)
    if r.base_id is None:
        linked = adjacent_named(doc, i, r.country, reported)
        if linked is not None:
            r = replace(r, base=linked.name, base_id=linked.id, country=linked.country, region=None)
    r = replace(r, evidence=_body_evidence(doc, i, others, r.evidence))
    official = confirmed_by(doc, [i, *(j for j, _ in others)], r)
    if official:
        r = replace(r, confirmed_by=official)
    return replace(r, actor=canonical_actor(r.actor, doc.lex), actor_written=r.actor)


def _source_text(doc: Document, m: Mention) -> str | None:
    """A linked mention's installation as written in its own sentence."""
    k, start, end = m.source
    return mention_text(doc, k, replace(m, start=start, end=end, kind="named", source=None))


def _fields(doc: Document, i: int, m: Mention) -> Report:
    """The fields of one report from its own sentence (the mention as written comes after merging)."""
    country = m.base.country if m.base else None
    region = None
    if m.base is None:
        country, region, _ = where(doc, i, m)
    killed, wounded = casualties(doc, i)
    return Report(
        attack_type=attack_type(doc, i, m),
        evidence=sentence_text(doc.text, doc.sents[i]),
        base=m.base.name if m.base else None,
        base_id=m.base.id if m.base else None,
        country=country,
        region=region,
        mention=None,
        actor=actor(doc, i, m),
        event_date=event_date(doc, i),
        killed=killed,
        wounded=wounded,
        confidence=m.score,
    )


def _body_evidence(doc: Document, i: int, others: list[Located], evidence: str) -> str:
    """A headline is a poor 'why': the first body sentence about the same base says more.

    A body that opens by repeating the headline (a page's own <h1>) does not count as one.
    """
    sents = doc.sents
    if not sents[i].title:
        return evidence
    for j, _ in others:
        if not sents[j].title and sents[j].ntext.strip() != sents[i].ntext.strip():
            return sentence_text(doc.text, sents[j])
    return evidence
