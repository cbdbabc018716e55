"""The sources: `sources` (health), `sources check`, `sources discover`, `fixtures record`."""

from __future__ import annotations

import sys

from crawler.cli.common import UsageError, int_in, load_args_config, log, require_database, write_line


def cmd_sources(args) -> int:
    """Example: basewatch sources"""
    from crawler.cli.report import print_sources

    config = load_args_config(args)
    require_database(config.settings.database_url)
    print_sources(config)
    return 0


def cmd_sources_check(args) -> int:
    """Example: basewatch sources check --source rudaw-en --timeout 10 --json"""
    from crawler.catalog.check import check_sources, print_reports, reports_json

    config = load_args_config(args)
    wanted = set(args.source or ())
    unknown = wanted - {s.id for s in config.sources}
    if unknown:
        raise UsageError(f"unknown source id(s): {', '.join(sorted(unknown))}")
    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    sources = [s for s in config.sources if not wanted or s.id in wanted]
    crawl = config.settings.crawl
    reports = check_sources(sources, user_agent=crawl.user_agent, timeout=args.timeout, workers=args.workers,
                            max_bytes=crawl.max_download_bytes, allowed_networks=crawl.allow_private_networks,
                            telegram_base_url=crawl.telegram_base_url)
    if args.json:
        write_line({"sources": reports_json(reports)})
    else:
        print_reports(reports)
    return 0


def cmd_sources_discover(args) -> int:
    """Example: basewatch sources discover https://www.example-news.iq/ >> new-sources.yaml"""
    from urllib.parse import urlsplit

    from crawler.catalog.discover import config_entry, discover
    from crawler.catalog.check import crawl_settings
    from pipelines.sources.telegram import channel_of

    if "://" not in args.url and args.url.lower().startswith(("t.me/", "telegram.me/")) and channel_of(args.url):
        args.url = "https://" + args.url  # a Telegram channel: t.me/NAME
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not an http(s) URL: {args.url}")
    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    crawl = crawl_settings(args.config)
    found = discover(args.url, user_agent=crawl.user_agent, timeout=args.timeout, max_bytes=crawl.max_download_bytes,
                     allowed_networks=crawl.allow_private_networks, telegram_base_url=crawl.telegram_base_url)
    for check in found.tried:
        log.debug("discover %s %s: %s %s", check.kind, check.url, check.verdict, check.note or "")
    sys.stdout.write(config_entry(found))
    return 0 if found.usable else 1


def cmd_fixtures_record(args) -> int:
    """Example: basewatch fixtures record rudaw-en --pages 3   (writes tests/fixtures/sources/rudaw-en/)"""
    from crawler.catalog.fixtures_record import RecordError, record_fixtures

    config = load_args_config(args)
    source = config.source(args.source_id)
    if source is None:
        raise UsageError(f"unknown source id: {args.source_id}")
    if args.pages < 0 or args.timeout <= 0:
        raise UsageError("--pages must be 0 or more and --timeout positive")
    crawl = config.settings.crawl
    try:
        recording = record_fixtures(source, args.out, pages=args.pages, force=args.force, user_agent=crawl.user_agent,
                                    timeout=args.timeout, max_bytes=crawl.max_download_bytes,
                                    allowed_networks=crawl.allow_private_networks)
    except RecordError as exc:
        raise UsageError(str(exc)) from None
    print(f"recorded {recording.listing_url} and {recording.pages} page(s) in {recording.directory}"
          + (f" ({recording.failed_pages} page(s) failed, see meta.json)" if recording.failed_pages else ""))
    return 0


def add_commands(sub) -> None:
    """This module's subcommands on the `basewatch` parser."""
    p = sub.add_parser("sources", help="every source and its health; check or discover sources")
    p.set_defaults(func=cmd_sources)
    sources_sub = p.add_subparsers(dest="sources_command", metavar="SUBCOMMAND")
    q = sources_sub.add_parser("check", help="fetch each source's feeds, sitemaps and homepage once (needs internet)")
    q.add_argument("--source", action="append", metavar="ID", help="check only this source (repeatable)")
    q.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    q.add_argument("--workers", type=int_in(1, 64), default=8, help="requests in flight (at most 2 per host; default 8)")
    q.add_argument("--json", action="store_true", help="print JSON instead of a table")
    q.set_defaults(func=cmd_sources_check)
    q = sources_sub.add_parser("discover", help="find a site's feeds and news sitemaps; print a config entry")
    q.add_argument("url", metavar="URL", help="the outlet's homepage")
    q.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    q.set_defaults(func=cmd_sources_discover)

    p = sub.add_parser("fixtures", help="test fixtures recorded from real sources (needs internet)")
    fixtures_sub = p.add_subparsers(dest="fixtures_command", metavar="SUBCOMMAND", required=True)
    q = fixtures_sub.add_parser("record", help="save a source's feed and first article pages with meta.json")
    q.add_argument("source_id", metavar="SOURCE_ID")
    q.add_argument("--pages", type=int, default=3, help="article pages to save (default 3)")
    q.add_argument("--out", default="tests/fixtures/sources", help="folder for <SOURCE_ID>/ (default tests/fixtures/sources)")
    q.add_argument("--force", action="store_true", help="replace an existing recording")
    q.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    q.set_defaults(func=cmd_fixtures_record)
