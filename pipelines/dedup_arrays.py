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
