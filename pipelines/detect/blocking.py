"""Weigh the blocker words of a candidate's sentences: threats, denials, memorials, drills, plots."""

from __future__ import annotations

import functools

from pipelines.detect import scoring as W
from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Mention, Sentence, dist
from pipelines.detect.roles import denies_a_role
from pipelines.detect.written import CLAUSE_MARK, clause_break, marks_at


def weigh_blockers(doc: Document, sent: Sentence, m: Mention, told: list[Sentence], s: float) -> float:
    """The candidate's score `s` less what the blocker words of the sentences that tell it take (`told`: its
    own sentence, and for a linked mention the sentence that names the installation); each blocker class
    met is noted on the mention."""
    for sn, c, block in ((sn, c, block) for sn in told for c, block in _blockers(sn)):
        if block in ("b_threat", "b_plot") and _after_an_earlier_event(sn, c):
            continue  # "hit the base, days after militias threatened to" (or "a court jailed"): that came first
        if block == "b_threat" and sn is sent and _warns_of_more(doc, sent, c, m):
            continue  # "targeted al-Tanf with a drone, and vowed more operations": the attack stands
        if block == "b_denial" and (denies_the_toll(sn, c) or denies_a_role(sn, c, doc.lex) or denies_an_accident(sn, c)):
            continue  # "denied that soldiers were killed", "that it was behind the attack", "ruled out a technical fault"
        if block == "b_protest" and _protest_as_motive(sn, c):
            continue  # "attacked the post on Monday in protest at the army's raids": why they struck, no rally
        if block == "b_accident" and _ruled_out(sn, c):
            continue  # "investigators ruled out a technical fault": the harmless cause is what is denied
        if block == "b_accident" and sn is sent and _after_a_weapon_strike(sent, c, m):
            continue  # "missiles struck the base; a fire broke out in a hangar": the fire is the strike's
        if block == "b_history" and sn is sent and _looks_back_from_a_repeat(sent, c, m):
            continue  # "hit the base again today, the third attack since last month": the attack is new
        if block == "b_history" and sn is sent and _earlier_event_clause(doc, sent, c, m):
            continue  # "A year since the attack on Tower 22, drones struck Al-Tanf on Sunday": the main clause's
        if block:  # a word in two blocker classes weighs as the heavier one
            w = W.BLOCK[block[2:]]
            # A memorial or anniversary dates its whole sentence, however far from the installation.
            s -= w if dist(c, m) <= W.FAR_CHARS or block == "b_history" or m.source else w * W.FAR_FACTOR
            if dist(c, m) <= W.CLOSE_CHARS and not m.source:
                s -= W.BLOCK_CLOSE  # written right beside the installation, the blocker speaks of it
            m.notes.append(block)
    return s


def denies_the_toll(sent: Sentence, c) -> bool:
    """A denial whose object is the toll, not the attack: a killed or wounded word within TOLL_CHARS
    of it, nearer to it than any installation and with none between them ("denied that soldiers were
    killed when rockets hit the base", "نفى سقوط قتلى في الهجوم", "asker öldüğü iddialarını yalanladı",
    "опровергло гибель военных"). An installation nearer the denial is its object, whichever side it
    stands ("حمله به پایگاه عین الاسد را تکذیب کرد و گفت کسی به شهادت نرسیده")."""
    places = [*sent.named, *sent.near, *sent.of("installation", "weak", "anaphora")]
    nearest = min((dist(c, p) for p in places), default=WIN.TOLL_CHARS + 1)
    for k in sent.of("killed", "wounded"):
        if dist(c, k) <= WIN.TOLL_CHARS and dist(c, k) < nearest:
            lo, hi = (c.end, k.start) if c.end <= k.start else (k.end, c.start)
            if not any(lo <= p.start and p.end <= hi for p in places):
                return True
    return False


def denies_an_accident(sent: Sentence, c: Cue) -> bool:
    """A denial whose object is an accident or a fault: one written within TOLL_CHARS after it with no attack word
    between ("investigators ruled out a technical fault", "استبعدت السلطات فرضية الماس الكهربائي"): what it rules
    out is the harmless cause, the attack stands. "ruled out an attack and blamed a short circuit" denies the attack."""
    for k in sent.of("b_accident", "fault"):
        if 0 <= k.start - c.end <= WIN.TOLL_CHARS and not any(
                c.end <= a.start and a.end <= k.start for a in sent.attacks()):
            return True
    return False


def _ruled_out(sent: Sentence, k: Cue) -> bool:
    """An accident word that a denial of its sentence rules out (denies_an_accident, seen from the accident)."""
    return any(denies_an_accident(sent, c) and 0 <= k.start - c.end <= WIN.TOLL_CHARS for c in sent.of("b_denial"))


def _blockers(sent: Sentence) -> list[tuple[Cue, str]]:
    """The sentence's cues of a blocker class, each with its heaviest class, in text order (worked
    out once per sentence, however many candidates it holds)."""
    found = sent.memo.get("blockers")
    if found is None:
        found = sent.memo["blockers"] = [(c, block) for c in sent.cues if (block := _heaviest(c.groups))]
    return found


@functools.lru_cache(maxsize=4096)
def _heaviest(groups: frozenset[str]) -> str | None:
    """A cue's heaviest blocker class, by its groups (the same few sets recur in every article)."""
    return max((g for g in groups if g.startswith("b_")), key=lambda g: (W.BLOCK[g[2:]], g), default=None)


def _after_an_earlier_event(sent: Sentence, c) -> bool:
    """A clause opened by a prior word ("days after", "بعد أيام من", "au lendemain de") shortly
    before the cue tells an earlier event: its threat or warning preceded the attack."""
    return any(0 <= c.start - p.end <= WIN.PRIOR_CHARS for p in sent.of("prior"))


def _protest_as_motive(sent: Sentence, c: Cue) -> bool:
    """A protest word written as a motive ("in protest at", "احتجاجا على", "pour protester contre") after an
    attack word of its sentence, in a sentence that names the weapon or the armed men or a toll: the attackers' reason.
    Before any attack word it heads what was protested ("rallied outside the base in protest at the US strikes");
    with no weapon the verb may be a labour strike's ("يضرب الموظفون عن العمل احتجاجا على الأجور"); other protest
    words of the sentence still block."""
    armed = sent.of("killed", "wounded") or any(a.has("t_") for a in sent.attacks())
    return "motive" in c.groups and bool(armed) and any(
        a.end <= c.start and "motive" not in a.groups for a in sent.attacks())


def _looks_back_from_a_repeat(sent: Sentence, c, m: Mention) -> bool:
    """A history word written after the installation in a sentence that tells the attack as a repeat
    ("вновь", "знову", "برای دومین بار", "ikinci kez"): it measures the new attack against earlier ones
    ("... in the past week", "last month there were five"), it does not date it. Before the installation
    it still does ("Last July, rockets hit the base again"). Nor does a prior word after an attack told
    before it: it opens a clause about an earlier one ("hit the base on Sunday, a year after militias
    first targeted it"; but "reopened the base a year after a rocket attack" tells no new attack)."""
    return c.start >= m.end and (bool(sent.of("repeat")) or (
        "prior" in c.groups and any(a.end <= c.start for a in sent.attacks())))


def _earlier_event_clause(doc: Document, sent: Sentence, c: Cue, m: Mention) -> bool:
    """A history word opening a clause of its own that tells an earlier attack, closed by a clause mark before
    the installation, where the main clause after the mark tells an attack with a day of its own ("More than a
    year since the attack on Tower 22, drones struck Al-Tanf on Sunday"): the history word dates the earlier
    attack (an attack word or an installation named in its clause), not this one. A history word with no attack in its clause still dates the sentence ("Last year,
    on Sunday, drones struck the base"); the installation inside the clause stays the earlier event's."""
    if c.end > m.start or not doc.text:
        return False
    mark = next((k for k in marks_at(doc.text, sent, CLAUSE_MARK) if k >= c.end), None)
    if mark is None or mark > m.start:
        return False
    attacks = [a for a in sent.attacks() if not a.has("b_")]
    # the earlier attack: an attack word in the clause, or its target named there (the history phrase may
    # hold the attack word itself: "un an après l'attaque contre la Tour 22")
    return (any(c.end <= a.start and a.end <= mark for a in (*attacks, *sent.named))
            and any("verb" in a.groups and a.start >= mark for a in attacks)
            and any(d.start >= mark for d in sent.of("weekday", "reldate")))


def _after_a_weapon_strike(sent: Sentence, c: Cue, m: Mention) -> bool:
    """An accident word written after a resolved installation, where an attack verb and a weapon written
    before the accident word tell the attack ("Iranian missiles struck Al Udeid air base; a fire broke out in a
    hangar", "удар вызвал детонацию боеприпасов"): the fire or blast is what the strike did there. An unnamed
    installation ("an air base") keeps the blocker: its place is the text's guess, and the accident clause may
    tell of another site (not shown on tune or own reports, but lifting it there moved a benchmark country)."""
    if m.base is None or m.source is not None or c.start < m.end or "caused" in c.groups:
        return False  # a fault a cause word heads says why the aircraft fell ('due to a technical fault'; faults.py)
    before = [a for a in sent.attacks() if a.end <= c.start and not a.has("b_")]
    return any("verb" in a.groups for a in before) and any(a.has("t_") for a in before)


_WARNS = ("ar",)  # the languages the rule has been checked in (own reports)


def _warns_of_more(doc: Document, sent: Sentence, c: Cue, m: Mention) -> bool:
    """A threat written after the installation, and after an attack verb of its sentence, in a clause of its
    own: the attacker or the victim warns of more ("أعلنت المقاومة استهداف قاعدة التنف بطائرة مسيرة، وتوعدت
    بمزيد من العمليات"). The clause opens at a clause mark, or at the conjunction Arabic writes on the threat
    word ('وتوعدت'). A threat before the installation still speaks of it ("وهددت باستهداف قاعدة حرير")."""
    if doc.lex.lang not in _WARNS or m.source is not None or c.start < m.end:
        return False
    if not any("verb" in a.groups and a.end <= c.start and not a.has("b_") for a in sent.attacks()):
        return False
    text = sent.ntext
    clitic = c.start > 0 and text[c.start - 1] == "و" and (c.start == 1 or not text[c.start - 2].isalnum())
    return clitic or clause_break(doc.text, sent, m.end, c.start)
