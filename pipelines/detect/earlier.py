"""An installation named beside an attack that came before the sentence's news: in a clause opened by a prior word
("a week after a drone attack on Tower 22"), by a since word before an attack noun ("since the drone attack on
Tower 22"), or in a main clause that tells something else while every attack word stands in such a clause ("The
minister visited the base, months after a missile attack damaged it")."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.document import Document, Mention, Sentence
from pipelines.detect.written import clause_break

# How far after a since word the attack noun it opens is written ("since the deadly drone attack").
SINCE_ATTACK_CHARS = 30


def told_as_earlier(doc: Document, sent: Sentence, m: Mention) -> bool:
    """The installation is written in a clause about an earlier attack, or only beside one (module doc).
    Languages that write "after" after the event have prior_after ("Zilkan üssüne yapılan saldırıdan bir hafta
    sonra"). A comma or other clause mark between them ends the prior clause ("Days after the attack, drones
    struck the base")."""
    return (any(_opens(doc, sent, p, m.start) for p in sent.of("prior")) or any(
        0 <= p.start - m.end <= WIN.PRIOR_SCOPE_CHARS and not clause_break(doc.text, sent, m.end, p.start)
        for p in sent.of("prior_after")) or _since_the_attack(doc, sent, m) or _only_beside_an_earlier(doc, sent, m))


def _opens(doc: Document, sent: Sentence, p, at: int) -> bool:
    """The prior word opens a clause that reaches `at`: within PRIOR_SCOPE_CHARS, no clause mark between."""
    return 0 <= at - p.end <= WIN.PRIOR_SCOPE_CHARS and not clause_break(doc.text, sent, p.end, at)


def _since_the_attack(doc: Document, sent: Sentence, m: Mention) -> bool:
    """A since word opens an attack noun phrase that holds the installation ("counter-drone systems were added
    since the deadly drone attack on Tower 22"): the attack is where the period starts, not the news. A day of
    today or of this week after the since word ("on alert since drones struck the base on Sunday") may make it
    the news, and so does an attack cue before the since word (the sentence's own attack). A date after the since
    word opens the period instead ("Seit dem 17. September haben Drohnen ... angegriffen")."""
    attacks = sent.attacks()
    for s in sent.of("since"):
        if not _opens(doc, sent, s, m.start) or any(a.end <= s.start for a in attacks):
            continue
        if not any(0 <= a.start - s.end <= SINCE_ATTACK_CHARS and a.end <= m.start
                   and not _dated_between(sent, s.end, a.start) for a in attacks):
            continue
        if not any(d.start >= s.end for d in sent.of("current", "reldate", "weekday")):
            return True
    return False


def _dated_between(sent: Sentence, lo: int, hi: int) -> bool:
    """A date (a number, a month, a day word) is written between the two points."""
    return any(ch.isdigit() for ch in sent.ntext[lo:hi]) or any(
        lo <= c.start < hi for c in sent.of("month", "weekday", "reldate", "current"))


def _only_beside_an_earlier(doc: Document, sent: Sentence, m: Mention) -> bool:
    """The installation stands in a main clause that tells another event (a blocker there: a visit, a ceremony)
    and every attack word of the sentence in a prior clause after it, with no claim and no day of today or this
    week in that clause: "The defence secretary visited the base on Tuesday, months after a missile attack
    damaged it"."""
    attacks = sent.attacks()
    if not attacks or sent.of("claim"):
        return False
    blockers = [c for c in sent.cues if c.has("b_")]
    for p in sent.of("prior"):
        if p.start < m.end or not any(b.end <= p.start for b in blockers):
            continue
        if all(_opens(doc, sent, p, a.start) for a in attacks) and not any(
                d.start >= p.end for d in sent.of("current", "reldate", "weekday")):
            return True
    return False
