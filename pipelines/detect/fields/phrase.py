"""The installation's own place phrase after its noun, where a language writes a noun's place after it: the
countries in it place the installation, except one written as the noun's genitive before another, which names
its owner ("базу армии Турции в Ираке", "پایگاه ارتش ترکیه در عراق", "kambi ya jeshi la Kenya nchini Somalia")."""

from __future__ import annotations

from pipelines.detect.document import Cue, Document, Mention, Sentence, span
from pipelines.detect.fields.home import clause_between
from pipelines.detect.gazetteer import PlaceHit

# States with installations abroad (the gazetteer's `stationed`, UN and AU missions, coalitions): their
# nationality alone never places one ("a Turkish base", "a Kenyan army camp" may lie abroad).
BASES_ABROAD = frozenset({"US", "GB", "FR", "RU", "TR", "IR", "IL", "AE", "SA", "CN", "JP", "IT", "DE", "KE",
                          "ET", "UG", "BI", "DJ", "EG", "TD", "RW"})
_PHRASE_CHARS = 30  # "dans le nord d'Israël": a country this close after the noun may close its place phrase


def in_phrase(doc: Document, sent: Sentence, countries: list[Cue], m: Mention) -> list[Cue]:
    """Country words in the installation's own phrase after its noun ("a base in Syria", "پایگاه نظامی در
    سوریه", "base militaire dans le nord d'Israël"), in the order written, where the language writes a noun's
    place after it (no name_before_noun): they say where it lies, and outweigh a country before the noun, which
    is its subject's or owner's ("Turkey's base in Qatar", "ارتش اسرائیل یک پایگاه ..."). The phrase ends at a
    clause mark or an attack word."""
    if doc.lex.options.get("name_before_noun"):
        return []
    attacks = sent.attacks()
    return [c for c in countries if m.end <= c.start and c.start - m.end <= _PHRASE_CHARS
            and not any(m.end <= a.start < c.start for a in attacks)
            and not clause_between(doc, sent, span(m.start, m.end), c)]


def phrase_place(doc: Document, sent: Sentence, phrase: list[Cue], m: Mention) -> Cue:
    """The country of the phrase (in_phrase, not empty) that places the installation: the first, unless it is
    the noun's genitive with another country after it."""
    return phrase[1] if len(phrase) > 1 and _genitive(doc, sent, m, phrase[0]) else phrase[0]


def phrase_owner(doc: Document, sent: Sentence, m: Mention) -> str | None:
    """The state that owns the installation by its phrase: a country written as the noun's genitive, with the
    country it lies in after it, or a state with bases abroad (abroad_owner)."""
    found = in_phrase(doc, sent, sorted(sent.of("country"), key=lambda c: c.start), m)
    if not found or not (len(found) > 1 and _genitive(doc, sent, m, found[0]) or abroad_owner(doc, sent, found[0], m)):
        return None
    value = doc.lex.value("country", found[0].text)
    return str(value) if value else None


def _genitive(doc: Document, sent: Sentence, m: Mention, c: Cue) -> bool:
    """Whether a country follows the noun as its genitive: touching it, or after the noun's qualifier words
    ("army", "ارتش", "армии") and the language's owner links ("of", "ya") only; not after a preposition ("a
    base in Syria belonging to Russia")."""
    lex = doc.lex
    words = lex.qualifier.sub(" ", sent.ntext[m.end:c.start]).split()
    return all(w in lex.owner_links or w in lex.articles for w in words)


def abroad_owner(doc: Document, sent: Sentence, c: Cue, m: Mention) -> bool:
    """Whether a country is the genitive owner of the installation's noun and a state with bases abroad
    ("kambi ya wanajeshi wa Kenya", "базу армии Турции"): like its nationality ("a Turkish base"), it places
    nothing by itself."""
    if m.end > c.start or c not in in_phrase(doc, sent, [c], m) or not _genitive(doc, sent, m, c):
        return False
    value = doc.lex.value("country", c.text)
    return value is not None and str(value) in BASES_ABROAD


def namesake_country(doc: Document, sent: Sentence, p: PlaceHit, countries: list[Cue]) -> Cue | None:
    """The country word written right after a place, with only spaces between (no comma), when it names
    another country than the place's: the name is a namesake there, qualified by its country ("در استان
    کردستان عراق" is Iraq's Kurdistan, not Iran's Kurdistan province)."""
    for c in countries:
        if c.start > p.end and not sent.ntext[p.end:c.start].strip() and not clause_between(doc, sent, p, c):
            value = doc.lex.value("country" if "country" in c.groups else "nationality", c.text)
            return c if value and str(value) != p.place.country else None
    return None
