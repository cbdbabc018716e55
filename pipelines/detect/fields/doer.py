"""The doer of an attack noun: a country written as the noun's genitive, with the target marked after it, names
who struck, not where the installation lies ("حمله اسرائیل به فرودگاه نظامی", "Удар Израиля по авиабазе",
"תקיפת ישראל בבסיס אווירי", "اسرائیل کا فوجی اڈے پر حملہ": Israel's strike on an airbase)."""

from __future__ import annotations

from pipelines.detect.document import Cue, Document, Mention, Sentence
from pipelines.detect.fields.home import clause_between

# The word that opens the target right after the doer. Only these: a bare genitive after the noun may also be
# what was struck ("обстрел Украины", "بمباران سوریه"), and a locative one may be a time ("на выходных").
_TARGET_WORDS = {"fa": ("به", "علیه"), "ru": ("по", "против"), "uk": ("по", "проти")}
# Hebrew glues "in/at" to the installation itself: "תקיפת ישראל בבסיס" (with "and" before it: "ובבסיס").
_TARGET_CLITICS = {"he": ("ב", "וב")}
# Where the attack noun closes the phrase, the genitive before the target agrees with the noun, not with the
# installation in its oblique case: "اسرائیل کا ... اڈے پر حملہ" is Israel's attack ("کے اڈے پر": its base).
_GENITIVE_BEFORE = {"ur": ("کا",), "hi": ("का",)}
_GENITIVE_CHARS = 40  # from the genitive to the target's closing marker: the installation's phrase
# The possessive the normaliser leaves after a name ("Ukraine's" -> "ukraine s"): the country owns the noun
# phrase after it, and where that phrase is an attack noun ("Ukraine's large-scale drone strikes on ..."), the
# country is the attack's doer.
_POSSESSIVE_AFTER = {"en": "s"}
_POSSESSED_CHARS = 30  # the possessive to its attack noun: a few modifiers ("overnight drone", "April 2022 missile")
_MODIFIER_GROUPS = frozenset({"reldate", "current", "month", "weekday", "number"})
_MODIFIER_WORDS = 2  # other words: adjectives ("large scale", "ballistic"); "army said a" is a clause of its own


def attack_doer(doc: Document, sent: Sentence, c: Cue, m: Mention | None) -> bool:
    """Whether a country is the genitive doer of an attack noun, the target written after it (the installation
    m, where given, is that target)."""
    if "country" not in c.groups:
        return False
    lang = doc.lex.lang
    if lang in _GENITIVE_BEFORE:
        return _doer_before(doc, sent, c, m, _GENITIVE_BEFORE[lang])
    if lang in _POSSESSIVE_AFTER:
        return _possessive_doer(doc, sent, c, m, _POSSESSIVE_AFTER[lang])
    if not any(a.end <= c.start and not sent.ntext[a.end:c.start].strip() for a in sent.attacks()):
        return False
    rest = sent.ntext[c.end:]
    if lang in _TARGET_CLITICS:  # the target's own word, its clitic the only thing between: the installation, or
        # in another line the country struck ("תקיפת ישראל בסוריה"), not any word ("תקיפת סוריה ביום שני")
        targets = [m] if m is not None else [x for x in sent.of("country") if x.start >= c.end]
        return any(sent.ntext[c.end:t.start].strip() in _TARGET_CLITICS[lang] for t in targets if t.start >= c.end)
    words = rest.split(None, 1)
    return bool(words) and words[0] in _TARGET_WORDS.get(lang, ()) and (m is None or m.start >= c.end)


def _doer_before(doc: Document, sent: Sentence, c: Cue, m: Mention | None, genitives: tuple[str, ...]) -> bool:
    """The genitive before the target (lexicon option verb_final): the country, its genitive right after it,
    then the target closed by its marker (object_mark_after) with the attack noun right after that."""
    words = sent.ntext[c.end:].split(None, 1)
    if not words or words[0] not in genitives:
        return False
    attacks = sent.attacks()
    for k in sent.of("object_mark_after"):
        if not 0 < k.start - c.end <= _GENITIVE_CHARS or clause_between(doc, sent, c, k):
            continue
        if m is not None and not (c.end <= m.start and m.end <= k.start):
            continue
        if any(0 <= a.start - k.end <= 1 for a in attacks):
            return True
    return False


def _possessive_doer(doc: Document, sent: Sentence, c: Cue, m: Mention | None, possessive: str) -> bool:
    """The country in the possessive with an attack noun heading the phrase it owns, ahead of the installation
    ("Ukraine's drone strikes on two airbases"); not where it owns the installation itself ("Syria's T4 airbase
    was struck"), nor where the phrase it owns ends before the attack ("Lebanon's army said a drone strike ...")."""
    words = sent.ntext[c.end:].split(None, 1)
    if not words or words[0] != possessive:
        return False
    start = c.end + sent.ntext[c.end:].index(possessive) + len(possessive)
    return any(0 < a.start - c.end <= _POSSESSED_CHARS and (m is None or a.end <= m.start)
               and _modifiers_only(sent, start, a.start) and not clause_between(doc, sent, c, a)
               for a in sent.attacks() if "actor" not in a.groups)  # "gunmen": attackers, not the noun owned


def _modifiers_only(sent: Sentence, start: int, end: int) -> bool:
    """Whether the words between a possessive and its attack noun can only modify the noun: weapon and time
    words, numbers, and at most _MODIFIER_WORDS others ("large scale", "ballistic"); no party of its own, which
    opens another clause ("Pakistan's army said gunmen attacked ...")."""
    between = [x for x in sent.cues if start <= x.start and x.end <= end]
    if any(not x.groups & _MODIFIER_GROUPS and not x.has("t_") or "actor" in x.groups for x in between):
        return False
    rest = sent.ntext[start:end]
    for x in sorted(between, key=lambda x: x.start, reverse=True):
        rest = rest[:x.start - start] + rest[x.end - start:]
    return len(rest.split()) <= _MODIFIER_WORDS
