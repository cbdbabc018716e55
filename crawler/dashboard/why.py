"""Why a stored report was flagged, in plain lines for the incident page: the detector's own reasons.

The article is read again by the current detector and gazetteer (the same analysis as
`basewatch detect --explain`), so the page says so when a later rule or gazetteer would no
longer flag it.
"""

from __future__ import annotations

from pipelines.detect.explain import explain
from pipelines.detect.gazetteer import Gazetteer
from pipelines.store import models as store


def read_article(article: store.Article, gazetteer: Gazetteer | None = None) -> dict:
    """The detector's reasons for a stored article (`detect --explain`), for all of its reports."""
    return explain(article.text or "", title=article.title, published=article.published_at,
                   language=article.language, gazetteer=gazetteer)


def report_reasons(found: dict, report: store.Report) -> list[str]:
    """The alias, attack words, blockers, score and date rule behind one report, from its article's reasons."""
    entry = next((r for r in found.get("reports", []) if _same(r, report)), None)
    if entry is None:
        return [f"The current detector would not report this installation from this article "
                f"(article score {found['score']:.2f}, threshold {found['threshold']:.2f})"
                + (f": {found['why_not']}." if found.get("why_not") else ".")]
    candidate = next((c for c in found["candidates"]
                      if c["sentence"] == entry["sentence"] and _same(c, report)), None)
    lines = []
    if candidate is not None:
        where = f", gazetteer entry {candidate['base_id']}" if candidate["base_id"] else ""
        lines.append(f"Installation: “{candidate['mention']}”, {candidate['kind_means']}{where}.")
        cues = ", ".join(f"“{cue['text']}” ({cue['kind']})" for cue in candidate["attack_cues"])
        lines.append(f"Attack words in its sentence: {cues or 'none (the attack is told nearby)'}.")
        if candidate["against"]:
            lines.append(f"Counted against it: {', '.join(candidate['against'])}.")
        lines.append(f"Score {candidate['score']:.2f} against the threshold {found['threshold']:.2f}.")
    lines.append(f"Date: {entry['date_rule']}.")
    return lines


def _same(found: dict, report: store.Report) -> bool:
    """The detector's entry is this report: the same gazetteer id, else the same words for the place."""
    if report.base_id or found.get("base_id"):
        return found.get("base_id") == report.base_id
    return (found.get("mention") or "").casefold() == (report.mention or "").casefold()
