"""Alerts on chat and webhook channels: a short text message per outbox row, delivered through Apprise.

A recipient's `notify:` URLs (Telegram, Slack, Matrix, Teams, Discord, ntfy, json:// webhooks ...)
are operator config; `${VAR}` in them is read from the environment, so tokens stay out of
alerts.yaml. The outbox keeps `notify:<tag>` for a URL (a hash of the URL as written), never the URL
or its token, and logs show the URL masked. The message text is untrusted article text: it goes out
as plain text (Apprise's TEXT format, escaped by Apprise for channels that use markup) with control
characters removed and every field bounded.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.countries import country_name
from pipelines.alerts.mail import _context, _list_context, list_subject, one_line, subject

log = logging.getLogger(__name__)
# Apprise's INFO and DEBUG lines carry request URLs, and some services keep the token in the path.
logging.getLogger("apprise").setLevel(logging.WARNING)

EMAIL, NOTIFY = "email", "notify"
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand(url: str) -> str:
    """The URL with each `${VAR}` replaced from the environment; an unset variable is a ValueError."""
    def value(match: re.Match) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise ValueError(f"environment variable {name} is not set")
        return os.environ[name]

    return _VARIABLE.sub(value, url.strip())


def _plugin(url: str):
    """Apprise's handler for a URL as written, or ValueError naming what is wrong (never the token)."""
    import apprise

    plugin = apprise.Apprise.instantiate(expand(url), suppress_exceptions=True)
    if plugin is None:
        raise ValueError(f"{scheme_only(url)} is not a notification URL Apprise understands "
                         "(see https://github.com/caronc/apprise/wiki for each service's form)")
    return plugin


def check_url(url: str) -> None:
    """Raise ValueError when `url` cannot be delivered to: for validating alerts.yaml at load."""
    _plugin(url)


def scheme_only(url: str) -> str:
    """What may be shown of a URL that did not parse: its scheme."""
    scheme = url.strip().split("://", 1)[0] if "://" in url else ""
    return f"{scheme}://…" if scheme and len(scheme) <= 20 else "the URL"


def masked(url: str) -> str:
    """The URL for logs and listings: Apprise's privacy form (tokens shortened), no options, and
    each `${VAR}` value shown as its name (a generic webhook's path is not a secret to Apprise)."""
    try:
        shown = _plugin(url).url(privacy=True).split("?", 1)[0]
    except ValueError:
        return scheme_only(url)
    for name in _VARIABLE.findall(url):
        if os.environ.get(name):
            shown = shown.replace(os.environ[name], "${%s}" % name)
    return shown


def address(url: str) -> str:
    """What the outbox stores for a notification URL: stable, unique per URL, reveals nothing."""
    return "notify:" + hashlib.sha256(url.strip().encode()).hexdigest()[:16]


def destinations(recipient) -> list[tuple[str, str]]:
    """(channel, outbox address) for each place a recipient is reached: the email, then each URL."""
    found = [(EMAIL, recipient.email)] if recipient.email else []
    return found + [(NOTIFY, address(url)) for url in recipient.notify]


def shown_addresses(recipients) -> dict[str, str]:
    """Each notify address as its URL masked, for listings."""
    return {address(url): masked(url) for recipient in recipients for url in recipient.notify}


@dataclass(frozen=True)
class Target:
    url: str  # as written in alerts.yaml (with ${VAR})
    dashboard_url: str | None


def targets(recipients) -> dict[str, Target]:
    """The outbox address of every configured notification URL, and where it goes."""
    return {address(url): Target(url, recipient.dashboard_url)
            for recipient in recipients for url in recipient.notify}


def _evidence_line(sentence: str, outlet: str) -> str:
    return f"Evidence: “{one_line(sentence, 280)}” ({one_line(outlet, 80)})"


def chat_message(session: Session, row: store.Outbox, *, dashboard_url: str | None = None) -> tuple[str, str]:
    """(title, body) of a short message: headline, base, country, actor, evidence, link."""
    if row.incident_id is None:
        context = _list_context(session, row)
        lines = [f"#{line['incident'].id} {line['label']} on {one_line(line['place'], 120)}: "
                 f"{one_line(line['evidence'], 160)}" for line in context["lines"][:20]]
        return one_line(list_subject(row, len(context["lines"])), 250), "\n".join(lines) or "No incidents."
    context = _context(session, row)
    incident: store.Incident = context["incident"]
    lines = []
    if row.kind != "alert":
        lines.append(one_line("Update: " + (row.note or "new reports"), 300))
    lines += [one_line(f"Base: {incident.base or incident.region or 'unidentified'}", 200),
              one_line(f"Country: {country_name(incident.country) if incident.country else 'unknown'}", 100),
              one_line(f"Actor: {incident.actor or 'no claim reported'}", 200)]
    if context["evidence"]:
        first = context["evidence"][0]
        lines.append(_evidence_line(first.sentence, first.outlet))
    if dashboard_url:
        lines.append(f"Dashboard: {dashboard_url.rstrip('/')}/incidents/{incident.id}")
    elif context["sources"]:
        lines.append(one_line(f"Source: {context['sources'][0].url}", 500))
    lines.append(f"basewatch incident #{incident.id}")
    return one_line(subject(incident, row.kind), 250), "\n".join(lines)


def send(url: str, title: str, body: str) -> tuple[bool, str]:
    """Deliver one message; (delivered, Apprise's words on failure, the URL masked).

    Apprise answers only yes or no, so no failure is taken as permanent: the sender retries with
    backoff up to alerts.max_attempts, as for an SMTP 4xx.
    """
    import apprise

    try:
        plugin = _plugin(url)
    except ValueError as exc:
        return False, str(exc)
    notifier = apprise.Apprise()
    notifier.add(plugin)
    with apprise.LogCapture(level=logging.WARNING) as captured:
        ok = bool(notifier.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT))
    words = " ".join(line.split(" - ", 2)[-1] for line in captured.getvalue().splitlines() if line.strip())
    return ok, f"{masked(url)}: {words or 'not delivered'}"
