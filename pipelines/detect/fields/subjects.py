"""Which of a sentence's parties did the attack, where it names more than one: the one that only reports
it yields to the one its statement names, and a name in the genitive is the subject of the verbal noun
after it."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.confirmation import confirmation_terms, official_spans, statement_verbs
from pipelines.detect.document import Cue, Sentence
from pipelines.detect.lexicon import Lexicon, has_lexicon
from pipelines.detect.written import raw_offsets

_COMMAS = (",", "،")


def statement_terms(lex: Lexicon):
    """The statement terms of the lexicon's language (every language's when it has no lexicon)."""
    return confirmation_terms(lex.lang if has_lexicon(lex.lang) else None)


def verb_spans(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of the sentence's statement verbs ("said", "أعلن", "сообщили"), in text order, found once
    for every rule that asks (speakers, the day of a statement, a source phrase)."""
    found = sent.memo.get("statement_verbs")
    if found is None:
        found = sent.memo["statement_verbs"] = statement_verbs(sent.ntext, statement_terms(lex))
    return found


def speakers(sent: Sentence, lex: Lexicon) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentence's speaking officials (spans) and where its statement verbs start, found once."""
    memo = sent.memo.get("speakers")
    if memo is None:
        verbs = verb_spans(sent, lex)
        memo = sent.memo["speakers"] = (official_spans(sent.ntext, statement_terms(lex), verbs), [v[0] for v in verbs])
    return memo


def past_the_sayer(sent: Sentence, lex: Lexicon, actors: list[Cue], national: str | None) -> list[Cue]:
    """The reporting side yields to the attacker its statement names ("Russia said Ukraine attacked",
    "The SDF said a Turkish drone hit", "قالت قوات سوريا الديمقراطية إن طائرة مسيرة تركية"): an actor
    whose statement verb follows it (or, verb first, comes right before it) with no attack word between,
    where another actor or a state's weapon is named after that verb. Alone it keeps its claim
    ("Hezbollah said it fired rockets")."""
    verbs = speakers(sent, lex)[1]
    if not verbs or len(actors) + bool(national) < 2:
        return actors
    weapons = [c.start for c in sent.of("nationality")] if national else []
    out = []
    for a in actors:
        said = next((v for v in verbs if a.end <= v <= a.end + WIN.SUBJECT_CHARS // 2
                     and not any(a.end <= c.start < v for c in sent.attacks())), None)
        if said is None:
            said = next((v for v in verbs if a.start - WIN.SUBJECT_CHARS // 2 <= v < a.start), None)
        named_after = said is not None and (any(b.start > max(said, a.end) for b in actors if b is not a)
                                            or any(w > max(said, a.end) for w in weapons))
        if not named_after:
            out.append(a)
    return out


_PARTIES = frozenset({"actor", "country", "nationality", "patron", "patron_after"})
_TOLLS = frozenset({"intercept", "killed", "wounded"})  # what the attack did or met, not the attack


def genitive_subject(doc: str, sent: Sentence, lex: Lexicon, end: int) -> bool:
    """Where the verb ends the clause, a name in the genitive (the lexicon's owner_link right after it)
    is the subject of the attack verb, verbal noun or weapon after it in its clause ("Ukrayna'nın Belgorod'daki
    bir havaalanına saldırdığını", "İsrail'in ... hava saldırısında"), with no other party and no comma between
    (the own state's genitive, "Rusya'nın havaalanı", is its owner and was left out before)."""
    rest = sent.ntext[end:].split(None, 1)
    if not lex.options.get("verb_final") or not rest or rest[0] not in lex.owner_links:
        return False
    link = sent.ntext.index(rest[0], end) + len(rest[0])
    verb = next((c for c in sent.attacks() if c.start >= link and ("verb" in c.groups or c.has("t_"))
                 and not _TOLLS & c.groups), None)
    return (verb is not None and not comma_in(doc, sent, link, verb.start)
            and not any(link <= x.start < verb.start and x.groups & _PARTIES and not _case_marked(doc, sent, x)
                        for x in sent.cues))


def _case_marked(doc: str, sent: Sentence, c: Cue) -> bool:
    """Whether a name carries a case suffix after an apostrophe ("Suriye'deki", "Kırım'da"): a place or
    an owner, not a bare subject ("Ukrayna İHA'larla saldırdı")."""
    offsets = raw_offsets(doc, sent)
    if not 0 < c.end <= len(offsets):
        return False
    at = sent.start + offsets[c.end - 1] + 1
    return doc[at:at + 1] in ("'", "’")


def claims_itself(sent: Sentence, lex: Lexicon, a: Cue) -> bool:
    """Whether a party that speaks goes on as the subject of the attack it tells: the lexicon's self_claim word
    ("أعلن الجيش الإسرائيلي أنه شن غارات", "l'armée israélienne a annoncé avoir frappé") within a statement
    verb's reach after it, no attack word before that word and one in the two words after it. It claims
    the attack."""
    if not lex.self_claims and not lex.impersonal_claims:
        return False
    reach, far = a.end + WIN.SUBJECT_CHARS // 2, a.end + WIN.SUBJECT_CHARS
    attacks = [c.start for c in sent.attacks() if not _TOLLS & c.groups]
    pos = a.end
    for word in sent.ntext[a.end:].split():
        pos = sent.ntext.index(word, pos)
        if pos > far or any(a.end <= c < pos for c in attacks):
            return False
        if word in lex.impersonal_claims and pos in attacks:
            # "Генштаб ЗСУ повідомляє, що уражено аеродром": a passive with no doer; no other party after the speaker
            return not any(x.start >= a.end for x in sent.of("actor"))
        if pos > reach:
            continue
        if word in lex.self_claims:  # the attack its next word or the one after ("أنه شن غارات")
            after = sent.ntext[pos + len(word):].split()[:2]
            end = pos + len(word) + len(" ".join(after)) + 1
            return (any(pos < c <= end for c in attacks)  # not what it suffered ("أنه تعرض لهجوم")
                    and not any(pos < u.start <= end for u in sent.of("undergo")))
        pos += len(word)
    return False


def speaking_nationality(sent: Sentence, lex: Lexicon) -> Cue | None:
    """A nationality that qualifies the official who speaks ("وزارة الدفاع الروسية", "l'armée israélienne")
    where that speaker claims the attack itself (claims_itself): the state that struck."""
    if not lex.self_claims:
        return None
    after = lex.options.get("qualifier_after_noun")
    for c in sent.of("nationality"):
        for s, e in speakers(sent, lex)[0]:
            gap = c.start - e if after else s - c.end
            if 0 <= gap <= WIN.QUALIFIER_GLUE_CHARS and claims_itself(sent, lex, Cue(c.groups, s, max(e, c.end), c.text)):
                return c
    return None


_LINK_CHARS = 16  # "a base used by the Houthis": the owner link and its articles


def owner_after_link(sent: Sentence, lex: Lexicon, noun: Cue, a: Cue) -> bool:
    """Whether an actor owns the installation noun before it through the lexicon's owner link, with only
    articles besides ("בסיס של חיזבאללה", "a base used by the Houthis", "قاعدة تابعة لـ"): the target's side,
    as a qualifier touching the noun is. Only after the noun: before it a genitive is as often the attack's
    subject ("PKK'nın üsse saldırısı")."""
    gap = sent.ntext[noun.end:a.start]
    if not noun.end <= a.start or len(gap) > _LINK_CHARS:
        return False
    words = gap.split()
    if gap and not gap[-1].isspace():
        words = words[:-1]  # a clitic of the actor's own word ("تابعة لحزب الله": the "ل" of "لحزب")
    words = [w for w in words if w not in lex.articles]
    return bool(words) and " ".join(words) in lex.owner_links


def comma_in(doc: str, sent: Sentence, lo: int, hi: int) -> bool:
    """Whether the raw text between two offsets of the normalised sentence holds a comma (norm()
    drops it): from the end of the word before lo to the start of the word at hi."""
    offsets = raw_offsets(doc, sent)
    if not 0 < lo <= hi < len(offsets):
        return False
    return any(ch in doc[sent.start + offsets[lo - 1] + 1:sent.start + offsets[hi]] for ch in _COMMAS)
