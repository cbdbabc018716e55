"""Stage 5: one report per installation across sentences; later mentions of it fill the report's gaps."""

from __future__ import annotations

from dataclasses import replace

from pipelines.records import Report
from pipelines.detect import scoring as W
from pipelines.detect.document import Document, Mention, Sentence, dist
from pipelines.detect.fields.actor import actor
from pipelines.detect.fields.casualties import casualties
from pipelines.detect.candidates import referred_base
from pipelines.detect.fields.place import adjacent_named, placed_in_its_sentence, where
from pipelines.detect.fields.weapon import attack_type
from pipelines.detect.fields.when import event_date

Located = tuple[int, Mention]  # a mention and the index of its sentence


def merge(doc: Document, kept: list[Located]) -> list[tuple[Located, list[Located]]]:
    """One report per base across sentences; unresolved ones only where nothing resolved.

    Returns (head, others) pairs: the head makes the report, the others fill its gaps. The same
    base mentioned again stays one report unless the later sentence marks a new attack ("again",
    "for the third time", "another") with its own attack word, or lists two attacks on it.
    """
    if any(m.base is not None for _, m in kept):
        kept = [(i, m) for i, m in kept if m.base is not None or m.kind != "plural"]
    out: list[tuple[Located, list[Located]]] = []
    index: dict[str, int] = {}
    for i, m in kept:
        key = m.base.id if m.base is not None else f"?{where(doc, i, m)[0]}"
        if key in index:
            hi, hm = out[index[key]][0]
            same_sentence_twin = hi == i and m.base is not None
            repeated = m.base is not None and hi != i and _repeated(doc.sents[i], m)
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
                country = where(doc, i, m)[0]
                if not country or country in resolved_countries or _told_before(doc, i, m, out):
                    continue
            kept_out.append(((i, m), others))
        out = kept_out
    return _fold_unplaced(doc, out)


def _told_before(doc: Document, i: int, m: Mention, out: list[tuple[Located, list[Located]]]) -> bool:
    """An anaphora noun ("the airfield", "القاعدة الجوية") that its own sentence does not place, written after
    an installation that has a report of its own, is that installation again: the country a sentence around it
    gives ("during Russia's war") is no second place."""
    if not any(c.start == m.start for c in doc.sents[i].of("anaphora")):
        return False
    prior = referred_base(doc, i, m.start)
    return (prior is not None and not placed_in_its_sentence(doc, i, m)
            and any(h.base is not None and h.base.id == prior.id for (_, h), _ in out))


def _fold_unplaced(doc: Document, out: list[tuple[Located, list[Located]]]) -> list[tuple[Located, list[Located]]]:
    """A report with no place at all ("militants attack army base" in a headline) beside one the
    article places is the same attack told twice, not a second incident: it only fills the placed
    report's gaps. (A report with no place never stands for an attack elsewhere: its own key.)"""
    placed = [g for g in out if _placed(doc, *g[0])]
    if not placed or len(placed) == len(out):
        return out
    host, ids = placed[0], {id(g) for g in placed}
    for g in out:
        if id(g) not in ids:
            host[1].extend([g[0], *g[1]])
    host[1].sort(key=lambda located: located[0])
    return placed


def _placed(doc: Document, i: int, m: Mention) -> bool:
    """The report has a place: its base, a place or country the text gives, or the installation
    the next sentence names (as the report will take it)."""
    return (m.base is not None or where(doc, i, m)[0] is not None
            or adjacent_named(doc, i, None, set()) is not None)


def _repeated(sent: Sentence, m: Mention) -> bool:
    """The sentence reports a further attack on the base ("attacked again", "for the third time")."""
    marks = sent.of("repeat")
    if not marks:
        return False
    events = [a for a in sent.attacks() if "verb" in a.groups or a.has("t_")]
    return bool(events) and any(dist(c, m) <= W.FAR_CHARS for c in marks)


def fill_from(r: Report, doc: Document, j: int, o: Mention) -> Report:
    """Fill the report's gaps from another mention of the same base, computing only what is missing."""
    changes: dict[str, object] = {"confidence": max(r.confidence, o.score)}
    if r.attack_type == "other":
        changes["attack_type"] = attack_type(doc, j, o)
    if r.actor is None:
        changes["actor"] = actor(doc, j, o)
    if r.event_date is None:
        changes["event_date"] = event_date(doc, j)
    if r.killed is None or r.wounded is None:
        killed, wounded = casualties(doc, j)
        changes["killed"] = r.killed if r.killed is not None else killed
        changes["wounded"] = r.wounded if r.wounded is not None else wounded
    # Most mentions add nothing: the report stands as it is (a frozen dataclass is slow to copy).
    changes = {k: v for k, v in changes.items() if getattr(r, k) != v}
    return replace(r, **changes) if changes else r


def complete(r: Report) -> bool:
    """Nothing left to fill from other mentions of the same base."""
    return (r.attack_type != "other" and r.actor is not None and r.event_date is not None
            and r.killed is not None and r.wounded is not None)
