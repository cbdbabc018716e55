"""Place: where an unresolved installation lies, the base a generic mention refers to, and the mention as written."""

from __future__ import annotations

import re

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Mention, Sentence, dist, per_mention, span
from pipelines.detect.fields.borders import neighbours
from pipelines.detect.fields.doer import attack_doer
from pipelines.detect.fields.phrase import BASES_ABROAD, abroad_owner, in_phrase, namesake_country, phrase_place
from pipelines.detect.fields.home import assault_home, clause_between as _clause_between, groups_home as _groups_home
from pipelines.detect.fields.source import clause_opening, in_source, sayer_country, speaker_nationality
from pipelines.detect.gazetteer import Base, Hit, PlaceHit
from pipelines.detect.normalize import norm
from pipelines.detect.written import as_written, as_written_start

_CAP_WORD = re.compile(r"[^\W\d_][\w'’-]*$")
# A dateline opens its line: the town the report is filed from, then perhaps a date and the agency in
# brackets, then a dash ("ERBIL (Kurdistan 24) – ...", "BAGHDAD, May 3 (Reuters) - ...").
_DATELINE = re.compile(r"\s*[^\W\d_][\w'’.]*(?: [^\W\d_][\w'’.]*){0,3}"  # the town: up to four words
                       r"\s*(?:,[^()—–\n]{0,24})?\s*(?:\([^()\n]{0,40}\)\s*)?[—–-]\s")
_LIST_MARKS = (",", "&")
_SUBJECT_CHARS = 12  # a country word this close before the attack words may be their subject ("Israel's jets struck"),
# not one with a clause between ("Pakistan's army said gunmen attacked": the army reports)
_SUBJECT_FAR_CHARS = 30  # with no known word between: "Россия нанесла массированный удар по ..."
_VERB_SUBJECT_CHARS = 2  # "قصفت إسرائيل قاعدة": the subject right after the verb
_CLAUSE_END = re.compile(r"[;:()\[\]|–—؛]| - ")  # ends a clause, where a comma may only close the subject
_MOTIVE_CHARS = 40  # "in response to the crimes of the enemy in the Gaza Strip": a place this far after a motive word
_NATIONALITY_BEFORE_CHARS = 1  # "the Iranian city of X": the nationality right before the town noun
_NATIONALITY_AFTER_CHARS = 24  # "مدينة نيكشه الإيرانية": after the noun and the town's name (up to three words)
_NOUNS_CAPITALISED = ("de",)  # a capital marks every noun, not a name ("wurde Ziel eines Angriffs")
_ARTICLE_CHARS = 3  # "la", "el", "the": a word this short between a passive's agent word and its doer
_BORDER_CHARS = 30  # "the border with the Central African Republic": border word to country, joined countries included
_FROM_WORDS = {"ar": ("من",)}  # "from" as a word of its own
_FROM_CLITICS = {"he": ("מ", "ומ", "מה", "ומה", "שמ")}  # "from", "and from", "from the", "that from"
_NOUN_WORDS = frozenset({"installation", "weak"})  # "военный пост": the noun's own words, not another party
_OWNER_CHARS = 20  # "a Pakistani army security post", "un poste de l'armée pakistanaise": nationality to noun

def placed_in_its_sentence(doc: Document, i: int, m: Mention) -> bool:
    """Whether the installation's own sentence places it, not a sentence around it or the article."""
    country, _, j = where(doc, i, m)
    return country is not None and j == i


def _where(doc: Document, i: int, m: Mention) -> tuple[str | None, str | None, int | None]:
    """Country and region the text gives for an unresolved installation, and the sentence that gives them.

    Its own sentence first, then the one before, then the title, then the lines after it (a
    headline's "army base" is placed by the lede under it). In each, a town or province the
    gazetteer knows ("in Abyan", "near Kirkuk") places it better than a country word, which may
    name the base's owner ("a Turkish base in Duhok") rather than where it lies, unless the place
    is far off in the sentence and the country word near. Neither counts right after an origin
    word ("fired from Iraq"): that is where the attack came from; nor as the group's patron or
    the attack's motive ("Iran-backed", "in support of Gaza").
    """
    sents, said = doc.sents, []
    for j in (i, i - 1, 0, *range(i + 1, i + 1 + WIN.PLACE_AFTER_SENTENCES)):
        if j < 0 or j >= len(sents):
            continue
        sent = sents[j]
        origins = sent.of("origin")  # "fired from southern Lebanon": where the attack came from, not where it hit
        places = [p for p in (*sent.places, *sent.near, *(sent.named if j < i else ()))
                  if not _after_origin(p, origins) and not _dateline(doc, sent, p) and not _aside(sent, p)
                  and not _from_clitic(doc, sent, p)]
        countries = [c for c in sorted((*sent.of("country"), *_nationality_of_a_town(doc, sent)), key=lambda c: c.start)
                     if not _after_origin(c, origins) and not _aside(sent, c) and not _across_a_border(doc, sent, c)
                     and not _from_clitic(doc, sent, c) and not in_source(doc, sent, c)
                     and not _in_dateline(doc, sent, c) and not _accused(doc, sent, c)
                     and not _passive_doer(doc, sent, c) and not _groups_home(doc, sent, c)
                     and not attack_doer(doc, sent, c, m if j == i else None)
                     and not (j == i and abroad_owner(doc, sent, c, m))
                     and (not _striker_elsewhere(doc, sent, c) if j != i
                          else dist(c, m) <= WIN.OWN_COUNTRY_CHARS and not _attacker_side(doc, sent, c, m))]
        if j == i:  # the sayer's country places it only where nothing else does (below)
            said, countries = [c for c in countries if sayer_country(doc, sent, c)] \
                or speaker_nationality(doc, sent, BASES_ABROAD), [c for c in countries if not sayer_country(doc, sent, c)]
        p = (min(places, key=lambda p: dist(p, m)) if j == i else places[0]) if places else None
        # In its own sentence a place far off ("BAGHDAD, ... rockets hit a base in Syria") yields to
        # a country word written next to the installation.
        if p is not None and not (j == i and countries and dist(p, m) > WIN.OWN_COUNTRY_CHARS):
            if isinstance(p, PlaceHit) and (q := namesake_country(doc, sent, p, countries)) is not None:
                return (*_country_of(doc, sent, q), j)  # "استان کردستان عراق": a namesake, placed by its country
            if isinstance(p, PlaceHit):  # the place's own name: one region however the article spells it
                return p.place.country, p.place.name, j
            return p.base.country, sent.ntext[p.start:p.end], j
        if not countries:
            continue
        phrase = in_phrase(doc, sent, countries, m) if j == i else []
        c = phrase_place(doc, sent, phrase, m) if phrase else min(countries, key=lambda c: dist(c, m)) if j == i \
            else countries[0]
        return *_country_of(doc, sent, c), j
    if said:
        return *_country_of(doc, doc.sents[i], said[0]), i
    found = _article_country(doc)
    return (found, None, None) if found else (*_owner_nationality(doc, doc.sents[i], m), i)


# worked out once per mention: merging, the fields and the actor all ask
where = per_mention(_where)


def _country_of(doc: Document, sent: Sentence, c: Cue) -> tuple[str | None, str | None]:
    """The country a country word names and its region as written (with a direction right before it)."""
    region = sent.ntext[c.start:c.end]
    for d in sent.of("direction"):
        if 0 <= c.start - d.end <= 2:
            region = sent.ntext[d.start:c.end]
    value = doc.lex.value("country" if "country" in c.groups else "nationality", c.text)
    return (str(value) if value else None), region


def _owner_nationality(doc: Document, sent: Sentence, m: Mention) -> tuple[str | None, str | None]:
    """The owner's country, where nothing else in the article places the installation: a nationality on
    the noun itself ("a Pakistani security post", "un camp militaire malien") of a state not in BASES_ABROAD
    (or of one that has it beside its own border: _by_own_border),
    with only the noun's own words between (no other cue: "Pakistani Taliban camp") and no clause mark;
    else the home of the group that stormed it (home.assault_home)."""
    for c, value in _nationalities(doc, sent):
        gap = m.start - c.end if c.end <= m.start else c.start - m.end
        if (not 0 <= gap <= _OWNER_CHARS or _clause_between(doc, sent, *sorted((c, m), key=lambda x: x.start))
                or _across_a_border(doc, sent, c)):  # "camps near the Afghan border" lie beside it
            continue
        lo, hi = min(c.end, m.end), max(c.start, m.start)
        if any(lo <= x.start and x.end <= hi and not x.groups & _NOUN_WORDS for x in sent.cues):
            continue
        if value and (str(value) not in BASES_ABROAD or _by_own_border(doc, sent, str(value))):
            return str(value), sent.ntext[c.start:c.end]
    return assault_home(doc, sent)


def _nationalities(doc: Document, sent: Sentence) -> list[tuple[Cue, object]]:
    """The sentence's nationality words with their countries, and the state forces the actor list names by
    one ("an Israeli army base": 'israeli army' is read as an actor, its first word the owner's nationality)."""
    out = [(c, doc.lex.value("nationality", c.text)) for c in sent.of("nationality")]
    for c in sent.of("actor"):
        first = c.text.split(maxsplit=1)
        value = doc.lex.value("nationality", first[0]) if len(first) == 2 else None
        if value is not None:
            out.append((c, value))
    return sorted(out, key=lambda x: x[0].start)


def _by_own_border(doc: Document, sent: Sentence, owner: str) -> bool:
    """Whether the sentence writes the installation beside the border of a country its owner borders ("an
    Israeli base near the Lebanese border"): a state with bases abroad has this one on its own side."""
    for c in (*sent.of("country"), *sent.of("nationality")):
        value = doc.lex.value("country" if "country" in c.groups else "nationality", c.text)
        if value and neighbours(owner, str(value)) and _across_a_border(doc, sent, c):
            return True
    return False


def _article_country(doc: Document) -> str | None:
    """The country of every town and province the article names (places and the towns installations
    lie near), when they all agree: an installation the nearer lines do not place ("an army camp in
    Boni", a town the places list leaves out) lies where the rest of the report is. Country words are
    not read here: they name attackers and patrons as often as places."""
    found = {p.place.country if isinstance(p, PlaceHit) else p.base.country
             for sent in doc.sents for p in (*sent.places, *sent.near)
             if not _after_origin(p, sent.of("origin")) and not _dateline(doc, sent, p) and not _aside(sent, p)}
    return found.pop() if len(found) == 1 else None


def _dateline(doc: Document, sent: Sentence, p: Hit | PlaceHit) -> bool:
    """Whether a place is the dateline opening the line: where the report was filed, not the attack."""
    return p.start <= 1 and _DATELINE.match(doc.text, sent.start, sent.end) is not None


def _in_dateline(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word stands in the dateline opening the line ("BEIRUT, Lebanon (AP) —"): the
    country the report was filed from, as the dateline's town is, not where the attack was."""
    line = _DATELINE.match(doc.text, sent.start, sent.end)
    if line is None:
        return False
    start = as_written_start(doc.text, sent, c)
    return start is not None and sent.start + start < line.end()


def _accused(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word is the one accused, right after the accusing verb ("Iraq blamed Iran for
    the attack", "Израиль обвинил Иран"; not where the verb comes first and its subject follows, as in
    Arabic): who may have done it, not where. The accuser, often the country struck, still counts."""
    return not doc.lex.options.get("subject_after_verb") and any(
        0 <= c.start - a.end <= _VERB_SUBJECT_CHARS for a in sent.of("accuse"))


def _aside(sent: Sentence, p: Cue | Hit | PlaceHit) -> bool:
    """Whether a place or country word is named aside from where the attack was: as the patron of
    the group ("Iran-backed", "backed by Iran", "مدعومة من إيران") or as its motive ("in response to
    the crimes in the Gaza Strip", "نصرة لغزة")."""
    gap = WIN.PATRON_CHARS
    return (any(0 <= p.start - c.end <= gap for c in sent.of("patron"))
            or any(0 <= c.start - p.end <= gap for c in sent.of("patron_after"))
            or any(0 <= p.start - c.end <= _MOTIVE_CHARS for c in sent.of("motive")))


def _from_clitic(doc: Document, sent: Sentence, p: Cue | Hit | PlaceHit) -> bool:
    """Whether a place or country word carries the exact clitic "from" (Hebrew "מלבנון", "ומהגולן"), or follows
    the word "from" right after an attack word: where a weapon came from, never where the base is."""
    runs = _FROM_CLITICS.get(doc.lex.lang, ())
    word_start = sent.ntext.rfind(" ", 0, p.start) + 1
    return bool(runs) and sent.ntext[word_start:p.start] in runs or _launched_from(doc, sent, p)


def _launched_from(doc: Document, sent: Sentence, p: Cue | Hit | PlaceHit) -> bool:
    """Whether a place follows "from" (_FROM_WORDS) right after an attack word ("صواريخ أطلقت من لبنان"),
    not after any other word ("بالقرب من")."""
    words = _FROM_WORDS.get(doc.lex.lang, ())
    before = sent.ntext[:p.start].split()
    if not words or len(before) < 2 or before[-1] not in words:
        return False
    gap_end = sent.ntext.rfind(before[-1], 0, p.start)
    return any(a.end <= gap_end and not sent.ntext[a.end:gap_end].strip() for a in sent.attacks())


def _passive_doer(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word is the doer of a passive ("was struck by Israel", "came under attack
    from Iran", "a été visée par la Russie"): written right after the lexicon's agent_by words, with
    only articles between (or one short word, where the lexicon lists none: "par la"), or right
    before its agent marker, wherever the installation stands ("üs İsrail tarafından vuruldu"), it
    names who attacked, never where."""
    def article_gap(gap: str) -> bool:
        words = gap.split()
        return _only_articles(doc, gap) or len(words) == 1 and len(words[0]) <= _ARTICLE_CHARS

    return (any(b.end <= c.start and article_gap(sent.ntext[b.end:c.start]) for b in sent.of("agent_by"))
            or any(0 <= g.start - c.end <= _VERB_SUBJECT_CHARS for g in sent.of("agent")))


def _across_a_border(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word names the country across a border ("near the border with Syria", "قرب
    الحدود مع السعودية", "Suriye sınırı yakınındaki", "у границы с Украиной"): an installation by that
    border lies beside the country, mostly in the other one, so the word does not place it. The border
    word stands right before the country (lexicon group border) or right after it (border_after), with
    only articles and the other countries of the border between ("the Pakistan-Afghanistan border")."""
    joined = [(x.start, x.end) for x in sent.of("country", "nationality", "conj")]
    return (any(b.end <= c.start and _only_joined(doc, sent, b.end, c.start, joined) for b in sent.of("border"))
            or any(c.end <= b.start and _only_joined(doc, sent, c.end, b.start, joined) for b in sent.of("border_after")))


def _only_joined(doc: Document, sent: Sentence, lo: int, hi: int, joined: list[tuple[int, int]]) -> bool:
    """Whether only spaces, articles and the given cues (countries, conjunctions) stand between lo and hi."""
    if hi - lo > _BORDER_CHARS:
        return False
    rest = sent.ntext[lo:hi]
    for s, e in joined:
        if lo <= s and e <= hi:
            rest = rest[:s - lo] + " " * (e - s) + rest[e - lo:]
    return _only_articles(doc, rest)


def _only_articles(doc: Document, text: str) -> bool:
    """Whether a stretch of normalised text holds nothing but the language's articles (or nothing)."""
    return all(w in doc.lex.articles for w in text.split())


def _attacker_side(doc: Document, sent: Sentence, c: Cue, m: Mention) -> bool:
    """Whether a country word is the attacker: in a language that writes the subject before its verb,
    a country opening the sentence and followed in the same clause by the attack words that come
    before the installation ("Israel struck an army base near Qatana") names who struck, not where.
    A locative has a preposition before it ("In Syria, rockets hit ...") or a comma after it. Where
    the subject follows the verb, the country written right after the attack word and before the
    installation is the subject ("قصفت إسرائيل قاعدة عسكرية"); where an agent marker follows the
    doer, the country it follows is ("اسرائیل نے ایک فوجی اڈے پر حملہ کیا")."""
    if c.end > m.start or _undergoes(doc, sent, c):
        return False
    if any(0 <= g.start - c.end <= _VERB_SUBJECT_CHARS for g in sent.of("agent")):
        return True
    if doc.lex.options.get("subject_after_verb"):
        if _only_articles(doc, clause_opening(doc, sent, c)) and any(
                0 <= a.start - c.end <= _VERB_SUBJECT_CHARS and a.end <= m.start for a in sent.attacks() if "verb" in a.groups):
            return True  # a headline's order, subject first: "إيران تستهدف قاعدة جوية"
        return any(0 <= c.start - a.end <= _VERB_SUBJECT_CHARS for a in sent.attacks() if "verb" in a.groups)
    if doc.lex.options.get("verb_final"):
        return _opening_subject(doc, sent, c, m)
    if not _only_articles(doc, clause_opening(doc, sent, c)):  # the subject first, as in every other word order
        return False
    for a in sent.attacks():
        if c.end <= a.start and a.end <= m.start and (a.start - c.end <= _SUBJECT_CHARS or _bare_gap(sent, c, a)):
            return not _clause_between(doc, sent, c, a)
    return False


def _undergoes(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word is the subject of a verb of suffering (group undergo: "Сирия подверглась
    удару", "Suriye ... maruz kaldı"): the victim. The verb follows it, or ends the clause where verbs end it."""
    if doc.lex.options.get("verb_final"):
        return not sent.ntext[:c.start].strip() and any(
            u.start >= c.end and not _clause_between(doc, sent, c, u, _CLAUSE_END) for u in sent.of("undergo"))
    return any(0 <= u.start - c.end <= _VERB_SUBJECT_CHARS for u in sent.of("undergo"))


def _bare_gap(sent: Sentence, c: Cue, a: Cue) -> bool:
    """Whether only words the lexicon does not know stand between a country and the attack verb after
    it, within _SUBJECT_FAR_CHARS: the verb's own words ("Россия нанесла массированный удар"), no other
    subject ("Pakistan's army said gunmen attacked": the gunmen are)."""
    return ("verb" in a.groups and a.start - c.end <= _SUBJECT_FAR_CHARS
            and not any(c.end <= x.start and x.end <= a.start for x in sent.cues))


def _striker_elsewhere(doc: Document, sent: Sentence, c: Cue) -> bool:
    """In a line other than the installation's (the one before it, the title, the lede), whether a country
    word is who struck: it opens the line right before the attack words ("Israel strikes Syria",
    "إسرائيل تقصف سوريا") or, where the verb ends the clause, with a comma or the object marker after it
    ("İsrail, Suriye'yi vurdu"); an agent marker follows it; or it follows an attack noun as its doer
    before the object marker ("حمله هوایی اسرائیل به سوریه"). The country struck, written after it, then
    places the installation."""
    if _undergoes(doc, sent, c):
        return False
    if any(0 <= g.start - c.end <= _VERB_SUBJECT_CHARS for g in sent.of("agent")):
        return True
    attacks = sent.attacks()
    if any(0 <= c.start - a.end <= _SUBJECT_CHARS for a in attacks) \
            and any(0 <= k.start - c.end <= 1 for k in sent.of("object_mark")):
        return True
    if doc.lex.options.get("verb_final"):
        return _opening_subject(doc, sent, c, None)
    if not _only_articles(doc, clause_opening(doc, sent, c)):
        return False
    return any(0 <= a.start - c.end <= _SUBJECT_CHARS and not _clause_between(doc, sent, c, a) for a in attacks)


def _opening_subject(doc: Document, sent: Sentence, c: Cue, m: Mention | None) -> bool:
    """Where the verb ends the clause (lexicon option verb_final), a country that opens the sentence
    bare, followed by a comma ("İsrail, Şam yakınlarındaki bir askeri havaalanını vurdu") or by the
    marker that opens the object ("اسرائیل به یک پایگاه نظامی در سوریه حمله کرد"), or by the weapon it
    qualifies ("İsrail savaş uçakları ..."), is the subject of
    the attack verb written after the installation (after it, in a line without one). A locative carries
    its case ending or its preposition ("Suriye'de", "در سوریه") and keeps placing it."""
    after = m.end if m is not None else c.end
    if clause_opening(doc, sent, c).strip() or not any(a.start >= after and "verb" in a.groups for a in sent.attacks()):
        return False
    if any(0 <= k.start - c.end <= 1 for k in sent.of("object_mark")):
        return True
    if any(0 <= a.start - c.end <= 1 and a.has("t_") for a in sent.attacks()):
        return True  # the weapon it qualifies: "İsrail savaş uçakları ... havaalanını vurdu" (Israel's warplanes)
    if m is not None and sent.ntext[c.end:m.start].split() and _only_articles(doc, sent.ntext[c.end:m.start]):
        return True  # an indefinite object right after it: "اسرائیل یک پایگاه نظامی را ... هدف قرار داد"
    start = as_written_start(doc.text, sent, c)
    if start is None:
        return False
    raw = doc.text[sent.start + start:sent.end]
    comma = re.match(r"[^,،'’\n]{1,40}?\s*[,،]", raw)
    return comma is not None and norm(comma.group(0)[:-1]).strip() == sent.ntext[c.start:c.end]


def _nationality_of_a_town(doc: Document, sent: Sentence) -> list[Cue]:
    """Nationality words that qualify a town noun ("the Iranian city of X", "مدينة X الإيرانية", "la
    ville malienne de X"): they tell where a town the places list lacks lies. Alone a nationality
    names an owner or an attacker ("Iranian drones", "a Turkish base") and places nothing. Each
    comes back spanning the noun too, so the region reads "مدينة نيكشه الإيرانية", not the bare
    adjective that every town of the country shares."""
    towns = sent.of("town")
    if not towns:
        return []
    after = doc.lex.options.get("qualifier_after_noun")
    out = []
    for c in sent.of("nationality"):
        for t in towns:
            gap = c.start - t.end if after else t.start - c.end
            if 0 <= gap <= (_NATIONALITY_AFTER_CHARS if after else _NATIONALITY_BEFORE_CHARS) \
                    and not (gap > 1 and _clause_between(doc, sent, t, c)):
                out.append(Cue(c.groups, min(c.start, t.start), max(c.end, t.end), c.text))
                break
    return out


def _after_origin(p: Cue | Hit | PlaceHit, origins: list[Cue]) -> bool:
    """Whether a place or country word is written right after an origin word ("launched from X")."""
    return any(0 <= p.start - c.end <= WIN.ORIGIN_CHARS for c in origins)


def adjacent_named(doc: Document, i: int, country: str | None, taken: set) -> Base | None:
    """The installation that a generic mention ("two US bases", "a military camp") refers to when
    the next sentence (else the one before) names one and tells no attack of its own: the article
    goes on to describe the base it just reported as attacked ("Ain al-Asad is the second largest
    ..."). A name in another country than the one given for the mention, a name already reported,
    or a sentence that denies or recalls is not taken."""
    sents = doc.sents
    for j in (i + 1, i - 1):
        if not 0 <= j < len(sents) or (j == 0 and sents[0].title):
            continue
        other = sents[j]
        if not other.named or other.attacks() or other.of("b_denial", "b_history", "b_threat"):
            continue
        for h in other.named:
            if h.base.id in taken or (country and h.base.country != country):
                continue
            if any(0 <= h.start - c.end <= WIN.ORIGIN_CHARS for c in other.of("origin")):
                continue
            return h.base
    return None


def mention_text(doc: Document, i: int, m: Mention, enriched_only: bool = False) -> str | None:
    """The mention as written; a generic noun keeps the names and unit that place it.

    With enriched_only, only a mention that gained a name or a unit is returned.
    """
    sent, lex = doc.sents[i], doc.lex
    if m.kind == "near" and m.place is not None and abs(m.place[0] - m.start) <= WIN.PLACE_SPAN_CHARS:
        text = as_written(doc.text, sent, span(min(m.start, m.place[0]), max(m.end, m.place[1])))
        return None if enriched_only else text
    generic = m.base is None or m.kind in ("near", "coref")
    text = as_written(doc.text, sent, m, extend=generic and not lex.options.get("name_before_noun"),
                      articles=lex.articles, capital_names=lex.lang not in _NOUNS_CAPITALISED)
    enriched = False
    if m.base is None and m.kind != "coref":
        # Names come before the noun in some languages always ("Bannu cantonment"), in others often
        # ("the Qarachogh airfield"); a headline in title case capitalises every word, names or not.
        if lex.options.get("name_before_noun") or not _title_case(doc.text[sent.start:sent.end]):
            lead = _names_before(doc, sent, m)
            if lead:
                text, enriched = f"{lead} {text}", True
        unit = _unit_near(doc, i, m)
        if unit and unit[0] not in text:
            text, enriched = (unit[0] if unit[1] else f"{text} ({unit[0]})"), True
    if enriched_only and not enriched:
        return None
    return text


def _title_case(raw: str) -> bool:
    """Most words capitalised: a headline's style, where a capital says nothing of a name."""
    words = [w for w in raw.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _names_before(doc: Document, sent: Sentence, m: Mention) -> str | None:
    """Proper names (and the conjunctions joining them) written just before a generic noun."""
    start = as_written_start(doc.text, sent, span(m.start, m.end))
    if start is None:
        return None
    raw = doc.text[sent.start:sent.end][:start]
    conj = {sent.ntext[c.start:c.end] for c in sent.of("conj")} | doc.lex.joiners
    taken: list[str] = []
    for w in reversed(raw.split()[-WIN.NAME_WORDS:]):
        bare = w.strip(",")
        if bare.casefold() in conj or bare in _LIST_MARKS:
            if not taken:
                break
            taken.insert(0, w)
            continue
        if bare[:1].isupper() and _CAP_WORD.match(bare):
            taken.insert(0, w)
            continue
        break
    while taken and (taken[0].strip(",").casefold() in conj or taken[0] in _LIST_MARKS):
        taken.pop(0)
    if not taken or (len(taken) == 1 and raw.strip() == taken[0]):
        return None  # a sentence-initial capital is not a name
    return " ".join(taken)


def _unit_spans(sent: Sentence) -> list[tuple[int, int, object]]:
    """Units with a number in a sentence ("the 39th Brigade", "اللواء 115", "115. Tugay")."""
    out = []
    for c in sent.of("unit"):
        after = sent.ntext[c.end:c.end + WIN.UNIT_NUMBER_AFTER_CHARS]
        before = sent.ntext[max(0, c.start - WIN.UNIT_NUMBER_BEFORE_CHARS):c.start]
        num_after = re.match(r" (\d{1,4})(?!\d)", after)
        num_before = re.search(r"(\d{1,4})(?:\s?\w{0,4}) $", before)
        if num_after:
            out.append((c.start, c.end + num_after.end(), c))
        elif num_before:
            out.append((c.start - (len(before) - num_before.start()), c.end, c))
    return out


def _unit_near(doc: Document, i: int, m: Mention) -> tuple[str, bool] | None:
    """The unit that names a generic installation: (text, contiguous with the noun).

    From this sentence first; else a neighbouring sentence that writes an installation noun right
    before a numbered unit ("معسكر اللواء 39", "camp of the 115th battalion"); else a sentence that
    tells the same attack at a numbered unit ("the car bomb exploded at the 115th Brigade").
    """
    sents, text, sent = doc.sents, doc.text, doc.sents[i]
    best = None
    for s, e, c in _unit_spans(sent):
        d = dist(c, m)
        if d <= WIN.UNIT_CHARS and (best is None or d < best[0]):
            best = (d, s, e)
    if best is not None:
        d, s, e = best
        if s >= m.end and s - m.end <= WIN.UNIT_GLUE_CHARS:
            return as_written(text, sent, span(m.start, e)), True
        return as_written(text, sent, span(s, e)), False
    for j in (i - 1, i + 1, i - 2, i + 2, 0):
        if not 0 <= j < len(sents) or j == i:
            continue
        found = _noun_before_unit(doc, sents[j])
        if found is not None:
            return found
    for j in (i + 1, i + 2, i + 3, i - 1):
        if not 0 <= j < len(sents) or j == i:
            continue
        other = sents[j]
        events = [a for a in other.attacks() if "verb" in a.groups or a.has("t_")]
        if not events or other.of("b_denial", "b_threat", "b_history", "b_exercise"):
            continue
        for s, e, c in _unit_spans(other):
            if any(0 <= s - a.end <= WIN.UNIT_EVENT_CHARS for a in events):
                return _noun_before_unit(doc, other, (s, e)) or (as_written(text, other, span(s, e)), False)
    return None


def _noun_before_unit(doc: Document, sent: Sentence, only: tuple[int, int] | None = None) -> tuple[str, bool] | None:
    """An installation noun written right before a numbered unit, as one name (the first found)."""
    nouns = sent.of("installation", "weak")
    for s, e, c in _unit_spans(sent):
        if only is not None and (s, e) != only:
            continue
        for n in nouns:
            if 0 <= s - n.end <= WIN.UNIT_GLUE_CHARS:
                return as_written(doc.text, sent, span(n.start, e)), True
    return None
