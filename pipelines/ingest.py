"""One fetched article through dedup, detection, incidents and the outbox, in one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from w3lib.html import remove_tags, replace_entities

from pipelines.dedup import stories as dedup
from pipelines.dedup import fetched_urls
from pipelines.store import models as store
from pipelines.config_models import Config
from pipelines.detect import detect
from pipelines.alerts.incidents import attach_report
from pipelines.alerts.outbox import enqueue
from pipelines.records import Detection, Extracted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FetchedArticle:
    """What the crawl knows of an article before extraction: the feed entry and the fetch."""

    source_id: str
    url: str
    fetched_at: datetime
    entry_title: str | None = None
    entry_summary: str | None = None
    entry_published: datetime | None = None
    language: str | None = None  # the source's or the feed's declared language
    final_url: str | None = None  # where the feed link redirected to


@dataclass
class IngestResult:
    article_id: int | None = None
    skipped: str | None = None  # why nothing was stored (already known)
    duplicate_of: int | None = None
    reports: int = 0
    new_incidents: list[int] = field(default_factory=list)
    updates: list[int] = field(default_factory=list)
    alerts_queued: int = 0
    index_entry: tuple | None = None  # added to the story index once the transaction commits


def plain_summary(summary: str | None) -> str:
    """Feed summaries are often HTML; keep their words."""
    if not summary:
        return ""
    return " ".join(replace_entities(remove_tags(summary)).split())


def _another_event(session: Session, detection: Detection, published: datetime | None, article_id: int) -> bool:
    """Both texts report attacks on identified installations and tell different events.

    Armed groups issue one communique wording for every operation, changing only the base, the
    weapon or the day: such texts look alike to the signature but tell different events. They
    differ when they name no installation in common, or, at each installation they share, both
    state different weapons, or dates further apart than their publication days are (a copy that
    says "yesterday" a day later moves its date with its publication). Copies of one statement
    stay one story; a text without an identified installation is not judged.
    """
    ours = {report.base_id: report for report in detection.reports if report.base_id}
    if not ours:
        return False
    rows = session.execute(
        select(store.Report.base_id, store.Report.attack_type, store.Report.event_date, store.Article.published_at)
        .join(store.Article, store.Article.id == store.Report.article_id)
        .where(store.Report.article_id == article_id, store.Report.base_id.is_not(None))).all()
    if not rows:
        return False
    shared = [row for row in rows if row.base_id in ours]
    if not shared:
        return True
    return all(_differs(ours[row.base_id], row, published) for row in shared)


def _differs(report, row, published: datetime | None) -> bool:
    """One installation's report in two texts: different stated weapons, or dates that moved more than the texts did."""
    if "other" not in (report.attack_type, row.attack_type) and report.attack_type != row.attack_type:
        return True
    if report.event_date is None or row.event_date is None or published is None or row.published_at is None:
        return False
    apart = abs((report.event_date - row.event_date).days)
    published_apart = abs((published.date() - row.published_at.date()).days)
    return apart > published_apart


def known_canonical(session: Session, *canonicals: str) -> bool:
    """Whether an article is stored under any of these canonical URLs (one query for all)."""
    return session.scalar(select(store.Article.id).where(store.Article.canonical_url.in_(set(canonicals)))
                          .limit(1)) is not None


class Ingestor:
    """Holds what lives across articles of one process: config, gazetteer, story index."""

    # Ids can commit out of order on PostgreSQL; re-reading a little below the watermark catches them.
    REFRESH_MARGIN = 200

    def __init__(self, config: Config, gazetteer=None):
        self.config = config
        self.gazetteer = gazetteer
        self.index = dedup.StoryIndex()
        self._indexed: set[int] = set()
        self._watermark = 0
        self._since: datetime | None = None

    def _add_rows(self, rows) -> int:
        count = 0
        for article_id, story_id, signature, source_id, text in rows:
            if article_id in self._indexed:
                continue
            try:
                self.index.add(str(article_id), story_id or str(article_id), signature, source=source_id, text=text)
            except ValueError:
                # Stored by an older dedup version: sign the stored text again rather than lose it.
                signature = dedup.signature(text or "")
                self.index.add(str(article_id), story_id or str(article_id), signature, source=source_id, text=text)
            self._indexed.add(article_id)
            self._watermark = max(self._watermark, article_id)
            count += 1
        return count

    def _signatures(self):
        query = (select(store.Article.id, store.Article.story_id, store.Article.signature,
                        store.Article.source_id, store.Article.text)
                 .where(store.Article.signature.is_not(None)).order_by(store.Article.id))
        if self._since is not None:  # the rolling window of load_index
            query = query.where(store.Article.fetched_at >= self._since)
        return query

    def load_index(self, session: Session, *, days: int = 14, now: datetime) -> int:
        """Rebuild the near-duplicate index from stored signatures of the recent window."""
        self._since = now - timedelta(days=days)  # later refreshes keep to the same window
        return self._add_rows(session.execute(self._signatures()))

    def refresh_index(self, session: Session) -> int:
        """Take in what other processes (other nodes) stored since: one story index for all.

        Runs before every article, so it reads only ids first and the texts of rows not yet indexed:
        re-reading the margin's texts cost more than detecting the article.
        """
        recent = self._signatures().where(store.Article.id > self._watermark - self.REFRESH_MARGIN)
        missing = [article_id for article_id in session.scalars(recent.with_only_columns(store.Article.id))
                   if article_id not in self._indexed]
        if not missing:
            return 0
        return self._add_rows(session.execute(self._signatures().where(store.Article.id.in_(missing))))

    def _coordinates(self, report: store.Report) -> tuple[float, float] | None:
        """Where a new incident goes on the map: its installation, else the town named with it."""
        if self.gazetteer is None:
            return None
        if report.base_id:
            base = self.gazetteer.get(report.base_id)
            return (base.lat, base.lon) if base is not None else None
        place = self.gazetteer.place(report.country, report.region) if report.country and report.region else None
        return (place.lat, place.lon) if place is not None and place.lat is not None else None

    def ingest(
        self, session: Session, fetched: FetchedArticle, extracted: Extracted | None, *,
        extraction_error: str | None = None, now: datetime,
    ) -> IngestResult:
        """Store the article and everything it implies; the caller commits."""
        result = IngestResult()
        canonical = dedup.canonical_url((extracted and extracted.canonical_url) or fetched.url)
        link = dedup.canonical_url(fetched.url)
        # Every address of this page is remembered with it (or, when the page is known, alone):
        # an entry listing any of them later is not fetched again.
        final = dedup.canonical_url(fetched.final_url) if fetched.final_url else None
        fetched_urls.remember(session, (link, canonical, final), at=fetched.fetched_at)
        if known_canonical(session, canonical, link):
            result.skipped = "known-url"
            return result
        self.refresh_index(session)  # before this article is added, so it cannot match itself
        summary = plain_summary(fetched.entry_summary)
        text = extracted.text if extracted and extracted.text else ""
        title = (extracted.title if extracted and extracted.title else None) or fetched.entry_title
        # Nothing is thrown away: with no body, the feed entry's words are analysed instead.
        analysed = text or summary
        published = fetched.entry_published or (extracted.published if extracted else None)
        language = (extracted.language if extracted else None) or fetched.language
        article = store.Article(
            source_id=fetched.source_id, url=fetched.url, canonical_url=canonical, title=title,
            summary=summary or None, text=text, author=extracted.author if extracted else None,
            language=language, published_at=published, fetched_at=fetched.fetched_at,
            extraction_ok=bool(text), extraction_method=extracted.method if extracted else None,
            extraction_error=extraction_error,
        )
        full_text = "\n\n".join(part for part in (title, analysed) if part)
        if full_text:
            article.content_hash = dedup.content_hash(full_text)
            article.signature = dedup.signature(analysed or title or "", title=title)
        session.add(article)
        session.flush()
        story_id = str(article.id)
        # Detected before the story is chosen: a formulaic statement about another event is another story.
        detection = self._detect(analysed, title, published, language)
        if article.signature is not None:
            match = self.index.find_story(article.signature, text=analysed, source=fetched.source_id)
            if match is not None and _another_event(session, detection, published, int(match[1])):
                match = None
            if match is None and article.content_hash:
                same = session.scalars(
                    select(store.Article).where(store.Article.content_hash == article.content_hash)
                    .where(store.Article.id != article.id).order_by(store.Article.id).limit(1)
                ).first()
                if same is not None:
                    match = (same.story_id or str(same.id), str(same.id))
            if match is not None:
                story_id, duplicate_of = match
                article.duplicate_of = int(duplicate_of)
                result.duplicate_of = article.duplicate_of
            result.index_entry = (str(article.id), story_id, article.signature, fetched.source_id, analysed)
        article.story_id = story_id
        result.article_id = article.id

        article.strike = detection.strike
        article.strike_score = detection.score
        self._file_reports(session, article, detection, result, now=now)
        return result

    def remember(self, result: IngestResult) -> None:
        """Call after commit: a rolled-back article must not become a story others join."""
        if result.index_entry is not None:
            doc_id, story_id, signature, source, text = result.index_entry
            if int(doc_id) not in self._indexed:
                self.index.add(doc_id, story_id, signature, source=source, text=text)
                self._indexed.add(int(doc_id))
                # The margin below the watermark then looks back from this process's own articles too.
                self._watermark = max(self._watermark, int(doc_id))

    def _detect(self, text: str, title: str | None, published: datetime | None, language: str | None) -> Detection:
        """Title and body apart, as the detector expects (the title marks the headline sentence)."""
        if not text.strip():
            text, title = title or "", None  # no body and no summary: the headline alone
        if not text.strip():
            return Detection(strike=False, score=0.0)
        return detect(text, title=title, published=published, language=language, gazetteer=self.gazetteer)

    def _is_recent(self, article: store.Article, incident: store.Incident, now: datetime) -> bool:
        """New means new: old events or old articles go to the database, not to phones."""
        horizon = now - timedelta(hours=self.config.settings.alerts.recent_hours)
        published = article.published_at or article.fetched_at
        return published >= horizon or incident.event_time >= horizon

    def _file_reports(self, session: Session, article: store.Article, detection: Detection,
                      result: IngestResult, *, now: datetime) -> None:
        settings = self.config.settings
        window = timedelta(hours=settings.alerts.incident_window_hours)
        opened_here: set[int] = set()
        notes: dict[int, list[str]] = {}
        for found in detection.reports:
            row = store.Report(
                article_id=article.id, base=found.base, base_id=found.base_id, country=found.country,
                region=found.region, mention=found.mention, attack_type=found.attack_type,
                actor=found.actor, event_date=found.event_date, killed=found.killed,
                wounded=found.wounded, confidence=found.confidence, evidence=found.evidence,
                confirmed_by=found.confirmed_by,
            )
            session.add(row)
            session.flush()
            result.reports += 1
            change = attach_report(session, row, article, window=window, locate=self._coordinates,
                                   region_key=self.gazetteer.region_key if self.gazetteer else None,
                                   areas=self.gazetteer.areas if self.gazetteer else None, now=now)
            incident = change.incident
            if change.kind == "new":
                opened_here.add(incident.id)
                result.new_incidents.append(incident.id)
            elif change.kind == "update" and incident.alerted and incident.id not in opened_here:
                # An alert opened by this very article already carries what its other sentences add.
                notes.setdefault(incident.id, []).append(change.note)
        # Alerts once the whole article is filed: the other installations of its attack are on the
        # incident by then, for the mail and for a recipient who watches one of them.
        for incident_id in result.new_incidents:
            incident = session.get(store.Incident, incident_id)
            if self._is_recent(article, incident, now):
                incident.alerted = True
                queued = enqueue(session, incident, self.config.recipients, kind="alert",
                                 from_address=settings.smtp.from_address, now=now)
                result.alerts_queued += len(queued)
        for incident_id, changes in notes.items():
            incident = session.get(store.Incident, incident_id)
            incident.update_seq += 1
            queued = enqueue(session, incident, self.config.recipients, kind=f"update-{incident.update_seq}",
                             from_address=settings.smtp.from_address, now=now, note="; ".join(changes))
            result.updates.append(incident.id)
            result.alerts_queued += len(queued)
