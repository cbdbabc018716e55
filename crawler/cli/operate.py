"""Running the watch: `crawl --once`, `run` (the daemon), `send`, `alerts test`, `demo`."""

from __future__ import annotations

import logging
import sys

from crawler.cli.common import UsageError, load_args_config, log, require_database, writable_folder


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


def cmd_crawl(args) -> int:
    """Example: basewatch crawl --once   (one cycle, then send the outbox; for cron)"""
    from crawler.daemon.cycle import run_cycle
    from crawler.cli.report import poll_outcome
    from pipelines.store import models as store
    from pipelines.config import check_reference_data
    from pipelines.alerts.sender import deliver

    if not args.once:
        raise UsageError("crawl runs one cycle: pass --once (use `basewatch run` for the daemon)")
    config = load_args_config(args)
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

    config = load_args_config(args)
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

    config = load_args_config(args)
    require_database(config.settings.database_url)
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

    config = load_args_config(args)  # fail fast on a bad config
    check_reference_data(config)
    log_format = args.log_format or config.settings.log_format
    if log_format == "json" and args.log_format is None:
        from crawler.daemon.logfmt import configure_logging

        configure_logging(logging.DEBUG if args.verbose else logging.INFO, "json")
    return run_daemon(args.config, args.database, log_format=log_format)


def cmd_demo(args) -> int:
    """Example: basewatch demo   (everything offline, on 127.0.0.1)"""
    from crawler.offline.demo import run_demo

    writable_folder(args.workdir)
    return run_demo(args.workdir)


def add_commands(sub) -> None:
    """This module's subcommands on the `basewatch` parser."""
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
