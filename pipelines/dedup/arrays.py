"""Set operations on small sorted numpy arrays, without np.unique/np.isin's per-call overhead.

The index runs these on a few hundred values per candidate, where np.unique (hashing
path) and np.isin (concatenate and argsort both sides) cost several times the work itself.
"""

from __future__ import annotations

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending (np.unique without its dispatch overhead)."""
    s = np.sort(values)
    if len(s) < 2:
        return s
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def count_unique(values: np.ndarray) -> int:
    """How many distinct values there are."""
    if len(values) < 2:
        return len(values)
    s = np.sort(values)
    return 1 + int(np.count_nonzero(s[1:] != s[:-1]))


def member(sorted_set: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Boolean mask: which values occur in the ascending, distinct array sorted_set."""
    if not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    i = np.searchsorted(sorted_set, values)
    np.minimum(i, len(sorted_set) - 1, out=i)
    return sorted_set[i] == values


def has(sorted_set: np.ndarray, value) -> bool:
    """Whether one value occurs in an ascending array."""
    i = int(np.searchsorted(sorted_set, value))
    return i < len(sorted_set) and sorted_set[i] == value


def unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, ascending, and how often each occurs."""
    s = np.sort(values)
    if not len(s):
        return s, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], s[1:] != s[:-1])))
    return s[starts], np.diff(np.append(starts, len(s)))


def shared_counts(values: np.ndarray, counts: np.ndarray,
                  groups: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For each group: how many of its items occur in `values`, and how many of the items
    `values` stands for (distinct, ascending, each `counts` times) occur in the group.

    One vectorised pass over all groups, so a cheap test can rule many out at once.
    """
    n = len(groups)
    if not len(values) or not n:
        return np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    items = np.concatenate(groups)
    owner = np.repeat(np.arange(n), [len(g) for g in groups])
    at = np.searchsorted(values, items)
    np.minimum(at, len(values) - 1, out=at)
    hit = values[at] == items
    owner, at = owner[hit], at[hit]
    theirs = np.bincount(owner, minlength=n)
    pairs = sorted_unique(owner * len(values) + at)  # each shared value once per group
    ours = np.bincount(pairs // len(values), weights=counts[pairs % len(values)], minlength=n)
    return theirs, ours.astype(np.int64)
