"""An attack as the topic of what came after it: a hearing, a question put to officials, a lawsuit, a trial, a
medal or a promotion. The sentence's news is that proceeding; the attack it names is an earlier one."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence

# How far from the aftermath word the attack phrase it takes as its topic may be written ("questioned Pentagon
# officials on Tuesday about the drone attack", "Aktütün baskınında kahramanlık gösteren subaylar ... terfi etti").
TOPIC_CHARS = 70
# A recent day written this close before the first attack cue qualifies the attack ("about Sunday's attack").
DAY_BEFORE_CHARS = 4
# A relative clause holds its own object and time phrase before the aftermath verb it describes the subject of.
RELATIVE_EXTRA_CHARS = 30


def attack_discussed(sent: Sentence, marks: Callable[[], list[int]], verb_final: bool, after_noun: bool = False) -> bool:
    """Every attack cue of the sentence is the topic of a word of the lexicon's `aftermath` group: written
    within TOPIC_CHARS after it (before it in a verb-final language, where the topic precedes the verb: "Dağlıca
    taburuna düzenlenen saldırıyı sordu") with no clause mark between (nor, there, a conjunction); no claim, and
    no word of today or recent day that dates the attack phrase itself (after its first cue and before any later aftermath word, or right
    before it: "about the attack on the base on Sunday", "about Sunday's attack" may be the news; "in a hearing
    on Tuesday" dates the hearing). "Drones struck the base on Monday, and senators
    questioned the minister" tells its attack in a clause of its own. Where qualifiers follow their noun
    (`after_noun`: Hebrew, Arabic, Indonesian), a day written before the attack noun is no qualifier of it but the
    proceeding's ("ועדת החוץ והביטחון דנה ביום שני במתקפת הכטב"ם": the committee met on Monday)."""
    topics = sent.of("aftermath")
    # an air-defence system named as a noun tells no event ("lessons for air defences")
    attacks = [a for a in sent.attacks() if "defence" not in a.groups]
    if not topics or not attacks or sent.of("claim"):
        return False
    # a word of 'after' between them makes the attack what the proceeding followed, not its topic ("met the
    # commanders after the attack", "saldırının ardından komutanlarla görüştü")
    cut = sorted([*marks(), *(c.start for c in sent.of("after"))])
    if verb_final:
        # a conjunction after the attack opens another clause ("... هدف حمله قرار گرفت و نمایندگان ... سؤال کردند")
        cut = sorted([*cut, *(c.start for c in sent.of("conj"))])
    relatives = [] if verb_final else sent.of("relative")
    if not all(_a_topic(a, topics, cut, verb_final) or _describes_the_subject(a, topics, relatives, cut)
               for a in attacks):
        return False
    first, last = min(a.start for a in attacks), max(a.end for a in attacks)
    if verb_final and any(0 <= first - d.end <= TOPIC_CHARS and not any(d.end <= k < first for k in cut)
                          for d in sent.of("current", "reldate")):
        return False  # "dün gece ... düzenlenen saldırıyı görüştü": a word of today or yesterday in the topic dates it
    # a day written after the attack phrase and after an aftermath word there is the proceeding's ("... in a
    # hearing on Tuesday"); so is any day after the attack in a verb-final language, where the topic comes first
    before = 0 if after_noun else DAY_BEFORE_CHARS
    return not any(d.end > first - before and not (verb_final and d.start > last) and not any(
        last <= t.start and t.end <= d.start for t in topics) for d in sent.of("current", "reldate", "weekday"))


def _describes_the_subject(a: Cue, topics: list[Cue], relatives: list[Cue], cut: list[int]) -> bool:
    """The attack cue is in a relative clause ("who", "yang") of the subject of an aftermath word written after
    it: "Two officers who defended the base during the missile attack were promoted", "Prajurit yang
    mempertahankan pos TNI saat diserang KKB menerima penghargaan". The clause describes who is honoured or
    tried; its attack is an earlier one. No clause mark between the pronoun and the aftermath word."""
    return any(r.end <= a.start and a.end <= t.start and t.start - r.end <= TOPIC_CHARS + RELATIVE_EXTRA_CHARS
               and not any(r.start <= k < t.start for k in cut) for r in relatives for t in topics)


def _a_topic(a: Cue, topics: list[Cue], cut: list[int], verb_final: bool) -> bool:
    """An aftermath word takes the attack cue as its topic: on its topic side, near, no clause mark between."""
    for t in topics:
        lo, hi = (a.end, t.start) if verb_final else (t.end, a.start)
        if 0 <= hi - lo <= TOPIC_CHARS and not any(lo <= k < hi for k in cut):
            return True
    return False
