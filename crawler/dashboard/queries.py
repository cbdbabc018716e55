"""What the dashboard shows, read from the store: filtered incidents, one incident, source health."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import case, distinct, func, or_, select
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.countries import country_name
from pipelines.export import IncidentRecord, event_date_of, records_for
from pipelines.alerts.mail import ATTACK_LABELS, text_direction

TABLE_LIMIT = 500


@dataclass(frozen=True)
class Filters:
    """The table's filters, as read from the query string (all optional)."""

    start: date | None = None
    end: date | None = None
    country: str | None = None
    base: str | None = None
    attack: str | None = None
    actor: str | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> tuple[Filters, list[str]]:
        """Filters and the problems with what was typed (a bad value is ignored, not fatal)."""
        problems: list[str] = []

        def day(name: str) -> date | None:
            raw = (args.get(name) or "").strip()
            if not raw:
                return None
            try:
                return date.fromisoformat(raw)
            except ValueError:
                problems.append(f"{name}: not a date (YYYY-MM-DD): {raw[:40]}")
                return None

        def text(name: str) -> str | None:
            return (args.get(name) or "").strip()[:200] or None

        country = text("country")
        return cls(start=day("from"), end=day("to"), country=country.upper() if country else None,
                   base=text("base"), attack=text("attack"), actor=text("actor")), problems

    def as_args(self) -> dict[str, str]:
        """The query string that reproduces these filters (for links and exports)."""
        values = {"from": self.start, "to": self.end, "country": self.country, "base": self.base,
                  "attack": self.attack, "actor": self.actor}
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items() if v}

    @property
    def active(self) -> bool:
        return bool(self.as_args())

    def keeps(self, record: IncidentRecord) -> bool:
        """The filters that SQL cannot decide exactly: the effective date, attack types, actor."""
        if self.start and record.event_date < self.start:
            return False
        if self.end and record.event_date > self.end:
            return False
        if self.attack and self.attack not in record.attack_types:
            return False
        return not self.actor or self.actor.casefold() in (record.actor or "").casefold()


def find_incidents(session: Session, filters: Filters) -> list[IncidentRecord]:
    """Incidents matching the filters, newest event first."""
    query = select(store.Incident).order_by(store.Incident.event_time.desc(), store.Incident.id.desc())
    if filters.country:
        query = query.where(store.Incident.country == filters.country)
    if filters.base:
        # An attack on several installations is listed under each of them.
        query = query.where(or_(store.Incident.base_id == filters.base, store.Incident.has_site(filters.base)))
    if filters.attack:
        query = query.where(store.Incident.attack_types.contains(filters.attack))
    # event_time sits within a day of a stated date: narrow in SQL, decide exactly in keeps().
    if filters.start:
        query = query.where(store.Incident.event_time >= _midnight(filters.start) - timedelta(days=2))
    if filters.end:
        query = query.where(store.Incident.event_time < _midnight(filters.end) + timedelta(days=3))
    incidents = session.scalars(query).all()
    return [r for r in records_for(session, incidents) if filters.keeps(r)]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


@dataclass(frozen=True)
class Choices:
    """The values the filter menus offer: only what the database holds."""

    countries: list[tuple[str, str]]
    bases: list[tuple[str, str]]
    attacks: list[tuple[str, str]]
    actors: list[str]


def choices(session: Session) -> Choices:
    countries = session.scalars(select(distinct(store.Incident.country)).where(store.Incident.country.is_not(None))).all()
    bases = session.execute(select(store.Incident.base_id, func.min(store.Incident.base))
                            .where(store.Incident.base_id.is_not(None)).group_by(store.Incident.base_id)).all()
    seen: set[str] = set()
    for joined in session.scalars(select(distinct(store.Incident.attack_types))).all():
        seen.update(filter(None, (joined or "").split(",")))
    actors = session.scalars(select(distinct(store.Incident.actor)).where(store.Incident.actor.is_not(None))).all()
    return Choices(
        countries=sorted(((c, country_name(c) or c) for c in countries), key=lambda p: p[1]),
        bases=sorted(((b, name or b) for b, name in bases), key=lambda p: p[1].casefold()),
        attacks=[(key, label) for key, label in ATTACK_LABELS.items() if key in seen]
        + [(key, key) for key in sorted(seen - ATTACK_LABELS.keys())],
        actors=sorted(actors, key=str.casefold)[:200],
    )


@dataclass(frozen=True)
class MapPoint:
    """All filtered incidents at one place: one marker."""

    lat: float
    lon: float
    base: str
    country: str | None
    incidents: list[dict]


def map_points(records: list[IncidentRecord]) -> list[MapPoint]:
    """Group incidents by their coordinates so that one base is one marker."""
    grouped: dict[tuple[float, float], list[IncidentRecord]] = {}
    for record in records:
        if record.has_point:
            grouped.setdefault((record.latitude, record.longitude), []).append(record)
    return [MapPoint(lat=lat, lon=lon, base=group[0].base or group[0].region or "unidentified base",
                     country=country_name(group[0].country),
                     incidents=[{"id": r.incident_id, "date": r.event_date.isoformat(),
                                 "attack": ATTACK_LABELS.get(r.attack_type, r.attack_type),
                                 "actor": r.actor} for r in group])
            for (lat, lon), group in grouped.items()]


@dataclass(frozen=True)
class ReportView:
    report: store.Report
    article: store.Article
    outlet: str
    direction: str


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    what: str
    outlet: str | None = None  # untrusted, possibly right-to-left: rendered apart from `what`
    detail: str | None = None
    link: str | None = None
    day_only: bool = False


@dataclass(frozen=True)
class SourceLink:
    outlet: str
    title: str
    url: str
    published: datetime | None


@dataclass(frozen=True)
class IncidentView:
    """One incident with its reports, sources and what happened when."""

    incident: store.Incident
    record: IncidentRecord
    reports: list[ReportView]
    sources: list[SourceLink]
    timeline: list[TimelineEntry] = field(default_factory=list)

    @property
    def sites(self) -> list[str]:
        """The other installations the attack hit, as their reports name them."""
        named = {v.report.base_id: v.report.base for v in self.reports if v.report.base}
        return [named.get(b, b) for b in self.incident.site_ids]


def incident_view(session: Session, incident_id: int) -> IncidentView | None:
    incident = session.get(store.Incident, incident_id)
    if incident is None:
        return None
    rows = session.execute(
        select(store.Report, store.Article, store.Source.name)
        .join(store.Article, store.Report.article_id == store.Article.id)
        .join(store.Source, store.Article.source_id == store.Source.id)
        .where(store.Report.incident_id == incident.id)
        .order_by(store.Article.fetched_at, store.Report.id)
    ).all()
    reports = [ReportView(r, a, outlet, text_direction(r.evidence)) for r, a, outlet in rows]
    sources: dict[str, SourceLink] = {}
    for view in reports:
        sources.setdefault(view.article.url, SourceLink(view.outlet, view.article.title or view.article.url,
                                                        view.article.url, view.article.published_at))
    return IncidentView(incident, records_for(session, [incident])[0], reports, list(sources.values()),
                        _timeline(session, incident, reports))


def _timeline(session: Session, incident: store.Incident, reports: list[ReportView]) -> list[TimelineEntry]:
    """The attack, each outlet's report, basewatch's first sighting and the alerts it sent."""
    day, precision = event_date_of(incident)
    entries = [TimelineEntry(_midnight(day), "Attack" + (" (date stated in a report)" if precision == "day"
                                                         else " (date of the first report)"),
                             detail=ATTACK_LABELS.get(incident.attack_type, incident.attack_type), day_only=True)]
    seen: set[int] = set()
    for view in reports:
        if view.article.id in seen:
            continue
        seen.add(view.article.id)
        published = view.article.published_at
        entries.append(TimelineEntry(published or view.article.fetched_at,
                                     "Reported by" if published else "Fetched from", view.outlet,
                                     view.article.title or view.article.url, view.article.url))
    entries.append(TimelineEntry(incident.first_seen_at, "First seen by basewatch"))
    sent = session.execute(
        select(store.Outbox.kind, func.min(store.Outbox.sent_at), func.count())
        .where(store.Outbox.incident_id == incident.id, store.Outbox.status == "sent")
        .group_by(store.Outbox.kind)
    ).all()
    for kind, when, count in sent:
        if when is not None:
            label = "Alert" if kind == "alert" else ("Update" if kind.startswith("update") else "Digest")
            entries.append(TimelineEntry(_aware(when), f"{label} sent to {count} recipient{'s' if count != 1 else ''}"))
    if incident.last_seen_at > incident.first_seen_at:
        entries.append(TimelineEntry(incident.last_seen_at, "Last report seen"))
    return sorted(entries, key=lambda e: e.when)


def _aware(value: datetime) -> datetime:
    """Aggregates bypass the UTC column type on SQLite and come back naive or as text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SourceHealth:
    source: store.Source
    feeds: int
    failing_feeds: int
    state: str  # ok | failing | quiet | never polled | disabled


def source_health(session: Session, *, now: datetime, quiet_after: timedelta = timedelta(days=3)) -> list[SourceHealth]:
    """Every source with a one-word state a watch officer can scan."""
    feeds = {sid: (total, failing) for sid, total, failing in session.execute(
        select(store.Feed.source_id, func.count(),
               func.sum(case((store.Feed.last_status >= 400, 1), else_=0))).group_by(store.Feed.source_id))}
    health = []
    for source in session.scalars(select(store.Source).order_by(store.Source.id)).all():
        total, failing = feeds.get(source.id, (0, 0))
        if not source.enabled:
            state = "disabled"
        elif source.error_streak:
            state = "failing"
        elif source.last_success_at is None:
            state = "never polled"
        elif source.last_new_article_at is None or now - source.last_new_article_at > quiet_after:
            state = "quiet"
        else:
            state = "ok"
        health.append(SourceHealth(source, total or 0, int(failing or 0), state))
    return health
