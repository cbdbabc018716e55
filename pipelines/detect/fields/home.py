"""A group's home country: a country written right before the group ("Yemen's Houthis") names where the
attacker comes from, not where the base is, except where the group's men stormed the base on foot."""

from __future__ import annotations

import re

from pipelines.detect.document import Cue, Document, Sentence
from pipelines.detect.written import as_written_start

CLAUSE_MARK = re.compile(r"[,;:()\[\]|–—،؛]| - ")  # ends an opening phrase: "Syria: jets hit ...", "In Syria, rockets ..."
POSSESSIVE_CHARS = 3  # "yemen s houthis": the possessive between a country and its group
_STANDING = frozenset({"t_ground_assault", "t_other"})  # no weapon fired from afar


def groups_home(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word qualifies the group right after it ("Yemen's Houthis"): the attacker's home.
    Not a group named by what its men are, nor one after a colon ("Pakistan: militants ...")."""
    return any(0 <= a.start - c.end <= POSSESSIVE_CHARS and "people" not in a.groups
               and not clause_between(doc, sent, c, a) for a in sent.of("actor"))


def assault_home(doc: Document, sent: Sentence) -> tuple[str | None, str | None]:
    """The group's home where nothing else places the installation and its sentence tells a ground assault
    with no weapon fired from afar ("Somalia's al-Shabaab militants stormed a military base"): its men came
    to the base, which lies where the group fights; a group that fires rockets or drones ("Lebanon's
    Hezbollah fired rockets at a base") strikes across borders, and its home places nothing."""
    kinds = {a.has("t_") for a in sent.attacks()} - {None}
    if "t_ground_assault" not in kinds or kinds - _STANDING:
        return None, None
    for c in sent.of("country"):  # the country's name ("Somalia's"), not its adjective ("Syrian rebels")
        value = doc.lex.value("country", c.text)
        if value and "nationality" not in c.groups and groups_home(doc, sent, c):
            return str(value), sent.ntext[c.start:c.end]
    return None, None


def clause_between(doc: Document, sent: Sentence, a: Cue, b: Cue, marks: re.Pattern[str] = CLAUSE_MARK) -> bool:
    """Whether a comma, colon or bracket (or the given marks) stands between two cues as written (or they
    cannot be found)."""
    start, end = as_written_start(doc.text, sent, a), as_written_start(doc.text, sent, b)
    if start is None or end is None or end <= start:
        return True
    return marks.search(doc.text, sent.start + start, sent.start + end) is not None
