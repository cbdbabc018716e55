"""`basewatch outbox list|retry|drop`: alerts waiting or refused, seen and put right by hand."""

from __future__ import annotations

from crawler.cli.common import UsageError, load_args_config, require_database


def _outbox_sessions(args, *, write: bool = False):
    from pipelines.store import models as store

    url = load_args_config(args).settings.database_url
    require_database(url)
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
    shown = shown_addresses(load_args_config(args).recipients)  # notify:<hash> rows as their URL, token masked
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


def add_commands(sub) -> None:
    """This module's subcommands on the `basewatch` parser."""
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
