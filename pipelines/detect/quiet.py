"""Sentences that name weapons at an installation but tell no attack on it: air defences sent, sirens, a tally,
a claim called false."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.falsified import called_false
from pipelines.detect.guarded import sent_to_guard
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.supplied import air_defences_delivered, weapon_noun


def no_attack_told(sent: Sentence, marks: Callable[[], list[int]], lex: Lexicon) -> str | None:
    """The frame of a sentence that names weapons around an installation and tells no attack on it, as its
    note ("air-defences-delivered", "sent-to-guard", "sirens-only", "tally", "called-false"); None when the
    sentence may tell one. `marks` gives where the sentence's clause marks stand (score._clause_marks), asked
    only when needed."""
    if air_defences_delivered(sent):
        return "air-defences-delivered"
    if sent_to_guard(sent, marks, bool(lex.options.get("postpositions"))):
        return "sent-to-guard"
    if sirens_only(sent):
        return "sirens-only"
    if counts_attacks(sent, marks):
        return "tally"
    if called_false(sent, marks, bool(lex.options.get("object_clause_before_verb"))):
        return "called-false"
    return None


def sirens_only(sent: Sentence) -> bool:
    """Sirens sounded at or near the installation (the lexicon's `siren` group: "sirens sounded at the base",
    "אזעקות הופעלו בבסיס") and the sentence names weapons only as nouns or launches ("after rockets were
    launched from Lebanon", "בעקבות שיגור רקטות"), with no attack verb, interception or claim: a warning for
    the area, not a hit. "Sirens sounded as rockets hit the base" has its attack verb."""
    attacks = sent.attacks()
    return bool(sent.of("siren")) and bool(attacks) and not sent.of("claim") and all(
        weapon_noun(a) or "siren" in a.groups for a in attacks)


def counts_attacks(sent: Sentence, marks: Callable[[], list[int]]) -> bool:
    """The sentence counts attacks over a period (the lexicon's `tally` group: "has been struck 40 times this
    year", "מאז תחילת המלחמה שוגרו 300 רקטות") with each attack cue inside the count (after the tally word,
    or before it with no clause mark between), and tells no day of its own (no word of today, weekday,
    relative day or month) nor a claim: a statistic, not a report. "Rockets struck the base, the 170th attack since
    October, a tally shows" tells its attack in a clause of its own, before the count."""
    tallies = sent.of("tally")
    # a month or date in it ('five times since 1 November') is left to the date rules: a period it opens
    if not tallies or sent.of("current", "reldate", "weekday", "month", "claim"):
        return False
    cut = marks()
    return all(_in_the_count(a, tallies, cut) for a in sent.attacks())


def _in_the_count(a: Cue, tallies: list[Cue], cut: list[int]) -> bool:
    """The attack cue follows a tally word, or the next tally word follows it in the same clause."""
    if a.start >= tallies[0].start:
        return True
    nxt = next(t.start for t in tallies if t.start >= a.end)
    return not any(a.end <= k < nxt for k in cut)
