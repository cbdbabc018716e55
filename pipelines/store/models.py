"""The database: SQLAlchemy 2 models and engine setup (SQLite WAL by default, PostgreSQL by URL)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import (
    Boolean, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
    UniqueConstraint, create_engine, event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Store naive UTC, always hand back timezone-aware UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Source(Base):
    """An outlet and its polling state; config fields are copied in on every sync."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(20))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    interval_minutes: Mapped[int] = mapped_column(Integer, default=30)
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_new_article_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error_streak: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    articles_total: Mapped[int] = mapped_column(Integer, default=0)
    extraction_failures: Mapped[int] = mapped_column(Integer, default=0)
    # Several daemons on one database: the node polling this source now, and until when.
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Adaptive schedule and health (added by the polling work; nullable so old rows read fine).
    poll_interval_minutes: Mapped[int | None] = mapped_column(Integer)  # current adaptive interval
    retry_after_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the host asked us to wait
    gap_ewma_minutes: Mapped[float | None] = mapped_column(Float)  # usual gap between new articles
    extraction_fail_streak: Mapped[int | None] = mapped_column(Integer, default=0)


class Feed(Base):
    """One feed URL of a source, with the validators for conditional GET."""

    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("source_id", "url"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    kind: Mapped[str] = mapped_column(String(20), default="feed")  # feed | sitemap
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_entries: Mapped[int | None] = mapped_column(Integer)
    last_new_entries: Mapped[int | None] = mapped_column(Integer)  # entries not seen before
    ttl_minutes: Mapped[int | None] = mapped_column(Integer)  # RSS <ttl>: poll no sooner
    max_age_seconds: Mapped[int | None] = mapped_column(Integer)  # Cache-Control max-age: poll no sooner
    last_error: Mapped[str | None] = mapped_column(Text)


class RobotsTxt(Base):
    """A host's robots.txt as last fetched, reused across cycles while fresh (RFC 9309: up to 24 h).

    Only answers that settle the rules are kept (2xx, and 4xx meaning "no rules"); a 5xx or an
    unreachable robots.txt means disallow and is asked again next cycle, never cached.
    """

    __tablename__ = "robots_txt"
    origin: Mapped[str] = mapped_column(String(300), primary_key=True)  # scheme://host[:port]
    status: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # empty for a 4xx: allow all
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class FetchedUrl(Base):
    """Every address an article was fetched under or declared (feed link, final URL, canonical),
    so an entry listing any of them is not fetched again. Keyed by a hash of the canonical URL:
    fixed length whatever the URL's."""

    __tablename__ = "fetched_urls"
    url_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Article(Base):
    """A stored article: its clean text, or at least the feed entry's title and summary."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(500))
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    extraction_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    extraction_method: Mapped[str | None] = mapped_column(String(30))
    extraction_error: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    story_id: Mapped[str | None] = mapped_column(String(64), index=True)
    duplicate_of: Mapped[int | None] = mapped_column(Integer)
    strike: Mapped[bool] = mapped_column(Boolean, default=False)
    strike_score: Mapped[float] = mapped_column(Float, default=0.0)


class Incident(Base):
    """Reports of the same installation (or region) within a time window."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)  # base id, or region:<country>:<region>
    base_id: Mapped[str | None] = mapped_column(String(100))
    base: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    attack_type: Mapped[str] = mapped_column(String(30))
    attack_types: Mapped[str] = mapped_column(String(300), default="")  # comma-joined, all seen
    actor: Mapped[str | None] = mapped_column(String(300))
    killed: Mapped[int | None] = mapped_column(Integer)
    wounded: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[datetime | None] = mapped_column(Date)
    event_time: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # best estimate, for windows
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    source_count: Mapped[int] = mapped_column(Integer, default=0)
    story_count: Mapped[int] = mapped_column(Integer, default=0)  # independent sources
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    update_seq: Mapped[int] = mapped_column(Integer, default=0)
    confirmed_by: Mapped[str | None] = mapped_column(String(300))  # first official body to state it
    # Other installations hit in the same attack ("drones struck Harir and Erbil"), comma-joined base ids.
    sites: Mapped[str] = mapped_column(String(1000), default="")

    @property
    def site_ids(self) -> list[str]:
        """The other installations the incident's attack hit, beside its base."""
        return [s for s in (self.sites or "").split(",") if s]

    @classmethod
    def has_site(cls, base_id: str):
        """SQL: the incident holds this base among its sites (a whole id, not a prefix of another)."""
        return ("," + cls.sites + ",").contains(f",{base_id},")


class Report(Base):
    """One attack on one installation, as one article states it."""

    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    base: Mapped[str | None] = mapped_column(String(300))
    base_id: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(200))
    mention: Mapped[str | None] = mapped_column(String(300))
    attack_type: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str | None] = mapped_column(String(300))
    event_date: Mapped[datetime | None] = mapped_column(Date)
    killed: Mapped[int | None] = mapped_column(Integer)
    wounded: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    evidence: Mapped[str] = mapped_column(Text)
    confirmed_by: Mapped[str | None] = mapped_column(String(300))  # official body stating it


class Outbox(Base):
    """An alert to send, written in the same transaction as the incident change."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("incident_id", "recipient", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # None for mails about many incidents (digest, storm summary); their Message-ID is the unique key.
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    # An email address, or `notify:<tag>` for a notification URL (pipelines/alerts/channels.py): the two never
    # collide, so the unique key (incident, recipient, kind) is also one row per channel.
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    channel: Mapped[str] = mapped_column(String(20), default="email", server_default="email")  # email | notify
    kind: Mapped[str] = mapped_column(String(40))  # alert | update-<n> | digest-<date> | summary-<time>
    message_id: Mapped[str] = mapped_column(String(400), unique=True)
    reply_to_message_id: Mapped[str | None] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))  # the sender (node, process) holding it
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)  # what changed, for updates
    items: Mapped[str | None] = mapped_column(Text)  # incident ids (comma-joined) of a digest or summary


_text_columns: dict[type, list[tuple[str, int | None]]] = {}


def _text_fields(mapper) -> list[tuple[str, int | None]]:
    """(attribute, length or None) of a model's String and Text columns, worked out once per model."""
    fields = _text_columns.get(mapper.class_)
    if fields is None:
        fields = _text_columns[mapper.class_] = [
            (prop.key, prop.columns[0].type.length) for prop in mapper.column_attrs
            if isinstance(prop.columns[0].type, String)]
    return fields


def fit_text(value: str, length: int | None) -> str:
    """A value every backend takes: no NUL (PostgreSQL refuses it), at most `length` characters."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return value[:length] if length is not None and len(value) > length else value


def _fit_row(mapper, _connection, target) -> None:
    # One odd value (a title with &#0;, a 600-character author) must not lose the row it is part of.
    for key, length in _text_fields(mapper):
        value = target.__dict__.get(key)
        if isinstance(value, str) and ("\x00" in value or (length is not None and len(value) > length)):
            setattr(target, key, fit_text(value, length))


event.listen(Base, "before_insert", _fit_row, propagate=True)
event.listen(Base, "before_update", _fit_row, propagate=True)


BUSY_TIMEOUT_MS = 30000  # SQLite: how long a writer waits for another's lock (URL `?timeout=SECONDS` overrides)


def _sqlite_pragmas(dbapi_connection, _record, busy_ms: int = BUSY_TIMEOUT_MS) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _busy_ms(engine: Engine) -> int:
    """The URL's own `timeout` (seconds, as sqlite3 reads it) when given, else BUSY_TIMEOUT_MS."""
    timeout = engine.url.query.get("timeout")
    try:
        return round(float(timeout) * 1000) if timeout else BUSY_TIMEOUT_MS
    except ValueError:
        return BUSY_TIMEOUT_MS


def read_only_sqlite_url(url: str) -> str | None:
    """A read-only URL for an existing SQLite file this process may not write (file or folder), else None.

    mode=ro never writes. Without a -wal file no connection has the database open (the last one to
    close checkpoints and removes it), so the file holds everything and immutable=1 reads it
    without the -shm file a read-only folder could not take.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:") or "uri" in parsed.query:
        return None
    path = Path(parsed.database).absolute()
    if not path.is_file() or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return None
    query = {"mode": "ro", **({} if Path(f"{path}-wal").exists() else {"immutable": "1"}), "uri": "true"}
    return str(parsed.set(database=f"file:{quote(str(path))}").update_query_dict(query))


def is_read_only(engine: Engine) -> bool:
    """True for an engine opened by read_only_sqlite_url: read commands only."""
    return engine.url.query.get("mode") == "ro"


def _sqlite_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _open_read_only(url: str, *, create: bool) -> Engine:
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _sqlite_read_only_pragmas)
    if create:
        from pipelines.store.migrate import migrate

        migrate(engine)  # only checks that the schema is current: nothing is written
    return engine


def open_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for the URL; SQLite files get WAL, a busy timeout and their folder created.

    A URL that cannot be used (not a URL, an unknown scheme, a driver not installed, a server not
    answering, a folder that cannot be written) is a DatabaseError: one line naming the URL.
    """
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    from pipelines.errors import DatabaseError

    try:
        return _open_engine(url, create=create)
    except NoSuchModuleError:  # before ArgumentError, its base class
        from difflib import get_close_matches

        scheme = url.split(":", 1)[0]
        close = get_close_matches(scheme, ["sqlite", "postgresql+psycopg"], n=1, cutoff=0.5)
        raise DatabaseError(f"{_shown(url)}: unknown database scheme {scheme!r} "
                            + (f"(did you mean {close[0]!r}?)" if close else "(sqlite or postgresql+psycopg)")) from None
    except ArgumentError:
        raise DatabaseError(f"{url}: not a database URL (e.g. sqlite:///var/basewatch.db or "
                            "postgresql+psycopg://user@host/basewatch)") from None
    except ImportError as exc:
        raise DatabaseError(f"{_shown(url)}: its driver is not installed ({exc})") from None
    except OperationalError as exc:
        words = str(exc.orig or exc).strip()
        reason = words.splitlines()[0] if words else type(exc).__name__
        raise DatabaseError(f"{_shown(url)}: cannot open the database: {reason}") from None
    except OSError as exc:  # the SQLite file's folder cannot be created
        reason = "a file is in the way, not a folder" if isinstance(exc, FileExistsError) else exc.strerror or exc
        raise DatabaseError(f"{_shown(url)}: cannot create {exc.filename or 'its folder'}: {reason}") from None


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: shown as given
        return url


def _open_engine(url: str, *, create: bool) -> Engine:
    read_only = read_only_sqlite_url(url)
    if read_only:  # no WAL switch, no folder, no migration lock: read commands still work
        return _open_read_only(read_only, create=create)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        busy_ms = _busy_ms(engine)
        event.listen(engine, "connect", lambda conn, record: _sqlite_pragmas(conn, record, busy_ms))
    if create:
        from pipelines.store.migrate import migrate

        migrate(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
