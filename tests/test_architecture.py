"""ARCHITECTURE.md matches the tree: every path it names exists, and every package is described."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_path_named_exists() -> None:
    named = set(re.findall(r"`((?:pipelines|crawler|config|bench|tests)/[\w./-]*)`", DOC))
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert named and not missing, missing


def test_every_package_is_described() -> None:
    packages = [path.parent.relative_to(ROOT).as_posix() for top in ("pipelines", "crawler")
                for path in (ROOT / top).glob("*/__init__.py")]
    undescribed = sorted(package for package in packages if f"`{package}/" not in DOC)
    assert packages and not undescribed, undescribed
