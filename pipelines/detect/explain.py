"""Why an article was or was not flagged: each candidate's alias, attack cues, blockers and score, each report's date rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pipelines.detect import scoring as W
from pipelines.detect.detector import Analysis, analyse
from pipelines.detect.document import Document, Mention
from pipelines.detect.fields.when import event_date_rule
from pipelines.detect.gazetteer import Gazetteer
from pipelines.detect.written import as_written

_KINDS = {
    "named": "an installation the gazetteer names",
    "near": "a generic installation next to a place the gazetteer knows",
    "strong": "a military installation noun",
    "weak": "an installation noun with a military qualifier",
    "coref": "'the base' after a named one",
    "plural": "installations in the plural",
    "linked": "an installation named in a neighbouring sentence, the attack told in this one",
}


def explain(
    text: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict:
    """The detector's reasons for one article, as plain data (JSON-ready)."""
    return reasons(analyse(text, title=title, published=published, language=language, gazetteer=gazetteer))


def reasons(found: Analysis) -> dict:
    """What an analysis found and why, as plain data: the article is not analysed again."""
    doc = found.doc
    out: dict = {
        "language": doc.lex.lang,
        "sentences": len(doc.sents),
        "threshold": W.THRESHOLD,
        "strike": found.detection.strike,
        "score": found.detection.score,
    }
    if found.furniture:
        out["page_lines_left_out"] = found.furniture  # links to other stories, readers' comments
    if not found.candidates:
        attacks = sum(1 for s in doc.sents if s.attacks())
        named = sum(len(s.named) for s in doc.sents)
        out["why_not"] = (f"no candidate: {attacks} sentence(s) with an attack word, {named} installation(s) "
                          "named, none in a sentence with an attack word")
        return out
    out["publication_reference"] = str(doc.ref) if doc.ref else None
    out["article"] = {"reference_entry": doc.reference, "storm_accident_or_exercise_without_weapons": doc.doc_block,
                      "installations_denied": sorted(doc.denied)}
    out["candidates"] = [_candidate(doc, i, m) for i, m in found.candidates]
    out["reports"] = []
    for report, (i, _m) in zip(found.detection.reports, found.heads):
        _date, rule = event_date_rule(doc, i)
        out["reports"].append({"base_id": report.base_id, "mention": report.mention, "sentence": i,
                               "event_date": str(report.event_date) if report.event_date else None,
                               "date_rule": rule if report.event_date is not None and _date == report.event_date
                               else ("from another sentence about the same installation" if report.event_date
                                     else "no date in the text: the publication time stands in")})
    return out


def _candidate(doc: Document, i: int, m: Mention) -> dict:
    sent = doc.sents[i]
    cues = [{"text": c.text, "kind": c.has("t_")[2:] if c.has("t_") else
             ("intercept" if "intercept" in c.groups else "attack verb")} for c in sent.attacks()]
    # A linked mention stands at the end of its attack sentence; its name is written in the sentence before.
    k, start, end = m.source if m.source is not None else (i, m.start, m.end)
    written = replace(m, start=start, end=end, source=None)
    return {
        "sentence": i,
        "mention": as_written(doc.text, doc.sents[k], written),
        "matched": doc.sents[k].ntext[start:end],
        "named_in_sentence": k,
        "kind": m.kind,
        "kind_means": _KINDS.get(m.kind, m.kind),
        "base_id": m.base.id if m.base else None,
        "attack_cues": cues,
        "against": [note[2:] if note.startswith("b_") else note for note in m.notes],
        "score": m.score,
        "kept": m.score >= W.THRESHOLD,
        "evidence": " ".join(doc.text[sent.start:sent.end].split())[:300],
    }
