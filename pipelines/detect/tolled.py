"""A weak installation noun whose sentence counts soldiers among its dead or wounded is a military one
("Militants stormed a security post in North Waziristan overnight, killing four soldiers", "هاجم مسلحون موقعا
... ما أسفر عن مقتل ثلاثة جنود"): the toll is the qualifier the noun lacks, written too far from it for the
qualifier window. Soldiers are the lexicon's people words that are also military qualifiers ("soldiers",
"troops", "militaires", "جنود"), never civilians, workers or people; or people words that a military qualifier
follows, one short linking word at most between ("أربعة عناصر من الجيش", "ثلاثة عناصر من قوات النظام": the
members of a force). Read by candidates.py."""

from __future__ import annotations

import re

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Sentence
from pipelines.detect.lexicon import Lexicon


def soldiers_counted(sent: Sentence, c: Cue, lex: Lexicon) -> bool:
    """Whether a killed or wounded word after the weak noun `c` has soldiers within TOLL_PEOPLE_CHARS of it."""
    tolls = [t for t in sent.of("killed", "wounded") if t.start >= c.end]
    if not tolls:
        return False
    text = sent.ntext
    soldiers = [p for p in sent.of("people") if lex.qualifier.search(text, p.start, p.end) is not None
                or _of_a_force(text, p.end, lex)]
    return any(abs(p.start - t.end) <= WIN.TOLL_PEOPLE_CHARS or abs(t.start - p.end) <= WIN.TOLL_PEOPLE_CHARS
               for t in tolls for p in soldiers)


# Between the people word and the force it belongs to: a space, and at most one word of three letters or fewer
# ('من', 'of'): 'عناصر من الجيش'; a longer word ('مدنيين برصاص الجيش') tells something else.
_LINK = re.compile(r"\s+(?:\w{1,3}\s+)?")


def _of_a_force(text: str, end: int, lex: Lexicon) -> bool:
    """A military qualifier written right after a people word ending at `end` ('عناصر من قوات النظام')."""
    link = _LINK.match(text, end)
    return link is not None and lex.qualifier.match(text, link.end()) is not None
