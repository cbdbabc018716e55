"""Spans of normalised text back in the article's own spelling: evidence sentences and names as written."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Mention, Sentence, is_attack
from pipelines.detect.normalize import BEFORE, WORD_TAIL, W, norm_with_offsets, raw_pattern

_PHRASE_END = re.compile(r"[,.;:!?()\[\]«»\"“”،؛\n]")
# Cue groups a place phrase after a generic noun is made of ("in the north of Kurram district", "near
# the Afghan border", "on Lake Chad"); any other cue (a date, a verb, a toll) opens the rest
# of the sentence; a nationality qualifies only what follows it ("of the Nigerian army").
_PLACE_GROUPS = frozenset({"within", "against", "town", "direction", "country", "nationality", "border",
                           "border_after", "conj", "distance", "distance_after", "nearby"})
_COUNT_CHARS = 12  # a count this close before a distance word measures it ("20 km from Bannu")
_NOT_PLACE_GROUPS = frozenset({"weekday", "month", "reldate", "current", "number"})
# The owner written after the noun belongs to it ("a base of the IRGC", "پایگاه نیروهای سپاه").
_OWNER_GROUPS = frozenset({"actor", "qualifier"})
# Cues that end a place phrase well ("in Kurram district", "in southern Somalia", "near the border").
_ANCHOR_GROUPS = frozenset({"town", "country", "border_after"})
_BRIDGE_WORDS = 2  # lower-case words a place phrase may hold before its place ("en la región de Bélgorod")
_PARTICLES = 2  # short words between a preposition the lexicon lacks and the name after it ("près de")
_SHORT_WORD = 3  # a lower-case word this short is a particle ("of", "de", "la", "am") until a name follows


def sentence_text(doc: str, sent: Sentence) -> str:
    """A sentence as evidence: its raw words on one line, at most EVIDENCE_CHARS characters."""
    return re.sub(r"\s+", " ", doc[sent.start:sent.end]).strip()[:WIN.EVIDENCE_CHARS]


def as_written(doc: str, sent: Sentence, m: Cue | Mention, extend: bool = False,
               articles: frozenset[str] = frozenset(), capital_names: bool = True) -> str:
    """The span in the article's own spelling; generic mentions keep the words that place them
    (extend; `articles` are the language's, which a place phrase may hold; `capital_names` says
    that a capital marks a name, not every noun as in German)."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[m.start:m.end].split()
    if words:
        found = _spelling(" ".join(words), stem=True).search(raw)
        if found:
            if not extend:
                return found.group()
            end = _place_phrase_end(raw, sent, m.end, found.end(), articles, capital_names)
            return raw[found.start():end].strip()
    # Slow path (script variants, diacritics): map offsets over just the prefix that holds it.
    head = raw[: int(m.end * 1.5) + 80]
    ntext, offsets = norm_with_offsets(head)
    if not sent.ntext.startswith(ntext[: m.end]) or m.end > len(offsets):
        return sent.ntext[m.start:m.end]
    raw = head
    start, end = offsets[m.start], offsets[m.end - 1] + 1
    while end < len(raw) and re.match(W, raw[end]):
        end += 1
    return raw[start:end]


def _place_phrase_end(raw: str, sent: Sentence, nstart: int, rstart: int, articles: frozenset[str],
                      capital_names: bool) -> int:
    """Where the place phrase after a generic noun ends in the raw sentence ("military camp in Bannu"
    | "early on Monday, killing ..."): word by word after the noun, it holds the cues of a place
    phrase (a distance with its count too: "20 km from"), known places, names (capitalised words,
    cues too: "Casa Verde"), owners (actors, qualifiers) and the particles between them; a date, a
    verb, a toll or any other cue, a lower-case word that is none of these ("wurde", "where"), a
    number or a punctuation mark ends it. Lower-case words before a known place belong to its phrase
    ("en la región de Bélgorod"), up to _BRIDGE_WORDS, and before a name ("near Boni"). In scripts
    without capitals every word counts as a name, so only the cues and the length end the phrase.
    Particles left at its end are dropped."""
    cues = [c for c in sent.cues if c.end > nstart]
    known = [(h.start, h.end) for h in (*sent.places, *sent.near, *sent.named) if h.end > nstart]
    end = rstart  # raw end of the last word the phrase keeps for sure
    pos, bridge = rstart, 0
    # The raw words after the noun, normalised with their offsets (one pass: a regex per word would be
    # compiled anew each time); only the stretch that agrees with the sentence's text is read.
    ntail, offsets = norm_with_offsets(raw[rstart:rstart + WIN.PHRASE_TAIL_CHARS])
    lead = len(ntail) - len(ntail.lstrip())
    rest = sent.ntext[nstart:]
    shift = len(rest) - len(rest.lstrip()) - lead  # sentence offset minus tail offset
    agree = lead
    while agree < len(ntail) and agree + shift < len(rest) and ntail[agree] == rest[agree + shift]:
        agree += 1
    for tok in re.finditer(r"\S+", ntail[:agree]):
        if tok.end() == agree and agree < len(ntail):
            break  # a word cut by the disagreement
        ns, ne = nstart + tok.start() + shift, nstart + tok.end() + shift
        start, stop = rstart + offsets[tok.start()], rstart + offsets[tok.end() - 1] + 1
        while stop < len(raw) and re.match(W, raw[stop]):
            stop += 1
        if _PHRASE_END.search(raw, pos, start) or stop > rstart + WIN.PHRASE_TAIL_CHARS:
            break
        word, pos = raw[start:stop], stop
        # A cue may begin after a clitic inside the word ("ביום שני": the weekday after the ב).
        cue = next((c for c in cues if c.start < ne and ns < c.end), None)
        place = next((k for k in known if k[0] < ne and ns < k[1]), None)
        if place is not None:
            end, bridge = pos, 0
            continue
        if (any(ch.isdigit() for ch in word) or cue is not None and "number" in cue.groups) \
                and any(0 <= c.start - ne <= _COUNT_CHARS for c in cues if "distance" in c.groups):
            continue
        if cue is not None and (cue.groups & _NOT_PLACE_GROUPS or is_attack(cue.groups)):
            break
        if cue is not None and "nationality" in cue.groups and not cue.groups & _ANCHOR_GROUPS:
            continue  # "of the Nigerian army": the adjective ends nothing by itself
        if cue is not None and not (word[:1].isupper() or cue.groups & _OWNER_GROUPS):
            if not cue.groups & _PLACE_GROUPS:
                break
            if cue.groups & _ANCHOR_GROUPS:
                end, bridge = pos, 0
            continue
        if cue is None and any(ch.isdigit() for ch in word):
            break
        if cue is not None or word[:1].isupper() or word.lower() == word.upper():
            end, bridge = pos, 0  # an owner, a name, or a word of a script without capitals
            continue
        if len(word) <= _SHORT_WORD or tok.group() in articles:
            continue
        bridge += 1
        if bridge > _BRIDGE_WORDS or not (_place_ahead(ne, cues, known)
                                          or capital_names and _name_next(raw, pos, sent, ne, cues)):
            break
    return end


def _place_ahead(ne: int, cues: list[Cue], known: list[tuple[int, int]]) -> bool:
    """Whether a known place or a place cue follows a lower-case word closely (within the phrase's reach)."""
    reach = ne + WIN.PHRASE_TAIL_CHARS // 2
    return any(ne <= k[0] <= reach for k in known) or any(
        ne <= c.start <= reach and c.groups & _ANCHOR_GROUPS for c in cues)


def _name_next(raw: str, pos: int, sent: Sentence, ne: int, cues: list[Cue]) -> bool:
    """Whether a capitalised word that is no cue follows, after at most _PARTICLES short words: the
    word before them is a preposition the lexicon lacks ("near Boni", "près de Boni", "vicino a
    Boni"), not a clause ("where Taliban ...", "wurde Ziel")."""
    raw_words = re.finditer(r"\w[\w'’-]*", raw[pos:])
    for k, tok in enumerate(re.finditer(r"\S+", sent.ntext[ne:])):
        word = next(raw_words, None)
        if word is None or k > _PARTICLES:
            return False
        if any(c.start < ne + tok.end() and ne + tok.start() < c.end for c in cues):
            return False
        if word.group()[:1].isupper():
            return True
        if len(tok.group()) > _SHORT_WORD:
            return False
    return False


def as_written_start(doc: str, sent: Sentence, c: Cue) -> int | None:
    """Offset in the raw sentence where a cue begins (fast path only)."""
    raw = doc[sent.start:sent.end]
    words = sent.ntext[c.start:c.end].split()
    if not words:
        return None
    found = _spelling(" ".join(words), stem=False).search(raw)
    return found.start() if found else None


def raw_offsets(doc: str, sent: Sentence) -> list[int]:
    """Where each character of the sentence's normalised text stands in its raw text, worked out once per
    sentence; [] where normalising the raw text does not give the sentence's text (nothing maps back)."""
    offsets = sent.memo.get("raw_offsets")
    if offsets is None:
        ntext, offsets = norm_with_offsets(doc[sent.start:sent.end])
        offsets = sent.memo["raw_offsets"] = offsets if ntext == sent.ntext else []
    return offsets


# The punctuation that ends a clause (norm() drops it): commas, semicolons, colons, dashes, brackets.
CLAUSE_MARK = re.compile(r"[,;:()\[\]—–،؛]")


def clause_break(doc: str, sent: Sentence, lo: int, hi: int) -> bool:
    """A clause mark (CLAUSE_MARK) in the raw text between two points of the normalised sentence; True where
    they cannot be mapped back, the cautious answer."""
    offsets = raw_offsets(doc, sent)
    if hi >= len(offsets):
        return True
    return CLAUSE_MARK.search(doc[sent.start:sent.end], offsets[lo], offsets[hi]) is not None


def marks_at(doc: str, sent: Sentence, marks: re.Pattern[str]) -> list[int]:
    """Where the raw sentence's punctuation of `marks` (which norm() drops) stands in its normalised
    text, worked out once per sentence and pattern; [] where nothing maps back."""
    key = ("marks", marks.pattern)
    found = sent.memo.get(key)
    if found is None:
        offsets = raw_offsets(doc, sent)
        raw = doc[sent.start:sent.end]
        found = sent.memo[key] = [bisect_left(offsets, k.start()) for k in marks.finditer(raw)] if offsets else []
    return found


@lru_cache(maxsize=2048)
def _spelling(nwords: str, stem: bool) -> re.Pattern[str]:
    """The raw-text pattern of normalised words, compiled once per span: its word classes hold every
    Indic mark, so each compile takes milliseconds, and re's own cache (512 patterns, shared with
    every other module) drops the aliases that come back article after article."""
    return re.compile(BEFORE + raw_pattern(nwords) + (WORD_TAIL if stem else ""), re.IGNORECASE)
