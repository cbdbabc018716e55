"""A hit-passive with the installation as its subject: Arabic 'أصيب مطار كسلا العسكري بمسيرة' (the airport was
hit by a drone) writes the hit with the verb that also says a person was wounded. Only with an installation
right after the verb and a weapon bearing the instrument clitic ب after it in the same clause is it an attack."""

from __future__ import annotations

import re

from pipelines.detect.document import Sentence

# The passive verb, normalised ('أصيب', 'أصيبت', with the conjunction glued on), per language.
_PASSIVE = {"ar": re.compile(r"[وف]?اصیبت?")}
_INSTRUMENT = {"ar": "ب"}  # the clitic glued on the weapon: 'بمسيرة', 'بصاروخين', 'بقذائف'
_NOUNS = ("installation", "weak")
_CLAUSE_CHARS = 60  # from the installation to its weapon: the installation's phrase and a few words


def hit_passives(sents: list[Sentence], lang: str | None) -> None:
    """Give such a verb the attack-verb group (see the module's doc); the wounded group it has stays."""
    verb, clitic = _PASSIVE.get(lang or ""), _INSTRUMENT.get(lang or "")
    if verb is None:
        return
    for sent in sents:
        text = sent.ntext
        for c in sent.of("wounded"):
            if not verb.fullmatch(c.text) or "verb" in c.groups:
                continue
            nxt = c.end + 1
            subject = [x for x in sent.of(*_NOUNS) if x.start == nxt] or [h for h in sent.named if h.start == nxt]
            if not subject:
                continue
            end = max(x.end for x in subject)
            if any(end <= w.start <= end + _CLAUSE_CHARS and w.start > 0 and text[w.start - 1] == clitic
                   and (w.start == 1 or text[w.start - 2] == " ") and "،" not in text[end:w.start]
                   for w in sent.attacks() if w.has("t_")):
                sent.add_group(c, "verb")
                sent.attacks().append(c)
                sent.attacks().sort(key=lambda a: a.start)
