"""Positions and camps held by an armed group: a strike on them is no strike on a military installation."""

from __future__ import annotations

import re

from pipelines.detect.actors import default_registry
from pipelines.detect.document import Cue, Document, Mention, Sentence
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.written import marks_at

# As heavy as another target nearer the attack (scoring.EXCLUDED): the target is the group, not a base.
ARMED_HELD = 0.45
# The longest gap between the owner and the noun ("positions held by the militants").
GAP_CHARS = 16
# What a coordinated noun adds to that gap ("hideouts and ").
COORD_CHARS = 16
# A prefix the cue leaves out, written onto the owner ("مواقع للمسلحين": the cue is "مسلحين").
PREFIX_CHARS = 2
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–،؛.\"«»“”]")
_NOUNS = frozenset({"weak", "weak_plural"})
_INSTALLATIONS = frozenset({"installation", "installation_plural"})


def armed_held_penalty(doc: Document, sent: Sentence, m: Mention) -> float:
    """ARMED_HELD, noted on the candidate, when an armed group holds it (held_by_armed_group); else 0."""
    if not held_by_armed_group(doc, sent, m):
        return 0.0
    m.notes.append("armed-group-held")
    return ARMED_HELD


def held_by_armed_group(doc: Document, sent: Sentence, m: Mention) -> bool:
    """The candidate is a weak or plural installation noun ("positions", "camps", "مواقع", "позиции", "mevzi")
    whose owner is a non-state armed group: a generic armed group's actor cue, or a word of the lexicon's
    `armed_owner` (before) or `armed_owner_after` (after) groups, written right beside it with at most an
    article or an owner link between ("militant camps", "ISIS positions", "positions of the militants",
    "مواقع للمسلحين", "позициям боевиков", "עמדות של מחבלים", "PKK'nın mevzileri", "دہشت گردوں کے کیمپوں").
    Where a language writes its qualifiers after the noun, an owner before it is the subject of a verb-first
    clause ("هاجم مسلحون مواقع"), and where the verb ends the clause, one after it is the next clause's subject
    and one before it needs the genitive link ("PKK'lı teröristler üs bölgesine saldırdı"). A gazetteer name
    is a state's installation whoever is said to hold it; "militants attacked an army post" has its verb
    between."""
    noun = None if m.kind == "named" else next(
        (c for c in sent.cues if c.start == m.start and c.groups & _NOUNS and not c.groups & _INSTALLATIONS), None)
    if noun is None:
        return False
    lex, marks = doc.lex, marks_at(doc.text, sent, _CLAUSE_MARK)
    after_noun, verb_final = lex.options.get("qualifier_after_noun"), lex.options.get("verb_final")
    for c in sent.cues:
        # A name needs the genitive link where the verb ends the clause; an owner form does not ("örgütün").
        if ("armed_owner" in c.groups or (_armed_group(c) and not after_noun)) and c.end <= noun.start \
                and _linked(sent, lex, marks, c.end, noun.start, bool(verb_final) and "actor" in c.groups):
            return True
        group = "armed_owner_after" in c.groups or (_armed_group(c) and (after_noun or not verb_final))
        if group and c.start >= noun.end and _linked(sent, lex, marks, noun.end, c.start, False, prefix=True):
            return True
    return False


def _armed_group(c: Cue) -> bool:
    """An actor cue that the registry resolves to armed men named only by what they are ("militants",
    "боевиков", "دہشت گردوں"). Named groups that hold real bases (the SDF, Hamas) are not owners here;
    the lexicon lists the ones that hold none."""
    if "actor" not in c.groups:
        return False
    entry = default_registry().resolve(c.text)
    return entry is not None and entry.kind == "group" and entry.generic


def _linked(sent: Sentence, lex: Lexicon, marks: list[int], lo: int, hi: int, need_link: bool,
            prefix: bool = False) -> bool:
    """Only articles and an owner link (the lexicon's `owner_link`) stand from lo to hi, and no clause mark;
    with no link, no cue either. With prefix, the owner may carry a short prefix its cue leaves out."""
    if not 0 <= hi - lo <= GAP_CHARS + COORD_CHARS or any(lo <= k < hi for k in marks):
        return False
    raw = sent.ntext[lo:hi]
    words = raw.split()
    if prefix and words and not raw.endswith(" ") and len(words[-1]) <= PREFIX_CHARS:
        words = words[:-1]  # "لل" of "للمسلحين"
    words = [w for w in words if w not in lex.articles]
    # A noun coordinated with the candidate shares its owner ("insurgent hideouts and camps"): one word that
    # is no cue and a joiner, on the side away from the owner.
    coord = (words[-2:] if lo < hi and words[-1:] and words[-1] in lex.joiners else []) if not prefix else (
        words[:2] if words[:1] and words[0] in lex.joiners else [])
    joined = len(coord) == 2 and not any(lo <= c.start < hi and "conj" not in c.groups for c in sent.cues)
    if joined:
        words = words[:-2] if not prefix else words[2:]
    elif hi - lo > GAP_CHARS:
        return False
    link = " ".join(words)
    if link:
        return link in lex.owner_links  # "held by" holds the agent cue "by"
    return not need_link and (joined or not any(lo <= c.start < hi for c in sent.cues))
