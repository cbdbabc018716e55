"""Sentences that name weapons at an installation but tell no attack on it: air defences sent, sirens, a tally,
a claim called false."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.detect.aftermath import attack_discussed
from pipelines.detect.aimed import intercepted_on_the_way
from pipelines.detect.debris import debris_fell
from pipelines.detect.described import described_as_target
from pipelines.detect.document import Cue, Sentence
from pipelines.detect.falsified import called_false
from pipelines.detect.guarded import sent_to_guard
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.negated import attack_negated
from pipelines.detect.supplied import air_defences_delivered, weapon_noun
from pipelines.detect.verbal import attacked_in_words

# How far after a launch its target region is written ('fired missiles at Israel', 'לעבר ישראל').
AIM_CHARS = 30
# A month's own suffix or noun before a period word written after it ('Ekim ayından bu yana').
SINCE_MONTH_CHARS = 10
# How near the period's opening its count is written ("40 times since October", "מאז אוקטובר שוגרו יותר מ 300").
COUNT_CHARS = 25
_CARDINAL = re.compile(r"\b\d+\b")


def no_attack_told(sent: Sentence, marks: Callable[[], list[int]], lex: Lexicon) -> str | None:
    """The frame of a sentence that names weapons around an installation and tells no attack on it, as its
    note ("air-defences-delivered", "sent-to-guard", "sirens-only", "tally", "described-target", "called-false",
    "attacked-in-words", "debris-fell", "attack-discussed", "intercepted-elsewhere", "attack-negated"); None when the
    sentence may tell one. `marks` gives where the sentence's clause marks stand (score._clause_marks), asked
    only when needed."""
    if air_defences_delivered(sent):
        return "air-defences-delivered"
    if sent_to_guard(sent, marks, bool(lex.options.get("postpositions"))):
        return "sent-to-guard"
    if sirens_only(sent):
        return "sirens-only"
    if sirens_after_a_launch(sent):
        return "sirens-after-launch"
    if attack_negated(sent, marks):
        return "attack-negated"
    if counts_attacks(sent, marks):
        return "tally"
    if described_as_target(sent):
        return "described-target"
    if called_false(sent, marks, bool(lex.options.get("object_clause_before_verb"))):
        return "called-false"
    if attacked_in_words(sent, marks, bool(lex.options.get("verb_final"))):
        return "attacked-in-words"
    if debris_fell(sent, marks):
        return "debris-fell"
    if attack_discussed(sent, marks, bool(lex.options.get("verb_final")),
                        bool(lex.options.get("qualifier_after_noun"))):
        return "attack-discussed"
    if intercepted_on_the_way(sent, bool(lex.options.get("verb_final")), lex.aim_suffixes):
        return "intercepted-elsewhere"
    return None


def sirens_only(sent: Sentence) -> bool:
    """Sirens sounded at or near the installation (the lexicon's `siren` group: "sirens sounded at the base",
    "אזעקות הופעלו בבסיס") and the sentence names weapons only as nouns or launches ("after rockets were
    launched from Lebanon", "בעקבות שיגור רקטות"), with no attack verb, interception or claim: a warning for
    the area, not a hit. "Sirens sounded as rockets hit the base" has its attack verb."""
    attacks = sent.attacks()
    return bool(sent.of("siren")) and bool(attacks) and not sent.of("claim") and all(
        weapon_noun(a) or "siren" in a.groups for a in attacks)


def sirens_after_a_launch(sent: Sentence) -> bool:
    """Sirens sounded at the installation and the sentence's launch is aimed elsewhere, with no claim: the
    launch told first, every attack cue before the first siren word and every installation after it ("Rockets
    were fired toward the north and sirens sounded at Ramat David air base", "רקטות שוגרו לעבר הצפון; אזעקות
    הופעלו בבסיס רמת דוד"); or the sirens at the installation first and the launch after them aimed at a
    country or region (`_aimed_at_a_region`: "Sirene berbunyi di Pangkalan Udara Nevatim setelah Iran
    meluncurkan rudal ke arah Israel"). "Hezbollah fired rockets at the base, and sirens sounded" names the
    installation in the launch's clause; "sirens sounded at the base as missiles hit it" aims at no region."""
    sirens = sent.of("siren")
    if not sirens or sent.of("claim"):
        return False
    attacks = [a for a in sent.attacks() if "siren" not in a.groups]
    places = [*sent.named, *sent.near, *sent.of("installation", "installation_plural", "weak", "anaphora")]
    if not attacks or not places:
        return False
    first = sirens[0]
    if all(a.end <= first.start for a in attacks) and all(p.start >= first.end for p in places):
        return True
    return all(first.end <= p.start and p.end <= a.start for p in places for a in attacks) and _aimed_at_a_region(
        sent, max(a.end for a in attacks))


def _aimed_at_a_region(sent: Sentence, end: int) -> bool:
    """A country or region is written within AIM_CHARS after the last attack cue (which ends at `end`) with
    no origin word between: the launch's target ("toward Israel", "לעבר ישראל"), not where it came from."""
    targets = [c for c in sent.of("country", "direction") if 0 <= c.start - end <= AIM_CHARS]
    return any(not any(end <= o.start and o.end <= c.start for o in sent.of("origin")) for c in targets)


def counts_attacks(sent: Sentence, marks: Callable[[], list[int]]) -> bool:
    """The sentence counts attacks over a period (the lexicon's `tally` group: "has been struck 40 times this
    year", "מאז תחילת המלחמה שוגרו 300 רקטות") with each attack cue inside the count (after the tally word,
    or before it with no clause mark between), and tells no day of its own (no word of today, weekday,
    relative day or month) nor a claim: a statistic, not a report. "Rockets struck the base, the 170th attack since
    October, a tally shows" tells its attack in a clause of its own, before the count. A month that opens the
    period ("since October", "מאז אוקטובר", "Ekim ayından bu yana") is no day of its own: with a count written
    beside it, it is the tally word ("has been hit 40 times since October"; not "for the 3rd time since October"
    nor "fired 3 rockets at the base in the first attack since October")."""
    if sent.of("current", "reldate", "weekday", "claim"):
        return False
    tallies, months = sent.of("tally"), sent.of("month")
    if months:
        # a day with its month ('five times since 1 November') is left to the date rules: a period it opens
        openings = _opened_by_a_month(sent)
        if len(openings) < len(months) or not all(_counted(sent, o) for o in openings):
            return False
        tallies = sorted([*tallies, *openings], key=lambda c: c.start)
    if not tallies:
        return False
    cut = marks()
    return all(_in_the_count(a, tallies, cut) for a in sent.attacks())


def _counted(sent: Sentence, opening: Cue) -> bool:
    """A cardinal number (a number word, or digits alone: not '3rd') within COUNT_CHARS of the period's opening."""
    near = [(c.start, c.end) for c in sent.of("number")] + [(d.start(), d.end()) for d in _CARDINAL.finditer(sent.ntext)]
    return any(0 <= opening.start - e <= COUNT_CHARS or 0 <= s - opening.end <= COUNT_CHARS for s, e in near)


def _opened_by_a_month(sent: Sentence) -> list[Cue]:
    """The since words written right before a bare month ("since October", "מאז אוקטובר"), or the since_after
    words within SINCE_MONTH_CHARS after one ("Ekim ayından bu yana"): one per month that opens a period."""
    out = []
    for m in sent.of("month"):
        out += [s for s in sent.of("since") if 0 <= m.start - s.end <= 1][:1] or [
            s for s in sent.of("since_after") if 0 <= s.start - m.end <= SINCE_MONTH_CHARS][:1]
    return out


def _in_the_count(a: Cue, tallies: list[Cue], cut: list[int]) -> bool:
    """The attack cue follows a tally word, or the next tally word follows it in the same clause."""
    if a.start >= tallies[0].start:
        return True
    nxt = next(t.start for t in tallies if t.start >= a.end)
    return not any(a.end <= k < nxt for k in cut)
