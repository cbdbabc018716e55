"""Text normalisation, exact content hashes and shingle sketches for story dedup.

Everything here is a pure function of the text built from fixed integer mixing (and
BLAKE2 for the content hash), never Python's per-process hash(), so two processes and
two machines always agree. Tokenising is vectorised over code points for speed.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from dataclasses import dataclass

import numpy as np

SHINGLE = 4  # words per shingle: long enough to be specific, short enough to survive edits
SAMPLE_SHIFT = 62  # keep shingles whose 64-bit hash is < 2**62: a 1-in-4 content-defined sample
_MAGIC = b"BWD2"  # bump whenever hashing changes: old signatures are refused, not misread
_HEADER = struct.Struct("<4sBBH")  # magic, shingle size, sample shift, line count

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_P = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_CHAR_SALT = np.uint64(0x9E3779B97F4A7C15)

# Character classes, looked up per code point (bit flags): words are runs of letters,
# marks and digits (so Arabic and Persian diacritics stay inside words); scripts written
# without spaces make one token per character; line breaks separate lines.
_OTHER, _WORDCHAR, _SINGLE, _BREAKCHAR = 0, 1, 3, 4
_TABLE_SIZE = 0x30000  # code points above are looked up as the last entry (one-char words)
_SINGLE_RANGES = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF),  # Thai, Lao, Myanmar, Khmer
    (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),  # kana, CJK
    (0x20000, 0x2FFFF),  # CJK extensions
)
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)
_tables: tuple[np.ndarray, np.ndarray] | None = None


def _char_tables() -> tuple[np.ndarray, np.ndarray]:
    """Class and a fixed random 64-bit value for every code point (built once)."""
    global _tables
    if _tables is None:
        cats = np.array([unicodedata.category(chr(cp))[0] for cp in range(_TABLE_SIZE)])
        table = np.where(np.isin(cats, ["L", "N", "M"]), _WORDCHAR, _OTHER).astype(np.uint8)
        table[ord("_")] = _WORDCHAR
        for lo, hi in _SINGLE_RANGES:
            seg = table[lo:hi + 1]
            seg[seg == _WORDCHAR] = _SINGLE
        table[-1] = _SINGLE
        table[list(_LINE_BREAKS)] = _BREAKCHAR
        # Case folds here: a character's value is that of its lower-case form.
        lower = np.array([_lower(cp) for cp in range(_TABLE_SIZE)], dtype=np.uint64)
        _tables = (table, mix64(lower + _CHAR_SALT))
    return _tables


def _lower(cp: int) -> int:
    """The code point's lower-case form when that is one character, else itself."""
    low = chr(cp).lower()
    return ord(low) if len(low) == 1 else cp


def normalise(text: str) -> str:
    """Fold Unicode width and compatibility forms (case is folded per character later)."""
    text = text or ""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


_pow_cache: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**i and P**-i modulo 2**64 for i < n."""
    if len(_pow_cache[0]) < n:
        size = max(n, 2 * len(_pow_cache[0]), 1 << 14)
        with np.errstate(over="ignore"):
            fwd = np.cumprod(np.full(size, _P, dtype=np.uint64))
            inv = np.cumprod(np.full(size, _P_INV, dtype=np.uint64))
        _pow_cache[0] = np.concatenate(([np.uint64(1)], fwd[:-1]))
        _pow_cache[1] = np.concatenate(([np.uint64(1)], inv[:-1]))
    return _pow_cache[0][:n], _pow_cache[1][:n]


def tokenize(text: str) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the text's words in order, and the line number of each word.

    Vectorised over code points: no per-word Python work, and no process-dependent hash.
    """
    cps = np.frombuffer(normalise(text).encode("utf-32-le"), dtype=np.uint32)
    table, values = _char_tables()
    cls = table.take(cps, mode="clip")
    prev = np.empty_like(cls)
    prev[:1] = _OTHER
    prev[1:] = cls[:-1]
    # A word starts at a word character after a non-word one, and at every one-char word.
    first = np.flatnonzero((cls & (~prev | ((cls | prev) >> 1)) & 1).view(bool))  # 0/1: bool is faster
    if not len(first):
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    word = cls & 1
    fwd, inv = _powers(len(cps))
    with np.errstate(over="ignore"):
        # Each segment from one word start to the next holds that word's characters and
        # then only non-word ones, which are zeroed: one pass over all code points.
        vals = values.take(cps, mode="clip") * fwd
        vals *= word
        sums = np.add.reduceat(vals, first)
        sums *= inv[first]
        lengths = np.add.reduceat(word, first, dtype=np.uint64)
        hashes = mix64(sums ^ (lengths * _M2))
    lines = np.searchsorted(np.flatnonzero(cls == _BREAKCHAR), first)
    return hashes, lines


def content_hash(text: str) -> str:
    """Hex digest of the text's words only: whitespace, case and punctuation do not count."""
    return _digest(tokenize(text)[0])


def _digest(words: np.ndarray) -> str:
    """BLAKE2 of the word hashes (the content hash)."""
    return hashlib.blake2b(words.astype("<u8").tobytes(), digest_size=16, person=b"bw-content").hexdigest()


def word_count(text: str) -> int:
    """Number of word tokens, as the hashes see them."""
    return len(tokenize(text)[0])


def mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads bits so any slice of the hash is uniform."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def _shingles(h: np.ndarray, lens: np.ndarray, k: int = SHINGLE) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the k-word shingles inside each line, and the line of each.

    h holds the token hashes of all lines back to back; shingles never cross a line
    break, and a line shorter than k words is one shingle.
    """
    total = len(h)
    ends = np.cumsum(lens)
    starts = ends - lens
    line_of = np.repeat(np.arange(len(lens)), lens)
    padded = np.zeros(total + k, dtype=np.uint64)
    padded[:total] = h
    short = lens < k
    acc = h.copy()
    short_starts = starts[short]
    short_lens = lens[short]
    short_vals = np.empty(len(short_starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(1, k + 1):
            hit = short_lens == j
            if hit.any():
                short_vals[hit] = acc[short_starts[hit]]
            if j < k:
                acc = acc * _P + padded[j:j + total]
    full = np.arange(total) + k <= ends[line_of]
    if not len(short_starts):
        return mix64(acc[full]), line_of[full]
    pos = np.concatenate((np.flatnonzero(full), short_starts))
    vals = np.concatenate((acc[full], short_vals))
    order = np.argsort(pos, kind="stable")
    return mix64(vals[order]), line_of[pos[order]]


@dataclass(frozen=True)
class Sketch:
    """What the index keeps of one text: per-line hashes, sizes and shingle samples."""

    line_hashes: np.ndarray  # uint64, one per non-empty line
    line_tokens: np.ndarray  # uint16, words per line (capped)
    line_counts: np.ndarray  # uint16, sampled shingles per line
    samples: np.ndarray  # uint32, sampled shingle hashes in text order


def _lines(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Token hashes of the non-empty lines back to back, and the word count of each line."""
    return _line_lengths(*tokenize(text))


def _line_lengths(h: np.ndarray, line: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The token hashes, and the word count of each non-empty line (from tokenize's output)."""
    if not len(h):
        return h, np.zeros(0, dtype=np.int64)
    bounds = np.flatnonzero(line[1:] != line[:-1]) + 1  # line numbers ascend
    return h, np.diff(np.concatenate(([0], bounds, [len(line)])))


_pos_mix_cache: list[np.ndarray] = [np.empty(0, dtype=np.uint64)]


def _position_mix(n: int) -> np.ndarray:
    """mix64(i + M1) for i < at least n: the per-position salt of line hashes, computed once."""
    if len(_pos_mix_cache[0]) < n:
        size = max(n, 2 * len(_pos_mix_cache[0]), 1 << 12)
        with np.errstate(over="ignore"):
            _pos_mix_cache[0] = mix64(np.arange(size, dtype=np.uint64) + _M1)
    return _pos_mix_cache[0]


def _line_hashes(h: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Order-sensitive 64-bit hash of each line's words (what makes two lines equal)."""
    starts = np.cumsum(lens) - lens
    pos = np.arange(len(h)) - np.repeat(starts, lens)
    with np.errstate(over="ignore"):
        sums = np.add.reduceat(mix64(h ^ _position_mix(len(h))[pos]), starts)
        return mix64(sums ^ (lens.astype(np.uint64) * _M2))


def sketch(text: str, *, title: str | None = None) -> Sketch:
    """Sketch a text; the title is used only when the text is too short to stand alone."""
    return _sketch(*_lines(text), title)


def _sketch(h: np.ndarray, lens: np.ndarray, title: str | None) -> Sketch:
    """Sketch from the text's token hashes and line lengths."""
    if title and len(h) < 25:
        th, tlens = _lines(title)
        h, lens = np.concatenate((th, h)), np.concatenate((tlens, lens))
    if len(lens) > 0xFFFF:
        lens = lens[:0xFFFF]
        h = h[: int(lens.sum())]
    n = len(lens)
    if not n:
        empty = np.empty(0, dtype=np.uint16)
        return Sketch(np.empty(0, dtype=np.uint64), empty, empty, np.empty(0, dtype=np.uint32))
    hashes, line_of = _shingles(h, lens)
    keep = hashes < np.uint64(1 << SAMPLE_SHIFT)
    return Sketch(
        line_hashes=_line_hashes(h, lens),
        line_tokens=np.minimum(lens, 0xFFFF).astype(np.uint16),
        line_counts=np.bincount(line_of[keep], minlength=n).astype(np.uint16),
        samples=hashes[keep].astype(np.uint32),  # the low 32 bits are still uniform
    )


def encode(sk: Sketch) -> bytes:
    """Serialise a sketch to bytes for the database (little-endian, versioned)."""
    n = min(len(sk.line_hashes), 0xFFFF)
    return b"".join((
        _HEADER.pack(_MAGIC, SHINGLE, SAMPLE_SHIFT, n),
        sk.line_hashes[:n].astype("<u8").tobytes(),
        sk.line_tokens[:n].astype("<u2").tobytes(),
        sk.line_counts[:n].astype("<u2").tobytes(),
        sk.samples[: int(sk.line_counts[:n].sum())].astype("<u4").tobytes(),
    ))


def decode(data: bytes) -> Sketch:
    """Read back what encode() wrote; refuses sketches made with other parameters."""
    magic, k, shift, n = _HEADER.unpack_from(data, 0)
    if magic != _MAGIC or k != SHINGLE or shift != SAMPLE_SHIFT:
        raise ValueError("signature was made by an incompatible dedup version")
    off = _HEADER.size
    line_hashes = np.frombuffer(data, dtype="<u8", count=n, offset=off)
    off += 8 * n
    line_tokens = np.frombuffer(data, dtype="<u2", count=n, offset=off)
    off += 2 * n
    line_counts = np.frombuffer(data, dtype="<u2", count=n, offset=off)
    off += 2 * n
    samples = np.frombuffer(data, dtype="<u4", count=int(line_counts.sum()), offset=off)
    return Sketch(line_hashes, line_tokens, line_counts, samples)


def signature(text: str, *, title: str | None = None) -> bytes:
    """The stored near-duplicate signature of a text (see Sketch)."""
    return encode(sketch(text, title=title))


def text_keys(text: str, *, title: str | None = None) -> tuple[int, str, bytes]:
    """word_count, content_hash and signature of one text, tokenised once."""
    h, line = tokenize(text)
    return len(h), _digest(h), encode(_sketch(*_line_lengths(h, line), title))
