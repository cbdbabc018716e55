"""The read-only dashboard: Flask views over the store, Jinja2 autoescaped, GET only."""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Response, abort, render_template, request
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from crawler.dashboard.chart import daily_chart
from crawler.dashboard.queries import (
    TABLE_LIMIT, Filters, choices, find_incidents, incident_view, map_points, source_health,
)
from crawler.dashboard.why import read_article, report_reasons
from pipelines import export
from pipelines.store import models as store
from pipelines.countries import country_name
from pipelines.latin import with_latin
from pipelines.alerts.mail import ATTACK_LABELS

log = logging.getLogger(__name__)

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
LOCAL_HOST_NAMES = ("localhost", "127.0.0.1", "[::1]")
_WILDCARD_BINDS = ("", "0.0.0.0", "::", "[::]")
# A Host header: a DNS name or IPv4 address, or a bracketed IPv6 address, then an optional port.
_HOST_HEADER = re.compile(r"(?P<name>\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::[0-9]{1,5})?", re.IGNORECASE)
_SQLITE_MAX_INT = 2**63 - 1  # a bigger id cannot exist, and SQLite's driver would overflow on it
MAX_EXPLAINED_REPORTS = 30  # each article among them is read again by the detector: a few ms apiece
_MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json",
          "geojson": "application/geo+json"}


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(UTC).strftime(fmt) if value else "–"


def _http_url(value: str | None) -> str:
    """Only http(s) links reach an href: a javascript: or data: URL from a feed becomes inert."""
    scheme = urlsplit(value or "").scheme.lower()
    return value if value and scheme in ("http", "https") else "#"


def host_name(value: str) -> str:
    """An address or name as a Host header carries it: lowercased, IPv6 in brackets, no port."""
    value = value.strip().lower()
    return f"[{value}]" if ":" in value and not value.startswith("[") else value


def allowed_host_names(bound_host: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names the dashboard answers to: loopback, the address it listens on (unless a wildcard),
    and the operator's own (dashboard.allowed_hosts)."""
    names = set(LOCAL_HOST_NAMES) | {host_name(name) for name in extra}
    if bound_host is not None and host_name(bound_host) not in _WILDCARD_BINDS:
        names.add(host_name(bound_host))
    return frozenset(names)


def _reasons(views, bases_path: Path | None) -> dict[int, list[str]]:
    """Why the detector flagged each report, each article read once however many of its reports are
    shown; a detector failure costs the explanation, not the page."""
    articles: dict[int, dict] = {}
    reasons: dict[int, list[str]] = {}
    for view in views:
        try:
            if view.article.id not in articles:
                articles[view.article.id] = read_article(view.article, _gazetteer(bases_path))
            reasons[view.report.id] = report_reasons(articles[view.article.id], view.report)
        except Exception as exc:
            log.warning("dashboard: no explanation for report %s: %s: %s", view.report.id, type(exc).__name__, exc)
            reasons[view.report.id] = ["The reasons could not be worked out for this report (see the dashboard's log)."]
    return reasons


@functools.lru_cache(maxsize=2)
def _gazetteer(bases_path: Path | None):
    """Loaded once per process, on the first incident page."""
    from pipelines.detect import default_gazetteer, load_gazetteer

    return load_gazetteer(bases_path) if bases_path else default_gazetteer()


def host_is_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """The name in a Host header is one of ours; the port does not matter (see README, Dashboard).

    A web page that rebinds its own DNS name to 127.0.0.1 still sends that name, so checking the
    name is what keeps other sites' scripts out; a reverse proxy may forward its own port."""
    match = _HOST_HEADER.fullmatch(header or "")
    return match is not None and match["name"].lower() in allowed


def _security_headers(response: Response, tile_url: str | None) -> Response:
    """No inline script, no framing, no referrer leaked to outlets: defence behind autoescaping."""
    tiles = ""
    if tile_url:
        parts = urlsplit(tile_url)
        tiles = f" {parts.scheme}://{parts.netloc}"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; img-src 'self' data:{tiles}; script-src 'self'; style-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


FILTERS = {  # what the templates may do to a value: times in UTC, labels, and only http(s) links
    "when": _when, "day": lambda v: v.isoformat() if v else "–", "country": lambda c: country_name(c) or "–",
    "attack": lambda a: ATTACK_LABELS.get(a, a), "http_url": _http_url, "latin": with_latin,
}


def create_app(database_url: str | None = None, *, engine: Engine | None = None,
               tile_url: str | None = OSM_TILES, allowed_hosts: Iterable[str] | None = None,
               bases_path: Path | None = None) -> Flask:
    """The app over one database; tile_url=None draws markers on a blank map (no tile requests).

    allowed_hosts: the Host names answered (default: loopback names only); any other gets 421.
    bases_path: the gazetteer the incident page explains reports with (default: the project's)."""
    app = Flask(__name__)
    allowed = frozenset(allowed_hosts) if allowed_hosts is not None else allowed_host_names()
    if engine is None:
        if database_url is None:
            raise ValueError("create_app needs a database URL or an engine")
        engine = export.open_existing(database_url)
    sessions: sessionmaker = store.session_factory(engine)
    app.config.update(TILE_URL=tile_url or "")
    app.jinja_env.filters.update(FILTERS)
    app.after_request(lambda response: _security_headers(response, tile_url))

    @app.before_request
    def only_our_host_names() -> Response | None:
        """DNS rebinding: another site's page must not read this unauthenticated dashboard."""
        header = request.headers.get("Host")
        if host_is_allowed(header, allowed):
            return None
        log.warning("dashboard: refused a request for host %r (not in dashboard.allowed_hosts)", header)
        return Response("This dashboard answers only its own host names; "
                        "add this one to dashboard.allowed_hosts in settings.yaml.\n",
                        status=421, mimetype="text/plain")

    @app.get("/")
    def incidents() -> str:
        filters, problems = Filters.from_args(request.args)
        with sessions() as session:
            records = find_incidents(session, filters)
            menus = choices(session)
        return render_template(
            "incidents.html", records=records[:TABLE_LIMIT], total=len(records), limit=TABLE_LIMIT,
            filters=filters, problems=problems, menus=menus, chart=daily_chart(records),
            points=[p.__dict__ for p in map_points(records)],
            unplaced=sum(1 for r in records if not r.has_point), tile_url=app.config["TILE_URL"],
        )

    @app.get(f"/incidents/<int(max={_SQLITE_MAX_INT}):incident_id>")
    def incident(incident_id: int) -> str:
        with sessions() as session:
            view = incident_view(session, incident_id)
        if view is None:
            abort(404)
        points = map_points([view.record])
        why = _reasons(view.reports[:MAX_EXPLAINED_REPORTS], bases_path)
        return render_template("incident.html", view=view, points=[p.__dict__ for p in points],
                               tile_url=app.config["TILE_URL"], why=why)

    @app.get("/sources")
    def sources() -> str:
        now = datetime.now(UTC)
        with sessions() as session:
            rows = source_health(session, now=now)
        return render_template("sources.html", rows=rows, now=now)

    @app.get("/export.<fmt>")
    def download(fmt: str) -> Response:
        if fmt not in export.FORMATS:
            abort(404)
        filters, _ = Filters.from_args(request.args)
        with sessions() as session:
            records = sorted(find_incidents(session, filters), key=lambda r: (r.event_date, r.incident_id))
        buffer = io.StringIO()
        export.write(records, fmt, buffer)
        return Response(buffer.getvalue(), mimetype=_MEDIA[fmt], headers={
            "Content-Disposition": f"attachment; filename=basewatch-incidents.{fmt}"})

    @app.errorhandler(404)
    def not_found(_error) -> tuple[str, int]:
        return render_template("not_found.html"), 404

    app.extensions["basewatch_engine"] = engine
    return app
