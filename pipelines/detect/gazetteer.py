"""The gazetteer of military installations: validated entries and a fast alias matcher."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import ahocorasick
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipelines.config import read_entries
from pipelines.errors import ConfigError
from pipelines.detect.areas import Areas, check_within
from pipelines.detect.normalize import _MARKS, AFTER, BEFORE, SEPARATORS, W, norm, script_of, trie_pattern

KINDS = (
    "air base", "airfield", "army base", "camp", "outpost", "naval base", "garrison",
    "headquarters", "cantonment", "missile base", "radar site", "logistics base", "barracks",
)

# Clitic letters and how many may precede an alias, and how many letters an ending may add,
# per script: the same affixes as _AFFIX below, for the Aho-Corasick matcher.
_CLITICS = {"arabic": ("وفبلک", 2), "hebrew": ("ובלמהשכ", 3), "cyrillic": ("", 0), "indic": ("", 0),
            "other": ("", 0)}
# -1: an optional plural "s". Indic aliases are stored without their final vowel sign, which the
# case changes (अड्डा, अड्डे, अड्डों): up to two letters or signs may follow.
_ENDING = {"arabic": 0, "hebrew": 0, "cyrillic": 3, "indic": 2, "other": -1}
_SCRIPTS = ("arabic", "cyrillic", "hebrew", "indic", "other")  # the order of the alternatives in _compile

# Arabic-script and Hebrew aliases take one-letter clitics (و ب ل ف ك / ו ב ל מ ה ש);
# Cyrillic aliases take short case endings (Бельбек -> Бельбека).
_AFFIX = {
    "arabic": (r"(?:[وفبلک]{1,2})?", ""),
    "hebrew": (r"(?:[ובלמהשכ]{1,3})?", ""),
    "cyrillic": ("", r"\w{0,3}"),
    "indic": ("", W + "{0,2}"),
    "other": ("", r"(?:s)?"),
}


class Base(BaseModel):
    """One installation as the gazetteer file states it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]{2}-[a-z0-9-]+$")
    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    near: tuple[str, ...] = ()  # places next to it: "a base near X" resolves here
    country: str = Field(pattern=r"^[A-Z]{2}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    source: str = Field(min_length=3)
    kind: Literal[KINDS]  # type: ignore[valid-type]
    stationed: tuple[str, ...] = ()

    @field_validator("aliases", "near")
    @classmethod
    def _non_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """Blank aliases would match everywhere."""
        for alias in value:
            if len(norm(alias).strip()) < 3:
                raise ValueError(f"alias {alias!r} is too short")
        return value


class Place(BaseModel):
    """A town, district or province the news places attacks in: where an unnamed installation lies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=2)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    aliases: tuple[str, ...] = ()
    lat: float | None = Field(default=None, ge=-90, le=90)  # a town's position; none for a province
    lon: float | None = Field(default=None, ge=-180, le=180)
    # the forces that hold it where they are not the country's own (occupied Crimea: Russia's), read as
    # a base's `stationed`: an unnamed installation there is theirs, so the country's own forces may strike it
    held_by: tuple[str, ...] = ()
    # the wider areas it lies in, by their names in this file ("Peshawar": [Khyber Pakhtunkhwa]): a report
    # placed by the town and one placed by the area are one incident (pipelines/detect/areas.py)
    within: tuple[str, ...] = ()

    _short = field_validator("aliases")(Base._non_empty.__func__)

    @model_validator(mode="after")
    def _both_coordinates(self) -> Place:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon go together")
        return self


@dataclass(frozen=True)
class PlaceHit:
    """One place matched in normalised text."""

    place: Place
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    """One gazetteer match in normalised text."""

    base: Base
    start: int
    end: int
    near: bool  # matched a nearby place, not the installation itself


class Gazetteer:
    """Entries by id plus one compiled regex over every alias in every script."""

    def __init__(self, bases: list[Base], file: str = "<memory>", places: list[Place] = ()):
        self._by_id = {b.id: b for b in bases}
        self._alias: dict[str, Base] = {}
        self._near: dict[str, Base] = {}
        spelled: dict[str, Base] = {}  # the other spelling of an alias, where no entry writes it
        for b in bases:
            for alias in (b.name, *b.aliases):
                key = alias_key(alias)
                other = self._alias.get(key)
                if other is not None and other.id != b.id:
                    raise ConfigError(file, f"alias {alias!r} also belongs to {other.id!r}", entry=b.id, field="aliases")
                self._alias[key] = b
                spelled.update(dict.fromkeys(_compound_spellings(key), b))
            for place in b.near:
                self._near.setdefault(alias_key(place), b)
        for key, b in spelled.items():
            self._alias.setdefault(key, b)
        self._places: dict[str, Place] = {}
        for place in places:
            for alias in (place.name, *place.aliases):
                key = alias_key(alias)
                if key not in self._alias and key not in self._near:  # an installation's own name wins
                    self._places.setdefault(key, place)
        self.areas = Areas(places)
        self._regex = _compile(self._alias, "a")
        self._auto = _automaton(self._alias, self._near, self._places)

    def get(self, base_id: str) -> Base | None:
        """Entry by canonical id."""
        return self._by_id.get(base_id)

    def place(self, country: str, name: str) -> Place | None:
        """The town or province of this name (any of its spellings) in this country."""
        found = self._places.get(alias_key(name))
        return found if found is not None and found.country == country else None

    def region_key(self, country: str, region: str | None) -> str:
        """The place an unresolved report's region names, one key however the article spells it: a town
        or province by its name, a place next to an installation by that installation's id; "" where the
        region names no place, only the country ("Iraq", "العراق", "northern Israel")."""
        named, near, places = self.find_all(norm(region or ""))
        for p in places:
            if p.place.country == country:
                return p.place.name.lower()
        for hit in (*named, *near):
            if hit.base.country == country:
                return f"near:{hit.base.id}"
        return ""

    def __iter__(self) -> Iterator[Base]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def find(self, ntext: str) -> list[Hit]:
        """Installations named in normalised text."""
        return [Hit(self._alias[_core(m)], m.start(), m.end(), False) for m in self._regex.finditer(ntext)]

    def find_both(self, ntext: str) -> tuple[list[Hit], list[Hit]]:
        """Installations named and places next to them, in one pass (a name wins where both start)."""
        named, near, _places = self.find_all(ntext)
        return named, near

    def find_all(self, ntext: str) -> tuple[list[Hit], list[Hit], list[PlaceHit]]:
        """Installations named, places next to them and other known places, in one pass.

        An Aho-Corasick automaton finds every alias and place in one scan; the candidates are
        then checked for word boundaries, clitics and endings and chosen exactly as the
        alternation regex over names, then places next to them, then other places would: leftmost start, names before places, then
        the script order, the longest clitic run, the longest alias.
        """
        best: dict[int, tuple[tuple[int, int, int], int, str, str]] = {}
        n = len(ntext)
        if not self._alias and not self._near and not self._places:
            return [], [], []
        for last, (key, options) in self._auto.iter(ntext):
            start, end = last - len(key) + 1, last + 1
            for rank, tag, script in options:
                letters, most = _CLITICS[script]
                w = start  # the word may begin with at most `most` clitic letters before the alias
                while w > 0 and _word(ntext[w - 1]):
                    if start - w >= most or ntext[w - 1] not in letters:
                        break
                    w -= 1
                else:
                    w = -w - 1  # marks success (the loop ended at a word boundary)
                if w >= 0:
                    continue
                w = -w - 1
                ending = _ENDING[script]
                if ending < 0 and tag != "a":
                    ending = 0  # the plural "s" is an installation noun's: "Hamas" is no plural of the town Hama
                stop = _ending(ntext, end, n, ending)
                if stop < 0:
                    continue
                prio = (rank, w - start, -len(key))
                have = best.get(w)
                if have is None or prio < have[0]:
                    best[w] = (prio, stop, key, tag)
        named: list[Hit] = []
        near: list[Hit] = []
        places: list[PlaceHit] = []
        pos = 0
        for w in sorted(best):
            if w < pos:
                continue
            _prio, stop, key, tag = best[w]
            if tag == "a":
                named.append(Hit(self._alias[key], w, stop, False))
            elif tag == "n":
                near.append(Hit(self._near[key], w, stop, True))
            else:
                places.append(PlaceHit(self._places[key], w, stop))
            pos = stop
        return named, near, places


# English writes these nouns as one word or two ("Saky airbase", "Saky air base"); an alias in one
# spelling also matches the other.
_COMPOUNDS = (("air base", "airbase"), ("air field", "airfield"), ("air strip", "airstrip"))


def _compound_spellings(key: str) -> Iterator[str]:
    """The other spellings of a normalised alias that writes an English compound noun."""
    for two, one in _COMPOUNDS:
        for old, new in ((two, one), (one, two)):
            if re.search(rf"\b{old}\b", key):
                yield re.sub(rf"\b{old}\b", new, key)


def alias_key(alias: str) -> str:
    """An alias as the matcher stores it: normalised, and an Indic one without its final vowel sign."""
    key = norm(alias).strip()
    return key.rstrip(_MARKS) if script_of(key) == "indic" else key


def _word(ch: str) -> bool:
    """Whether ch is a word character (\\w, or an Indic vowel sign or virama)."""
    return ch.isalnum() or ch == "_" or ch in _MARKS


def _ending(ntext: str, end: int, n: int, ending: int) -> int:
    """Where a match that ends its alias at `end` stops, or -1 when the word runs on."""
    if ending < 0:  # an optional "s", then the word must end
        if end < n and ntext[end] == "s" and (end + 1 == n or not _word(ntext[end + 1])):
            return end + 1
        return end if end == n or not _word(ntext[end]) else -1
    stop = end
    while stop < n and stop - end < ending and _word(ntext[stop]):
        stop += 1
    return stop if stop == n or not _word(ntext[stop]) else -1


def _automaton(alias: dict[str, Base], near: dict[str, Base], places: dict[str, Place]) -> ahocorasick.Automaton:
    """Every alias, nearby place and other place, each with (rank, tag, script): rank orders the alternatives."""
    auto = ahocorasick.Automaton()
    options: dict[str, list[tuple[int, str, str]]] = {}
    for t, (tag, table) in enumerate((("a", alias), ("n", near), ("p", places))):
        for key in table:
            script = script_of(key)
            options.setdefault(key, []).append((t * len(_SCRIPTS) + _SCRIPTS.index(script), tag, script))
    # pyahocorasick finds a node's child by a linear scan in insertion order. The text's commonest
    # characters, spaces and newlines, begin no alias, so at the root each one scanned every first
    # letter: a word per separator that normalised text never holds (NUL after it; no options, so
    # no hit) makes them the root's first children, and the aliases go in by how common their
    # letters are among all aliases, so that every node lists its common letters first.
    counts = Counter(ch for key in options for ch in key)
    rank = {ch: i for i, (ch, _n) in enumerate(counts.most_common())}
    for sep in SEPARATORS:
        auto.add_word(sep + "\0", ("", ()))
    for key in sorted(options, key=lambda k: [rank[ch] for ch in k]):
        auto.add_word(key, (key, tuple(options[key])))
    if options:
        auto.make_automaton()
    return auto


def _core(m: re.Match[str]) -> str:
    """The alias itself without clitics or endings."""
    for name, value in m.groupdict().items():
        if value is not None:
            return value
    raise AssertionError("no group matched")


def _compile(table: dict[str, Base], tag: str) -> re.Pattern[str]:
    """One alternation per script, each with its affixes, longest aliases first."""
    by_script: dict[str, list[str]] = {}
    for key in table:
        by_script.setdefault(script_of(key), []).append(key)
    parts = []
    for i, (script, keys) in enumerate(sorted(by_script.items())):
        pre, post = _AFFIX[script]
        parts.append(f"{pre}(?P<{tag}{i}>{trie_pattern(keys)}){post}")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(BEFORE + "(?:" + "|".join(parts) + ")" + AFTER)


def load_gazetteer(path: str | Path, places: str | Path | None = None) -> Gazetteer:
    """Read and validate a bases file (and places.yaml beside it, if any); a bad entry raises ConfigError naming it."""
    bases: list[Base] = read_entries(Path(path), "bases", Base)
    places_path = Path(places) if places is not None else Path(path).with_name("places.yaml")
    return Gazetteer(bases, str(path), load_places(places_path) if places_path.exists() else [])


def load_places(path: str | Path) -> list[Place]:
    """Read and validate a places file: towns and provinces with their country."""
    places = read_entries(Path(path), "places", Place)
    check_within(places, str(path))
    return places
