"""Tell a denial of a party's role in an attack from a denial of the attack itself."""

from __future__ import annotations

from pipelines.detect import windows as WIN
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
    threatens): the claimant or the victim warns of more ("The group warned it would continue")."""
    sent = sents[k]
    framing = [c for c in sent.of(*HEADLINE_BLOCKS)
               if not (set(c.groups) & set(HEADLINE_BLOCKS) == {"b_denial"} and denies_a_role(sent, c, lex))]
    if framing and all(set(c.groups) & set(HEADLINE_BLOCKS) == {"b_threat"} for c in framing):
        return not any(sn.attacks() and not sn.of("b_threat") for sn in sents[:k])
    return bool(framing)
