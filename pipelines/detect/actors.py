"""The actor registry (config/actors.yaml): load and validate it, and give an actor its canonical English name."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from pipelines.config import read_entries
from pipelines.countries import country_name
from pipelines.errors import ConfigError
from pipelines.detect.normalize import AFTER, norm, norm_term, trie_pattern, wildcard_regex
from pipelines.vocabulary import STATED_MEANS

if TYPE_CHECKING:  # lexicon.py reads the registry for its actor cues
    from pipelines.detect.lexicon import Lexicon

DEFAULT_ACTORS = Path(__file__).resolve().parents[2] / "config" / "actors.yaml"

Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# "Iran-backed militia", "US-led coalition": the patron is named, the actor is the rest.
# "formerly US forces", "Syrian Air Force (until 2024)": no longer there.
_FORMER = re.compile(r"\b(?:formerly|until|earlier)\b", re.IGNORECASE)
_LED = re.compile(r"(\w+) led\b")  # normalised "US-led coalition": "us led coalition"
_PATRON = re.compile(r" ?(?:backed|aligned|allied|linked|supported|sponsored|funded|affiliated|led)(?!\w)")


class ActorEntry(BaseModel):
    """One armed group, state force or coalition, with the names the press writes for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: Name
    kind: Literal["state", "group", "coalition"]
    # A state force's own country (ISO 3166 alpha-2): an installation there is its own, so there
    # it is the target's side, not the attacker.
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    aliases: dict[Lang, tuple[Name, ...]] = Field(default_factory=dict)  # scanned as cues, found inside names
    not_cues: dict[Lang, tuple[Name, ...]] = Field(default_factory=dict)  # found inside names, never scanned
    whole_only: dict[Lang, tuple[Name, ...]] = Field(default_factory=dict)  # the whole actor only
    may_be: tuple[str, ...] = ()  # an ambiguous name: the entries it may stand for (ids)
    generic: bool = False  # attackers named only by what they are ("gunmen"): the last resort
    means: str | None = None  # an attacker named by its means ("unidentified aircraft"): its attack type
    # A state whose strikes on installations outside its own country are by one means ("Israel
    # struck the T4 base": its air force): their attack type where the article names no weapon.
    abroad_means: str | None = None
    note: str | None = None


def alias_key(term: str) -> str:
    """Normalised lookup key of an alias, keeping a stem marker (as the lexicons do)."""
    stem = term.endswith("*")
    key = norm_term(term.rstrip("*"))
    return key + "*" if stem and key else key


@dataclass
class Registry:
    """Every entry, indexed by normalised alias."""

    path: str
    entries: tuple[ActorEntry, ...]
    keys: dict[str, ActorEntry] = field(default_factory=dict)  # name, alias, not_cues key -> entry
    whole: dict[str, ActorEntry] = field(default_factory=dict)  # whole_only keys -> entry
    names: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None
    wild: list[tuple[re.Pattern[str], ActorEntry]] = field(default_factory=list)
    owner_cache: dict[tuple, frozenset[str]] = field(default_factory=dict)
    resolved: dict[str, ActorEntry | None] = field(default_factory=dict)  # resolve()'s memo
    state_cache: dict[str | None, ActorEntry | None] = field(default_factory=dict)  # state_of()'s memo

    def resolve(self, text: str | None) -> ActorEntry | None:
        """The entry an actor names: the whole text as an alias, else the longest alias inside it
        (a named group's before a generic one's: "Houthi militants" are the Houthis; a group's
        before a state's: "Tahreek-e-Jihad Pakistan (TJP)" is the TJP).

        An alias followed by "-backed"/"-led" and kin names the patron, not the actor.
        """
        if not text:
            return None
        if text in self.resolved:
            return self.resolved[text]
        found = self.resolved[text] = self._resolve(text)
        return found

    def _resolve(self, text: str) -> ActorEntry | None:
        """resolve() without its memo."""
        ntext = " ".join(norm(text).split())
        if not ntext:
            return None
        found = self.whole.get(ntext) or self.keys.get(ntext)
        if found is not None:
            return found
        best: tuple[bool, int] | None = None
        entry = None
        for start in (0, *(i + 1 for i, ch in enumerate(ntext) if ch == " ")):
            m = self.regex.match(ntext, start) if self.regex else None
            if not m or _PATRON.match(ntext, m.end()):
                continue
            here = self._lookup(m.group())
            # "Houthi militants": the named group; "Tahreek-e-Jihad Pakistan": the group, not the
            # state its name holds; then the longest alias
            rank = (here is not None and not here.generic, here is not None and here.kind == "group", len(m.group()))
            if best is None or rank > best:
                best, entry = rank, here
        return entry

    def owners(self, country: str | None, stationed: tuple[str, ...] = ()) -> frozenset[str]:
        """Ids of the states whose installation it is: the state forces of the country it lies in
        and those the gazetteer says are stationed there now; a foreign force stationed there
        ("Russian Aerospace Forces (occupied Crimea)") holds it instead of the country's own.

        A foreign state stationed there before ("formerly US forces", "until 2024") held it when
        older news was written, and the state leading a coalition stationed there ("US-led
        coalition") is that coalition's forces: both are the target's side, never the attacker.
        """
        key = (country, stationed)
        found = self.owner_cache.get(key)
        if found is None:
            now = [s for s in stationed if not _FORMER.search(s)]
            held = [e for e in map(self.resolve, now) if e is not None and e.kind == "state"]
            if country and all(e.country == country for e in held):
                held += [e for e in self.entries if e.country == country]
            held += [e for e in map(self.resolve, stationed) if e is not None and e.kind != "group"]
            held += [e for s in stationed for e in self._leaders(s)]
            found = self.owner_cache[key] = frozenset(e.id for e in held)
        return found

    def _leaders(self, text: str) -> list[ActorEntry]:
        """The states that lead a coalition named "X-led coalition" ("US-led": the United States)."""
        found = (self.whole.get(m.group(1)) or self.keys.get(m.group(1)) for m in _LED.finditer(norm(text)))
        return [e for e in found if e is not None and e.kind == "state"]

    def may_be_one(self, a: str | None, b: str | None) -> bool:
        """Whether two actor names may stand for one party: the same entry, an ambiguous name and an
        entry it may be ("Islamic Resistance", "Islamic Resistance in Iraq"), two ambiguous names that
        share one, or an attacker named only by what it is ("gunmen"). Unknown names must match."""
        if not a or not b or a == b:
            return True
        ea, eb = self.resolve(a), self.resolve(b)
        if ea is None or eb is None:
            return False
        if ea.id == eb.id or ea.generic or eb.generic:
            return True
        return ea.id in eb.may_be or eb.id in ea.may_be or bool(set(ea.may_be) & set(eb.may_be))

    def state_of(self, country: str | None) -> ActorEntry | None:
        """The state entry that stands for a country ("RU": Russia): the one its English name
        resolves to, else its only state entry."""
        if country not in self.state_cache:
            states = [e for e in self.entries if e.kind == "state" and e.country == country and not e.generic]
            named = self.resolve(country_name(country)) if country else None
            self.state_cache[country] = named if named in states else (states[0] if len(states) == 1 else None)
        return self.state_cache[country]

    def canonical(self, text: str | None) -> str | None:
        """The registry name of an actor, else the actor as written (None stays None)."""
        entry = self.resolve(text)
        return entry.name if entry is not None else text

    def cues(self, langs: list[str] | None) -> dict[str, str]:
        """Actor cue terms (lexicon keys) -> registry name: the aliases of these languages (all when None)."""
        out: dict[str, str] = {}
        for e in self.entries:
            for lang, terms in e.aliases.items():
                if langs is None or lang in langs:
                    for t in terms:
                        out.setdefault(alias_key(t), e.name)
        out.pop("", None)
        return out

    def _lookup(self, key: str) -> ActorEntry | None:
        """The entry of a matched term: exact alias, else the longest stem that prefixes it, else a wildcard."""
        if key in self.keys:
            return self.keys[key]
        for k in range(len(key), 0, -1):
            found = self.keys.get(key[:k] + "*")
            if found is not None:
                return found
        return next((e for rx, e in self.wild if rx.fullmatch(key)), None)


def build(path: str, entries: tuple[ActorEntry, ...]) -> Registry:
    """Index the entries; an alias in two entries is a config error naming both."""
    reg = Registry(path, entries, names=frozenset(e.name for e in entries))
    owner: dict[str, tuple[str, str]] = {}  # key -> (entry id, field)
    for e in entries:
        named = [("name", e.name)]
        named += [(f"aliases.{lang}", t) for lang, terms in e.aliases.items() for t in terms]
        named += [(f"{fld}.{lang}", t) for fld in ("not_cues", "whole_only")
                  for lang, terms in getattr(e, fld).items() for t in terms]
        for fld, term in named:
            key = alias_key(term)
            if not key:
                raise ConfigError(path, f"alias {term!r} is empty once normalised", entry=e.id, field=fld)
            first = owner.setdefault(key, (e.id, fld))
            if first[0] != e.id:
                raise ConfigError(path, f"alias {term!r} is also in entry {first[0]!r} ({first[1]})",
                                  entry=e.id, field=fld)
            if fld.startswith("whole_only"):
                reg.whole[key.rstrip("*")] = e
            else:
                reg.keys[key] = e
    ids = {e.id for e in entries}
    for e in entries:
        for fld in ("means", "abroad_means"):
            kind = getattr(e, fld)
            if kind is not None and kind not in STATED_MEANS:
                raise ConfigError(path, f"unknown attack type {kind!r} (one of {', '.join(STATED_MEANS)})",
                                  entry=e.id, field=fld)
        unknown = [i for i in e.may_be if i not in ids]
        if unknown:
            raise ConfigError(path, f"no entry with id {unknown[0]!r}", entry=e.id, field="may_be")
    reg.regex = re.compile(rf"(?P<t>{trie_pattern(list(reg.keys))}){AFTER}")
    reg.wild = [(wildcard_regex(k), e) for k, e in reg.keys.items() if "*" in k[:-1]]
    return reg


def load_registry(path: str | Path) -> Registry:
    """Read and validate a registry file; errors name the file, the entry and the field."""
    entries: list[ActorEntry] = read_entries(Path(path), "actors", ActorEntry)
    return build(str(path), tuple(entries))


@functools.lru_cache(maxsize=4)
def _registry_at(path: str) -> Registry:
    """Load a registry once per path."""
    return load_registry(path)


def registry_path() -> str:
    """Where the actor registry is read from: BASEWATCH_ACTORS, else the project's."""
    return os.environ.get("BASEWATCH_ACTORS") or str(DEFAULT_ACTORS)


# The registry one article is read with: rules ask for it a dozen times per article, and reading the
# environment each time cost more than the rule's own lookup. Set only while one analysis runs.
_PINNED: ContextVar[Registry | None] = ContextVar("basewatch_pinned_registry", default=None)


def default_registry() -> Registry:
    """The project's actor registry, or the one named by BASEWATCH_ACTORS (as the article being
    analysed began with it)."""
    pinned = _PINNED.get()
    return pinned if pinned is not None else _registry_at(registry_path())


@contextmanager
def registry_pinned() -> Iterator[Registry]:
    """Resolve default_registry() once for the block (one article); outside it, every call reads
    the environment again, so an override set between articles still takes effect."""
    token = _PINNED.set(_registry_at(registry_path()))
    try:
        yield _PINNED.get()
    finally:
        _PINNED.reset(token)


def canonical_actor(written: str | None, lex: Lexicon | None = None) -> str | None:
    """An actor as written -> its registry name; an unknown actor stays as written.

    A term of a lexicon's own `actors:` table that the registry lacks still gets the table's
    name when that name is a registry entry's.
    """
    if not written:
        return written
    registry = default_registry()
    entry = registry.resolve(written)
    if entry is not None:
        return entry.name
    named = lex.value("actor", alias_key(written)) if lex is not None else None
    return named if isinstance(named, str) and named in registry.names else written
