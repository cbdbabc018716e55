"""Fold reports into incidents: same installation (or region) within a time window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import distinct, func, or_, select, text
from sqlalchemy.orm import Session

from pipelines.detect.actors import default_registry
from pipelines.store import models as store


@dataclass(frozen=True)
class IncidentChange:
    """What a report did to its incident: opened it, changed it materially, or only repeated it."""

    incident: store.Incident
    kind: str  # "new" | "update" | "repeat"
    note: str | None = None


def incident_key(report: store.Report, article: store.Article, region_key=None) -> str:
    """Reports about one installation share a key; unresolved ones share their country and region.

    `region_key(country, region)` names the region's place one way however it is spelled, and ""
    where the text names only the country ("Iraq", "العراق", "northern Israel"): every report placed
    by its country alone then shares one key in each country. A report with no country at all has no
    place to share: it keys on its own story, so only copies of the same article join it, never
    another attack that merely lacks a place too.
    """
    if report.base_id:
        return report.base_id
    if report.country:
        region = region_key(report.country, report.region) if region_key else (report.region or "").lower()
        return f"region:{report.country}:{region}"
    return f"unplaced:story:{article.story_id or article.id}"


def _countrywide(key: str) -> bool:
    """Whether an incident key places the attack only by its country."""
    return key.startswith("region:") and key.endswith(":")


def _near_key(country: str | None, base_id: str) -> str:
    """The key of a report placed at a town next to this base ("a military site near Nikshahr"): the
    gazetteer's `near` places name the town, and `region_key` names it by the base's id."""
    return f"region:{country}:near:{base_id}"


def _lock_key(session: Session, key: str) -> None:
    """Two nodes filing reports of one place at once must find each other's incident, not open two.

    PostgreSQL: a transaction-scoped advisory lock per key (per country where the report has one,
    since a report placed by its country alone may join an incident of another key there). SQLite
    needs none: the article insert before this already holds the database's single write lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"incident:{key}"})


def report_time(report: store.Report, article: store.Article) -> datetime:
    """Best estimate of when the attack happened, for window matching."""
    anchor = article.published_at or article.fetched_at
    if report.event_date is not None:
        stated = datetime.combine(report.event_date, time(12), tzinfo=UTC)
        if abs(stated - anchor) > timedelta(days=1):
            return stated
    return anchor


def _recount(session: Session, incident: store.Incident) -> None:
    """Sources and independent stories, counted from the stored reports."""
    rows = select(store.Article.source_id, store.Article.story_id).join(
        store.Report, store.Report.article_id == store.Article.id
    ).where(store.Report.incident_id == incident.id)
    sub = rows.subquery()
    incident.source_count = session.scalar(select(func.count(distinct(sub.c.source_id)))) or 0
    incident.story_count = session.scalar(select(func.count(distinct(sub.c.story_id)))) or 0
    incident.report_count = session.scalar(
        select(func.count()).where(store.Report.incident_id == incident.id)
    ) or 0


def _material_changes(incident: store.Incident, report: store.Report) -> list[str]:
    """The facts this report adds that a watch officer would want to hear about."""
    changes = []
    if report.killed is not None and report.killed > (incident.killed or 0):
        changes.append(f"killed: {report.killed}" + (f" (was {incident.killed})" if incident.killed else ""))
        incident.killed = report.killed
    if report.wounded is not None and report.wounded > (incident.wounded or 0):
        changes.append(f"wounded: {report.wounded}" + (f" (was {incident.wounded})" if incident.wounded else ""))
        incident.wounded = report.wounded
    if report.actor and not incident.actor:
        changes.append(f"claimed by {report.actor}")
        incident.actor = report.actor
    if report.confirmed_by and not incident.confirmed_by:
        changes.append(f"confirmed by {report.confirmed_by}")
        incident.confirmed_by = report.confirmed_by
    return changes


def _same_story_incident(session: Session, key: str, article: store.Article) -> store.Incident | None:
    """The incident an earlier report of this article, or of a copy of its story, about the same place joined.

    A copy published a day later moves its "yesterday" with it: it states another day but tells
    the same attack (story dedup already checked that it does not tell another event)."""
    story = [store.Report.article_id == article.id]
    if article.story_id:
        story.append(store.Article.story_id == article.story_id)
    return session.scalars(
        select(store.Incident)
        .join(store.Report, store.Report.incident_id == store.Incident.id)
        .join(store.Article, store.Article.id == store.Report.article_id)
        .where(or_(*story))
        .where(store.Incident.key == key)
        .order_by(store.Incident.id)
        .limit(1)
    ).first()


def _in_window(query, report: store.Report, when: datetime, window: timedelta):
    """Incidents of the query whose time lies within the window of the report's."""
    query = query.where(store.Incident.event_time >= when - window).where(store.Incident.event_time <= when + window)
    if report.event_date is not None:
        # Two reports that each state their day and name different days tell two attacks, however
        # close: at a base hit on consecutive days, joining them hides the second attack's alert.
        query = query.where(or_(store.Incident.event_date.is_(None), store.Incident.event_date == report.event_date))
    return query


def _of_place(key: str, report: store.Report):
    """Incidents of the report's place: keyed by it, or holding a report of its base as another site.

    A report of a base and a report of "a base near" its town tell one place: on the day both allow
    they are one attack, whichever arrives first."""
    base_id = report.base_id or key.partition(":near:")[2]
    if not base_id:
        return store.Incident.key == key
    return or_(store.Incident.key == key, store.Incident.key == base_id,
               store.Incident.key == _near_key(report.country, base_id), store.Incident.has_site(base_id))


def _article_incident(session: Session, report: store.Report, article: store.Article, when: datetime,
                      window: timedelta) -> store.Incident | None:
    """The incident this article already filed in the report's country, where the report adds another site.

    "Drones struck Harir, Erbil and Ain al-Asad" is one attack at three installations, not three:
    one alert names them all, and a later report of any of them finds it. Only a named base joins
    so (a vague place has no site to add), only in the same country (an incident never spans two),
    on a day both sides allow, and only where the two sides' attackers may be one party (the actor
    registry's `may_be`: "Islamic Resistance" may be the Islamic Resistance in Iraq).
    """
    if not report.base_id or not report.country:
        return None
    mine = select(store.Report.incident_id).where(store.Report.article_id == article.id)
    query = _in_window(select(store.Incident).where(store.Incident.id.in_(mine))
                       .where(store.Incident.country == report.country), report, when, window)
    registry = default_registry()
    return next((i for i in session.scalars(query.order_by(store.Incident.id))
                 if registry.may_be_one(i.actor, report.actor)), None)


def _new_site(incident: store.Incident, report: store.Report) -> str | None:
    """An installation the incident had not held yet ("also at Erbil")."""
    if not report.base_id or report.base_id == incident.base_id or report.base_id in incident.site_ids:
        return None
    incident.sites = ",".join([*incident.site_ids, report.base_id])
    return f"also at {report.base}"


def _lone_in_country(session: Session, report: store.Report, key: str, when: datetime,
                     window: timedelta, areas: frozenset[str] = frozenset()) -> store.Incident | None:
    """Where one side places the attack by its country alone, or by an area that holds the other's place
    (`areas`: the keys of the places around and inside the report's), the only such incident in the window.

    "Missiles hit a base in Iraq" a few hours after an alert for Ain al-Asad tells that attack, and a
    report naming the base tells the "base in Iraq" alerted before it; so do "an attack in northwest
    Pakistan" and one "in Peshawar". With two such incidents in the window the vaguer side cannot tell
    which it is, and stays apart.
    """
    if not report.country:
        return None
    query = _in_window(select(store.Incident).where(store.Incident.country == report.country), report, when, window)
    if not _countrywide(key):
        query = query.where(store.Incident.key.in_([f"region:{report.country}:", *areas]))
    found = session.scalars(query.order_by(store.Incident.id).limit(2)).all()
    return found[0] if len(found) == 1 else None


def _position(report: store.Report, locate) -> tuple[float | None, float | None]:
    """Where the report's place goes on the map (`locate`: ingest's coordinates of a base or town), if known."""
    return (locate(report) if locate is not None else None) or (None, None)


def _area_keys(key: str, areas) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the areas holding a report's place and of the places inside it (`areas`: the
    gazetteer's Areas); none for a base, a country alone or a place next to a base."""
    country, _, name = key[len("region:"):].partition(":") if key.startswith("region:") else ("", "", "")
    if areas is None or not name or name.startswith("near:"):
        return frozenset(), frozenset()
    return (frozenset(f"region:{country}:{w}" for w in areas.wider(country, name)),
            frozenset(f"region:{country}:{n}" for n in areas.narrower(country, name)))


def _vaguer(incident: store.Incident, report: store.Report, key: str, wider: frozenset[str]) -> bool:
    """Whether the incident's place is vaguer than the report's: its country alone where the report
    names a base or town, an area that holds the report's town, or the town next to the base the
    report names."""
    if _countrywide(incident.key):
        return not _countrywide(key)
    if incident.key in wider:
        return True
    return bool(report.base_id) and incident.key == _near_key(report.country, report.base_id)


def _place_it(incident: store.Incident, report: store.Report, key: str, locate,
              wider: frozenset[str] = frozenset()) -> str | None:
    """A report naming the place of an incident known less exactly places it: the incident takes the
    report's key, so the next report of that place finds it."""
    if not _vaguer(incident, report, key, wider):
        return None
    incident.key, incident.base_id, incident.base, incident.region = key, report.base_id, report.base, report.region
    incident.latitude, incident.longitude = _position(report, locate)
    return f"placed at {report.base or report.region}"


def attach_report(
    session: Session, report: store.Report, article: store.Article, *,
    window: timedelta, locate=None, region_key=None, areas=None, now: datetime,
) -> IncidentChange:
    """Join the report to an incident in the window, or open a new one.

    Reports of one article, or of copies of one story, about one place always join each other: a
    sentence dated by its weekday and an undated one that falls back to the publication day tell
    one incident.
    """
    key = incident_key(report, article, region_key)
    wider, narrower = _area_keys(key, areas)
    when = report_time(report, article)
    _lock_key(session, f"country:{report.country}" if report.country else key)
    nearby = _in_window(select(store.Incident).where(_of_place(key, report)), report, when, window)
    # Of several incidents of one place in the window (a base hit on consecutive days), the report
    # joins the one nearest its own time, not the one opened first.
    incident = _same_story_incident(session, key, article) or min(
        session.scalars(nearby.order_by(store.Incident.first_seen_at)), key=lambda i: abs(i.event_time - when),
        default=None) or _article_incident(session, report, article, when, window) \
        or _lone_in_country(session, report, key, when, window, wider | narrower)
    if incident is None:
        lat, lon = _position(report, locate)
        incident = store.Incident(
            key=key, base_id=report.base_id, base=report.base, country=report.country,
            region=report.region, latitude=lat, longitude=lon, attack_type=report.attack_type,
            attack_types=report.attack_type, actor=report.actor, killed=report.killed,
            wounded=report.wounded, event_date=report.event_date, event_time=when,
            first_seen_at=now, last_seen_at=now, confidence=report.confidence,
            confirmed_by=report.confirmed_by,
        )
        session.add(incident)
        session.flush()
        report.incident_id = incident.id
        session.flush()
        _recount(session, incident)
        return IncidentChange(incident, "new")
    report.incident_id = incident.id
    incident.last_seen_at = now
    incident.confidence = max(incident.confidence, report.confidence)
    seen_types = set(filter(None, incident.attack_types.split(",")))
    if report.attack_type not in seen_types:
        incident.attack_types = ",".join(sorted(seen_types | {report.attack_type}))
    if incident.event_date is None and report.event_date is not None:
        incident.event_date = report.event_date
    placed = _place_it(incident, report, key, locate, wider)
    site = None if placed else _new_site(incident, report)
    changes = [c for c in (placed, site) if c] + _material_changes(incident, report)
    session.flush()
    _recount(session, incident)
    if changes:
        return IncidentChange(incident, "update", "; ".join(changes))
    return IncidentChange(incident, "repeat")
