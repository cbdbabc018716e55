"""Stage 2: candidate installations in a sentence that tells an attack, one per attack clause and base."""

from __future__ import annotations

import functools
import re

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Mention, Sentence, dist, inside
from pipelines.detect.fields.when import years
from pipelines.detect.gazetteer import Base, Gazetteer
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.tolled import soldiers_counted
from pipelines.detect.units import numbered_units
from pipelines.detect.written import clause_break
from pipelines.vocabulary import WEAPON_NOUNS

_MENTION_GROUPS = {"installation": "strong", "installation_plural": "plural", "weak": "weak", "weak_plural": "plural"}
# Words that give an attack sentence a target of its own, so it is not linked to a neighbour's installation.
_OWN_TARGET = ("installation", "installation_plural", "weak", "weak_plural", "anaphora", "excluded", "country")


def mentions(doc: Document, i: int) -> list[Mention]:
    """Candidate installations in sentence i, one per attack clause and base."""
    attacks = doc.sents[i].attacks()
    if not attacks or _only_purposes(doc, doc.sents[i], attacks):
        return []
    out = installations(doc, i)
    if not out:
        return linked(doc, i)
    ends = sorted(a.end for a in attacks)
    for m in out:
        m.clause = sum(1 for e in ends if e <= m.start)
    return _one_per_clause(out, attacks)


# A purpose clause: the attack or interception as a masdar after the purpose prefix, against "any" attack
# ("لصد أي عدوان على القاعدة", "لمواجهة أي هجمات"): what defences are for, no event. The attack word is the
# masdar itself followed by "any", or what "any" opens after such a masdar.
_PURPOSE = {"ar": (re.compile(r"(?:^|\s)[وف]?ل$"), re.compile(r"\w*\s+ا?ی\s"),
                   re.compile(r"(?:^|\s)[وف]?ل\w{3,}\s+ا?ی\s+$"))}


def _only_purposes(doc: Document, sent: Sentence, attacks: list[Cue]) -> bool:
    """Every event word of the sentence is written as a purpose (see _PURPOSE); weapon nouns tell none."""
    rule = _PURPOSE.get(doc.lex.lang)
    if rule is None:
        return False
    events = [a for a in attacks if a.groups & {"verb", "intercept"} or _event_type(a)]
    return bool(events) and all(
        (rule[0].search(sent.ntext, 0, a.start) and rule[1].match(sent.ntext, a.end))
        or rule[2].search(sent.ntext, 0, a.start) for a in events)


def installations(doc: Document, i: int) -> list[Mention]:
    """Every installation sentence i names or refers to, whether or not it tells an attack."""
    sents, lex = doc.sents, doc.lex
    sent = sents[i]
    out = [Mention(h.start, h.end, "named", h.base) for h in sent.named]
    for c in sent.of("installation_plural"):
        out.extend(_coordinated(sent, c, lex, doc.gaz))
    out.extend(numbered_units(doc, sent))
    for c in sent.cues:
        group = _mention_group(c.groups)
        if group is None and "anaphora" in c.groups and not inside(c.start, c.end, sent.named):
            # "the base", "المطار": an anaphora term that is no installation noun of its own is the base named
            # last, or with a qualifier beside it a weak noun ("The camp, which hosts Malian soldiers, ...")
            prior = referred_base(doc, i, c.start)
            if prior is not None:
                out.append(Mention(c.start, c.end, "coref", prior))
            elif _qualified(sent.ntext, c, lex) and not _installation_before(sents, i, c.start):
                out.append(Mention(c.start, c.end, "weak"))
            continue
        if group is None or inside(c.start, c.end, sent.named):
            continue
        m = Mention(c.start, c.end, _MENTION_GROUPS[group])
        if m.kind == "plural" and (_counted(sent, c) or _of_a_numbered_unit(sent, c)):
            m.kind = "strong"  # "two air bases", "three US bases": specific installations, not "bases in the region"
        if group == "weak" and not _qualified(sent.ntext, c, lex) and not _owned(doc, sent, c) \
                and not soldiers_counted(sent, c, lex):
            prior = referred_base(doc, i, c.start) if "anaphora" in c.groups else None
            if prior is None:
                continue
            m.kind, m.base = "coref", prior
        if m.kind in ("strong", "weak"):
            for h in sent.near:
                if abs(h.start - c.end) <= WIN.NEAR_PLACE_CHARS or abs(c.start - h.end) <= WIN.NEAR_PLACE_CHARS:
                    m.kind, m.base = "near", h.base
                    m.place = (h.start, h.end)
                    break
        out.append(m)
    return out


@functools.lru_cache(maxsize=4096)
def _mention_group(groups: frozenset[str]) -> str | None:
    """The first of _MENTION_GROUPS a cue's groups hold (the same few sets recur in every article)."""
    return next((g for g in _MENTION_GROUPS if g in groups), None)


def linked(doc: Document, j: int) -> list[Mention]:
    """An attack sentence that names no target at all ("A drone targeted it on Sunday", "وقد
    استهدفتها طائرة مسيرة") tells the attack on the one installation that the sentence before it
    names without an attack word of its own ("Harir air base hosts US troops."): Arabic, Russian
    and Ukrainian reports often name the base in one sentence and tell the attack in the next. That
    sentence may also write the base again without its name ("وتضم القاعدة مستشارين أمريكيين",
    "این پایگاه میزبان نیروهای آمریکایی است"): an anaphora noun there is the base named last before
    it, even where a qualifier beside it keeps it from being a coreference of its own. The mention
    stands at the end of the attack sentence, so the attack's fields are read there; `source` keeps
    where the installation is written. (Linking to the sentence after, or to the headline, also took
    descriptions of damage elsewhere for attacks; walking back over sentences that name nothing took
    a convoy's strike for one on the base named three sentences before: not done; but see _damaged.)"""
    sent = doc.sents[j]
    if _names_a_target(sent):
        return []
    if not any("verb" in a.groups or _event_type(a) for a in sent.attacks()):
        return []
    return _named_before(doc, j) or _damaged(doc, j)


def _named_before(doc: Document, j: int) -> list[Mention]:
    """The one installation the sentence before the attack sentence j names (see linked)."""
    sents = doc.sents
    if j == 0:
        return []
    before = sents[j - 1]
    if before.attacks() and not (_blasts_only(before) and _refers_back(doc, sents[j])):
        return []  # that sentence tells its own attack
    said = installations(doc, j - 1)
    # an anaphora term that is no mention of its own ("the base") refers back too
    said += [Mention(c.start, c.end, "coref") for c in before.of("anaphora") if all(m.start != c.start for m in said)]
    found = []
    for m in said:
        if m.base is None and any(c.start == m.start for c in before.of("anaphora")):
            m.base = referred_base(doc, j - 1, m.start)
        if m.base is not None and m.kind in ("named", "near", "coref", "strong", "weak"):
            found.append(m)
    if len({m.base.id for m in found}) != 1:
        return []  # that sentence names no installation or several
    m = found[0]
    end = len(sents[j].ntext)
    return [Mention(end, end, "linked", m.base, source=(j - 1, m.start, m.end))]


# An object pronoun on the attack verb ("استهدفتها", "قصفوه") or just after it ("targeted it"): the verb's
# target is written before, so the explosions told there are this attack's.
_SUFFIX_OBJECT = {"ar": re.compile(r"\w{3,}(?:ها|هما|هم|ته|وه)$")}
_WORD_OBJECT = {"en": re.compile(r"\s+(?:it|them)\b")}
# The place of the hit as a pronoun on a preposition, up to two words after the verb ("سقطت عليه", "سقطت
# صواريخ داخلها", "انفجرت فيها"): the verb tells where, and that is the installation written before. With it an
# explosion verb refers back too, where a weapon of the sentence exploded (normalised letters: ی for ي).
_PLACE_OBJECT = {"ar": re.compile(r"(?:\s+\w+){0,2}?\s+[وف]?(?:فی|علی|داخل|الی|نحو|باتجاه|صوب)(?:ها|هما|ه)(?!\w)")}


def _blasts_only(sent: Sentence) -> bool:
    """A sentence whose only attack words are explosions ("دوت انفجارات في قاعدة حرير")."""
    return all("blast" in a.groups for a in sent.attacks())


def _refers_back(doc: Document, sent: Sentence) -> bool:
    """An attack verb in sent whose object or place is a pronoun (see _SUFFIX_OBJECT, _PLACE_OBJECT)."""
    suffix, word = _SUFFIX_OBJECT.get(doc.lex.lang), _WORD_OBJECT.get(doc.lex.lang)
    place = _PLACE_OBJECT.get(doc.lex.lang)
    armed = any(_event_type(a) or a.has("t_") for a in sent.attacks())
    for a in sent.attacks():
        if "verb" not in a.groups:
            continue
        end = a.end + len(re.match(r"\w*", sent.ntext[a.end:]).group())
        if place is not None and ("blast" not in a.groups or armed) and place.match(sent.ntext, end):
            return True
        if "blast" in a.groups:
            continue
        if suffix is not None and suffix.search(sent.ntext[a.start:end]):
            return True
        if word is not None and word.match(sent.ntext, end):
            return True
    return False


def _damaged(doc: Document, j: int) -> list[Mention]:
    """An attack sentence with no target tells the attack on an installation whose damage a
    neighbouring sentence writes: fire or smoke there ("The airfield has been burning since the
    night. Smoke hangs over the runway. A drone attack probably took place."; "Drones attacked
    overnight. A blaze is raging at the air base."). The damage sentence stands within
    DAMAGE_SENTENCES before the attack, with only sentences between that name no target and tell no
    attack (the walk back stops at the first that does), or right after it. It tells no attack of
    its own but explosions beside the fire (explosions alone are an attack told in that sentence:
    not linked), names no other target (a convoy, a depot) and names one installation, or writes the
    damage at an installation's parts (the runway, the aircraft stands), which are those of the
    installation named last before it, where damage is written too. An accident or exercise word
    near them keeps the link off."""
    sents = doc.sents
    ks = [k for k in range(j - 1, j - 1 - WIN.DAMAGE_SENTENCES, -1) if k >= 0]
    for k in (*ks, j + 1):
        if k >= len(sents):
            continue
        found = _damage_at(doc, k)
        if found is not None:
            src, start, end, base = found
            lo, hi = min(src, j), max(k, j)
            if any(sn.of("b_accident", "b_exercise") for sn in sents[max(0, lo - 1):hi + 2]):
                return []
            pos = len(sents[j].ntext)
            return [Mention(pos, pos, "linked", base, source=(src, start, end))]
        if k < j and (_names_a_target(sents[k]) or sents[k].attacks()):
            return []  # the nearest sentence before that names a target or tells an attack is not damage
    return []


def _damage_at(doc: Document, k: int) -> tuple[int, int, int, Base] | None:
    """The one installation whose damage sentence k writes, with where it is named (see _damaged)."""
    sent = doc.sents[k]
    if not sent.of("damage") or any("blast" not in a.groups for a in sent.attacks()):
        return None
    if sent.of("excluded"):
        return None  # damage to another target (a convoy, a depot, homes)
    said = [m for m in installations(doc, k) if m.base is not None and m.kind in ("named", "near", "coref")]
    if said:
        if len({m.base.id for m in said}) != 1:
            return None
        return k, said[0].start, said[0].end, said[0].base
    if not sent.of("part") or _names_a_target(sent):
        return None
    for n in range(k - 1, max(-1, k - 1 - WIN.COREF_SENTENCES), -1):
        named = doc.sents[n].named
        if named:
            if len({h.base.id for h in named}) != 1 or not doc.sents[n].of("damage"):
                return None
            return n, named[0].start, named[0].end, named[0].base
    return None


def _names_a_target(sent: Sentence) -> bool:
    """A sentence that names a place, an installation or another target of its own."""
    return bool(sent.named or sent.near or sent.places or sent.of(*_OWN_TARGET))


def _event_type(c: Cue) -> bool:
    """An attack type that is an event by itself (an air strike, a raid), not a weapon's noun."""
    t = c.has("t_")
    return t is not None and t[2:] not in WEAPON_NOUNS


def _one_per_clause(out: list[Mention], attacks: list[Cue]) -> list[Mention]:
    """In one clause a named base absorbs the generic words around it; the same base twice in a
    sentence is two attacks only if each has its own attack word."""
    by_clause: dict[int, list[Mention]] = {}
    for m in sorted(out, key=lambda m: m.start):
        by_clause.setdefault(m.clause, []).append(m)
    kept: list[Mention] = []
    for group in by_clause.values():
        resolved = [m for m in group if m.base is not None]
        # Unnamed nouns only: the one closest to an attack word is the target ("an outpost's
        # hill base was attacked", "attacked a camp near the outpost").
        pool = resolved or [min(group, key=lambda m: (min(dist(a, m) for a in attacks), m.start))]
        seen: set[str | None] = set()
        for m in pool:
            key = m.base.id if m.base else None
            if key in seen:
                continue
            seen.add(key)
            kept.append(m)
    final: list[Mention] = []
    for m in kept:
        twin = next((f for f in final if f.base is not None and m.base is not None and f.base.id == m.base.id), None)
        if twin is not None and not _own_attack(attacks, m):
            continue
        final.append(m)
    return final


def _coordinated(sent: Sentence, c: Cue, lex: Lexicon, gaz: Gazetteer) -> list[Mention]:
    """Installations named in a coordinated list before a plural noun ("the Engels and Shaykovka
    air bases", "Belaya, Olenya and Ivanovo airfields"): each name with the noun in the singular
    is looked up in the gazetteer, and each one found is its own mention (one report per
    installation). Names the gazetteer already found alone are left as they are."""
    noun = sent.ntext[c.start:c.end]
    singulars = [noun] + [noun[:-k] for k in (1, 2) if noun.endswith("es"[2 - k:]) and len(noun) > k + 2]
    head = sent.ntext[max(0, c.start - WIN.LIST_HEAD_CHARS):c.start]
    base_off = c.start - len(head)
    words = [(m.start() + base_off, m.end() + base_off, m.group())
             for m in re.finditer(r"\w+", head)][-WIN.LIST_HEAD_WORDS:]
    conj = {sent.ntext[x.start:x.end] for x in sent.of("conj")}
    if not any(w in conj for _, _, w in words):
        return []  # not a list
    taken = {h.base.id for h in sent.named}
    covered = [(h.start, h.end) for h in sent.named]
    out: list[Mention] = []
    for j in range(len(words)):
        if words[j][2] in conj:
            continue
        for k in (3, 2, 1):
            run = words[j:j + k]
            if len(run) < k or any(w in conj for _, _, w in run):
                continue
            start, end = run[0][0], run[-1][1]
            if any(start < e and s < end for s, e in covered):
                continue
            name = sent.ntext[start:end]
            for sing in singulars:
                query = f"{name} {sing}"
                hits = [h for h in gaz.find(query) if h.start == 0 and h.end == len(query)]
                if hits and hits[0].base.id not in taken:
                    taken.add(hits[0].base.id)
                    covered.append((start, end))
                    out.append(Mention(start, end, "named", hits[0].base))
                    break
            else:
                continue
            break
    return out


def _counted(sent: Sentence, c: Cue) -> bool:
    """A small count written just before a plural installation noun."""
    for n in sent.of("number"):
        if 0 <= c.start - n.end <= WIN.COUNT_CHARS:
            return True
    before = sent.ntext[max(0, c.start - WIN.COUNT_DIGITS_CHARS):c.start]
    return re.search(r"(?<!\d)[2-9] $", before) is not None


def _of_a_numbered_unit(sent: Sentence, c: Cue) -> bool:
    """A plural installation noun whose owner, written right after it, is a unit with its number ("مواقع اللواء
    90", "positions of the 93rd Brigade"): the sites of one formation, not sites in general."""
    return any(0 <= u.start - c.end <= 1 and re.match(r"\s*\d+(?!\w)", sent.ntext[u.end:])
               for u in sent.of("unit"))


def _own_attack(attacks: list[Cue], m: Mention) -> bool:
    """An attack word shortly before the mention."""
    return any(0 <= m.start - a.end <= WIN.OWN_ATTACK_CHARS for a in attacks)


def _qualified(ntext: str, c: Cue, lex: Lexicon) -> bool:
    """A military qualifier next to a weak installation noun."""
    window = ntext[max(0, c.start - WIN.QUALIFIER_CHARS): c.end + WIN.QUALIFIER_CHARS]
    return lex.qualifier.search(window) is not None


def _installation_before(sents: list[Sentence], i: int, pos: int) -> bool:
    """An installation written before this point of the article: "the base" after it is that one, even unnamed
    ("a rocket landed in a military base ... Troops at the base told reporters"), not a new mention."""
    nouns = ("installation", "installation_plural", "weak", "weak_plural")
    return any(sn.named or sn.near or sn.of(*nouns) for sn in sents[:i]) or any(
        c.end <= pos for c in sents[i].of(*nouns)) or any(h.end <= pos for h in sents[i].named)


def _owned(doc: Document, sent: Sentence, c: Cue) -> bool:
    """A weak noun whose owner is written after the phrase that places it, in the same clause: an owned-by
    word of the lexicon ("يتبع", "تابعا", "used by") within OWNED_BY_CHARS after the noun and a military
    qualifier right after that word ("هاجم مسلحون موقعا في منطقة الطارمية يتبع للجيش العراقي")."""
    links = doc.lex.owned_by
    if not links:
        return False
    text = sent.ntext
    for m in _owned_by_pattern(links).finditer(text, c.end, min(len(text), c.end + WIN.OWNED_BY_CHARS)):
        if doc.lex.qualifier.search(text, m.end(), m.end() + 1 + WIN.OWNED_QUALIFIER_CHARS) is None:
            continue
        if not clause_break(doc.text, sent, c.end, m.start()):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _owned_by_pattern(links: frozenset[str]) -> re.Pattern[str]:
    """The owned-by words as whole words of normalised text (the lexicon's set, compiled once)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, links), key=len, reverse=True)) + r")(?!\w)")


def referred_base(doc: Document, i: int, pos: int) -> Base | None:
    """The installation "the base" at this point of sentence i refers to, read past the article's background
    lines (prior_base with the article's year and lexicon, as every reader of a reference asks)."""
    return prior_base(doc.sents, i, pos, article_year(doc), doc.lex)


def prior_base(sents: list[Sentence], i: int, pos: int, now: int | None, lex: Lexicon) -> Base | None:
    """The installation named last before this point (same sentence, the few before, title). Given the
    article's year `now`, a line dated to an earlier year is background ("In January 2024, a drone killed
    three soldiers at Tower 22"): "the base" after it means the installation the news lines named before
    it, however far back; the background's own stands in only where the news names none."""
    before = [h for h in sents[i].named if h.end <= pos]
    if before:
        return before[-1].base
    background = None
    for j in range(i - 1, max(-1, i - WIN.COREF_SENTENCES - 1), -1):
        if sents[j].named:
            if now is None or not _background(sents[j], now, lex):
                return sents[j].named[-1].base
            background = background or sents[j].named[-1].base
    if sents and sents[0].title and sents[0].named:
        return sents[0].named[-1].base
    if background is not None:
        earlier = reversed(sents[:max(0, i - WIN.COREF_SENTENCES)])
        news = (s for s in earlier if s.named and not _background(s, now, lex))
        return next((s.named[-1].base for s in news), background)
    return None


def _background(sent: Sentence, now: int, lex: Lexicon) -> bool:
    # with the lexicon, as every caller of years() asks: it keeps the sentence's years, and without it a count
    # ("2000 troops") would be kept as a year for them all
    return any(y < now for y in years(sent, lex))


def article_year(doc: Document) -> int | None:
    """The year the article is written in: its publication's, else the latest it mentions."""
    return doc.ref.year if doc.ref is not None else doc.latest
