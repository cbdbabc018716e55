"""Actor: the attacker or claimant as the article writes it, never the target's side or the official who speaks."""

from __future__ import annotations

import re

from pipelines.detect import windows as WIN
from pipelines.detect.actors import default_registry
from pipelines.detect.document import Cue, Document, Mention, Sentence, per_mention
from pipelines.detect.fields.place import where
from pipelines.detect.fields.phrase import phrase_owner
from pipelines.detect.fields.subjects import comma_in as _comma_in
from pipelines.detect.fields.subjects import (claims_itself, genitive_subject, owner_after_link, past_the_sayer, speakers,
                                              speaking_nationality)
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import norm_term
from pipelines.detect.written import as_written, as_written_start

_NAME_WORD = re.compile(r"[A-ZÀ-ɏ][\w'’.-]*|(?:al|el|ad|ar|as|ash|at|az|bin|ibn|of|wal|ul|e|i)(?:-\w+)?$")


def _actor(doc: Document, i: int, m: Mention) -> str | None:
    """The attacker or claimant as the article writes it.

    A claimant named in this sentence first, else an actor here that is not the target's side
    (or the state whose nationality qualifies a weapon here: "Russian missiles"), else the same
    from the nearest sentence before where it acts or speaks (the article's claimant carries over
    to its later reports), else the next sentence, else a claim further down, else attackers named
    only by what they are ("gunmen") as the subject of the attack's own sentence, else an actor
    named further down in a sentence that tells an attack. An actor that qualifies an
    installation ("US forces positions", "قاعدة الاحتلال الأمريكي"), follows an attack word,
    "against" or a host word ("a base housing US forces") is the target, never the attacker, and
    so is the state whose installation it is (its owner); one that makes a statement ("the
    Israeli army said") is its source; one that backs the attacker ("Iran-backed") is its patron.
    """
    sents, lex = doc.sents, doc.lex
    registry = default_registry()
    home = (registry.owners(m.base.country, m.base.stationed) if m.base
            else _unnamed_owners(doc, i, m))
    key = ("actor", home)
    for j in [i, *range(i - 1, -1, -1), i + 1]:
        if not 0 <= j < len(sents):
            continue
        sent = sents[j]
        if j != i and key in sent.memo:
            found = sent.memo[key]
        else:
            found = _claimant(doc.text, sent, lex, home)
            # An actor carried over from another sentence acts or speaks there (an attack word, a
            # statement verb: "the Islamic Resistance announced"); one named in a sentence with
            # neither is background ("the PKK has waged an insurgency since 1984").
            if not found and (j == i or sent.attacks() or speakers(sent, lex)[1]):
                actors = _candidates(doc.text, sent, lex, home)
                if sent.of("accuse") and _claimed(doc, lex, home):
                    actors = [a for a in actors if not _accused(sent, a, lex)]
                if j == i:
                    after = lex.options.get("qualifier_after_noun")
                    actors = [a for a in actors if not (0 <= (a.start - m.end if after else m.start - a.end)
                                                        <= WIN.QUALIFIER_GLUE_CHARS)
                              or _comma_beside(doc.text, sent, a, after)]
                national = _national_weapon(sent, lex, home)
                actors = past_the_sayer(sent, lex, actors, national)
                if not actors and not national:  # "قالت وزارة الدفاع الروسية إنها استهدفت"
                    national = _state_named(lex, speaking_nationality(sent, lex), home)
                if national and all(_source_after(sent, a, lex) for a in actors):
                    actors = []  # "Turkish drones struck ..., the SDF said": the weapon's state, not the source
                found = as_written(doc.text, sent, actors[0]) if actors else national
            if j != i:
                sent.memo[key] = found
        if found:
            return found
    # A claim written further down ("The Taliban took responsibility for the blast") names the
    # attacker of an attack told earlier with none.
    for j in range(i + 2, len(sents)):
        found = _claimant(doc.text, sents[j], lex, home)
        if found:
            return found
    # Then a state force the registry knows by a name it does not scan ("the Pakistan Army",
    # "Azerbaijani forces") as the subject of the attack's own sentence, else attackers named only
    # by what they are there,
    # else a group or state named further down in a sentence that tells an attack ("the drone
    # attack was a special operation of the SBU", "TJP said its members carried out the attack").
    found = _state_subject(doc.text, sents[i], lex, home) or _generic_subject(doc.text, sents[i], lex)
    for j in range(i + 2, len(sents)):
        if found:
            break
        if sents[j].attacks():
            actors = _candidates(doc.text, sents[j], lex, home)
            found = as_written(doc.text, sents[j], actors[0]) if actors else None
    return found


# worked out once per mention: the report's fields, its attack type (which asks who
# attacked) and the merge each ask
actor = per_mention(_actor)


def _unnamed_owners(doc: Document, i: int, m: Mention) -> frozenset[str]:
    """The states whose unnamed installation it is: the country it lies in, unless a nationality
    touching its noun names another state ("a Russian air base in Crimea", "ρωσική αεροπορική βάση"):
    that state holds it instead (as a foreign force stationed at a named one), so the country's own
    forces may be its attacker; so do the forces holding the place it lies in (places.yaml `held_by`)."""
    registry = default_registry()
    country, region, _ = where(doc, i, m)
    place = doc.gaz.place(country, region) if country and region else None
    sent, lex = doc.sents[i], doc.lex
    after = lex.options.get("qualifier_after_noun")
    for c in sent.of("nationality"):
        gap = c.start - m.end if after else m.start - c.end
        if 0 <= gap <= WIN.QUALIFIER_GLUE_CHARS:
            held = lex.value("nationality", c.text)
            if held and held != country and registry.state_of(str(held)) is not None:
                return registry.owners(str(held))
    held = phrase_owner(doc, sent, m)  # "پایگاه ارتش ترکیه در عراق": Turkey's, in Iraq
    if held and held != country and registry.state_of(held) is not None:
        return registry.owners(held)
    return registry.owners(country, place.held_by if place is not None else ())


def _national_weapon(sent: Sentence, lex: Lexicon, home: frozenset[str]) -> str | None:
    """A weapon or attack noun qualified by a nationality ("Russian missiles", "drones ukrainiens",
    "صواريخ إيرانية", "et ukrainsk angrep", "un ataque ucraniano") was fired or made by that state:
    its registry name, unless it owns the installation ("a Russian attack on Engels" names none)."""
    after = lex.options.get("qualifier_after_noun")
    registry = default_registry()
    for c in sent.of("nationality"):
        for w in sent.attacks():
            gap = c.start - w.end if after else w.start - c.end
            if (w.has("t_") or "verb" in w.groups) and 0 <= gap <= WIN.QUALIFIER_GLUE_CHARS:
                entry = registry.state_of(lex.value("nationality", c.text))
                if entry is not None and entry.id not in home:
                    return entry.name
    return None


def _state_named(lex: Lexicon, c: Cue | None, home: frozenset[str]) -> str | None:
    """The registry name of the state a nationality cue names, unless it owns the installation."""
    entry = default_registry().state_of(lex.value("nationality", c.text)) if c is not None else None
    return entry.name if entry is not None and entry.id not in home else None


def _source_after(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """The actor is the subject of a statement verb written after the attack ("..., the SDF said"):
    it tells of the attack, and did not make it, where a state's weapon is named."""
    verbs = speakers(sent, lex)[1]
    return (any(a.end <= v <= a.end + WIN.SUBJECT_CHARS // 2 for v in verbs)
            and not any(c.start >= a.end for c in sent.attacks()))


def _claimed(doc: Document, lex: Lexicon, home: frozenset[str]) -> bool:
    """Whether a sentence of the article names the group that claimed the attack."""
    return any(_claimant(doc.text, sn, lex, home) for sn in doc.sents)


def _accused(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """A party written after an accusation word ("Washington blamed Iran", "an attack it blamed on Iran",
    "اتهمت واشنطن إيران"), or before it where the verb ends the clause ("İran'ı suçladı"): an
    accusation, which a claim in the article outweighs."""
    before = lex.options.get("verb_final")
    return any(0 <= a.start - c.end <= _ACCUSED_CHARS or (before and 0 <= c.start - a.end <= _ACCUSED_CHARS)
               for c in sent.of("accuse"))


def _candidates(doc: str, sent: Sentence, lex: Lexicon, home: frozenset[str]) -> list[Cue]:
    """The sentence's named actors that may be the attacker: not the target's side, its owner,
    the official who speaks, the attacker's patron, the party it answers, the state whose news
    outlet reports it or a party that denies its role in it."""
    return [a for a in sent.of("actor") if not _generic(a) and not target_side(sent, a, lex, doc)
            and not _speaking(sent, a, lex) and not _owner(a, home) and not _patron(sent, a)
            and not _answered(doc, sent, a) and not _outlet_owner(doc, sent, a, lex) and not _disowns(sent, a)]


def _patron(sent: Sentence, a: Cue) -> bool:
    """A state or group that backs the attacker, not the attacker: a patron word right before it
    ("backed by Iran", "affiliée à Al-Qaïda", "مدعومة من إيران") or right after it ("Iran-backed",
    "İran destekli")."""
    gap = WIN.PATRON_CHARS
    return (any(0 <= a.start - c.end <= gap for c in sent.of("patron"))
            or any(0 <= c.start - a.end <= gap for c in sent.of("patron_after")))


def _generic(a: Cue) -> bool:
    """An attacker named only by what it is ("gunmen"; the registry's generic entry)."""
    entry = default_registry().resolve(a.text)
    return entry is not None and entry.generic


def _generic_subject(doc: str, sent: Sentence, lex: Lexicon) -> str | None:
    """The last resort: attackers named only by what they are, as the subject of the attack's own
    sentence ("heavily armed gunmen stormed the camp"): an attack word right after them, or the
    word itself says they attacked, or (verb first) an attack verb right before them ("هاجم مسلحون")."""
    vso = lex.options.get("subject_after_verb")
    # a weapon phrase may hold them too ("militants stormed", "هاجم مسلحون")
    held = [c for c in sent.attacks() if c.has("t_") and "actor" not in c.groups and _generic(c)]
    for a in [*sent.of("actor"), *held]:
        if not _generic(a) or target_side(sent, a, lex, doc):
            continue
        if a.has("t_") or any(0 <= c.start - a.end <= WIN.SUBJECT_CHARS for c in sent.attacks()):
            return as_written(doc, sent, a)
        # ... or they claimed it ("Dschihadisten bekannten sich zu der Tat"), or did the passive
        # ("diserang orang tak dikenal", "attacked by gunmen")
        if (any(0 <= c.start - a.end <= WIN.CLAIM_CHARS for c in sent.of("claim"))
                or _passive_doer(sent, a, lex)):
            return as_written(doc, sent, a)
        # the agent marker makes it the doer however long the object between ("आतंकवादियों ने ... हमला किया")
        if (any(0 <= g.start - a.end <= WIN.AGAINST_CHARS for g in sent.of("agent"))
                and any(c.start >= a.end and not {"intercept", "killed", "wounded"} & c.groups
                        for c in sent.attacks())):
            return as_written(doc, sent, a)
        if vso and any(0 <= a.start - c.end <= WIN.AGAINST_CHARS for c in sent.attacks() if "verb" in c.groups):
            return as_written(doc, sent, a)
    return None


def _state_subject(doc: str, sent: Sentence, lex: Lexicon, home: frozenset[str]) -> str | None:
    """A state's forces as the subject of the attack's own sentence, named in a form the registry
    resolves but does not scan (its not_cues: states are named as the target's side more often):
    an attack word right after the name ("the Pakistan Army shelled"), the agent marker where the
    doer takes one ("पाकिस्तानी सेना ने") or the genitive of a verbal noun ("Ukrayna'nın ... saldırdığını");
    never the installation's own state."""
    registry = default_registry()
    if registry.regex is None:
        return None
    text = sent.ntext
    for start in (0, *(k + 1 for k, ch in enumerate(text) if ch == " ")):
        m = registry.regex.match(text, start)
        if not m:
            continue
        entry = registry.resolve(m.group())
        if entry is None or entry.kind != "state" or entry.generic or entry.id in home:
            continue
        end = m.end()
        # a scanned cue was judged already; a patron backs the attacker ("Iran-backed"); the victim of a
        # verb of suffering is the target's side ("قال الجيش الأمريكي إنه تعرض لهجوم"), as a scanned one is
        named = Cue(frozenset(), start, end, m.group())
        if (any(a.start < end and start < a.end for a in sent.of("actor"))
                or any(0 <= c.start - end <= WIN.PATRON_CHARS for c in sent.of("patron_after"))
                or _sufferer(sent, named, lex, doc)):
            continue
        # an interception word is the defender's ("the army repulsed an attack"); a toll word tells
        # what the attack did, not who did it ("an outpost in Jordan overnight, killing three")
        if (any(0 <= c.start - end <= WIN.OBJECT_CHARS for c in sent.attacks()
                if not {"intercept", "killed", "wounded"} & c.groups)
                or any(0 <= g.start - end <= WIN.AGAINST_CHARS for g in sent.of("agent"))
                or (start == 0 and _topic_of_a_final_verb(doc, sent, lex, end))
                or claims_itself(sent, lex, named) or genitive_subject(doc, sent, lex, end)):
            return as_written(doc, sent, named)
    return None


def _topic_of_a_final_verb(doc: str, sent: Sentence, lex: Lexicon, end: int) -> bool:
    """Where the verb ends the clause, a name that opens the sentence set off by a comma is its subject
    ("Rusya, Ukrayna'daki bir askeri havaalanını füzelerle vurdu"): an attack verb follows and no
    statement verb does ("ABD, ... saldırdığını açıkladı" tells of the attack)."""
    return (bool(lex.options.get("verb_final")) and _comma_in(doc, sent, end, end + 1)
            and any(c.start >= end and "verb" in c.groups for c in sent.attacks())
            and not any(v >= end for v in speakers(sent, lex)[1]))


def _owner(a: Cue, owners: frozenset[str]) -> bool:
    """A state force whose installation it is (registry.owners): the attacked side ("the Israeli
    army said a drone hit a base near Safed"), whatever its place in the sentence."""
    if not owners:
        return False
    entry = default_registry().resolve(a.text)
    return entry is not None and entry.id in owners


def _speaking(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """The actor is the official making the sentence's statement ("the Pentagon said"), not the attacker."""
    spans, verbs = speakers(sent, lex)
    if not any(a.start < end and start < a.end for start, end in spans) or claims_itself(sent, lex, a):
        return False  # "أعلن الجيش الإسرائيلي أنه شن غارات": it speaks of its own attack
    if any(0 <= c.start - a.end <= WIN.OBJECT_CHARS and "verb" in c.groups and not any(a.end <= v < c.start for v in verbs)
           for c in sent.attacks()):
        return False  # the subject of the attack verb right after it ("mengatakan militer Ukraina menyerang")
    if any(a.start - WIN.SUBJECT_CHARS // 2 <= v < a.start for v in verbs):
        return True  # "وقال الجيش ...", "said the army": the verb introduces the speaker
    # "The armed forces struck the airfield overnight, they said": the subject of the attack
    # verb is the attacker even when it also speaks.
    said = min((v for v in verbs if v >= a.end), default=len(sent.ntext))
    return not any(a.end <= c.start < min(said, a.end + WIN.SUBJECT_CHARS) for c in sent.attacks())


def _claimant(doc: str, sent: Sentence, lex: Lexicon, home: frozenset[str] = frozenset()) -> str | None:
    """The group that claimed the attack: a lexicon actor near a claim word, else (Latin script)
    the capitalised name written just before it ("... calling itself Saraya X claimed ...")."""
    claims = sent.of("claim")
    if not claims:
        return None
    for c in claims:
        near = [a for a in sent.of("actor") if -WIN.CLAIM_OVERLAP_CHARS <= c.start - a.end <= WIN.CLAIM_CHARS
                and not _generic(a) and not target_side(sent, a, lex, doc) and not _owner(a, home)
                and not _patron(sent, a)]
        if near:
            return as_written(doc, sent, _apposition_head(doc, sent, near, c))
        head = as_written_start(doc, sent, c)
        if head is None:
            continue
        raw = doc[sent.start:sent.end]
        name = _capitalised_name(raw[max(0, head - WIN.CLAIM_NAME_CHARS):head].split())
        if name and name[0] and norm_term(name[0]) in lex.articles:
            name.pop(0)
        if name:
            return " ".join(name)
    return None


def _apposition_head(doc: str, sent: Sentence, near: list[Cue], claim: Cue) -> Cue:
    """The claimant among the actors before a claim word: the nearest, unless it stands set off by
    commas right after another ("JNIM, al-Qaeda's affiliate in the Sahel, claimed ..."), where it
    only describes the one before."""
    last = near[-1]
    if len(near) > 1 and _comma_between(doc, sent, near[-2], last) and _comma_in(doc, sent, last.end, claim.start):
        return near[-2]
    return last


def _capitalised_name(words: list[str]) -> list[str]:
    """The run of name words that ends a list of words: two or more, or one acronym."""
    name: list[str] = []
    for w in reversed(words):
        w2 = w.strip(",;:()\"“”")
        if w2 != w and name:
            break
        if not w2 or not _NAME_WORD.fullmatch(w2):
            break
        name.insert(0, w2)
    while name and not name[0][:1].isupper():
        name.pop(0)
    if name and len(name) >= 2 or (name and len(name[0]) > 3 and name[0].upper() == name[0]):
        return name
    return []


def target_side(sent: Sentence, a: Cue, lex: Lexicon, doc: str | None = None) -> bool:
    """An actor that names the attacked side: it qualifies an installation next to it (a comma
    between them ends the subject instead: "Nujaba Hareketi, Harir üssüne saldırdı"), it is the
    object of an attack word or of "against"/"on" (SVO languages), or the garrison written after a
    host word ("housing", "home to", "التي تضم")."""
    key = ("target", a.start)
    if key in sent.memo:
        return sent.memo[key]
    places = [*sent.named, *sent.of("installation", "installation_plural", "weak", "weak_plural")]
    glue = WIN.QUALIFIER_GLUE_CHARS
    after = lex.options.get("qualifier_after_noun")
    if after:
        out = any(0 <= a.start - p.end <= glue for p in places)
    else:
        out = any(0 <= p.start - a.end <= glue for p in places)
    if out and doc is not None and _comma_beside(doc, sent, a, after):
        out = False
    if not out:  # its owner after the noun and an owner link: "בסיס של חיזבאללה", "a base used by the Houthis"
        out = any(owner_after_link(sent, lex, p, a) for p in places)
    if not out:  # the noun "against" governs: after a preposition, before a postposition ("कैंप पर")
        post = lex.options.get("postpositions")
        out = any(0 <= (c.start - a.end if post else a.start - c.end) <= WIN.AGAINST_CHARS for c in sent.of("against"))
    if not out:  # "a base housing US forces", "قاعدة تضم القوات الأمريكية": the garrison
        out = any(0 <= a.start - c.end <= WIN.HOST_CHARS for c in sent.of("host"))
    if not out:  # "Israeli troops came under attack", "تعرض الجيش الإسرائيلي لهجوم": the victim
        out = _sufferer(sent, a, lex, doc)
    if not out and lex.options.get("object_after_verb") and not _passive_doer(sent, a, lex) \
            and not any(0 <= g.start - a.end <= WIN.AGAINST_CHARS for g in sent.of("against")):
        # a comma after the verb ends its clause: "In response to Israeli strikes, Hezbollah fired"; an
        # "against" after it names the object instead ("une attaque du JNIM contre un camp")
        out = any(0 <= a.start - c.end <= WIN.OBJECT_CHARS and not (doc and _comma_between(doc, sent, c, a))
                  for c in sent.attacks() if "verb" in c.groups or "intercept" in c.groups)
    sent.memo[key] = out
    return out


def _sufferer(sent: Sentence, a: Cue, lex: Lexicon, doc: str | None) -> bool:
    """The subject of a verb of suffering or of a passive attack verb (group undergo: "came under",
    "suffered", "הותקפו", "подверглись"): written right before it with no attack word between, or right
    after it where the verb comes first ("تعرضت القوات الأمريكية لهجوم")."""
    vso = lex.options.get("subject_after_verb")
    for start, end in _undergo_spans(sent, lex):
        if vso and 0 <= a.start - end <= WIN.OBJECT_CHARS:
            return True
        # a comma between sets off a clause about it ("The Houthis, who suffered US strikes, fired")
        if (0 <= start - a.end <= WIN.SUBJECT_CHARS // 2 and not any(a.end <= c.start < start for c in sent.attacks())
                and not (doc and _comma_in(doc, sent, a.end, start))):
            return True
    return False


def _undergo_spans(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the sentence's verbs of suffering stand: the group's cues, and attack verbs whose whole
    word with its clitic prefix is one (the scan reads "הותקפו" as the prefix "הו" and "תקפו")."""
    spans = sent.memo.get("undergo")
    if spans is None:
        spans = [(u.start, u.end) for u in sent.of("undergo")]
        for c in sent.attacks():
            word = sent.ntext.rfind(" ", 0, c.start) + 1
            if word < c.start and "verb" in c.groups and "undergo" in lex.groups(sent.ntext[word:c.end]):
                spans.append((word, c.end))
        sent.memo["undergo"] = spans
    return spans


def _comma_beside(doc: str, sent: Sentence, a: Cue, before: bool) -> bool:
    """A comma written right after the actor (right before it where qualifiers follow their noun)."""
    return _comma_in(doc, sent, a.start - 1, a.start) if before else _comma_in(doc, sent, a.end, a.end + 1)


def _passive_doer(sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """The doer of a passive, written after its agent word with only articles between ("attacked by
    the Taliban", "visée par le Hezbollah", "diserang oleh KKB"): the attacker, not the verb's object."""
    return any(0 <= a.start - c.end <= WIN.PATRON_CHARS + 1
               and all(w in lex.articles for w in sent.ntext[c.end:a.start].split())
               for c in sent.of("agent_by"))


def _comma_between(doc: str, sent: Sentence, first: Cue, last: Cue) -> bool:
    """A comma written between two cues of the sentence."""
    return _comma_in(doc, sent, first.end, last.start)


def _answered(doc: str, sent: Sentence, a: Cue) -> bool:
    """The party the attackers answer, not the attacker: named in the same clause right after a
    motive word ("in retaliation for Israel's war on Gaza", "در پاسخ به جنایات اسرائیل", "в ответ на
    удары Израиля"), or right before one written after its cause ("İsrail'in saldırılarına misilleme
    olarak"). A comma ends the clause ("In response to the strikes, Hezbollah fired ...")."""
    for c in sent.of("motive"):
        post = "prior_after" in c.groups  # a postposition: the cause comes before it
        lo, hi = (a.end, c.start) if post else (c.end, a.start)
        if 0 <= hi - lo <= _ANSWERED_CHARS and not _comma_in(doc, sent, lo, hi):
            return True
    return False


def _outlet_owner(doc: str, sent: Sentence, a: Cue, lex: Lexicon) -> bool:
    """A state named as the owner of the news outlet that reports the attack ("Iran's Tasnim news
    agency", "Iran's state television", "خبرگزاری تسنیم ایران"): the reporting source, not the
    attacker. Its qualifier touches the outlet's words (the lexicon's media nouns, an outlet's own
    name between) in the same clause. A group's own channel carries its claims, so only states."""
    media = sent.of("media")
    if not media:
        return False
    entry = default_registry().resolve(a.text)
    if entry is None or entry.kind != "state":
        return False
    after = lex.options.get("qualifier_after_noun")
    for c in media:
        lo, hi = (c.end, a.start) if after else (a.end, c.start)
        if 0 <= hi - lo <= _OUTLET_CHARS and not _comma_in(doc, sent, lo, hi):
            return True
    return False


def _disowns(sent: Sentence, a: Cue) -> bool:
    """A party that denies its role in the attack ("Iran denied any involvement in the attack",
    "ونفت إيران أي علاقة لها بالهجوم"): the subject of a denial whose object is a role word of the
    lexicon (roles.denies_a_role), written right before the denial or right after it (verb first)."""
    roles = sent.of("role")
    if not roles:
        return False
    return any(any(0 <= r.start - c.end <= WIN.TOLL_CHARS or 0 <= c.start - r.end <= WIN.TOLL_CHARS for r in roles)
               and (0 <= c.start - a.end <= WIN.SUBJECT_CHARS or 0 <= a.start - c.end <= WIN.SUBJECT_CHARS // 2)
               for c in sent.of("b_denial"))


_ACCUSED_CHARS = 25  # "blamed Iran", "blamed on Iran", "اتهمت واشنطن إيران": the accused right after the word
_OUTLET_CHARS = 20  # "Iran's Tasnim news agency": the outlet's own name between the state and the noun
_ANSWERED_CHARS = 40  # a party this far from a motive word is its cause (place.py reads it the same way)

