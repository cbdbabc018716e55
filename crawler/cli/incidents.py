"""What was found: `incidents`, `incidents show`, `export`, `dashboard`."""

from __future__ import annotations

import argparse
import sys

from crawler.cli.common import UsageError, int_in, load_args_config, require_database, since_date, write_line


def cmd_incidents(args) -> int:
    """Example: basewatch incidents --since 2026-03-01 [--json]"""
    from crawler.cli.report import incidents_json, print_incidents

    since = since_date(args.since)
    config = load_args_config(args)
    require_database(config.settings.database_url)
    if args.json:
        write_line({"incidents": incidents_json(config.settings.database_url, since)})
    else:
        print_incidents(config.settings.database_url, since=since)
    return 0


def cmd_incidents_show(args) -> int:
    """Example: basewatch incidents show 42 [--json]   (its reports, evidence, outlets and links)"""
    from crawler.cli.report import incident_detail, incident_lines

    config = load_args_config(args)
    require_database(config.settings.database_url)
    detail = incident_detail(config.settings.database_url, args.id)
    if detail is None:
        raise UsageError(f"no incident {args.id} (see `basewatch incidents`)")
    if args.json:
        write_line(detail)
    else:
        print("\n".join(incident_lines(detail)))
    return 0


def cmd_export(args) -> int:
    """Example: basewatch export --format geojson --since 2026-03-01 --out incidents.geojson --force"""
    from pipelines import export
    from pipelines.store import models as store

    since = since_date(args.since)
    config = load_args_config(args)
    to_file = args.out not in (None, "-")
    try:
        if to_file:
            export.check_target(args.out, force=args.force)
        engine = export.open_existing(config.settings.database_url)
    except (FileNotFoundError, FileExistsError) as exc:
        raise UsageError(str(exc)) from None
    with store.session_factory(engine)() as session:
        records = export.incident_records(session, since=since)
    engine.dispose()
    if not to_file:
        export.write(records, args.format, sys.stdout)
        return 0
    try:
        count = export.write_file(records, args.format, args.out, force=args.force)
    except FileExistsError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {count} incident(s) to {args.out}", file=sys.stderr)
    return 0


def cmd_dashboard(args) -> int:
    """Example: basewatch --database sqlite:///var/demo/basewatch.db dashboard --port 8050"""
    from crawler.dashboard.app import OSM_TILES
    from crawler.dashboard.server import serve

    config = load_args_config(args)
    require_database(config.settings.database_url)
    tiles = OSM_TILES if args.tiles is None else (None if args.tiles == "none" else args.tiles)
    try:
        serve(config.settings.database_url, host=args.host, port=args.port, tile_url=tiles,
              announce=lambda line: print(line, flush=True), allowed_hosts=config.settings.dashboard.allowed_hosts,
              bases_path=config.bases_path)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:  # port taken, address not on this machine
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0


def _tile_url(text: str) -> str:
    """'none', or an http(s) tile URL template with {z}, {x} and {y}."""
    if text == "none":
        return text
    if not text.startswith(("http://", "https://")) or not all(part in text for part in ("{z}", "{x}", "{y}")):
        raise argparse.ArgumentTypeError(f"{text!r} is neither 'none' nor an http(s) URL template with {{z}}, {{x}} "
                                         "and {y} (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png)")
    return text


def add_commands(sub) -> None:
    """This module's subcommands on the `basewatch` parser."""
    p = sub.add_parser("incidents", help="incidents found so far; show one with its reports")
    p.add_argument("--json", action="store_true", help="print JSON (the fields of `export --format json`)")
    p.add_argument("--since", metavar="DATE", help="only incidents whose event date is on or after DATE (YYYY-MM-DD)")
    p.set_defaults(func=cmd_incidents)
    incidents_sub = p.add_subparsers(dest="incidents_command", metavar="SUBCOMMAND")
    q = incidents_sub.add_parser("show", help="one incident: its reports, evidence sentences, outlets and links")
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_incidents_show)

    p = sub.add_parser("dashboard", help="local read-only web dashboard: incidents, map, chart, sources")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; there is no login)")
    p.add_argument("--port", type=int_in(0, 65535), default=8050, help="port (default 8050; 0 picks a free one)")
    p.add_argument("--tiles", metavar="URL", type=_tile_url,
                   help="map tile URL template, or 'none' for markers on a blank map (default OpenStreetMap)")
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser("export", help="incidents as ACLED-like CSV, JSON or GeoJSON")
    p.add_argument("--format", required=True, choices=("csv", "json", "geojson"))
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (a symlink itself, not its target)")
    p.add_argument("--since", metavar="DATE", help="only incidents whose event date is on or after DATE (YYYY-MM-DD)")
    p.set_defaults(func=cmd_export)
