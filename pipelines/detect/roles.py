"""Tell a denial of a party's role in an attack from a denial of the attack itself."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.dates import years
from pipelines.detect.document import Cue, Sentence
from pipelines.detect.lexicon import Lexicon

HEADLINE_BLOCKS = ("b_history", "b_exercise", "b_disaster", "b_denial", "b_threat", "b_accident", "b_surveillance")


def denies_a_role(sent: Sentence, c: Cue, lex: Lexicon) -> bool:
    """A denial whose object is a party's role, not the attack: a role word of the lexicon right
    after it ("Iran denied any involvement in the attack", "denied that it was behind the attack",
    "نفت إيران أي علاقة لها بالهجوم", "تکذیب کرد که پشت این حمله بوده"), or before it; where the
    denied clause is written before its verb (lexicon option object_clause_before_verb) only before
    it ("İran saldırıyla ilgisi olmadığını açıkladı", "saldırının arkasında olduğu iddialarını
    yalanladı"): one after it belongs to the next clause ("iddiaları yalanladı; iddiaların arkasında
    olduğu hesaplar")."""
    before_only = bool(lex.options.get("object_clause_before_verb"))
    return any((not before_only and 0 <= r.start - c.end <= WIN.TOLL_CHARS) or 0 <= c.start - r.end <= WIN.TOLL_CHARS
               for r in sent.of("role"))


def frames_the_article(sents: list[Sentence], k: int, lex: Lexicon) -> bool:
    """Whether lead sentence k, with a memorial, drill, accident, threat or denial, frames the article.
    A denial of a party's role does not, as it grants the attack ("Iran denied it was behind the attack
    on the base"). Nor does a threat alone written after a sentence that tells an attack (not one it
    threatens): the claimant or the victim warns of more ("The group warned it would continue"), or the group's
    earlier threat is recalled ("وكانت الفصائل قد هددت الأسبوع الماضي بتصعيد عملياتها").
    Every candidate asks about the same lead sentences: the answer is kept in the sentence's memo."""
    sent = sents[k]
    found = sent.memo.get("frames_the_article")
    if found is None:
        found = sent.memo["frames_the_article"] = _frames(sents, k, lex)
    return found


def _frames(sents: list[Sentence], k: int, lex: Lexicon) -> bool:
    """frames_the_article() worked out."""
    sent = sents[k]
    framing = [c for c in sent.of(*HEADLINE_BLOCKS)
               if not (set(c.groups) & set(HEADLINE_BLOCKS) == {"b_denial"} and denies_a_role(sent, c, lex))]
    classes = [set(c.groups) & set(HEADLINE_BLOCKS) for c in framing]
    # a threat dated in the past ("the factions had threatened last week to escalate") is the same aside
    if framing and {"b_threat"} in classes and all(g <= {"b_threat", "b_history"} for g in classes):
        # ... unless the attack before is itself dated ("Drones attacked Tower 22 in January 2024. Last month,
        # militias warned they could strike again": a look back, framed as before)
        dated = any("b_history" in g for g in classes)
        return not any(sn.attacks() and not sn.of("b_threat") and not (dated and _dated(sn)) for sn in sents[:k])
    return bool(framing)


def _dated(sent: Sentence) -> bool:
    """A sentence that names a month or a year."""
    return bool(sent.of("month")) or bool(years(sent.ntext))
