"""The story index: MinHash LSH for candidates, containment on the shorter text to decide.

Two LSH signatures per document find candidates: one over all its content (syndicated
copies, light edits) and one over its lead (teasers and early versions, whose Jaccard
with the full text is small). A candidate is accepted when most of the shorter text's
content is found in the longer one. Lines already seen in other stories (footers,
"most read" lists, newsletter prompts) are left out of both, so shared boilerplate does
not make different articles look alike. Everything is derived from signature bytes.
"""

from __future__ import annotations

import math
from functools import cached_property

import numpy as np

from pipelines.dedup.arrays import count_unique, has, member, shared_counts, sorted_unique, unique_counts
from pipelines.dedup.lsh import BandTable
from pipelines.dedup.text import Sketch, decode, mix64

# Two leads, the first 6 and the first 12 content samples (about 25 and 50 words): a short
# teaser whose own lead runs into other text still shares the shorter one whole.
LEAD_WINDOWS = (6, 12)
LEAD_PERM = 16
ROWS = 2  # min-hash values per band, for the content and the lead bands alike
MIN_LINE_TOKENS = 4  # shorter lines (datelines, "Advertisement", headings) are not content
MIN_SAMPLES = 4  # texts with fewer content samples are left to the exact hash and URL
BOILERPLATE_STORIES = 2  # a line seen in this many earlier stories is boilerplate
MAX_CANDIDATES = 12  # most-voted candidates scored per query
LEAD_MIN = 5  # samples (about 20 words) of opening lines a teaser must share
MAX_UNSHARED = 80  # samples (about 320 words) a teaser may add of its own
COVERED = 0.5  # share of the longer text's content a boilerplate-ended copy must hold
_SEED_FULL = 0x5EED_F011
_SEED_LEAD = 0x5EED_1EAD


def _seeds(seed: int, n: int) -> np.ndarray:
    """Fixed odd per-permutation multipliers and salts (the same in every process)."""
    return mix64(np.arange(1, n + 1, dtype=np.uint64) + np.uint64(seed)) | np.uint64(1)


class LineCounts:
    """How many stories each line hash has appeared in: a count-min sketch, 8 MB fixed."""

    def __init__(self, bits: int = 22) -> None:
        self._mask = np.uint64((1 << bits) - 1)
        self._rows = np.zeros((2, 1 << bits), dtype=np.uint8)

    def _cells(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (hashes & self._mask).astype(np.int64), ((hashes >> np.uint64(32)) & self._mask).astype(np.int64)

    def count(self, hashes: np.ndarray) -> np.ndarray:
        """Upper-bound story counts for each line hash."""
        a, b = self._cells(hashes)
        return np.minimum(self._rows[0, a], self._rows[1, b])

    def add(self, hashes: np.ndarray) -> None:
        """Count one more story for each distinct line hash (saturating).

        Repeated hashes (or cells) are read once and written with the same value, so each
        cell counts this story once without de-duplicating first.
        """
        a, b = self._cells(hashes)
        for row, cells in ((0, a), (1, b)):
            vals = self._rows[row, cells]
            self._rows[row, cells] = np.where(vals < 255, vals + 1, vals)


class _View:
    """One sketch seen through the boilerplate counts at the time it is looked at.

    Only what LSH needs is computed up front; the rest when a candidate is scored.
    """

    def __init__(self, sk: Sketch, is_content: np.ndarray) -> None:
        self.sketch = sk
        self.is_content = is_content
        self.ordered = sk.samples[np.repeat(is_content, sk.line_counts)]  # content, text order

    @cached_property
    def lines(self) -> np.ndarray:
        """Hashes of the content lines, in text order."""
        return self.sketch.line_hashes[self.is_content]

    @cached_property
    def line_set(self) -> np.ndarray:
        """Every line hash, sorted unique."""
        return sorted_unique(self.sketch.line_hashes)

    @cached_property
    def members(self) -> np.ndarray:
        """Every sample, sorted unique (for membership tests)."""
        return sorted_unique(self.sketch.samples)

    @cached_property
    def member_counts(self) -> tuple[np.ndarray, np.ndarray]:
        """Every sample, sorted unique, and how often each occurs."""
        return unique_counts(self.sketch.samples)

    @cached_property
    def content(self) -> np.ndarray:
        """Unique content samples."""
        return sorted_unique(self.ordered)

    @cached_property
    def line_counts(self) -> np.ndarray:
        """Samples per content line, in text order."""
        return self.sketch.line_counts[self.is_content].astype(np.int64)


class StoryIndex:
    """Finds the story an article belongs to among the articles added so far."""

    def __init__(self, *, threshold: float = 0.7, num_perm: int = 32) -> None:
        if num_perm % ROWS:
            raise ValueError(f"num_perm must be a multiple of {ROWS}")
        self.threshold = threshold  # containment of the shorter text that makes a copy
        self.lead_threshold = 0.75  # containment of its lead, when the rest is diluted
        self.lead_floor = 0.4  # ...and at least this much of the whole
        self._full_seeds = _seeds(_SEED_FULL, num_perm)
        self._lead_seeds = _seeds(_SEED_LEAD, LEAD_PERM)
        self._lead_salts = [_seeds(_SEED_LEAD ^ 0xBA5D ^ w, LEAD_PERM // ROWS) for w in LEAD_WINDOWS]
        self._full_salt = _seeds(_SEED_FULL ^ 0xBA5D, num_perm // ROWS)
        self._table = BandTable()
        self._lines = LineCounts()
        self._sigs: list[bytes] = []
        self._doc_ids: list[str] = []
        self._doc_story: list[int] = []
        self._story_ids: list[str] = []
        self._story_num: dict[str, int] = {}
        self._last: tuple[bytes, int, tuple[Sketch, _View, np.ndarray]] | None = None

    def __len__(self) -> int:
        return len(self._sigs)

    def signature_bytes(self) -> int:
        """Bytes of signatures held (the bulk of the index)."""
        return sum(len(s) for s in self._sigs)

    def _view(self, sk: Sketch) -> _View:
        """Content lines: long enough and not known boilerplate."""
        return _View(sk, (sk.line_tokens >= MIN_LINE_TOKENS)
                     & (self._lines.count(sk.line_hashes) < BOILERPLATE_STORIES))

    def _prepare(self, sig: bytes) -> tuple[Sketch, _View, np.ndarray]:
        """Sketch, view and band keys of a signature; find_story then add reuses them."""
        if self._last is not None and self._last[0] is sig and self._last[1] == len(self._sigs):
            return self._last[2]
        sk = decode(sig)
        view = self._view(sk)
        out = (sk, view, self._keys(view))
        self._last = (sig, len(self._sigs), out)
        return out

    def _keys(self, view: _View) -> np.ndarray:
        """LSH band keys over the content and over its leads (one hashing pass for all bands)."""
        vals = view.ordered.astype(np.uint64)
        if len(vals) < MIN_SAMPLES:
            return np.empty(0, dtype=np.uint64)
        with np.errstate(over="ignore"):  # a*x+b mod 2**64 permutes the (uniform) samples
            perm = np.multiply(self._full_seeds[:, None], vals[None, :])
            perm += self._full_seeds[::-1, None]
            mins = [perm.min(axis=1)]
            salts = [self._full_salt]
            # Both lead windows are prefixes: permute the longer once, take minima of each prefix.
            top = vals[:max(LEAD_WINDOWS)]
            lead = np.multiply(self._lead_seeds[:, None], top[None, :])
            lead += self._lead_seeds[::-1, None]
            for w, salt in zip(LEAD_WINDOWS, self._lead_salts):
                if min(w, len(top)) >= MIN_SAMPLES:
                    mins.append(lead[:, :w].min(axis=1))
                    salts.append(salt)
            bands = np.concatenate(mins).reshape(-1, ROWS)
            acc = bands[:, 0]
            for j in range(1, ROWS):
                acc = mix64(acc ^ bands[:, j])
            return mix64(acc ^ np.concatenate(salts))

    def _min_shared(self, query: _View) -> int:
        """Fewest samples a candidate must share with the query for _score to accept it.

        Each way _score accepts needs this many of the shorter text's samples (counted
        with repeats) found in the longer one: the threshold share of at least MIN_SAMPLES,
        the lead share of at least LEAD_MIN, or COVERED of the longer text's distinct
        content, which has at least as many values as the query's. So candidates sharing
        fewer are skipped without changing any answer.
        """
        need = min(self.threshold * MIN_SAMPLES, self.lead_threshold * LEAD_MIN,
                   COVERED * len(query.content))
        return max(0, math.ceil(need - 1e-9))

    def _score(self, a: _View, b: _View) -> float:
        """How much of the shorter text the longer one contains; 0 when it is no copy.

        Lines both texts end with (an outlet's footer, "most read" list, newsletter
        prompt) are left out first, so shared boilerplate alone never makes a copy. What
        remains must be mostly contained, or open with what the longer text contains
        (a teaser or early version) and add little of its own.
        """
        short, long_ = (a, b) if len(a.content) <= len(b.content) else (b, a)
        counts = short.line_counts  # samples per content line
        keep = len(counts)
        if keep and len(long_.lines) and has(short.line_set, long_.lines[-1]):
            shared = member(long_.line_set, short.lines)
            unshared = np.flatnonzero(~shared)
            keep = int(unshared[-1]) + 1 if len(unshared) else 0
            if not keep:  # all of it is lines the longer text ends with: a copy, or boilerplate only
                covered = member(short.members, long_.content).mean()
                return 1.0 if covered >= COVERED else 0.0
        ends = np.cumsum(counts[:keep])
        rest = short.ordered[: int(ends[-1]) if keep else 0]
        if len(rest) < MIN_SAMPLES or count_unique(rest) < MIN_SAMPLES:
            return 0.0
        found = member(long_.members, rest)
        whole = float(found.mean())
        if whole >= self.threshold:
            return whole
        lead_n = int(ends[min(int(np.searchsorted(ends, LEAD_MIN)), keep - 1)])  # whole lines
        if lead_n >= LEAD_MIN and found[:lead_n].mean() >= self.lead_threshold and (
                whole >= self.lead_floor or len(found) - int(found.sum()) <= MAX_UNSHARED):
            return max(whole, 1e-3)
        return 0.0

    def add(self, doc_id: str, story_id: str, sig: bytes, *, source: str | None = None,
            text: str | None = None) -> None:
        """Index one article under its story; the first article of a story counts its lines.

        `source` and `text` are accepted for callers that have them; the signature alone
        carries everything, so an index rebuilt from stored signatures answers the same.
        """
        sk, _, keys = self._prepare(sig)
        doc = len(self._sigs)
        self._table.insert(keys, doc)
        story = self._story_num.get(story_id)
        if story is None:
            story = self._story_num[story_id] = len(self._story_ids)
            self._story_ids.append(story_id)
            self._lines.add(sk.line_hashes[sk.line_tokens >= MIN_LINE_TOKENS])
        self._sigs.append(sig)
        self._doc_ids.append(doc_id)
        self._doc_story.append(story)

    def find_story(self, sig: bytes, *, text: str | None = None,
                   source: str | None = None) -> tuple[str, str] | None:
        """(story_id, doc_id) of the best earlier copy of this article, or None."""
        _, view, keys = self._prepare(sig)
        if not len(keys):
            return None
        docs, votes = np.unique(self._table.lookup(keys), return_counts=True)
        if not len(docs):
            return None
        cands = docs[np.argsort(-votes, kind="stable")][:MAX_CANDIDATES].tolist()
        sketches = [decode(self._sigs[doc]) for doc in cands]
        theirs, ours = shared_counts(*view.member_counts, [sk.samples for sk in sketches])
        plausible = np.maximum(theirs, ours) >= self._min_shared(view)
        best, best_score = -1, 0.0
        for doc, sk, ok in zip(cands, sketches, plausible.tolist()):
            if not ok:
                continue
            score = self._score(view, self._view(sk))
            if score > best_score:
                best, best_score = doc, score
        if best < 0:
            return None
        return self._story_ids[self._doc_story[best]], self._doc_ids[best]

