"""Incidents as ACLED-like rows, written as CSV, JSON or GeoJSON for researchers' tools."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.countries import country_name

FORMATS = ("csv", "json", "geojson")
# A formula-looking cell is run by spreadsheets; untrusted text never starts with one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 500


@dataclass(frozen=True)
class IncidentRecord:
    """One incident as one row: what happened, where, who said so."""

    incident_id: int
    event_date: date
    event_date_precision: str  # "day": a report stated the date; "reported": publication time
    base: str | None
    base_id: str | None
    sites: tuple[str, ...]  # base ids of the other installations the same attack hit
    region: str | None
    country: str | None
    country_name: str | None
    latitude: float | None
    longitude: float | None
    attack_type: str
    attack_types: tuple[str, ...]
    actor: str | None
    confirmed_by: str | None  # the first official body to state the attack
    fatalities: int | None
    injuries: int | None
    sources: int
    independent_sources: int
    reports: int
    confidence: float
    first_seen: datetime
    last_seen: datetime
    outlets: tuple[str, ...]
    links: tuple[str, ...]
    notes: str | None  # the first evidence sentence

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


COLUMNS = tuple(f.name for f in fields(IncidentRecord))
_UNTRUSTED = {"actor", "confirmed_by", "notes", "outlets", "region", "base"}


def open_existing(url: str) -> Engine:
    """An engine for a database that exists: a mistyped SQLite path is an error, not a new empty file."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            raise FileNotFoundError(f"no database at {path} (run `basewatch demo` or a crawl first)")
    return store.open_engine(url)


def event_date_of(incident: store.Incident) -> tuple[date, str]:
    """The stated event date with precision 'day', else the report's publication day ('reported')."""
    if incident.event_date is not None:
        return incident.event_date, "day"
    return incident.event_time.astimezone(UTC).date(), "reported"


def _evidence_rows(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[str, str, str]]]:
    """(url, outlet, evidence) per incident, oldest article first, loaded in a few queries."""
    found: dict[int, list[tuple[str, str, str]]] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        rows = session.execute(
            select(store.Report.incident_id, store.Article.url, store.Source.name, store.Report.evidence)
            .join(store.Article, store.Report.article_id == store.Article.id)
            .join(store.Source, store.Article.source_id == store.Source.id)
            .where(store.Report.incident_id.in_(chunk))
            .order_by(store.Article.fetched_at, store.Report.id)
        ).all()
        for incident_id, url, outlet, evidence in rows:
            found[incident_id].append((url, outlet, evidence))
    return found


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def records_for(session: Session, incidents: Sequence[store.Incident]) -> list[IncidentRecord]:
    """Records for the given incidents, in the order given."""
    evidence = _evidence_rows(session, [i.id for i in incidents])
    records = []
    for incident in incidents:
        rows = evidence.get(incident.id, [])
        day, precision = event_date_of(incident)
        records.append(IncidentRecord(
            incident_id=incident.id, event_date=day, event_date_precision=precision,
            base=incident.base, base_id=incident.base_id, sites=tuple(incident.site_ids), region=incident.region, country=incident.country,
            country_name=country_name(incident.country), latitude=incident.latitude,
            longitude=incident.longitude, attack_type=incident.attack_type,
            attack_types=_unique((incident.attack_types or incident.attack_type).split(",")),
            actor=incident.actor, confirmed_by=incident.confirmed_by, fatalities=incident.killed, injuries=incident.wounded,
            sources=incident.source_count, independent_sources=incident.story_count,
            reports=incident.report_count, confidence=round(incident.confidence, 3),
            first_seen=incident.first_seen_at, last_seen=incident.last_seen_at,
            outlets=_unique(r[1] for r in rows), links=_unique(r[0] for r in rows),
            notes=rows[0][2] if rows else None,
        ))
    return records


def incident_records(session: Session, *, since: date | None = None) -> list[IncidentRecord]:
    """Every incident whose event date is on or after `since`, oldest first."""
    query = select(store.Incident).order_by(store.Incident.event_time, store.Incident.id)
    if since is not None:
        # event_time can sit a day either side of a stated date: narrow in SQL, decide below.
        query = query.where(store.Incident.event_time >= datetime.combine(since, time(), tzinfo=UTC)
                            - timedelta(days=2))
    records = records_for(session, session.scalars(query).all())
    if since is not None:
        records = [r for r in records if r.event_date >= since]
    return sorted(records, key=lambda r: (r.event_date, r.first_seen, r.incident_id))


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def as_dict(record: IncidentRecord) -> dict[str, Any]:
    """JSON-ready values: ISO dates, lists for the multi-valued fields."""
    return {name: _iso(getattr(record, name)) for name in COLUMNS}


def _csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "links":
        text = " ".join(value)  # URLs hold no spaces
    elif isinstance(value, tuple):
        text = "; ".join(value)
    else:
        text = str(_iso(value))
    if name in _UNTRUSTED and text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def write_csv(records: Iterable[IncidentRecord], handle: IO[str]) -> int:
    """One header line, one row per incident; returns the number of rows."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow([_csv_cell(name, getattr(record, name)) for name in COLUMNS])
        count += 1
    return count


def write_json(records: Iterable[IncidentRecord], handle: IO[str]) -> int:
    """A JSON array of objects with the CSV's columns."""
    rows = [as_dict(r) for r in records]
    json.dump(rows, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
    return len(rows)


def feature(record: IncidentRecord) -> dict[str, Any]:
    """A GeoJSON Feature: Point [lon, lat], or a null geometry when the place is unknown."""
    geometry = ({"type": "Point", "coordinates": [record.longitude, record.latitude]}
                if record.has_point else None)
    properties = {k: v for k, v in as_dict(record).items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": record.incident_id, "geometry": geometry, "properties": properties}


def write_geojson(records: Iterable[IncidentRecord], handle: IO[str]) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: WGS 84, longitude first)."""
    features = [feature(r) for r in records]
    json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
    return len(features)


WRITERS = {"csv": write_csv, "json": write_json, "geojson": write_geojson}


def write(records: Iterable[IncidentRecord], fmt: str, handle: IO[str]) -> int:
    """Write in the named format; returns how many incidents were written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return WRITERS[fmt](records, handle)


def check_target(path: str | Path, *, force: bool) -> None:
    """Refuse an existing path, a symlink too (even a dangling one), unless `force`."""
    if not force and os.path.lexists(path):
        raise FileExistsError(f"{path} already exists (pass --force to replace it)")


def write_file(records: Iterable[IncidentRecord], fmt: str, path: str | Path, *, force: bool = False) -> int:
    """Write to `path` through a temporary file in its folder, so nobody ever reads half an export.

    With `force` an existing file or symlink is replaced (the link itself, never the file it
    points to); without it an existing path is refused, even one that appears while we write.
    """
    path = Path(path)
    check_target(path, force=force)
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=path.parent,
                                         prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            count = write(records, fmt, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())  # as open() would have made it, not the temp file's 0600
        if force:
            os.replace(handle.name, path)
        else:
            _publish_new(handle.name, path)
    finally:
        if os.path.lexists(handle.name):
            os.unlink(handle.name)
    return count


def _publish_new(temporary: str, path: Path) -> None:
    try:
        os.link(temporary, path)  # unlike rename, never replaces a file that appeared meanwhile
    except FileExistsError:
        raise FileExistsError(f"{path} already exists (pass --force to replace it)") from None
    except OSError:  # a file system without hard links
        check_target(path, force=False)
        os.replace(temporary, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
