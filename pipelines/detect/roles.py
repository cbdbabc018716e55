"""Tell a denial of a party's role in an attack from a denial of the attack itself."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Sentence

HEADLINE_BLOCKS = ("b_history", "b_exercise", "b_disaster", "b_denial", "b_threat", "b_accident", "b_surveillance")


def denies_a_role(sent: Sentence, c: Cue) -> bool:
    """A denial whose object is a party's role, not the attack: a role word of the lexicon right
    after it ("Iran denied any involvement in the attack", "denied that it was behind the attack",
    "نفت إيران أي علاقة لها بالهجوم"; before it where the verb ends the clause: "İran saldırıyla
    ilgisi olmadığını açıkladı", "saldırının arkasında olduğu iddialarını yalanladı")."""
    return any(0 <= r.start - c.end <= WIN.TOLL_CHARS or 0 <= c.start - r.end <= WIN.TOLL_CHARS
               for r in sent.of("role"))


def frames_the_article(sent: Sentence) -> bool:
    """A lead sentence with a memorial, drill, accident, threat or denial frames the article; a
    denial of a party's role does not, as it grants the attack ("Iran denied it was behind the
    attack on the base")."""
    return any(not (set(c.groups) & set(HEADLINE_BLOCKS) == {"b_denial"} and denies_a_role(sent, c))
               for c in sent.of(*HEADLINE_BLOCKS))
