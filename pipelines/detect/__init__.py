"""Strike-on-base detection: gazetteer, per-language lexicons and the rule-based detector."""

from __future__ import annotations

from pipelines.detect.detector import default_gazetteer, detect
from pipelines.detect.gazetteer import Base, Gazetteer, load_gazetteer

__all__ = ["Base", "Gazetteer", "default_gazetteer", "detect", "load_gazetteer"]
