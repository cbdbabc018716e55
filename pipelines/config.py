"""Load and validate config/ once, into frozen records; errors name file, entry and field."""

from __future__ import annotations

import functools
import io
import os
import typing
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from pipelines.config_models import DEFAULT_CONFIG_DIR, Config, Recipient, Settings, SourceConfig
from pipelines.errors import ConfigError, ConfigErrors


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


def load_config(directory: str | Path | None = None, *, database_url: str | None = None,
                with_sources: bool = True) -> Config:
    """Read settings.yaml, sources.yaml and alerts.yaml from one directory.

    `with_sources=False` leaves sources.yaml unread and `sources` empty: a crawl cycle has its
    sources in its plan, and reading 10,000 of them again took 1.3 s of each cycle that stored.
    """
    base = Path(directory or os.environ.get("BASEWATCH_CONFIG") or DEFAULT_CONFIG_DIR)
    if not base.is_dir():
        raise ConfigError(str(base), "config directory not found")
    settings, problems = _settings_problems(base / "settings.yaml")
    url = database_url or os.environ.get("BASEWATCH_DATABASE_URL")
    if url:
        settings = settings.model_copy(update={"database_url": url})
    sources, found = _sources_problems(base / "sources.yaml") if with_sources else ((), [])
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
