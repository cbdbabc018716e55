"""Records passed between pipeline stages: frozen, Scrapy-free, JSON-friendly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pipelines.vocabulary import ATTACK_KEYS as ATTACK_TYPES  # noqa: F401 (the one list, re-exported)


@dataclass(frozen=True)
class Extracted:
    """The clean article a page yields; text is "" when extraction found nothing."""

    text: str
    title: str | None = None
    published: datetime | None = None  # timezone-aware UTC
    modified: datetime | None = None  # timezone-aware UTC
    author: str | None = None
    language: str | None = None  # ISO 639-1
    canonical_url: str | None = None
    method: str = "none"  # which source the text came from: jsonld, trafilatura, embedded (script payload), feed, none


@dataclass(frozen=True)
class Report:
    """One attack on one installation, as an article states it."""

    attack_type: str  # one of ATTACK_TYPES
    evidence: str  # the sentence that says so
    base: str | None = None  # canonical name from the gazetteer; None when unresolved
    base_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the installation (or of the region)
    region: str | None = None  # where the text places it when the base is unresolved
    mention: str | None = None  # the installation as written in the text
    actor: str | None = None  # the attacker or claimant: its registry name (config/actors.yaml), else as written
    event_date: date | None = None
    killed: int | None = None
    wounded: int | None = None
    confidence: float = 0.5
    confirmed_by: str | None = None  # the official body that states the attack happened
    actor_written: str | None = None  # the attacker as the article writes it ("المقاومة الإسلامية في العراق")


@dataclass(frozen=True)
class Detection:
    """The detector's verdict on one article."""

    strike: bool
    score: float
    reports: tuple[Report, ...] = field(default_factory=tuple)
