"""Text normalisation and trie-shaped regexes shared by the gazetteer and the lexicons."""

from __future__ import annotations

import re
import unicodedata

# Letters unified so that spelling variants match (digits too, below): Arabic alef/ya/kaf forms, Persian
# and Urdu equivalents; diacritics, tatweel, niqqud and the Turkish dotted-i mark deleted.
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ی", "ي": "ی", "ئ": "ی", "ك": "ک",
    "ؤ": "و", "ۀ": "ه", "ة": "ه", "ہ": "ه", "ۃ": "ه", "ھ": "ه",
    "ё": "е", "ґ": "г",
    "\u200c": " ", "\u200d": "", "\u200f": "", "\u200e": "", "\u0640": "",
    "\u0307": "", "\u00ad": "",
}
# Arabic-Indic, Persian (extended) and the Indic scripts' digits (Devanagari to Malayalam) read as
# ASCII ones, one for one so offsets stay put: dates and counts written either way parse alike
# ("٢٠٢٤/١/٢٨", "۱۴۰۲/۱۱/۸", "१५ जनवरी २०२४", "૧૫ જાન્યુઆરી ૨૦૨૪").
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})
_MAP.update({chr(zero + d): str(d) for zero in range(0x0966, 0x0D67, 0x80) for d in range(10)})
_DELETE_RANGES = [(0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0591, 0x05C7)]
TABLE: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
for lo, hi in _DELETE_RANGES:
    for cp in range(lo, hi + 1):
        TABLE.setdefault(cp, None)

# Vowel signs, viramas and other combining marks of the Indic scripts (Devanagari to Sinhala) are
# parts of words, but Python's \w does not match them: W is \w plus those marks, and every
# word-boundary test in the detector uses it (else "पठानकोट" would fall apart into "पठ नक ट").
_MARKS = "".join(chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me"))
W = rf"[\w{_MARKS}]"  # one word character
BEFORE = rf"(?<!{W})"  # no word character just before
AFTER = rf"(?!{W})"  # no word character just after
WORD_TAIL = rf"{W}*"  # the rest of a word (a stem's ending)
SEPARATORS = " \n"  # the only characters outside words in normalised text (norm() makes every other run one space)
# A run of non-word characters (punctuation, spaces) becomes one space (collapse()). A lone space,
# the commonest run, is already one: the first pass takes each run from its first character that
# is not a space (its class leaves spaces out, so `re` skips them in C instead of trying a match at
# every space), and the second joins the spaces left before it, and any other run of spaces.
_NONWORD_FROM = re.compile(rf"[^\w\n {_MARKS}][^\w\n{_MARKS}]*")
_SPACES = re.compile("  +")


_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(TABLE)) + "]")
_TABLE_CHARS = frozenset(chr(c) for c in TABLE)
assert not any(c < 128 for c in TABLE)  # norm() skips ASCII text
_REPLACE = {chr(c): v or "" for c, v in TABLE.items()}


def norm(text: str) -> str:
    """Casefold, unify script variants and collapse punctuation to single spaces."""
    folded = text.casefold()
    # Every character TABLE maps is outside ASCII.
    return collapse(folded if folded.isascii() else _unify(folded, ""))


def collapse(text: str) -> str:
    """Every run of non-word characters but newlines as one space (a lone space stays as it is)."""
    return _SPACES.sub(" ", _NONWORD_FROM.sub(" ", text))


def _unify(folded: str, deleted: str) -> str:
    """folded with each TABLE character replaced (the ones it deletes by `deleted`). translate()
    with a dict looks up every character: instead each variant character present is replaced
    everywhere at once when the search meets it first (a match object per kind, not per
    occurrence; what TABLE writes is never one of its keys, so the order does not matter)."""
    found = _NEEDS_TABLE.search(folded)
    while found is not None:
        ch = found.group()
        folded = folded.replace(ch, _REPLACE[ch] or deleted)
        found = _NEEDS_TABLE.search(folded, found.start())
    return folded


# norm_with_offsets: runs of deleted characters (marked NUL), and runs of two or more non-word
# characters (norm() keeps the first of them, as one space).
_NUL_RUN = re.compile("\x00+")
_NONWORD_RUNS = re.compile(rf"[^\w\n{_MARKS}]{{2,}}")
_NONWORD_RUN = re.compile(rf"[^\w\n{_MARKS}]+")


def norm_with_offsets(text: str) -> tuple[str, list[int]]:
    """Like norm() but also return, per output char, its offset in the input.

    Where casefold() gives one character for one (the dotted capital I folds to "i" and a dot that
    TABLE deletes, so it is read as "I"), the kept positions are worked out a run at a time by
    regexes; otherwise the per-character loop does it."""
    raw = text.replace("İ", "I") if "İ" in text else text
    folded = raw.casefold()
    if len(folded) != len(raw) or "\x00" in folded:  # NUL marks deleted characters below
        return _norm_with_offsets_chars(text)
    index = None  # the folded position of each character left, where TABLE deletes some
    if not folded.isascii():
        folded = _unify(folded, "\x00")  # deleted ones marked, for now
        if "\x00" in folded:
            index = _kept_positions(folded, _NUL_RUN, 0)
            folded = folded.replace("\x00", "")
    offsets = _kept_positions(folded, _NONWORD_RUNS, 1)
    if index is not None:
        offsets = list(map(index.__getitem__, offsets))
    return _NONWORD_RUN.sub(" ", folded), offsets


def _kept_positions(text: str, runs: re.Pattern[str], keep: int) -> list[int]:
    """Positions of text's characters outside the matches of `runs`, but the first `keep` of each."""
    kept: list[int] = []
    pos = 0
    for m in runs.finditer(text):
        kept.extend(range(pos, m.start() + keep))
        pos = m.end()
    kept.extend(range(pos, len(text)))
    return kept


def _norm_with_offsets_chars(text: str) -> tuple[str, list[int]]:
    """norm_with_offsets() one character at a time (casefold() may write several for one)."""
    out: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        for c in ch.casefold():
            c2 = TABLE.get(ord(c), c)
            if c2 is None or c2 == "":
                continue
            for c3 in c2:
                if c3 == "\n" or c3.isalnum() or c3 == "_" or _is_word(c3):
                    out.append(c3)
                    offsets.append(i)
                    prev_space = False
                elif not prev_space:
                    out.append(" ")
                    offsets.append(i)
                    prev_space = True
    return "".join(out), offsets


def _is_word(ch: str) -> bool:
    """Mirror W (\\w and Indic combining marks) for characters that isalnum() misses."""
    return re.match(W, ch) is not None


_INDIC = ("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM",
          "SINHALA")


def script_of(term: str) -> str:
    """Coarse script of a term: arabic, hebrew, cyrillic, indic or other."""
    for ch in term:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARABIC"):
            return "arabic"
        if name.startswith("HEBREW"):
            return "hebrew"
        if name.startswith("CYRILLIC"):
            return "cyrillic"
        if name.startswith(_INDIC):
            return "indic"
        return "other"
    return "other"


_END = ""


def norm_term(term: str) -> str:
    """Normalise a lexicon term, keeping inner * wildcards ("военн* баз*")."""
    return "*".join(norm(piece) for piece in term.split("*")).strip()


def wildcard_regex(key: str) -> re.Pattern[str]:
    """Full-match regex for a normalised term with * wildcards."""
    parts = [re.escape(p).replace(r"\ ", " +") for p in key.split("*")]
    return re.compile(WORD_TAIL.join(parts))


def trie_pattern(terms: list[str]) -> str:
    """Compile normalised terms into one trie-shaped alternation; a trailing * marks a stem."""
    root: dict = {}
    for raw in terms:
        stem = raw.endswith("*")
        term = norm_term(raw.rstrip("*"))
        if not term:
            continue
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        if stem or node.get(_END) != "stem":
            node[_END] = "stem" if stem else "exact"
    if not root:
        return r"(?!x)x"
    return _node_pattern(root)


def _node_pattern(node: dict) -> str:
    """Recursive helper of trie_pattern: longest alternatives first."""
    alts = []
    for ch, sub in node.items():
        if ch == _END:
            continue
        piece = " +" if ch == " " else WORD_TAIL if ch == "*" else re.escape(ch)
        alts.append(piece + _node_pattern(sub))
    end = node.get(_END)
    if end == "stem":
        alts.append(WORD_TAIL)
    elif end == "exact":
        alts.append("")
    if len(alts) == 1:
        return alts[0] if node.get(_END) is None or alts[0] in ("", WORD_TAIL) else "(?:" + alts[0] + ")"
    return "(?:" + "|".join(alts) + ")"


# Raw characters that norm() turns into each normalised letter, and the ones it deletes: lets a
# normalised phrase be found again in the raw text with one regex search (no offset mapping).
_VARIANTS: dict[str, str] = {"i": "İ"}
for _k, _v in _MAP.items():
    if _v and len(_v) == 1 and _v != " ":
        _VARIANTS[_v] = _VARIANTS.get(_v, "") + _k
_DELETED = "".join(k for k, v in _MAP.items() if v == "") + "".join(
    chr(c) for lo, hi in _DELETE_RANGES for c in range(lo, hi + 1))
_SKIP = "[" + re.escape(_DELETED) + "]*"


def raw_pattern(ntext: str) -> str:
    """A regex (use with re.IGNORECASE) matching raw text whose norm() is the normalised words."""
    words = ntext.split()
    parts = []
    for w in words:
        chars = []
        for ch in w:
            extra = _VARIANTS.get(ch)
            chars.append(("[" + re.escape(ch + extra) + "]" if extra else re.escape(ch)) + _SKIP)
        parts.append("".join(chars))
    return rf"(?:[^\w{_MARKS}]|_)+".join(parts)
