"""Text normalisation, exact content hashes and shingle sketches for story dedup.

Everything here is a pure function of the text and uses keyed BLAKE2 and fixed integer
mixing, never Python's per-process hash(), so two processes always agree.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass

import numpy as np

SHINGLE = 4  # words per shingle: long enough to be specific, short enough to survive edits
SAMPLE_SHIFT = 62  # keep shingles whose 64-bit hash is < 2**62: a 1-in-4 content-defined sample
_MAGIC = b"BWD1"
_HEADER = struct.Struct("<4sBBH")  # magic, shingle size, sample shift, line count

_WORD = re.compile(r"\w+")
# Scripts written without spaces: every character is a token, so shingles still work.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_P = np.uint64(0x100000001B3)


def normalise(text: str) -> str:
    """Fold Unicode width/compatibility forms and case, so copies compare equal."""
    return unicodedata.normalize("NFKC", text or "").casefold()


def tokens(line: str) -> list[str]:
    """Word tokens of an already normalised line; CJK characters count one each."""
    words = _WORD.findall(line)
    if not _CJK.search(line):
        return words
    out: list[str] = []
    for word in words:
        out.extend(_split_cjk(word) if _CJK.search(word) else (word,))
    return out


def _split_cjk(word: str) -> list[str]:
    """Split a run that mixes CJK characters and other letters into tokens."""
    return [piece for piece in re.split(f"({_CJK.pattern})", word) if piece]


def content_hash(text: str) -> str:
    """Hex digest of the text's words only: whitespace, case and punctuation do not count."""
    words = " ".join(tokens(normalise(text)))
    return hashlib.blake2b(words.encode("utf-8"), digest_size=16, person=b"bw-content").hexdigest()


_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_MAX = 1 << 18


def _token_hash(token: str) -> int:
    """Stable 64-bit hash of one token."""
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def token_hashes(toks: list[str]) -> np.ndarray:
    """Hashes of many tokens, through a bounded cache (news vocabulary repeats a lot)."""
    cache = _TOKEN_CACHE
    out = list(map(cache.get, toks))
    for i, v in enumerate(out):
        if v is None:
            v = out[i] = _token_hash(toks[i])
            if len(cache) >= _TOKEN_CACHE_MAX:
                cache.clear()
            cache[toks[i]] = v
    return np.array(out, dtype=np.uint64)


def mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads bits so any slice of the hash is uniform."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def _shingles(lines: list[list[str]], k: int = SHINGLE) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the k-word shingles inside each line, and the line of each.

    Shingles never cross a line break; a line shorter than k words is one shingle.
    """
    lens = np.fromiter((len(t) for t in lines), dtype=np.int64, count=len(lines))
    total = int(lens.sum())
    h = np.zeros(total + k, dtype=np.uint64)
    h[:total] = token_hashes([t for toks in lines for t in toks])
    ends = np.cumsum(lens)
    starts = ends - lens
    line_of = np.repeat(np.arange(len(lines)), lens)
    pos = np.arange(total)
    short = lens < k
    acc = h[:total].copy()
    short_vals = np.empty(int(short.sum()), dtype=np.uint64)
    short_lens = lens[short]
    with np.errstate(over="ignore"):
        for j in range(1, k + 1):
            hit = short_lens == j
            if hit.any():
                short_vals[hit] = acc[starts[short][hit]]
            if j < k:
                acc = acc * _P + h[j:j + total]
    full = pos + k <= ends[line_of] if total else np.zeros(0, dtype=bool)
    order_pos = np.concatenate((pos[full], starts[short]))
    vals = np.concatenate((acc[full], short_vals))
    order = np.argsort(order_pos, kind="stable")
    return mix64(vals[order]), line_of[order_pos[order]] if total else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Sketch:
    """What the index keeps of one text: per-line hashes, sizes and shingle samples."""

    line_hashes: np.ndarray  # uint64, one per non-empty line
    line_tokens: np.ndarray  # uint16, words per line (capped)
    line_counts: np.ndarray  # uint16, sampled shingles per line
    samples: np.ndarray  # uint32, sampled shingle hashes in text order

    def line_samples(self) -> list[np.ndarray]:
        """The samples split back into their lines."""
        ends = np.cumsum(self.line_counts, dtype=np.int64)
        return np.split(self.samples, ends[:-1]) if len(ends) else []


def _lines(text: str) -> list[list[str]]:
    """Non-empty lines of the normalised text, as token lists."""
    out = []
    for line in normalise(text).splitlines():
        toks = tokens(line)
        if toks:
            out.append(toks)
    return out


def sketch(text: str, *, title: str | None = None) -> Sketch:
    """Sketch a text; the title is used only when the text is too short to stand alone."""
    lines = _lines(text)
    if title and sum(len(t) for t in lines) < 25:
        lines = _lines(title) + lines
    n = min(len(lines), 0xFFFF)
    lines = lines[:n]
    line_hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(" ".join(t).encode("utf-8"), digest_size=8,
                                        person=b"bw-line").digest(), "little") for t in lines),
        dtype=np.uint64, count=n,
    )
    line_tokens = np.fromiter((min(len(t), 0xFFFF) for t in lines), dtype=np.uint16, count=n)
    if not n:
        empty = np.empty(0, dtype=np.uint16)
        return Sketch(line_hashes, line_tokens, empty, np.empty(0, dtype=np.uint32))
    hashes, line_of = _shingles(lines)
    keep = hashes < np.uint64(1 << SAMPLE_SHIFT)
    samples = hashes[keep].astype(np.uint32)  # the low 32 bits are still uniform
    line_counts = np.bincount(line_of[keep], minlength=n).astype(np.uint16)
    return Sketch(line_hashes, line_tokens, line_counts, samples)


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
