"""Incidents per day by country as plain shapes for an inline SVG: no chart library to vendor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pipelines.countries import country_name
from pipelines.export import IncidentRecord

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F")
OTHER = "#9a9a9a"
WIDTH, HEIGHT = 760, 220
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 10, 26


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    bars: list[Bar]
    xticks: list[tuple[float, str]]
    yticks: list[tuple[float, str]]
    legend: list[tuple[str, str, int]]  # colour, country, incidents
    first: date | None
    last: date | None
    clipped: int  # incidents left out because they are older than the window shown

    @property
    def empty(self) -> bool:
        return not self.bars


def _step(top: int) -> int:
    """A tick step that gives at most five labelled lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 5:
            return step
    return max(1, top // 5)


def daily_chart(records: Sequence[IncidentRecord], *, max_days: int = 120) -> Chart:
    """Stacked bars: one column per day, one colour per country (the busiest seven, then 'other')."""
    plot = (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM)
    if not records:
        return Chart(WIDTH, HEIGHT, plot, [], [], [], [], None, None, 0)
    last = max(r.event_date for r in records)
    first = max(min(r.event_date for r in records), last - timedelta(days=max_days - 1))
    shown = [r for r in records if r.event_date >= first]
    totals = Counter(r.country or "??" for r in shown)
    colours = {code: PALETTE[i] for i, (code, _) in enumerate(totals.most_common(len(PALETTE)))}
    per_day: dict[date, Counter] = {}
    for record in shown:
        code = record.country or "??"
        per_day.setdefault(record.event_date, Counter())[code if code in colours else "other"] += 1
    days = (last - first).days + 1
    top = max(sum(c.values()) for c in per_day.values())
    step = _step(top)
    top = -(-top // step) * step
    left, upper, right, lower = plot
    column = (right - left) / days
    scale = (lower - upper) / top
    bars = []
    for day, counts in sorted(per_day.items()):
        x = left + (day - first).days * column
        y = lower
        for code in [c for c in colours if c in counts] + (["other"] if "other" in counts else []):
            height = counts[code] * scale
            y -= height
            name = "other countries" if code == "other" else (country_name(code) if code != "??" else "unknown")
            bars.append(Bar(round(x + column * 0.1, 2), round(y, 2), round(max(column * 0.8, 1.0), 2),
                            round(height, 2), colours.get(code, OTHER),
                            f"{day.isoformat()}: {counts[code]} in {name}"))
    every = max(1, -(-days // 8))
    xticks = [(round(left + (i + 0.5) * column, 2), (first + timedelta(days=i)).strftime("%d %b"))
              for i in range(0, days, every)]
    yticks = [(round(lower - v * scale, 2), str(v)) for v in range(0, top + 1, step)]
    legend = [(colours[code], country_name(code) if code != "??" else "unknown", totals[code]) for code in colours]
    rest = sum(n for code, n in totals.items() if code not in colours)
    if rest:
        legend.append((OTHER, "other countries", rest))
    return Chart(WIDTH, HEIGHT, plot, bars, xticks, yticks, legend, first, last, len(records) - len(shown))
