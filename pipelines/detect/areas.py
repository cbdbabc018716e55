"""Which places of config/places.yaml lie inside which: a town within its province, a province within the
part of the country the press names ("Peshawar" in "Khyber Pakhtunkhwa" in "northwest Pakistan"). Two
reports of one attack, one placing it by the town and one by the wider area, are one incident; the folding
(pipelines/alerts/incidents.py) asks here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from pipelines.errors import ConfigError

Area = tuple[str, str]  # (country, place name lowercased): how incident keys name a place


class _Placed(Protocol):
    name: str
    country: str
    within: tuple[str, ...]


class Areas:
    """Each place's wider areas (its `within`, and theirs in turn) and the places inside each area."""

    def __init__(self, places: Iterable[_Placed]):
        direct: dict[Area, set[str]] = {}
        for p in places:
            direct.setdefault((p.country, p.name.lower()), set()).update(w.lower() for w in p.within)
        self._wider = {area: self._closure(direct, area) for area in direct}
        self._narrower: dict[Area, set[str]] = {}
        for (country, name), wider in self._wider.items():
            for w in wider:
                self._narrower.setdefault((country, w), set()).add(name)

    @staticmethod
    def _closure(direct: dict[Area, set[str]], area: Area) -> frozenset[str]:
        country, seen, todo = area[0], set(), list(direct[area])
        while todo:
            name = todo.pop()
            if name not in seen and name != area[1]:  # a cycle in the file ends here
                seen.add(name)
                todo.extend(direct.get((country, name), ()))
        return frozenset(seen)

    def wider(self, country: str, name: str) -> frozenset[str]:
        """The areas that hold this place (lowercased names), however far up."""
        return self._wider.get((country, name.lower()), frozenset())

    def narrower(self, country: str, name: str) -> frozenset[str]:
        """The places inside this area (lowercased names), however far down."""
        return frozenset(self._narrower.get((country, name.lower()), ()))


def check_within(places: list[_Placed], file: str) -> None:
    """A `within` names a place of the same country in the same file."""
    known = {(p.country, p.name.lower()) for p in places}
    for p in places:
        for w in p.within:
            if (p.country, w.lower()) not in known:
                raise ConfigError(file, f"within {w!r}: no place of that name in {p.country}", entry=p.name,
                                  field="within")
