"""Terminal tables of sources and incidents (rich), for operators and the demo."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import select

from pipelines.store import models as store
from pipelines.config_models import Config
from pipelines.export import as_dict, event_date_of, incident_records, records_for
from pipelines.alerts.mail import ATTACK_LABELS, one_line
from pipelines.sources.health import health_flags, sync_sources


# An error as stored (Twisted/Scrapy class names, HTTP statuses) and the words an operator groups it by.
_REASONS = (
    (re.compile(r"DNSLookupError|not resolve|Name or service not known|No address associated"), "DNS lookup failed"),
    (re.compile(r"ConnectionRefused|Connection refused"), "connection refused"),
    (re.compile(r"TimeoutError|TimedOut|timed out|took longer than"), "timed out"),
    (re.compile(r"SSL|TLS|certificate", re.I), "TLS handshake failed"),
    (re.compile(r"ResponseNeverReceived|ConnectionLost|ConnectionDone|ResponseFailed"), "connection dropped"),
    (re.compile(r"\brefused \S+ \((.+?) address"), r"address refused (\1)"),
    (re.compile(r"^(HTTP \d{3})"), r"\1"),
)


def failure_reason(error: str | None) -> str:
    """A stored poll error in the few words failures are grouped by ('DNS lookup failed')."""
    text = " ".join((error or "unknown error").split())
    for pattern, words in _REASONS:
        if match := pattern.search(text):
            reason = match.expand(words)
            break
    else:
        reason = text[:80]
    if "robots.txt unavailable" in text:
        reason += " (robots.txt unreachable, so disallowed)"
    return reason


@dataclass
class PollOutcome:
    """How the sources of one cycle fared, failures grouped by reason."""

    ok: list[str] = field(default_factory=list)
    failed: dict[str, list[str]] = field(default_factory=dict)  # reason -> source ids
    unreported: list[str] = field(default_factory=list)  # polled, but the cycle recorded nothing

    @property
    def failed_count(self) -> int:
        return sum(len(ids) for ids in self.failed.values())

    def summary(self) -> str:
        """'2 ok, 95 failed (93 DNS lookup failed, 2 HTTP 404)'."""
        text = f"{len(self.ok)} ok, {self.failed_count} failed"
        if self.failed:
            groups = sorted(self.failed.items(), key=lambda item: (-len(item[1]), item[0]))
            text += " (" + ", ".join(f"{len(ids)} {reason}" for reason, ids in groups) + ")"
        if self.unreported:
            text += f", {len(self.unreported)} not reported by the cycle"
        return text

    def details(self, limit: int = 8) -> list[str]:
        """One line per reason naming its sources (the first few)."""
        lines = []
        for reason, ids in sorted(self.failed.items(), key=lambda item: (-len(item[1]), item[0])):
            more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
            lines.append(f"  {len(ids)} failed: {reason}: {', '.join(sorted(ids)[:limit])}{more}")
        return lines


def poll_outcome(database_url: str, source_ids: list[str], since: datetime) -> PollOutcome:
    """Each source polled since `since`: succeeded, or failed and why."""
    outcome = PollOutcome()
    if not source_ids:
        return outcome
    engine = store.open_engine(database_url, create=False)
    try:
        with store.session_factory(engine)() as session:
            rows = session.scalars(select(store.Source).where(store.Source.id.in_(source_ids))).all()
    finally:
        engine.dispose()
    by_id = {row.id: row for row in rows}
    for source_id in source_ids:
        row = by_id.get(source_id)
        if row is None or row.last_polled_at is None or row.last_polled_at < since:
            outcome.unreported.append(source_id)
        elif row.error_streak:
            outcome.failed.setdefault(failure_reason(row.last_error), []).append(source_id)
        else:
            outcome.ok.append(source_id)
    return outcome


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def print_sources(config: Config, console: Console | None = None) -> None:
    console = console or Console(width=max(Console().width, 160))
    engine = store.open_engine(config.settings.database_url)
    sessions = store.session_factory(engine)
    with sessions.begin() as session:
        if not store.is_read_only(engine):  # a read-only database shows its sources as last stored
            sync_sources(session, config.sources)
        rows = session.scalars(select(store.Source).order_by(store.Source.id)).all()
    table = Table(title=f"{len(rows)} sources")
    for column in ("id", "country", "lang", "kind", "last success", "last new article", "articles",
                   "failed extractions", "errors", "next poll", "state"):
        table.add_column(column)
    now = store.utcnow()
    for row in rows:
        # Flags: failing, asked to wait (Retry-After), quiet (far past its usual gap), extraction failing.
        state = ", ".join(health_flags(row, now)) or ("never polled" if row.last_polled_at is None else "ok")
        if row.last_error and row.error_streak:
            state += f": {failure_reason(row.last_error)}"
        table.add_row(*_plain(row.id, row.country, row.language, row.kind, _when(row.last_success_at),
                              _when(row.last_new_article_at), str(row.articles_total), str(row.extraction_failures),
                              str(row.error_streak), _when(row.next_poll_at), state))
    console.print(table)
    engine.dispose()


def incident_rows(database_url: str, since: date | None = None) -> list[store.Incident]:
    """Incidents in the order first seen; with `since`, those whose event date is on or after it (as export)."""
    engine = store.open_engine(database_url)
    with store.session_factory(engine)() as session:
        rows = session.scalars(select(store.Incident).order_by(store.Incident.first_seen_at, store.Incident.id)).all()
    engine.dispose()
    return [row for row in rows if since is None or event_date_of(row)[0] >= since]


def incidents_json(database_url: str, since: date | None = None) -> list[dict]:
    """The incidents as `export --format json` writes them, oldest event first."""
    engine = store.open_engine(database_url)
    with store.session_factory(engine)() as session:
        records = incident_records(session, since=since)
    engine.dispose()
    return [as_dict(record) for record in records]


def incident_detail(database_url: str, incident_id: int) -> dict | None:
    """One incident and each report behind it (outlet, link, evidence, actor as reported); None if unknown."""
    engine = store.open_engine(database_url)
    try:
        with store.session_factory(engine)() as session:
            incident = session.get(store.Incident, incident_id)
            if incident is None:
                return None
            detail = as_dict(records_for(session, [incident])[0])
            detail["alerted"] = incident.alerted
            pairs = session.execute(
                select(store.Report, store.Article, store.Source)
                .join(store.Article, store.Report.article_id == store.Article.id)
                .join(store.Source, store.Article.source_id == store.Source.id)
                .where(store.Report.incident_id == incident_id)
                .order_by(store.Article.fetched_at, store.Report.id)).all()
            detail["report_list"] = [{
                "report_id": report.id, "outlet": source.name, "source_id": source.id, "url": article.url,
                "title": article.title, "published": _stamp(article.published_at), "fetched": _stamp(article.fetched_at),
                "base": report.base, "mention": report.mention, "country": report.country,
                "attack_type": report.attack_type, "actor": report.actor,
                "event_date": report.event_date.isoformat() if report.event_date else None, "killed": report.killed, "wounded": report.wounded,
                "confirmed_by": report.confirmed_by, "confidence": round(report.confidence, 3),
                "evidence": report.evidence,
            } for report, article, source in pairs]
    finally:
        engine.dispose()
    return detail


def incident_lines(detail: dict) -> list[str]:
    """`incidents show` as plain lines; stored text is one line each, controls removed (it came from the web)."""
    where = detail["base"] or (f"a base in {detail['region']}" if detail["region"] else "an unidentified base")
    label = ATTACK_LABELS.get(detail["attack_type"], detail["attack_type"])
    country = f" ({detail['country_name']})" if detail["country_name"] else ""
    lines = [one_line(f"incident #{detail['incident_id']}: {label} on {where}{country}", 400)]
    for name, value in (
        ("event date", f"{detail['event_date']} ({detail['event_date_precision']})"),
        ("attack types", ", ".join(detail["attack_types"])),
        ("actor", detail["actor"] or "no claim reported"),
        ("confirmed by", detail["confirmed_by"] or "no official confirmation"),
        ("casualties", f"{_count(detail['fatalities'])} killed, {_count(detail['injuries'])} wounded"),
        ("confidence", f"{detail['confidence']:.2f}"),
        ("seen", f"{detail['first_seen']} to {detail['last_seen']}; alerted: {'yes' if detail['alerted'] else 'no'}"),
        ("reports", f"{detail['reports']} from {detail['sources']} source(s), "
                    f"{detail['independent_sources']} independent"),
        ("outlets", ", ".join(detail["outlets"]) or "-"),
    ):
        lines.append(f"  {name + ':':<14}{one_line(value, 400)}")
    for number, report in enumerate(detail["report_list"], 1):
        lines.append(f"  [{number}] " + one_line(f"{report['outlet']}, {report['published'] or report['fetched']}: "
                                                 f"{report['title'] or '(no title)'}", 400))
        lines.append("      " + one_line(report["url"], 2000))
        lines.append("      evidence: " + one_line(report["evidence"], 2000))
        said = [f"base as written: {report['mention'] or report['base'] or '-'}",
                f"attack: {report['attack_type']}", f"actor: {report['actor'] or '-'}"]
        if report["confirmed_by"]:
            said.append(f"confirmed by: {report['confirmed_by']}")
        if report["killed"] is not None or report["wounded"] is not None:
            said.append(f"{_count(report['killed'])} killed, {_count(report['wounded'])} wounded")
        said.append(f"confidence {report['confidence']:.2f}")
        lines.append("      " + one_line("; ".join(said), 1000))
    return lines


def _stamp(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None


def _plain(*cells: str | None) -> list[Text]:
    """Table cells as plain text: words from articles and servers ("[red]", "[link=...]") are not rich markup."""
    return [Text(cell or "") for cell in cells]


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def print_incidents(database_url: str, console: Console | None = None, since: date | None = None) -> None:
    console = console or Console(width=max(Console().width, 130))
    rows = incident_rows(database_url, since)
    table = Table(title=f"{len(rows)} incidents")
    for column in ("#", "base", "country", "attack", "actor", "event", "reports", "sources", "alerted"):
        table.add_column(column)
    for row in rows:
        table.add_row(*_plain(str(row.id), row.base or f"(unresolved) {row.region or ''}", row.country or "-",
                              ATTACK_LABELS.get(row.attack_type, row.attack_type), row.actor or "-",
                              row.event_date.isoformat() if row.event_date else _when(row.event_time),
                              str(row.report_count), f"{row.source_count} ({row.story_count} indep.)",
                              "yes" if row.alerted else "no"))
    console.print(table)
