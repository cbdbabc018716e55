"""The `basewatch` command: thin wrappers that call the library and turn its errors into messages."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import IO

from pipelines.errors import ConfigError, DatabaseError, SchemaError

log = logging.getLogger("basewatch")


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def _open_input(path: str) -> IO:
    """The input as bytes where possible, so a line that is not UTF-8 can be named."""
    if path == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UsageError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _read_jsonl(path: str, required: tuple[str, ...] = ()) -> Iterator[dict]:
    """Lines of JSON objects from a file or '-'; a bad line stops the run with an error naming its number.

    Contract tools fail loudly rather than skip: a line without a required key (`text` spelt `body`)
    would otherwise come out as a silent non-answer.
    """
    handle = _open_input(path)
    try:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            except UnicodeDecodeError as exc:
                raise UsageError(f"{path}:{number}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                                 f"{exc.start + 1})") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
            if not isinstance(record, dict):
                raise UsageError(f"{path}:{number}: expected a JSON object")
            missing = [key for key in required if key not in record]  # null text (extract found none) is fine
            if missing:
                raise UsageError(f"{path}:{number}: no {' or '.join(repr(key) for key in missing)} "
                                 f"(each line needs {', '.join(repr(key) for key in required)}"
                                 f"{_spelt_as(record, missing)})")
            yield record
    finally:
        if handle is not sys.stdin and handle is not getattr(sys.stdin, "buffer", None):
            handle.close()


def _spelt_as(record: dict, missing: list[str]) -> str:
    from difflib import get_close_matches

    keys = [str(key) for key in record]
    hints = [f"{close[0]!r} instead of {key!r}?" for key in missing
             if (close := get_close_matches(key, keys, n=1, cutoff=0.6))]
    return f"; keys present: {', '.join(repr(key) for key in keys) or 'none'}" if not hints else f"; {' '.join(hints)}"


def _write(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _parse_time(value) -> datetime | None:
    from pipelines.dates import parse_datetime

    return parse_datetime(value) if value else None


def _config(args):
    from pipelines.config import load_config

    return load_config(args.config, database_url=args.database)


def _require_database(url: str) -> None:
    """Read commands never create a database: a mistyped SQLite path is an error, not a new empty file."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not a URL: open_engine says so in one line
        return
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and "uri" not in parsed.query and not Path(parsed.database).is_file():
        raise UsageError(f"no database at {parsed.database} (check --database or database_url in settings.yaml; "
                         "`basewatch crawl --once` or `basewatch demo` creates one)")


def _writable_folder(path: str) -> None:
    """A folder the command must write to: one line naming it when it cannot."""
    import tempfile
    from pathlib import Path

    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=path).close()
    except OSError as exc:
        raise UsageError(f"{path}: cannot write here: {exc.strerror or exc}") from None


def _alerts_summary(sessions, sent) -> tuple[str, bool]:
    """The send counts, the SMTP server's last error and the next attempt; True when nothing could be sent."""
    from sqlalchemy import select

    from pipelines.store import models as store

    text = f"alerts sent {sent.sent}, failed {sent.failed}, pending {sent.pending}"
    if not (sent.failed or sent.pending):
        return text, False
    with sessions() as session:
        troubled = select(store.Outbox).where(store.Outbox.last_error.is_not(None))
        row = session.scalars(troubled.where(store.Outbox.status == "pending")
                              .order_by(store.Outbox.next_attempt_at)).first()
        failed = session.scalars(troubled.where(store.Outbox.status == "failed")
                                 .order_by(store.Outbox.id.desc())).first() if sent.failed else None
    shown = row or failed
    if shown is not None:
        text += f"; last SMTP error: {' '.join(shown.last_error.split())[:200]}"
    if row is not None:
        text += f"; next attempt {row.next_attempt_at.strftime('%Y-%m-%d %H:%M:%S')} UTC"
    return text, sent.sent == 0 and shown is not None


def cmd_extract(args) -> int:
    """Example: basewatch extract --jsonl pages.jsonl > articles.jsonl"""
    from pipelines.extract.workers import ExtractionPool

    records = list(_read_jsonl(args.jsonl))
    with ExtractionPool(workers=args.workers, timeout=args.timeout) as pool:
        futures = [pool.submit(str(r.get("html") or ""), str(r.get("url") or "")) for r in records]
        for record, future in zip(records, futures):
            try:
                result = future.result()
            except Exception as exc:  # timeout or a crashed worker: an empty answer, not a failure
                log.warning("extract %s: %r", record.get("id"), exc)
                result = None
            _write({
                "id": record.get("id"),
                "title": result.title if result else None,
                "text": (result.text or None) if result else None,
                "published": result.published.isoformat() if result and result.published else None,
                "language": result.language if result else None,
            })
    return 0


def detection_record(record_id, detection) -> dict:
    """The contract's line for one article."""
    return {
        "id": record_id,
        "strike": detection.strike,
        "score": round(detection.score, 4),
        "reports": [{
            "base": r.base, "base_id": r.base_id, "country": r.country, "attack_type": r.attack_type,
            "actor": r.actor, "event_date": r.event_date.isoformat() if r.event_date else None,
            "evidence": r.evidence, "region": r.region, "mention": r.mention,
            "killed": r.killed, "wounded": r.wounded, "confidence": round(r.confidence, 4),
            "confirmed_by": r.confirmed_by, "actor_written": r.actor_written,
        } for r in detection.reports],
    }


def cmd_detect(args) -> int:
    """Example: basewatch detect --jsonl articles.jsonl [--explain]"""
    from pipelines.detect import load_gazetteer
    from pipelines.detect.detector import analyse
    from pipelines.detect.explain import reasons

    gazetteer = load_gazetteer(args.bases) if args.bases else None
    for record in _read_jsonl(args.jsonl, required=("id", "text")):
        found = analyse(str(record.get("text") or ""), title=record.get("title"),
                        published=_parse_time(record.get("published")), language=record.get("language"),
                        gazetteer=gazetteer)
        line = detection_record(record.get("id"), found.detection)
        if args.explain:
            line["explain"] = reasons(found)  # from the same analysis: the article is read once
        _write(line)
    return 0


def cmd_dedup(args) -> int:
    """Example: basewatch dedup --jsonl articles.jsonl"""
    from pipelines.dedup.stories import assign_stories

    for result in assign_stories(_read_jsonl(args.jsonl)):
        _write(result)
    return 0


def cmd_crawl(args) -> int:
    """Example: basewatch crawl --once   (one cycle, then send the outbox; for cron)"""
    from crawler.daemon.cycle import run_cycle
    from crawler.cli.report import poll_outcome
    from pipelines.store import models as store
    from pipelines.config import check_reference_data
    from pipelines.alerts.sender import deliver

    if not args.once:
        raise UsageError("crawl runs one cycle: pass --once (use `basewatch run` for the daemon)")
    config = _config(args)
    only = set(args.source) if args.source else None
    unknown = (only or set()) - {s.id for s in config.sources}
    if unknown:
        raise UsageError(f"unknown source id(s): {', '.join(sorted(unknown))}")
    check_reference_data(config)  # the crawl process reads them too, where a bad entry is a buried traceback
    since = store.utcnow()
    result = run_cycle(config, only=only, log_format=args.log_format, log_level="DEBUG" if args.verbose else "INFO")
    outcome = poll_outcome(config.settings.database_url, result.polled, since)
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    alerts, nothing_sent = _alerts_summary(sessions, deliver(sessions, config))
    polled = f"{outcome.summary()}" if result.polled else "none was due"
    print(f"polled {result.sources} source(s): {polled}; {alerts}")
    for line in outcome.details():
        print(line)
    if result.timed_out:
        return 3
    if result.returncode not in (0, None):
        return 1
    if result.polled and not outcome.ok:
        log.error("no source could be polled (%d of %d failed)", outcome.failed_count, len(result.polled))
        return 1
    return 1 if nothing_sent else 0


def cmd_send(args) -> int:
    """Example: basewatch send   (deliver what the outbox holds); basewatch send --test desk@example.org"""
    from pipelines.store import models as store
    from pipelines.alerts.sender import deliver

    config = _config(args)
    if args.test is not None:
        return _send_test(config, args.test)
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    text, nothing_sent = _alerts_summary(sessions, deliver(sessions, config))
    print(text)
    return 1 if nothing_sent else 0


def _send_test(config, address: str) -> int:
    """A sample alert, marked as a test, through the configured SMTP server; the server's words on failure."""
    import re
    import smtplib

    from pipelines.store import models as store
    from pipelines.alerts.mail import sample_message
    from pipelines.alerts.sender import _connect, smtp_failure

    if not re.fullmatch(r"[^@\s<>,;]+@[^@\s<>,;]+", address):
        raise UsageError(f"--test: not an email address: {address!r}")
    smtp = config.settings.smtp
    message = sample_message(from_address=smtp.from_address, to=address,
                             dashboard_url=config.settings.dashboard.public_url, now=store.utcnow())
    try:
        with _connect(smtp) as client:
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        error, _ = smtp_failure(exc)
        print(f"basewatch: test alert to {address} not sent: SMTP {smtp.host}:{smtp.port}: "
              f"{' '.join(error.split())[:300]}", file=sys.stderr)
        return 1
    print(f"test alert sent to {address} through {smtp.host}:{smtp.port} (subject: {message['Subject']})")
    return 0


def cmd_alerts_test(args) -> int:
    """Example: basewatch alerts test --incident 42   (who this incident reaches, rule by rule)"""
    from sqlalchemy import select

    from pipelines.store import models as store
    from pipelines.alerts.channels import masked
    from pipelines.alerts.mail import one_line, place
    from pipelines.alerts.outbox import rule_checks

    config = _config(args)
    _require_database(config.settings.database_url)
    engine = store.open_engine(config.settings.database_url)
    try:
        with store.session_factory(engine)() as session:
            if args.incident is None:
                incident = session.scalars(select(store.Incident).order_by(store.Incident.first_seen_at.desc(),
                                                                           store.Incident.id.desc())).first()
                if incident is None:
                    raise UsageError("no incidents in the database yet (pass --incident ID after a crawl)")
            else:
                incident = session.get(store.Incident, args.incident)
                if incident is None:
                    raise UsageError(f"no incident {args.incident} (see `basewatch incidents`)")
            session.expunge(incident)
    finally:
        engine.dispose()
    types = ", ".join(sorted(set(filter(None, incident.attack_types.split(","))) | {incident.attack_type}))
    print(one_line(f"incident #{incident.id}: {place(incident)}; country {incident.country or 'unknown'}, "
                   f"base {incident.base_id or 'unidentified'}, attack types {types}, "
                   f"confidence {incident.confidence:.2f}", 500))
    if not config.recipients:
        print("no recipients in alerts.yaml: nobody is alerted")
        return 0
    reached = {"immediate": 0, "digest": 0}
    for recipient in config.recipients:
        checks = rule_checks(recipient, incident)  # the outbox's own filter, so this cannot drift from it
        wants = all(check.passed for check in checks)
        channels = ([f"email {recipient.email}"] if recipient.email else []) + \
            [f"notify {masked(url)}" for url in recipient.notify]
        who = recipient.name or recipient.email or masked(recipient.notify[0])
        verdict = ("reached: immediate alert" if recipient.mode == "immediate" else "reached: in the daily digest") \
            if wants else "not reached"
        print(f"{who} ({recipient.mode}; {', '.join(channels)}): {verdict}")
        for check in checks:
            print(f"  {check.rule}: {'pass' if check.passed else 'FAIL'} ({one_line(check.why, 300)})")
        reached[recipient.mode] += wants
    total = sum(reached.values())
    print(f"{total} of {len(config.recipients)} recipient(s) reached ({reached['immediate']} immediate, "
          f"{reached['digest']} digest)")
    if not incident.alerted and reached["immediate"]:
        print(f"note: no immediate alert was queued for incident #{incident.id} "
              f"(older than alerts.recent_hours when found); digests still list it")
    return 0


def cmd_run(args) -> int:
    """Example: basewatch run   (the daemon; SIGTERM stops it, SIGHUP reloads config)"""
    from crawler.daemon.service import run_daemon
    from pipelines.config import check_reference_data

    config = _config(args)  # fail fast on a bad config
    check_reference_data(config)
    log_format = args.log_format or config.settings.log_format
    if log_format == "json" and args.log_format is None:
        from crawler.daemon.logfmt import configure_logging

        configure_logging(logging.DEBUG if args.verbose else logging.INFO, "json")
    return run_daemon(args.config, args.database, log_format=log_format)


def cmd_demo(args) -> int:
    """Example: basewatch demo   (everything offline, on 127.0.0.1)"""
    from crawler.offline.demo import run_demo

    _writable_folder(args.workdir)
    return run_demo(args.workdir)


def cmd_sources(args) -> int:
    """Example: basewatch sources"""
    from crawler.cli.report import print_sources

    config = _config(args)
    _require_database(config.settings.database_url)
    print_sources(config)
    return 0


def cmd_sources_check(args) -> int:
    """Example: basewatch sources check --source rudaw-en --timeout 10 --json"""
    from crawler.catalog.check import check_sources, print_reports, reports_json

    config = _config(args)
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
        _write({"sources": reports_json(reports)})
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

    config = _config(args)
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


def cmd_incidents(args) -> int:
    """Example: basewatch incidents --since 2026-03-01 [--json]"""
    from crawler.cli.report import incidents_json, print_incidents

    since = _since(args.since)
    config = _config(args)
    _require_database(config.settings.database_url)
    if args.json:
        _write({"incidents": incidents_json(config.settings.database_url, since)})
    else:
        print_incidents(config.settings.database_url, since=since)
    return 0


def cmd_incidents_show(args) -> int:
    """Example: basewatch incidents show 42 [--json]   (its reports, evidence, outlets and links)"""
    from crawler.cli.report import incident_detail, incident_lines

    config = _config(args)
    _require_database(config.settings.database_url)
    detail = incident_detail(config.settings.database_url, args.id)
    if detail is None:
        raise UsageError(f"no incident {args.id} (see `basewatch incidents`)")
    if args.json:
        _write(detail)
    else:
        print("\n".join(incident_lines(detail)))
    return 0


def _outbox_sessions(args, *, write: bool = False):
    from pipelines.store import models as store

    url = _config(args).settings.database_url
    _require_database(url)
    engine = store.open_engine(url)
    if write and store.is_read_only(engine):
        raise UsageError(f"{url}: the database is read-only here; `outbox {args.outbox_command}` needs write access")
    return store.session_factory(engine)


def cmd_outbox_list(args) -> int:
    """Example: basewatch outbox list --status failed   (rows to send or refused; --status all for every row)"""
    from pipelines.alerts.channels import shown_addresses
    from pipelines.alerts.outbox import rows_in

    statuses = ("pending", "failed", "sent", "dropped") if args.status == "all" else \
        ((args.status,) if args.status else ("pending", "failed"))
    with _outbox_sessions(args)() as session:
        rows = rows_in(session, statuses)
    shown = shown_addresses(_config(args).recipients)  # notify:<hash> rows as their URL, token masked
    print(f"{'id':>6}  {'status':<8} {'tries':>5}  {'next attempt':<16}  {'kind':<12} {'recipient':<30} last error")
    for row in rows:
        when = row.next_attempt_at.strftime("%Y-%m-%d %H:%M") if row.status == "pending" else "-"
        error = " ".join((row.last_error or "-").split())[:200]  # the server's words, on one line
        print(f"{row.id:>6}  {row.status:<8} {row.attempts:>5}  {when:<16}  {row.kind:<12} {shown.get(row.recipient, row.recipient):<30} {error}")
    print(f"total: {len(rows)}")
    return 0


def cmd_outbox_retry(args) -> int:
    """Example: basewatch outbox retry 42   (send a failed or dropped row again at the next send)"""
    from pipelines.store import models as store
    from pipelines.alerts.outbox import OutboxError, requeue

    try:
        with _outbox_sessions(args, write=True).begin() as session:
            row = requeue(session, args.id, now=store.utcnow())
    except OutboxError as exc:
        raise UsageError(str(exc)) from None
    print(f"outbox row {row.id} to {row.recipient} is queued again")
    return 0


def cmd_outbox_drop(args) -> int:
    """Example: basewatch outbox drop 42   (never send this row)"""
    from pipelines.alerts.outbox import OutboxError, drop

    try:
        with _outbox_sessions(args, write=True).begin() as session:
            row = drop(session, args.id)
    except OutboxError as exc:
        raise UsageError(str(exc)) from None
    print(f"outbox row {row.id} to {row.recipient} is dropped and will not be sent")
    return 0


def _since(value: str | None):
    from datetime import date

    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise UsageError(f"--since: not a date (YYYY-MM-DD): {value}") from None


def cmd_export(args) -> int:
    """Example: basewatch export --format geojson --since 2026-03-01 --out incidents.geojson --force"""
    from pipelines import export
    from pipelines.store import models as store

    since = _since(args.since)
    config = _config(args)
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

    config = _config(args)
    _require_database(config.settings.database_url)
    tiles = OSM_TILES if args.tiles is None else (None if args.tiles == "none" else args.tiles)
    try:
        serve(config.settings.database_url, host=args.host, port=args.port, tile_url=tiles,
              announce=lambda line: print(line, flush=True), allowed_hosts=config.settings.dashboard.allowed_hosts)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:  # port taken, address not on this machine
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0


def _int_in(low: int, high: int):
    """An argparse type: an integer within [low, high], else a usage error naming the range."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({low} to {high})")
        return value
    return parse


def _tile_url(text: str) -> str:
    """'none', or an http(s) tile URL template with {z}, {x} and {y}."""
    if text == "none":
        return text
    if not text.startswith(("http://", "https://")) or not all(part in text for part in ("{z}", "{x}", "{y}")):
        raise argparse.ArgumentTypeError(f"{text!r} is neither 'none' nor an http(s) URL template with {{z}}, {{x}} "
                                         "and {y} (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png)")
    return text


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"basewatch {version('basewatch')}"
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "basewatch (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="basewatch", description="Watch news outlets for strikes on military bases.")
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--database", metavar="URL", help="database URL (default from settings; env BASEWATCH_DATABASE_URL)")
    parser.add_argument("--config", metavar="DIR", help="config directory (default ./config; env BASEWATCH_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--log-format", choices=("text", "json"), default=None,
                        help="text (default) or json lines on stderr (default from settings log_format)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="article text from pages (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","url","html"}; - for stdin')
    p.add_argument("--workers", type=_int_in(1, 64), default=2, help="extraction processes (1 to 64, default 2)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per page")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("detect", help="reports of strikes on bases (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","text"}; - for stdin')
    p.add_argument("--bases", metavar="FILE", help="gazetteer (default config/bases.yaml)")
    p.add_argument("--explain", action="store_true",
                   help='add "explain" to each line: candidates, alias, attack cues, blockers, scores, date rules')
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("dedup", help="story ids for articles in arrival order (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","url","title","text","published"}')
    p.set_defaults(func=cmd_dedup)

    p = sub.add_parser("crawl", help="one crawl cycle, then send the outbox (for cron)")
    p.add_argument("--once", action="store_true", help="run one cycle and exit")
    p.add_argument("--source", action="append", metavar="ID", help="poll only this source now (repeatable)")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("run", help="the daemon: crawl due sources and send alerts on a schedule")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("send", help="send the alerts waiting in the outbox")
    p.add_argument("--test", metavar="ADDRESS",
                   help="instead, send a sample alert (marked as a test) to ADDRESS through the SMTP server")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("alerts", help="which recipients an incident reaches, and why")
    alerts_sub = p.add_subparsers(dest="alerts_command", metavar="SUBCOMMAND", required=True)
    q = alerts_sub.add_parser("test", help="each recipient's rules against an incident (default: the newest)")
    q.add_argument("--incident", type=int, metavar="ID", help="the incident (default: the newest first seen)")
    q.set_defaults(func=cmd_alerts_test)

    p = sub.add_parser("demo", help="the whole system offline, on 127.0.0.1")
    p.add_argument("--workdir", default="var/demo", help="where the database and mail go (default var/demo)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("sources", help="every source and its health; check or discover sources")
    p.set_defaults(func=cmd_sources)
    sources_sub = p.add_subparsers(dest="sources_command", metavar="SUBCOMMAND")
    q = sources_sub.add_parser("check", help="fetch each source's feeds, sitemaps and homepage once (needs internet)")
    q.add_argument("--source", action="append", metavar="ID", help="check only this source (repeatable)")
    q.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    q.add_argument("--workers", type=_int_in(1, 64), default=8, help="requests in flight (at most 2 per host; default 8)")
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

    p = sub.add_parser("incidents", help="incidents found so far; show one with its reports")
    p.add_argument("--json", action="store_true", help="print JSON (the fields of `export --format json`)")
    p.add_argument("--since", metavar="DATE", help="only incidents whose event date is on or after DATE (YYYY-MM-DD)")
    p.set_defaults(func=cmd_incidents)
    incidents_sub = p.add_subparsers(dest="incidents_command", metavar="SUBCOMMAND")
    q = incidents_sub.add_parser("show", help="one incident: its reports, evidence sentences, outlets and links")
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_incidents_show)

    p = sub.add_parser("outbox", help="alerts waiting or refused: list them, send one again or drop it")
    outbox_sub = p.add_subparsers(dest="outbox_command", metavar="SUBCOMMAND", required=True)
    q = outbox_sub.add_parser("list", help="rows pending or failed, with attempts and the server's last answer")
    q.add_argument("--status", choices=("pending", "failed", "sent", "dropped", "all"),
                   help="only rows in this status (default pending and failed)")
    q.set_defaults(func=cmd_outbox_list)
    q = outbox_sub.add_parser("retry", help="queue a failed or dropped row again (fresh attempts)")
    q.add_argument("id", type=int, metavar="ID")
    q.set_defaults(func=cmd_outbox_retry)
    q = outbox_sub.add_parser("drop", help="never send this row")
    q.add_argument("id", type=int, metavar="ID")
    q.set_defaults(func=cmd_outbox_drop)

    p = sub.add_parser("dashboard", help="local read-only web dashboard: incidents, map, chart, sources")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; there is no login)")
    p.add_argument("--port", type=_int_in(0, 65535), default=8050, help="port (default 8050; 0 picks a free one)")
    p.add_argument("--tiles", metavar="URL", type=_tile_url,
                   help="map tile URL template, or 'none' for markers on a blank map (default OpenStreetMap)")
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser("export", help="incidents as ACLED-like CSV, JSON or GeoJSON")
    p.add_argument("--format", required=True, choices=("csv", "json", "geojson"))
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (a symlink itself, not its target)")
    p.add_argument("--since", metavar="DATE", help="only incidents whose event date is on or after DATE (YYYY-MM-DD)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not args.verbose:  # quiet by default: schema checks and scheduler ticks are not news; -v brings them back
        for chatty in ("alembic", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    if args.log_format == "json":
        from crawler.daemon.logfmt import configure_logging

        configure_logging(logging.DEBUG if args.verbose else logging.INFO, "json")
    try:
        return args.func(args)
    except ConfigError as exc:
        for problem in getattr(exc, "problems", [exc]):  # every problem at once, one line each
            print(f"basewatch: config error: {problem}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"basewatch: database error: {exc}", file=sys.stderr)
        return 2
    except (UsageError, SchemaError) as exc:
        print(f"basewatch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
