"""Tune / lockbox split of a development set by a hash of each item's URL (70% / 30%), stable across runs.

Rules are studied and tuned on `tune` only; `lockbox` is read for its figures, and a change that
raises tune but lowers lockbox is not kept.
"""

from __future__ import annotations

import hashlib

LOCKBOX_PERCENT = 30


def split_of(url: str) -> str:
    """'lockbox' for about 30% of URLs, 'tune' for the rest."""
    bucket = int(hashlib.sha256(url.encode("utf-8")).hexdigest(), 16) % 100
    return "lockbox" if bucket < LOCKBOX_PERCENT else "tune"
