"""Load and validate config/ once, into frozen records; errors name file, entry and field."""

from __future__ import annotations

import functools
import io
import os
import typing
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from pipelines.errors import ConfigError, ConfigErrors

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
    # At most this many due sources per cycle and node, so daemons sharing a database share the work.
    max_sources_per_cycle: int = Field(default=500, ge=1)
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


def _read_document(path: Path) -> tuple[Any, yaml.Node | None]:
    """A YAML file's data and its node tree, whose marks give each problem its line."""
    stream = io.StringIO(read_config_text(path))
    stream.name = str(path)  # YAML errors say where, as they did when reading the file
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(stream)  # libyaml: the gazetteer in 0.3 s, not 2 s
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def line_of(node: yaml.Node | None, path: tuple) -> int | None:
    """The line (1-based) of the deepest key or item along `path` that the document has."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in path:
        if isinstance(node, yaml.MappingNode):
            match = next(((key, value) for key, value in node.value if key.value == str(part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _hint(word: str, choices: typing.Iterable[str]) -> str:
    close = get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, through tuple[...] and Optional."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        if found := _model_in(arg):
            return found
    return None


def _fields_at(model: type[BaseModel] | None, loc: tuple) -> list[str]:
    """The keys allowed at `loc` inside `model` (for 'did you mean')."""
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part)) if model else None
        model = _model_in(field.annotation) if field else None
    return list(model.model_fields) if model else []


def _message(error: dict, model: type[BaseModel]) -> str:
    """pydantic's words, made to name the key or value at fault."""
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        return f"unknown key {loc[-1]!r}{_hint(str(loc[-1]), _fields_at(model, loc[:-1]))}"
    if error["type"] == "value_error" and "error" in error.get("ctx", {}):
        return str(error["ctx"]["error"])
    return error["msg"]


def _problems(path: Path, node: yaml.Node | None, exc: ValidationError, model: type[BaseModel], *,
              entry: str | None = None, at: tuple = ()) -> list[ConfigError]:
    """Every error pydantic found, each naming the entry, field and line."""
    return [ConfigError(str(path), _message(error, model), entry=entry,
                        field=".".join(str(part) for part in error["loc"] if part != "[key]") or None,
                        line=line_of(node, at + tuple(error["loc"])))
            for error in exc.errors()]


def _entry_name(item: Any, index: int) -> str:
    """How an operator finds the entry: its id or email, else its position."""
    if isinstance(item, dict):
        for key in ("id", "email", "name"):
            if item.get(key):
                return str(item[key])
    return f"#{index + 1}"


def _unknown_top_keys(path: Path, data: dict, node: yaml.Node | None, allowed: tuple[str, ...]) -> list[ConfigError]:
    """A misspelt top-level key would silently leave its whole list out."""
    return [ConfigError(str(path), f"unknown top-level key {key!r}"
                        + (_hint(str(key), allowed) or f" (expected {', '.join(allowed)})"),
                        line=line_of(node, (key,)))
            for key in data if key not in allowed]


def _list_problems(path: Path, key: str, model: type[BaseModel], context: dict | None = None,
                   required: bool = False) -> tuple[tuple[Any, ...], list[ConfigError], Any]:
    """The file's valid entries, every problem found in it, and its node tree (`required`: a file
    without the list is a problem, not an empty list)."""
    data, node = _read_document(path)
    problems: list[ConfigError] = []
    at: tuple = ()
    if isinstance(data, dict):
        problems += _unknown_top_keys(path, data, node, (key,))
        data, at = data.get(key), (key,)
    if data is None:
        if required:
            problems.append(ConfigError(str(path), f"expected a top-level '{key}:' list"))
        return (), problems, node
    if not isinstance(data, list):
        problems.append(ConfigError(str(path), f"expected a list of {key} (or a mapping with key {key!r})",
                                    line=line_of(node, at)))
        return (), problems, node
    records = []
    for index, item in enumerate(data):
        try:
            records.append(model.model_validate(item, context=context))
        except ValidationError as exc:
            problems += _problems(path, node, exc, model, entry=_entry_name(item, index), at=at + (index,))
    return tuple(records), problems, node


def _raise_all(problems: list[ConfigError]) -> None:
    if problems:
        raise ConfigErrors(problems)


def read_entries(path: Path, key: str, model: type[BaseModel]) -> list:
    """The entries of a reference-data file (bases, places, actors), each validated into `model`: every
    bad entry, a misspelt top-level key and a repeated id are reported at once, with their lines."""
    records, problems, _node = _list_problems(path, key, model, required=True)
    seen: set[str] = set()
    for record in records:
        record_id = getattr(record, "id", None)
        if record_id is not None and record_id in seen:
            problems.append(ConfigError(str(path), "duplicate id", entry=record_id, field="id"))
        seen.add(record_id)
    _raise_all(problems)
    return list(records)


def _settings_problems(path: Path) -> tuple[Settings, list[ConfigError]]:
    if not path.exists():
        return Settings(), []
    data, node = _read_document(path)
    try:
        return Settings.model_validate(data or {}), []
    except ValidationError as exc:
        return Settings(), _problems(path, node, exc, Settings)


def load_settings(path: Path) -> Settings:
    """Settings file; missing file means defaults."""
    settings, problems = _settings_problems(path)
    _raise_all(problems)
    return settings


def _sources_problems(path: Path) -> tuple[tuple[SourceConfig, ...], list[ConfigError]]:
    sources, problems, node = _list_problems(path, "sources", SourceConfig)
    seen: set[str] = set()
    for index, source in enumerate(sources):
        if source.id in seen:
            problems.append(ConfigError(str(path), "duplicate source id", entry=source.id, field="id",
                                        line=_id_line(node, source.id, index)))
        seen.add(source.id)
    return sources, problems


def _id_line(node: yaml.Node | None, value: str, index: int) -> int | None:
    """The line of the last entry whose id is `value` (the duplicate)."""
    items = node
    if isinstance(node, yaml.MappingNode):
        items = next((v for k, v in node.value if k.value == "sources"), None)
    if not isinstance(items, yaml.SequenceNode):
        return None
    lines = [line_of(item, ("id",)) for item in items.value
             if isinstance(item, yaml.MappingNode) and any(k.value == "id" and v.value == value for k, v in item.value)]
    return lines[-1] if lines else None


def load_sources(path: Path) -> tuple[SourceConfig, ...]:
    sources, problems = _sources_problems(path)
    _raise_all(problems)
    return sources


@functools.lru_cache(maxsize=4)
def _gazetteer_keys(path: str, _stamp: tuple) -> dict:
    """Base ids and countries in a gazetteer file, for checking alert rules; empty when it cannot be read
    (the gazetteer's own validation names that problem)."""
    try:
        data = yaml.load(read_config_text(Path(path)), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        bases = [b for b in data["bases"] if isinstance(b, dict)]
    except Exception:  # any unreadable gazetteer: reported by its own loader, not here
        return {}
    return {"base_ids": frozenset(str(b.get("id")) for b in bases if b.get("id")),
            "countries": frozenset(str(b.get("country")) for b in bases if b.get("country")),
            "bases_file": path}


def _rule_context(bases_path: Path) -> dict:
    try:
        stat = bases_path.stat()
    except OSError:
        return {}
    return _gazetteer_keys(str(bases_path), (stat.st_mtime_ns, stat.st_size))


def load_config(directory: str | Path | None = None, *, database_url: str | None = None) -> Config:
    """Read settings.yaml, sources.yaml and alerts.yaml from one directory."""
    base = Path(directory or os.environ.get("BASEWATCH_CONFIG") or DEFAULT_CONFIG_DIR)
    if not base.is_dir():
        raise ConfigError(str(base), "config directory not found")
    settings, problems = _settings_problems(base / "settings.yaml")
    url = database_url or os.environ.get("BASEWATCH_DATABASE_URL")
    if url:
        settings = settings.model_copy(update={"database_url": url})
    sources, found = _sources_problems(base / "sources.yaml")
    problems += found
    alerts_path = base / "alerts.yaml"
    recipients: tuple[Recipient, ...] = ()
    if alerts_path.exists():
        config_bases = base / "bases.yaml"
        bases = config_bases if config_bases.exists() else DEFAULT_CONFIG_DIR / "bases.yaml"
        recipients, found, _node = _list_problems(alerts_path, "recipients", Recipient, _rule_context(bases))
        problems += found
    _raise_all(problems)  # every problem in every file at once, not the first only
    return Config(directory=str(base), settings=settings, sources=sources, recipients=recipients)


def check_reference_data(config: Config) -> None:
    """The gazetteer, its places and the actor registry, validated before any cycle (the crawl process
    reads them too, where a bad entry would be a traceback among Scrapy's logs); every problem at once."""
    from pipelines.detect.actors import DEFAULT_ACTORS, load_registry
    from pipelines.detect.gazetteer import Base, Gazetteer, load_places

    problems: list[ConfigError] = []

    def checked(load):
        try:
            return load()
        except ConfigErrors as exc:
            problems.extend(exc.problems)
        except ConfigError as exc:
            problems.append(exc)
        return None

    places_path = config.bases_path.with_name("places.yaml")
    bases = checked(lambda: read_entries(config.bases_path, "bases", Base))
    places = checked(lambda: load_places(places_path)) if places_path.exists() else []
    if bases is not None and places is not None:  # what only the whole gazetteer checks: aliases in two entries
        checked(lambda: Gazetteer(bases, str(config.bases_path), places))
    checked(lambda: load_registry(Path(os.environ.get("BASEWATCH_ACTORS") or DEFAULT_ACTORS)))
    _raise_all(problems)
