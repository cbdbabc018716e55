"""A formation written with its number as the object of an attack ("قصفت طائرات إسرائيلية الفوج 137 في كفرسوسة",
"غارات على اللواء 47", "جنگنده‌ها تیپ ۶۵ را بمباران کردند"): a numbered brigade, regiment or battalion hit
where it is quartered is a hit on an installation that has no name of its own in the gazetteer."""

from __future__ import annotations

import re

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Mention, Sentence, inside
from pipelines.detect.written import clause_break

_NUMBER = re.compile(r"\s*\d+(?!\w)")
# What the attacker is written as between an attack verb and its object: a weapon, a group, a state.
_DOERS = ("actor", "country", "nationality")
# Targets that, written after the unit in its clause, are the object instead: the unit is then the attacker
# ("هاجم اللواء 90 مواقع المعارضة", "قصفت مدفعية اللواء 47 قرى ريف حماة"). A town noun places the unit
# ("شمال مدينة الرقة").
_TARGETS = ("excluded", "installation", "installation_plural", "weak", "weak_plural")
OBJECT_MARK_CHARS = 30  # "تیپ ۶۵ در حومه دمشق را": how far after the number the object mark may stand


def numbered_units(doc: Document, sent: Sentence) -> list[Mention]:
    """Units of the lexicon's `unit` group followed by their number and written as the attack's object."""
    out = []
    for u in sent.of("unit"):
        number = _NUMBER.match(sent.ntext, u.end)
        if number is None or inside(u.start, u.end, sent.named):
            continue
        end = number.end()
        hit = _object_before_verb(doc, sent, end) if doc.lex.options.get("verb_final") \
            else _object_after_verb(doc, sent, u, end)
        if hit:
            out.append(Mention(u.start, end, "strong"))
    return out


def _object_after_verb(doc: Document, sent: Sentence, u: Cue, end: int) -> bool:
    """An against word right before the unit ("غارات على اللواء 47"), or an attack verb before it in its
    clause with the doer written between them ("قصفت المدفعية التركية الكتيبة 93"); and no other target
    after the unit in its clause."""
    if any(c.start >= end and "town" not in c.groups and not clause_break(doc.text, sent, end, c.start)
           for c in sent.of(*_TARGETS)):
        return False
    if any(0 <= u.start - g.end <= 1 for g in sent.of("against")) and any(a.end <= u.start for a in sent.attacks()):
        return True
    for v in sent.of("verb"):
        if v.end <= u.start and not clause_break(doc.text, sent, v.end, u.start) and any(
                v.end <= d.start and d.end <= u.start and (d.has("t_") or d.groups & set(_DOERS))
                for d in sent.cues):
            return True
    return False


def _object_before_verb(doc: Document, sent: Sentence, end: int) -> bool:
    """Verb-final: the object mark after the number ("تیپ ۶۵ ... را") and an attack verb after that, in one clause."""
    for k in sent.of("object_mark_after"):
        if 0 <= k.start - end <= OBJECT_MARK_CHARS and not clause_break(doc.text, sent, end, k.start):
            return any(v.start >= k.end and not clause_break(doc.text, sent, k.end, v.start) for v in sent.of("verb"))
    return False
