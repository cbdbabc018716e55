"""Mails about many incidents: the daily digest, and the summary that caps an alert storm."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.alerts.channels import destinations
from pipelines.config_models import Config, Recipient
from pipelines.alerts.outbox import mail_domain, recipient_tag, recipient_wants


def _message_id(kind: str, recipient: str, domain: str) -> str:
    return f"<basewatch.{kind}.{recipient_tag(recipient)}@{domain}>"


def _exists(session: Session, message_id: str) -> bool:
    return session.scalar(select(store.Outbox.id).where(store.Outbox.message_id == message_id)) is not None


def digest_period(now: datetime, hour: int) -> tuple[datetime, datetime] | None:
    """The 24 hours a digest due at `now` covers: up to today's digest hour, once that hour has come."""
    end = datetime.combine(now.date(), time(hour), tzinfo=now.tzinfo)
    if now < end:
        return None
    return end - timedelta(days=1), end


def queue_digests(session: Session, config: Config, *, now: datetime) -> int:
    """One digest per digest recipient per day, listing the incidents first seen in the period."""
    period = digest_period(now, config.settings.alerts.digest_hour_utc)
    if period is None:
        return 0
    start, end = period
    if session.scalar(select(store.Article.id).where(store.Article.fetched_at < end).limit(1)) is None:
        return 0  # basewatch was not running yet in that period: nothing to digest
    incidents = session.scalars(
        select(store.Incident).where(store.Incident.first_seen_at >= start, store.Incident.first_seen_at < end)
        .order_by(store.Incident.first_seen_at)
    ).all()
    queued = 0
    kind = f"digest-{end.date().isoformat()}"
    for recipient in config.recipients:
        if recipient.mode != "digest":
            continue
        wanted = [incident.id for incident in incidents if recipient_wants(recipient, incident)]
        for channel, address in destinations(recipient):
            message_id = _message_id(kind, address, mail_domain(config.settings.smtp.from_address))
            if _exists(session, message_id):
                continue
            session.add(store.Outbox(incident_id=None, recipient=address, channel=channel, kind=kind,
                                     message_id=message_id, status="pending", next_attempt_at=now, created_at=now,
                                     items=",".join(map(str, wanted)),
                                     note=f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"))
            queued += 1
    session.flush()
    return queued


def cap_alert_storm(session: Session, recipients: tuple[Recipient, ...], *, now: datetime, limit: int,
                    domain: str) -> int:
    """Past `limit` first alerts an hour per recipient and channel, the rest wait for one summary message."""
    summarised = 0
    for recipient in recipients:
        for channel, address in destinations(recipient):
            summarised += _cap_one(session, channel, address, now=now, limit=limit, domain=domain)
    session.flush()
    return summarised


def _cap_one(session: Session, channel: str, address: str, *, now: datetime, limit: int, domain: str) -> int:
    """One address's storm cap: how many of its pending first alerts went into a summary."""
    hour_ago = now - timedelta(hours=1)
    pending = session.scalars(
        select(store.Outbox).where(store.Outbox.recipient == address, store.Outbox.status == "pending",
                                   store.Outbox.kind == "alert", store.Outbox.next_attempt_at <= now)
        .order_by(store.Outbox.id)
    ).all()
    if not pending:
        return 0
    sent_recently = session.scalar(
        select(func.count()).where(store.Outbox.recipient == address, store.Outbox.kind == "alert",
                                   store.Outbox.status == "sent", store.Outbox.sent_at >= hour_ago)
    ) or 0
    excess = pending[max(limit - sent_recently, 0):]
    if not excess:
        return 0
    kind = f"summary-{now:%Y%m%dT%H%M%S}"
    session.execute(update(store.Outbox).where(store.Outbox.id.in_([row.id for row in excess]))
                    .values(status="summarised"))
    session.add(store.Outbox(incident_id=None, recipient=address, channel=channel, kind=kind,
                             message_id=_message_id(kind, address, domain), status="pending",
                             next_attempt_at=now, created_at=now,
                             items=",".join(str(row.incident_id) for row in excess)))
    return len(excess)
