"""Queue alerts in the outbox, in the caller's transaction, once per (incident, recipient, channel, kind).

Row statuses: pending (to send, maybe after a backoff), sent, failed (refused for good or out of
attempts: kept for the operator), dropped (the operator gave up on it: never sent).
A recipient with an email and notification URLs gets one row per channel address (channels.destinations).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.alerts.channels import destinations
from pipelines.config_models import Recipient


@dataclass(frozen=True)
class RuleCheck:
    """One of a recipient's rules against one incident, in words (`basewatch alerts test`)."""

    rule: str  # countries | bases | attack_types | min_confidence
    passed: bool
    why: str


def rule_checks(recipient: Recipient, incident: store.Incident) -> list[RuleCheck]:
    """Each rule of the recipient and whether the incident meets it; a rule left empty admits all."""
    checks = []
    if recipient.countries:
        checks.append(RuleCheck("countries", incident.country in recipient.countries,
                                f"country {incident.country or 'unknown'} "
                                f"{'in' if incident.country in recipient.countries else 'not in'} "
                                f"{', '.join(recipient.countries)}"))
    if recipient.bases:
        # An attack on several installations concerns whoever watches any of them.
        hit = [b for b in (incident.base_id, *incident.site_ids) if b]
        watched = [b for b in hit if b in recipient.bases]
        checks.append(RuleCheck("bases", bool(watched),
                                f"base {', '.join(watched or hit) or 'unidentified'} "
                                f"{'in' if watched else 'not in'} "
                                f"{', '.join(recipient.bases)}"))
    if recipient.attack_types:
        seen = set(filter(None, incident.attack_types.split(","))) | {incident.attack_type}
        shared = seen & set(recipient.attack_types)
        checks.append(RuleCheck("attack_types", bool(shared),
                                f"attack types {', '.join(sorted(seen))} "
                                + (f"include {', '.join(sorted(shared))}" if shared
                                   else f"share none of {', '.join(recipient.attack_types)}")))
    ok = incident.confidence >= recipient.min_confidence
    checks.append(RuleCheck("min_confidence", ok, f"confidence {incident.confidence:.2f} "
                            f"{'>=' if ok else '<'} {recipient.min_confidence:.2f}"))
    return checks


def recipient_wants(recipient: Recipient, incident: store.Incident) -> bool:
    """The recipient's rules: countries, bases, attack types, minimum confidence."""
    return all(check.passed for check in rule_checks(recipient, incident))


def recipient_tag(recipient: str) -> str:
    """A stable, non-revealing token for a recipient, for Message-IDs."""
    return hashlib.sha256(recipient.lower().encode()).hexdigest()[:12]


def message_id(incident_id: int, recipient: str, kind: str, domain: str) -> str:
    """Stable per (incident, recipient, kind), so a resend is recognisably the same mail."""
    return f"<basewatch.incident-{incident_id}.{kind}.{recipient_tag(recipient)}@{domain}>"


def mail_domain(from_address: str) -> str:
    """The right-hand side of our Message-IDs: the sender address's domain."""
    return from_address.rsplit("@", 1)[-1] or "basewatch.local"


def enqueue(
    session: Session, incident: store.Incident, recipients: tuple[Recipient, ...], *,
    kind: str, from_address: str, now: datetime, note: str | None = None,
) -> list[store.Outbox]:
    """One row per interested immediate recipient and channel; updates reply to that address's first alert."""
    domain = mail_domain(from_address)
    rows = []
    for recipient in recipients:
        if recipient.mode != "immediate" or not recipient_wants(recipient, incident):
            continue
        for channel, address in destinations(recipient):
            row = _enqueue_one(session, incident, channel, address, kind=kind, domain=domain, now=now, note=note)
            if row is not None:
                rows.append(row)
    session.flush()
    return rows


def _enqueue_one(session: Session, incident: store.Incident, channel: str, address: str, *,
                 kind: str, domain: str, now: datetime, note: str | None) -> store.Outbox | None:
    """The row for one (incident, address, kind), unless it exists or an update has no first alert to follow."""
    exists = session.scalar(
        select(store.Outbox.id).where(
            store.Outbox.incident_id == incident.id,
            store.Outbox.recipient == address,
            store.Outbox.kind == kind,
        )
    )
    if exists:
        return None
    reply_to = None
    if kind != "alert":
        reply_to = session.scalar(
            select(store.Outbox.message_id).where(
                store.Outbox.incident_id == incident.id,
                store.Outbox.recipient == address,
                store.Outbox.kind == "alert",
            )
        )
        if reply_to is None:
            # No first alert went to this address (rules or age): nothing to thread under.
            return None
    row = store.Outbox(
        incident_id=incident.id, recipient=address, channel=channel, kind=kind,
        message_id=message_id(incident.id, address, kind, domain),
        reply_to_message_id=reply_to, status="pending", next_attempt_at=now,
        created_at=now, note=note,
    )
    session.add(row)
    return row


class OutboxError(Exception):
    """An operator's request on the outbox that cannot be done: one line, names the row."""


def rows_in(session: Session, statuses: tuple[str, ...] = ("pending", "failed")) -> list[store.Outbox]:
    """Rows in the given statuses, oldest first."""
    return list(session.scalars(select(store.Outbox).where(store.Outbox.status.in_(statuses))
                                .order_by(store.Outbox.id)))


def _row(session: Session, row_id: int) -> store.Outbox:
    row = session.get(store.Outbox, row_id, with_for_update=True)
    if row is None:
        raise OutboxError(f"no outbox row {row_id} (see `basewatch outbox list`)")
    return row


def requeue(session: Session, row_id: int, *, now: datetime) -> store.Outbox:
    """Send a failed, dropped or waiting row again at the next send, with a fresh count of attempts."""
    row = _row(session, row_id)
    if row.status == "sent":
        raise OutboxError(f"outbox row {row_id} was already sent; nothing to do")
    # A live claim (a sender busy with it right now) is left alone, so it is not sent twice.
    row.status, row.attempts, row.next_attempt_at = "pending", 0, now
    return row


def drop(session: Session, row_id: int) -> store.Outbox:
    """Never send this row; it stays listed as dropped (`requeue` undoes it)."""
    row = _row(session, row_id)
    if row.status == "sent":
        raise OutboxError(f"outbox row {row_id} was already sent; nothing to do")
    row.status = "dropped"
    return row
