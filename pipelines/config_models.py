"""What the config files may hold: the pydantic models of settings, sources and alert recipients."""

from __future__ import annotations

import os
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

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
    # A public Telegram channel's username ('@NAME' and t.me links are accepted): its web preview
    # is polled as one more listing, and each message is an article (pipelines/sources/telegram.py).
    channel: str | None = None
    interval_minutes: int = Field(default=30, ge=1, le=24 * 60)
    enabled: bool = True
    disabled_reason: str | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: Any) -> Any:
        """'iq' is IQ, as in alert rules; a code pycountry does not know is an error naming the closest."""
        if not isinstance(value, str):
            return value
        code = value.strip().upper()
        if code == "INT" or len(code) != 2:
            return code if code == "INT" else value
        if problem := _country_problem(code):
            raise ValueError(problem)
        return code

    @field_validator("channel", mode="before")
    @classmethod
    def _channel_name(cls, value: Any) -> Any:
        from pipelines.sources.telegram import channel_of

        if value is None or not isinstance(value, str):
            return value
        name = channel_of(value)
        if name is None:
            raise ValueError("not a public Telegram channel name (5-32 letters, digits or _, or a t.me/NAME link)")
        return name

    @field_validator("feeds", "sitemaps", mode="before")
    @classmethod
    def _urls_as_feeds(cls, value: Any) -> Any:
        """Allow a bare URL string where a feed mapping is expected."""
        if isinstance(value, list):
            return [{"url": item} if isinstance(item, str) else item for item in value]
        return value


class Recipient(_Frozen):
    email: str | None = Field(default=None, pattern=r"^[^@\s<>\r\n]+@[^@\s<>\r\n]+$")
    # Apprise notification URLs (tgram://, slack://, json:// ...); ${VAR} is read from the environment.
    notify: tuple[str, ...] = Field(default=(), validate_default=True)
    # Where this recipient opens the dashboard: chat messages link to DASHBOARD_URL/incidents/ID.
    dashboard_url: str | None = Field(default=None, pattern=r"^https?://[^\s]+$")
    name: str | None = None
    mode: Literal["immediate", "digest"] = "immediate"
    countries: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    attack_types: tuple[str, ...] = ()
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)

    @field_validator("notify")
    @classmethod
    def _notification_urls(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """Every URL must be one Apprise can deliver to; a recipient needs an email or a URL."""
        from pipelines.alerts.channels import check_url

        if not value and info.data.get("email", "invalid") is None:
            raise ValueError("a recipient needs an email address or notify URLs")
        problems = []
        for number, url in enumerate(value, 1):
            try:
                check_url(url)
            except ValueError as exc:
                problems.append(f"URL {number}: {exc}")
        if problems:
            raise ValueError("; ".join(problems))
        return value

    @field_validator("attack_types")
    @classmethod
    def _known_attack_types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """A rule naming an attack type that does not exist would silently match nothing."""
        from pipelines.vocabulary import ATTACK_KEYS

        for key in value:
            if key not in ATTACK_KEYS:
                close = get_close_matches(key, ATTACK_KEYS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f" (one of {', '.join(ATTACK_KEYS)})"
                raise ValueError(f"unknown attack type {key!r}{hint}")
        return value

    @field_validator("countries")
    @classmethod
    def _known_countries(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """ISO 3166 alpha-2 in any case ('iq' is IQ); an unknown code would silently match nothing."""
        extra = (info.context or {}).get("countries", ())
        problems = [problem for code in value if (problem := _country_problem(code, extra))]
        if problems:
            raise ValueError("; ".join(problems))
        return tuple(code.upper() for code in value)

    @field_validator("bases")
    @classmethod
    def _known_bases(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """Gazetteer ids only (checked when the gazetteer could be read): a typo would silently match nothing."""
        known = (info.context or {}).get("base_ids")
        if not known:
            return value
        problems = []
        for base_id in value:
            if base_id not in known:
                close = get_close_matches(base_id.lower(), sorted(known), n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]}?)" if close else ""
                problems.append(f"unknown base id {base_id!r}{hint}")
        if problems:
            raise ValueError("; ".join(problems) + f": ids are in {info.context.get('bases_file', 'bases.yaml')}")
        return value


def _country_problem(code: str, extra: tuple[str, ...] | frozenset[str] = ()) -> str | None:
    """Why a rule's country is not an ISO 3166 alpha-2 code, with the code it probably meant."""
    import pycountry

    upper = code.strip().upper()
    if len(upper) == 2 and (pycountry.countries.get(alpha_2=upper) or upper in extra):
        return None
    try:
        hint = f" (did you mean {pycountry.countries.lookup(code.strip()).alpha_2}?)"
    except LookupError:
        hint = " (an ISO 3166 alpha-2 code such as IQ)"
    return f"unknown country {code!r}{hint}"


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
    # At most this many due sources per cycle and node. Below it the daemon sizes each batch from the
    # measured cost of a cycle (crawler/daemon/service.py batch_size), leaving the rest to other nodes.
    max_sources_per_cycle: int = Field(default=10_000, ge=1)
    # How long a claimed source stays leased past the cycle's hard limit (node clocks, shutdown).
    lease_grace_seconds: int = Field(default=60, ge=5)
    # Private networks (CIDR) fetches may reach beyond each source's own origin; public addresses always.
    allow_private_networks: tuple[str, ...] = ()
    # Where Telegram channel previews are read (/s/NAME); message URLs stay https://t.me/NAME/ID.
    telegram_base_url: HttpUrl = "https://t.me"

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
    # /healthz answers 503 after this many cycles in a row polled sources and none succeeded.
    unhealthy_after_cycles: int = Field(default=3, ge=1)


class DashboardSettings(_Frozen):
    # Host names the dashboard answers besides loopback and the address it listens on: a name
    # the operator gave the machine or a reverse proxy (no scheme, no port). Any other gets 421.
    allowed_hosts: tuple[str, ...] = ()
    # Where operators reach the dashboard (http://watch.example.org:8050): every alert links to
    # <public_url>/incidents/ID. Unset: alerts carry no dashboard link.
    public_url: str | None = None

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        import re

        # No query or fragment: the incident's path is appended to it.
        if value is not None and not re.fullmatch(r"https?://[^\s/?#<>\"']+(/[^\s?#<>\"']*)?", value):
            raise ValueError(f"{value!r} is not an http(s) URL without query or fragment "
                             "(e.g. http://watch.example.org:8050)")
        return value

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
