"""Render an outbox row as a text+HTML email (Jinja2, autoescaped HTML, header-safe subject)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from jinja2 import Environment, PackageLoader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.countries import country_name
from pipelines.latin import with_latin
from pipelines.vocabulary import ATTACK_LABELS  # noqa: F401 (report and dashboard read it from here)

# Plain text is not escaped; HTML always is, whatever the template's name.
_text_env = Environment(loader=PackageLoader("pipelines.alerts", "templates"), autoescape=False,
                        trim_blocks=True, lstrip_blocks=True)
_html_env = Environment(loader=PackageLoader("pipelines.alerts", "templates"), autoescape=True,
                        trim_blocks=True, lstrip_blocks=True)

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def one_line(text: str | None, limit: int = 200) -> str:
    """Untrusted text fit for a header: no CR/LF or other controls, bounded length."""
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in (text or "")).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def text_direction(text: str | None) -> str:
    return "rtl" if text and _RTL.search(text) else "ltr"


@dataclass(frozen=True)
class SourceLine:
    outlet: str
    title: str
    url: str
    seen_at: datetime


@dataclass(frozen=True)
class EvidenceLine:
    sentence: str
    outlet: str
    direction: str


def place(incident: store.Incident) -> str:
    where = incident.base or (f"a base in {with_latin(incident.region)}" if incident.region else "an unidentified base")
    return f"{where} ({country_name(incident.country)})" if incident.country else where


_COUNT_CHANGE = re.compile(r"^(killed|wounded): (\d+)(?: \(was \d+\))?$")


def change_summary(note: str | None, limit: int = 100) -> str:
    """An update's changes as a subject says them: 'claimed by X, 2 wounded' (untrusted words, bounded)."""
    parts = []
    for part in (note or "").split(";"):
        part = one_line(part)
        if match := _COUNT_CHANGE.match(part):
            part = f"{match.group(2)} {match.group(1)}"
        if part and part not in parts:
            parts.append(part)
    return one_line(", ".join(parts), limit)


def subject(incident: store.Incident, kind: str, note: str | None = None) -> str:
    label = ATTACK_LABELS.get(incident.attack_type, "Attack")
    sources = incident.source_count or 1
    line = f"[basewatch] {label} on {place(incident)} - {sources} source{'s' if sources != 1 else ''}"
    if kind != "alert":
        # 'Re: <the alert's subject>' keeps the thread; what changed comes last, so a long place
        # name cannot push it out of a bounded subject.
        changed = change_summary(note)
        line = "Re: " + one_line(line, 140) + (f" - Update: {changed}" if changed else " - Update")
    return one_line(line, 250)


def incident_link(dashboard_url: str | None, incident_id: int) -> str | None:
    """The incident's dashboard page (settings dashboard.public_url), or None when none is set."""
    return f"{dashboard_url.rstrip('/')}/incidents/{incident_id}" if dashboard_url else None


def _context(session: Session, row: store.Outbox, dashboard_url: str | None = None) -> dict:
    incident = session.get(store.Incident, row.incident_id)
    pairs = session.execute(
        select(store.Report, store.Article, store.Source)
        .join(store.Article, store.Report.article_id == store.Article.id)
        .join(store.Source, store.Article.source_id == store.Source.id)
        .where(store.Report.incident_id == incident.id)
        # First published first: a channel's statement heads the list even when its forwards were read before it.
        .order_by(func.coalesce(store.Article.published_at, store.Article.fetched_at), store.Report.id)
    ).all()
    sources: dict[str, SourceLine] = {}
    evidence: dict[str, EvidenceLine] = {}
    names: dict[str, None] = {}  # an installation the gazetteer lacks, as each article wrote it
    sites: dict[str, str] = {}  # the other installations the attack hit, by base id
    for report, article, source in pairs:
        if incident.base is None and report.mention:
            names.setdefault(one_line(report.mention, 120))
        if report.base_id in incident.site_ids and report.base:
            sites.setdefault(report.base_id, one_line(report.base, 120))
        sources.setdefault(article.url, SourceLine(source.name, one_line(article.title) or article.url,
                                                   article.url, article.published_at or article.fetched_at))
        evidence.setdefault(report.evidence, EvidenceLine(report.evidence, source.name,
                                                          text_direction(report.evidence)))
    return alert_context(incident, list(sources.values()), list(evidence.values()), kind=row.kind,
                         note=row.note, dashboard_url=dashboard_url, names=list(names)[:_NAMES_SHOWN],
                         sites=list(sites.values()))


_NAMES_SHOWN = 3


def alert_context(incident: store.Incident, sources: list[SourceLine], evidence: list[EvidenceLine], *,
                  kind: str, note: str | None, dashboard_url: str | None = None, test: bool = False,
                  names: list[str] = (), sites: list[str] = ()) -> dict:
    """What alert.txt and alert.html show about one incident; names: the installation as the
    articles write it, where the gazetteer does not know it; sites: the other installations hit."""
    map_url = None
    if incident.latitude is not None and incident.longitude is not None:
        map_url = (f"https://www.openstreetmap.org/?mlat={incident.latitude:.5f}"
                   f"&mlon={incident.longitude:.5f}#map=12/{incident.latitude:.5f}/{incident.longitude:.5f}")
    return {
        "incident": incident, "kind": kind, "note": note, "test": test,
        "label": ATTACK_LABELS.get(incident.attack_type, "Attack"), "place": place(incident),
        "attack_types": ", ".join(filter(None, incident.attack_types.split(","))),
        "sources": sources, "evidence": evidence[:5],
        "map_url": map_url, "confidence_pct": round(incident.confidence * 100),
        "names": [with_latin(name) for name in names],
        "sites": [with_latin(site) for site in sites],
        "dashboard_link": incident_link(dashboard_url, incident.id),
    }


def _list_context(session: Session, row: store.Outbox, dashboard_url: str | None = None) -> dict:
    """A digest or storm summary: one line per incident, with its first evidence sentence."""
    ids = [int(part) for part in (row.items or "").split(",") if part]
    lines = []
    for incident_id in ids:
        incident = session.get(store.Incident, incident_id)
        if incident is None:
            continue
        first = session.execute(
            select(store.Report, store.Article).join(store.Article, store.Report.article_id == store.Article.id)
            .where(store.Report.incident_id == incident_id).order_by(store.Report.id).limit(1)
        ).first()
        lines.append({"incident": incident, "label": ATTACK_LABELS.get(incident.attack_type, "Attack"),
                      "place": place(incident), "evidence": first[0].evidence if first else "",
                      "direction": text_direction(first[0].evidence if first else ""),
                      "url": first[1].url if first else None,
                      "dashboard_link": incident_link(dashboard_url, incident.id)})
    unhealthy = []
    if row.kind.startswith("digest"):
        unhealthy = session.scalars(select(store.Source).where(store.Source.enabled.is_(True))
                                    .where(store.Source.error_streak >= 3).order_by(store.Source.id)).all()
    return {"kind": row.kind, "digest": row.kind.startswith("digest"), "lines": lines, "period": row.note,
            "unhealthy": unhealthy}


def list_subject(row: store.Outbox, count: int) -> str:
    if row.kind.startswith("digest"):
        return f"[basewatch] Daily digest {row.kind.removeprefix('digest-')}: {count} incident{'s' if count != 1 else ''}"
    return f"[basewatch] {count} more incident{'s' if count != 1 else ''} in the last hour (alert limit reached)"


# Python folds a long Subject oddly at 78 columns (the whole value onto a continuation line);
# 120 keeps ordinary subjects on one line and still folds long ones at spaces.
MAIL_POLICY = policy.default.clone(max_line_length=120)


def render(session: Session, row: store.Outbox, *, from_address: str,
           dashboard_url: str | None = None) -> EmailMessage:
    """The complete message for one outbox row; dashboard_url (dashboard.public_url) adds the incident's page."""
    message = EmailMessage(policy=MAIL_POLICY)
    if row.incident_id is None:
        context = _list_context(session, row, dashboard_url)
        message["Subject"] = one_line(list_subject(row, len(context["lines"])), 250)
        text = _text_env.get_template("digest.txt").render(**context)
        html = _html_env.get_template("digest.html").render(**context)
    else:
        context = _context(session, row, dashboard_url)
        message["Subject"] = subject(context["incident"], row.kind, row.note)
        text = _text_env.get_template("alert.txt").render(**context)
        html = _html_env.get_template("alert.html").render(**context)
    message["From"] = from_address
    message["To"] = row.recipient
    message["Message-ID"] = row.message_id
    message["Date"] = format_datetime(row.created_at)
    if row.reply_to_message_id:
        message["In-Reply-To"] = row.reply_to_message_id
        message["References"] = row.reply_to_message_id
    if row.incident_id is not None:
        message["X-Basewatch-Incident"] = str(row.incident_id)
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def sample_message(*, from_address: str, to: str, dashboard_url: str | None = None,
                   now: datetime) -> EmailMessage:
    """A test alert (`basewatch send --test`) from the real templates, marked as a test everywhere."""
    incident = store.Incident(
        id=0, key="test", base="Example Air Base", base_id=None, country=None, region=None,
        attack_type="drone", attack_types="drone", actor=None, confirmed_by=None, killed=None, wounded=None,
        event_time=now, event_date=None, first_seen_at=now, last_seen_at=now, confidence=1.0,
        source_count=1, story_count=1, latitude=None, longitude=None)
    outlet = "basewatch"
    sentence = "This is a test message from basewatch: no incident happened."
    context = alert_context(incident, [SourceLine(outlet, "Test alert", "https://example.org/basewatch-test", now)],
                            [EvidenceLine(sentence, outlet, "ltr")], kind="alert", note=None,
                            dashboard_url=dashboard_url, test=True)
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = "[basewatch] TEST - " + subject(incident, "alert").removeprefix("[basewatch] ")
    message["From"] = from_address
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid("basewatch-test", domain=from_address.rsplit("@", 1)[-1] or "basewatch.local")
    message["X-Basewatch-Test"] = "yes"
    message.set_content(_text_env.get_template("alert.txt").render(**context))
    message.add_alternative(_html_env.get_template("alert.html").render(**context), subtype="html")
    return message
