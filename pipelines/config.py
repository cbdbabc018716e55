"""Load and validate config/ once, into frozen records; errors name file, entry and field."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipelines.errors import ConfigError

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _http_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]


class FeedConfig(_Frozen):
    url: HttpUrl
    language: str | None = None


class SectionConfig(_Frozen):
    """A section page whose links matching `article_pattern` (a regex) are articles."""

    url: HttpUrl
    article_pattern: str
    max_links: int = Field(default=50, ge=1, le=500)

    @field_validator("article_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        import re

        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class SourceConfig(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    homepage: str | None = None
    country: str = Field(pattern=r"^([A-Z]{2}|INT)$")
    language: str = Field(pattern=r"^[a-z]{2}$")
    kind: Literal["regional", "wire", "state", "partisan", "defense", "monitor"] = "regional"
    feeds: tuple[FeedConfig, ...] = ()
    sitemaps: tuple[FeedConfig, ...] = ()
    sections: tuple[SectionConfig, ...] = ()  # for outlets with neither feeds nor news sitemaps
    interval_minutes: int = Field(default=30, ge=1, le=24 * 60)
    enabled: bool = True
    disabled_reason: str | None = None

    @field_validator("feeds", "sitemaps", mode="before")
    @classmethod
    def _urls_as_feeds(cls, value: Any) -> Any:
        """Allow a bare URL string where a feed mapping is expected."""
        if isinstance(value, list):
            return [{"url": item} if isinstance(item, str) else item for item in value]
        return value


class Recipient(_Frozen):
    email: str = Field(pattern=r"^[^@\s<>\r\n]+@[^@\s<>\r\n]+$")
    name: str | None = None
    mode: Literal["immediate", "digest"] = "immediate"
    countries: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    attack_types: tuple[str, ...] = ()
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)

    @field_validator("attack_types")
    @classmethod
    def _known_attack_types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """A rule naming an attack type that does not exist would silently match nothing."""
        from difflib import get_close_matches

        from pipelines.vocabulary import ATTACK_KEYS

        for key in value:
            if key not in ATTACK_KEYS:
                close = get_close_matches(key, ATTACK_KEYS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f" (one of {', '.join(ATTACK_KEYS)})"
                raise ValueError(f"unknown attack type {key!r}{hint}")
        return value


class SmtpSettings(_Frozen):
    host: str = "localhost"
    port: int = Field(default=25, ge=1, le=65535)
    tls: Literal["none", "starttls", "ssl"] = "none"
    user: str | None = None
    from_address: str = "basewatch@localhost"
    timeout_seconds: float = Field(default=20.0, gt=0)

    @property
    def password(self) -> str | None:
        """Secrets come only from the environment."""
        return os.environ.get("BASEWATCH_SMTP_PASSWORD")


class CrawlSettings(_Frozen):
    user_agent: str = "basewatch/0.1 (news monitor; +https://github.com/basewatch/basewatch)"
    cycle_timeout_seconds: int = Field(default=900, ge=10)
    download_timeout_seconds: int = Field(default=30, ge=1)
    max_download_bytes: int = Field(default=10_000_000, ge=10_000)
    extraction_timeout_seconds: float = Field(default=20.0, gt=0)
    extraction_workers: int = Field(default=2, ge=1, le=16)
    concurrent_requests_per_host: int = Field(default=2, ge=1, le=8)
    obey_robots_txt: bool = True
    max_entries_per_feed: int = Field(default=200, ge=1)
    # At most this many due sources per cycle and node, so daemons sharing a database share the work.
    max_sources_per_cycle: int = Field(default=500, ge=1)
    # How long a claimed source stays leased past the cycle's hard limit (node clocks, shutdown).
    lease_grace_seconds: int = Field(default=60, ge=5)
    # Private networks (CIDR) fetches may reach beyond each source's own origin; public addresses always.
    allow_private_networks: tuple[str, ...] = ()

    @field_validator("allow_private_networks")
    @classmethod
    def _networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from pipelines.netguard import parse_networks

        parse_networks(value)
        return value


class AlertSettings(_Frozen):
    recent_hours: float = Field(default=48, gt=0)
    incident_window_hours: float = Field(default=48, gt=0)
    max_attempts: int = Field(default=20, ge=1)
    max_immediate_per_hour: int = Field(default=10, ge=1)  # then one summary lists the rest
    digest_hour_utc: int = Field(default=6, ge=0, le=23)  # when daily digests go out


class DedupSettings(_Frozen):
    # The story index is rebuilt at start from the signatures of articles fetched this recently:
    # a copy of an older story starts a new one, and memory stays bounded over months.
    window_days: int = Field(default=14, ge=1, le=365)


class ScheduleSettings(_Frozen):
    tick_seconds: int = Field(default=60, ge=1)
    outbox_seconds: int = Field(default=30, ge=1)
    adaptive: bool = True  # poll busy outlets sooner and quiet ones later, within the bounds below
    min_interval_minutes: int = Field(default=5, ge=1)
    max_interval_minutes: int = Field(default=240, ge=1)


class MetricsSettings(_Frozen):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=9108, ge=0, le=65535)


class DashboardSettings(_Frozen):
    # Host names the dashboard answers besides loopback and the address it listens on: a name
    # the operator gave the machine or a reverse proxy (no scheme, no port). Any other gets 421.
    allowed_hosts: tuple[str, ...] = ()

    @field_validator("allowed_hosts")
    @classmethod
    def _host_names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        import re

        for name in value:
            if not re.fullmatch(r"[A-Za-z0-9.-]+|\[?[0-9A-Fa-f:.]+\]?", name.strip()):
                raise ValueError(f"{name!r} is not a host name or address (no scheme, port or path)")
        return value


class Settings(_Frozen):
    database_url: str = "sqlite:///var/basewatch.db"
    smtp: SmtpSettings = SmtpSettings()
    crawl: CrawlSettings = CrawlSettings()
    alerts: AlertSettings = AlertSettings()
    dedup: DedupSettings = DedupSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    metrics: MetricsSettings = MetricsSettings()
    dashboard: DashboardSettings = DashboardSettings()
    log_format: Literal["text", "json"] = "text"


class Config(_Frozen):
    """Everything read from one config directory."""

    directory: str
    settings: Settings
    sources: tuple[SourceConfig, ...]
    recipients: tuple[Recipient, ...]

    def source(self, source_id: str) -> SourceConfig | None:
        """The source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    @property
    def bases_path(self) -> Path:
        """The gazetteer beside the config, else the project's own."""
        local = Path(self.directory) / "bases.yaml"
        return local if local.exists() else DEFAULT_CONFIG_DIR / "bases.yaml"


def read_config_text(path: Path) -> str:
    """A config file's text; a file that cannot be read or is not UTF-8 is a config error like any other."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(path), "is a directory, not a file") from None
    except PermissionError:
        raise ConfigError(str(path), "permission denied: cannot read the file") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the file: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(str(path), f"not UTF-8: byte 0x{data[exc.start]:02x} on line {line} "
                                     f"(byte offset {exc.start}); save the file as UTF-8") from None


def _read_yaml(path: Path) -> Any:
    stream = io.StringIO(read_config_text(path))
    stream.name = str(path)  # YAML errors say where, as they did when reading the file
    try:
        return yaml.safe_load(stream)
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), f"not valid YAML: {exc}") from None


def _entry_name(item: Any, index: int) -> str:
    """How an operator finds the entry: its id or email, else its position."""
    if isinstance(item, dict):
        for key in ("id", "email"):
            if item.get(key):
                return str(item[key])
    return f"#{index + 1}"


def _raise_validation(path: Path, exc: ValidationError, entry: str | None = None) -> None:
    """Turn pydantic's first error into a ConfigError naming the entry and field."""
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error["loc"]) or None
    raise ConfigError(str(path), error["msg"], entry=entry, field=field)


def _load_list(path: Path, key: str, model: type[BaseModel]) -> tuple[Any, ...]:
    data = _read_yaml(path)
    if isinstance(data, dict):
        data = data.get(key)
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ConfigError(str(path), f"expected a list of {key} (or a mapping with key {key!r})")
    records = []
    for index, item in enumerate(data):
        try:
            records.append(model.model_validate(item))
        except ValidationError as exc:
            _raise_validation(path, exc, _entry_name(item, index))
    return tuple(records)


def load_settings(path: Path) -> Settings:
    """Settings file; missing file means defaults."""
    if not path.exists():
        return Settings()
    data = _read_yaml(path) or {}
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        _raise_validation(path, exc)
    raise AssertionError("unreachable")


def load_sources(path: Path) -> tuple[SourceConfig, ...]:
    sources = _load_list(path, "sources", SourceConfig)
    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            raise ConfigError(str(path), "duplicate source id", entry=source.id, field="id")
        seen.add(source.id)
    return sources


def load_config(directory: str | Path | None = None, *, database_url: str | None = None) -> Config:
    """Read settings.yaml, sources.yaml and alerts.yaml from one directory."""
    base = Path(directory or os.environ.get("BASEWATCH_CONFIG") or DEFAULT_CONFIG_DIR)
    if not base.is_dir():
        raise ConfigError(str(base), "config directory not found")
    settings = load_settings(base / "settings.yaml")
    url = database_url or os.environ.get("BASEWATCH_DATABASE_URL")
    if url:
        settings = settings.model_copy(update={"database_url": url})
    sources = load_sources(base / "sources.yaml")
    alerts_path = base / "alerts.yaml"
    recipients = _load_list(alerts_path, "recipients", Recipient) if alerts_path.exists() else ()
    return Config(directory=str(base), settings=settings, sources=sources, recipients=recipients)
