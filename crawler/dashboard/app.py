"""The read-only dashboard: Flask views over the store, Jinja2 autoescaped, GET only."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import Flask, Response, abort, render_template, request
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from crawler.dashboard.chart import daily_chart
from crawler.dashboard.queries import (
    TABLE_LIMIT, Filters, choices, find_incidents, incident_view, map_points, source_health,
)
from pipelines import export, store
from pipelines.countries import country_name
from pipelines.mail import ATTACK_LABELS

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
_MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json",
          "geojson": "application/geo+json"}


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(UTC).strftime(fmt) if value else "–"


def _http_url(value: str | None) -> str:
    """Only http(s) links reach an href: a javascript: or data: URL from a feed becomes inert."""
    scheme = urlsplit(value or "").scheme.lower()
    return value if value and scheme in ("http", "https") else "#"


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


def create_app(database_url: str | None = None, *, engine: Engine | None = None,
               tile_url: str | None = OSM_TILES) -> Flask:
    """The app over one database; tile_url=None draws markers on a blank map (no tile requests)."""
    app = Flask(__name__)
    if engine is None:
        if database_url is None:
            raise ValueError("create_app needs a database URL or an engine")
        engine = export.open_existing(database_url)
    sessions: sessionmaker = store.session_factory(engine)
    app.config.update(TILE_URL=tile_url or "")
    app.jinja_env.filters.update(
        when=_when, day=lambda v: v.isoformat() if v else "–", country=lambda c: country_name(c) or "–",
        attack=lambda a: ATTACK_LABELS.get(a, a), http_url=_http_url,
    )
    app.after_request(lambda response: _security_headers(response, tile_url))

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

    @app.get("/incidents/<int:incident_id>")
    def incident(incident_id: int) -> str:
        with sessions() as session:
            view = incident_view(session, incident_id)
        if view is None:
            abort(404)
        points = map_points([view.record])
        return render_template("incident.html", view=view, points=[p.__dict__ for p in points],
                               tile_url=app.config["TILE_URL"])

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
