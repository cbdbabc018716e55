"""Deliver the outbox: claim rows, send (SMTP, or Apprise for notify rows), mark sent; retry with backoff."""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import sessionmaker

from pipelines.alerts import channels
from pipelines.store import models as store
from pipelines.config_models import Config, Recipient, SmtpSettings
from pipelines.alerts.digest import cap_alert_storm, queue_digests
from pipelines.sources.leases import node_name, take_rows
from pipelines.alerts.mail import render
from pipelines.alerts.outbox import mail_domain

log = logging.getLogger(__name__)

CLAIM_SECONDS = 300
MAX_BACKOFF = timedelta(hours=1)


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    pending: int = 0


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min ... capped at an hour."""
    return min(timedelta(seconds=30 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def _connect(smtp: SmtpSettings) -> smtplib.SMTP:
    if smtp.tls == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_seconds,
                                               context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds)
        if smtp.tls == "starttls":
            client.starttls(context=ssl.create_default_context())
    if smtp.user:
        client.login(smtp.user, smtp.password or "")
    return client


def claim(sessions: sessionmaker, *, now: datetime, limit: int) -> list[int]:
    """Take due rows for a while, so another sender (or a crashed one) does not race us."""
    token = node_name()
    due = (
        select(store.Outbox.id)
        .where(store.Outbox.status == "pending", store.Outbox.next_attempt_at <= now)
        .where(or_(store.Outbox.claimed_until.is_(None), store.Outbox.claimed_until < now))
        .order_by(store.Outbox.id).limit(limit)
    )
    take_rows(sessions, store.Outbox, due, claimed_until=now + timedelta(seconds=CLAIM_SECONDS), claimed_by=token)
    with sessions() as session:
        return list(session.scalars(select(store.Outbox.id).where(store.Outbox.claimed_by == token)
                                    .where(store.Outbox.status == "pending").order_by(store.Outbox.id)))


def smtp_failure(exc: Exception) -> tuple[str, bool]:
    """The server's words for a failed send, and whether it refused for good (every answer 5xx).

    4xx answers, dropped connections and time-outs are transient: retrying may help.
    """
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        answers = exc.recipients.items()
        words = "; ".join(f"{code} {_text(text)} ({address})" for address, (code, text) in answers)
        return words, all(code >= 500 for _, (code, _) in answers)
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}", exc.smtp_code >= 500
    return str(exc) or type(exc).__name__, False


def _text(words: bytes | str) -> str:
    return words.decode("utf-8", "replace") if isinstance(words, bytes) else str(words)


def _fail(sessions: sessionmaker, row_id: int, error: str, *, now: datetime, max_attempts: int,
          permanent: bool = False) -> None:
    with sessions.begin() as session:
        row = session.get(store.Outbox, row_id)
        row.attempts += 1
        row.last_error = error[:2000]
        row.claimed_until = None
        row.next_attempt_at = now + backoff(row.attempts)
        if permanent:
            row.status = "failed"
            log.error("outbox %s to %s refused by the server, not retried: %s", row.id, row.recipient, error)
        elif row.attempts >= max_attempts:
            row.status = "failed"
            log.error("outbox %s to %s gave up after %s attempts: %s", row.id, row.recipient, row.attempts, error)


def send_pending(sessions: sessionmaker, smtp: SmtpSettings, *, now: datetime | None = None,
                 limit: int = 200, max_attempts: int = 20, recipients: tuple[Recipient, ...] = (),
                 dashboard_url: str | None = None) -> SendResult:
    """Send what is due. A crash after sending and before marking resends once, same Message-ID.

    Mail goes over SMTP; notify rows go to the recipients' notification URLs through Apprise.
    """
    now = now or store.utcnow()
    result = SendResult()
    ids = claim(sessions, now=now, limit=limit)
    with sessions() as session:
        notify_ids = set(session.scalars(select(store.Outbox.id).where(store.Outbox.id.in_(ids))
                                         .where(store.Outbox.channel == channels.NOTIFY))) if ids else set()
    if notify_ids:
        targets = channels.targets(recipients)
        for row_id in sorted(notify_ids):
            outcome = _notify_one(sessions, row_id, targets, now=now, max_attempts=max_attempts,
                                  dashboard_url=dashboard_url)
            if outcome is not None:
                result.sent, result.failed = result.sent + outcome, result.failed + (not outcome)
        ids = [row_id for row_id in ids if row_id not in notify_ids]
    if ids:
        try:
            client = _connect(smtp)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("SMTP %s:%s unavailable, %d alert(s) stay queued: %s", smtp.host, smtp.port, len(ids), exc)
            for row_id in ids:
                _fail(sessions, row_id, f"connect: {exc}", now=now, max_attempts=max_attempts)
            result.failed = len(ids)
            ids = []
        else:
            with client:
                for row_id in ids:
                    if _send_one(sessions, client, row_id, smtp, now=now, max_attempts=max_attempts,
                                 dashboard_url=dashboard_url):
                        result.sent += 1
                    else:
                        result.failed += 1
    with sessions() as session:
        result.pending = len(session.scalars(select(store.Outbox.id).where(store.Outbox.status == "pending")).all())
    return result


def _send_one(sessions: sessionmaker, client: smtplib.SMTP, row_id: int, smtp: SmtpSettings, *,
              now: datetime, max_attempts: int, dashboard_url: str | None = None) -> bool:
    with sessions() as session:
        row = session.get(store.Outbox, row_id)
        if row.status != "pending":
            return False
        message = render(session, row, from_address=smtp.from_address, dashboard_url=dashboard_url)
    try:
        client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        error, permanent = smtp_failure(exc)
        if not permanent:
            log.warning("sending outbox %s to %s failed: %s", row_id, row.recipient, error)
        _fail(sessions, row_id, error, now=now, max_attempts=max_attempts, permanent=permanent)
        return False
    with sessions.begin() as session:
        session.execute(update(store.Outbox).where(store.Outbox.id == row_id)
                        .values(status="sent", sent_at=store.utcnow(), claimed_until=None,
                                attempts=store.Outbox.attempts + 1))
    log.info("sent %s (%s) to %s", message["Message-ID"], row.kind, row.recipient)
    return True


def _older_pending(session, row: store.Outbox) -> datetime | None:
    """When the oldest message still waiting for the same address is due, if there is one."""
    return session.scalar(select(func.min(store.Outbox.next_attempt_at)).where(
        store.Outbox.recipient == row.recipient, store.Outbox.status == "pending", store.Outbox.id < row.id))


def _notify_one(sessions: sessionmaker, row_id: int, targets: dict[str, channels.Target], *,
                now: datetime, max_attempts: int, dashboard_url: str | None = None) -> bool | None:
    """One chat or webhook message: True sent, False failed, None waits for an older one.

    Apprise says only whether it worked, so every failure is retried. A chat has no threading, so
    messages to one address go in order: an update never arrives before its alert.
    """
    with sessions() as session:
        row = session.get(store.Outbox, row_id)
        if row.status != "pending":
            return False
        older = _older_pending(session, row)
        target = targets.get(row.recipient)
        link = (target.dashboard_url or dashboard_url) if target else None  # the recipient's own, else public_url
        message = channels.chat_message(session, row, dashboard_url=link) if target else None
    if older is not None:  # not an attempt: released, due again with the older message
        with sessions.begin() as session:
            session.execute(update(store.Outbox).where(store.Outbox.id == row_id)
                            .values(claimed_until=None, next_attempt_at=max(older, now)))
        return None
    if target is None:
        _fail(sessions, row_id, "its notification URL is no longer in alerts.yaml", now=now,
              max_attempts=max_attempts, permanent=True)
        return False
    ok, error = channels.send(target.url, *message)
    if not ok:
        log.warning("sending outbox %s (%s) failed: %s", row_id, row.kind, error)
        _fail(sessions, row_id, error, now=now, max_attempts=max_attempts)
        return False
    with sessions.begin() as session:
        session.execute(update(store.Outbox).where(store.Outbox.id == row_id)
                        .values(status="sent", sent_at=store.utcnow(), claimed_until=None,
                                attempts=store.Outbox.attempts + 1))
    log.info("sent outbox %s (%s) to %s", row_id, row.kind, channels.masked(target.url))
    return True


def deliver(sessions: sessionmaker, config: Config, *, now: datetime | None = None) -> SendResult:
    """What the daemon and cron run: queue due digests, cap alert storms, then send."""
    now = now or store.utcnow()
    alerts = config.settings.alerts
    with sessions.begin() as session:
        queue_digests(session, config, now=now)
        cap_alert_storm(session, config.recipients, now=now, limit=alerts.max_immediate_per_hour,
                        domain=mail_domain(config.settings.smtp.from_address))
    return send_pending(sessions, config.settings.smtp, now=now, max_attempts=alerts.max_attempts,
                        recipients=config.recipients, dashboard_url=config.settings.dashboard.public_url)
