"""Incident-folding benchmark: how the labelled reports fold into incidents through the real ingest path, per split.

Example:
    .venv/bin/python bench/incidents.py                  # tune and lockbox figures
    .venv/bin/python bench/incidents.py --split tune -v  # every tune over-split and wrong join, for study
    .venv/bin/python bench/incidents.py --clock-published  # the clock's day as publication date too (stress)

Every item of ../shared/detection/*.jsonl goes through `pipelines.ingest.Ingestor.ingest`, the
function the crawler stores each fetched article with (story dedup, detection, the incident folding
of pipelines/alerts/incidents.py, the outbox), into a fresh temporary SQLite store per split, with
the shipped settings (config/settings.yaml: incident window, recent hours) and gazetteer.

The detector sees what bench/detection.py gives it: the text, no title, no language, and the
publication date the URL carries (55 of the 462 items), so its reports are the ones that bench scores.

The clock (when each article is fetched, in publication order) has to come from somewhere, since
most items carry no publication date. It is the URL's date where there is one; else the day its
gold `event_key` names (the labels' approximate date of the incident; a month or a year alone is
spread over that period by a hash of the key, so that two keys of one month rarely fall on one
day); else the earliest URL date of the key's other items; else a made-up day of its own, a week
from any other. Items of one key come ten minutes apart. This clock only orders and spaces the
articles (as the news does: copies of one attack come out together); the detector never sees it.

Printed per split, over the items the detector flags (gold strike items that it flags make the
"gold incidents"):
- gold incidents: distinct event_keys among detected gold-strike items (the ideal incident count);
- incidents opened, and how many of them only false positives opened;
- over-split: gold incidents whose reports went to more than one incident (count, and the extra
  incidents they opened), and of those the ones at one place: two incidents with the same incident
  key (the window, a date, an unplaced story kept them apart), the folding's own fault; the rest
  are sites kept apart (two countries, two stated days, two attackers) or the detector naming the
  place differently in two texts;
- wrong joins: incidents holding reports of more than one event_key;
- mails that would go out: new-incident alerts and updates (per incident, not per recipient).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection import DEFAULT_DIR, load, publication_date  # noqa: E402

from sqlalchemy import select  # noqa: E402

from pipelines.config import load_config  # noqa: E402
from pipelines.detect import default_gazetteer  # noqa: E402
from pipelines.ingest import FetchedArticle, Ingestor  # noqa: E402
from pipelines.records import Extracted  # noqa: E402
from pipelines.store import models as store  # noqa: E402

KEY_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?!\d)")
MADE_UP = datetime(1980, 1, 1, 12, tzinfo=UTC)  # undated keys: one week apart from here, before any real date


def _spread(key: str, days: int) -> int:
    """A stable offset in [0, days) for a key, so keys of one month or year rarely share a day."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % days


def key_date(key: str) -> datetime | None:
    """The day an event_key names: the day itself, else a day of its month or year."""
    found = KEY_DATE.search(key)
    if found is None:
        return None
    year, month, day = int(found[1]), found[2] and int(found[2]), found[3] and int(found[3])
    try:
        if day:
            return datetime(year, month, day, 12, tzinfo=UTC)
        if month:
            return datetime(year, month, 1, 12, tzinfo=UTC) + timedelta(days=_spread(key, 28))
        return datetime(year, 1, 1, 12, tzinfo=UTC) + timedelta(days=_spread(key, 365))
    except ValueError:  # a number in a key that is no date
        return None


def clock(items: list[dict]) -> list[tuple[datetime, dict]]:
    """(fetch time, item) in publication order: see the module docstring."""
    url_dates = defaultdict(list)
    for it in items:
        it["published"] = publication_date(it["url"])
        if it["published"] is not None:
            url_dates[it["event_key"]].append(it["published"])
    made_up: dict[str, datetime] = {}
    timed = []
    for it in items:
        key = it["event_key"]
        day = it["published"] or key_date(key) or min(url_dates[key], default=None)
        if day is None:
            day = made_up.setdefault(key, MADE_UP + timedelta(days=7 * len(made_up)))
        timed.append((day, it))
    timed.sort(key=lambda pair: (pair[0], pair[1]["event_key"], pair[1]["file"], pair[1]["id"]))
    order, last = [], {}
    for day, it in timed:
        at = last.get((day, it["event_key"]), day - timedelta(minutes=10)) + timedelta(minutes=10)
        last[(day, it["event_key"])] = at
        order.append((at, it))
    order.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    return order


def fold(items: list[dict], directory: Path, gazetteer, *, clock_published: bool = False) -> dict:
    """Ingest the items in publication order into a fresh store; what each item's reports joined.

    clock_published: the detector gets the clock's day as the publication date of an item whose URL
    carries none (a stress test: most reports then state a day, as in the crawler, which always knows
    a publication date; the key's day is the attack's, so "yesterday" lands a day early)."""
    config = load_config(ROOT / "config", database_url=f"sqlite:///{directory / 'bench.db'}", with_sources=False)
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        session.add(store.Source(id="bench", name="bench", country="XX", language="xx", kind="regional",
                                 error_streak=0, articles_total=0, extraction_failures=0))
    ingestor = Ingestor(config, gazetteer)
    incidents_of: dict[str, list[int]] = {}
    mails = {"new": 0, "update": 0}
    for at, it in clock(items):
        published = it["published"] or (at.replace(hour=12, minute=0) if clock_published else None)
        fetched = FetchedArticle(source_id="bench", url=it["url"], fetched_at=at, entry_published=published)
        with sessions.begin() as session:
            result = ingestor.ingest(session, fetched, Extracted(text=it["text"], method="bench"), now=at)
            alerted = [i for i in result.new_incidents if session.get(store.Incident, i).alerted]
            if result.article_id is not None:
                incidents_of[it["id"]] = list(session.scalars(
                    select(store.Report.incident_id).where(store.Report.article_id == result.article_id)
                    .order_by(store.Report.id)))
        ingestor.remember(result)
        mails["new"] += len(alerted)
        mails["update"] += len(result.updates)
    with sessions() as session:
        places = {i.id: (i.key, i.event_time) for i in session.scalars(select(store.Incident))}
    return {"incidents_of": incidents_of, "mails": mails, "places": places}


def measure(items: list[dict], folded: dict) -> dict:
    """The figures of one split (see the module docstring)."""
    by_id = {it["id"]: it for it in items}
    detected = {i: incs for i, incs in folded["incidents_of"].items() if incs}
    gold = {i for i in detected if by_id[i]["label"] == "strike"}
    keys_of_incident: dict[int, set[str]] = defaultdict(set)
    strike_opened: set[int] = set()
    for i, incs in detected.items():
        for inc in incs:
            keys_of_incident[inc].add(by_id[i]["event_key"])
            if i in gold:
                strike_opened.add(inc)
    incidents_of_key: dict[str, set[int]] = defaultdict(set)
    items_of_key: dict[str, list[str]] = defaultdict(list)
    for i in gold:
        incidents_of_key[by_id[i]["event_key"]].update(detected[i])
        items_of_key[by_id[i]["event_key"]].append(i)
    over = {k: incs for k, incs in incidents_of_key.items() if len(incs) > 1}
    # Over-split at one place (two incidents with one key: the window, the date, an unplaced story) is the
    # folding's fault; over places (several installations, or one named in one text and not in another)
    # is one incident per installation by design, or the detector's resolution.
    key_of = {inc: folded["places"][inc][0] for incs in over.values() for inc in incs}
    same_place = {k: incs for k, incs in over.items() if len({key_of[i] for i in incs}) < len(incs)}
    wrong = {inc: keys for inc, keys in keys_of_incident.items() if len(keys) > 1}
    return {"gold": len(incidents_of_key), "opened": len(keys_of_incident), "gold_items": len(gold),
            "fp_items": len(detected) - len(gold),
            "fp_only": len(set(keys_of_incident) - strike_opened),
            "over": over, "extra": sum(len(v) - 1 for v in over.values()), "same_place": same_place,
            "same_place_extra": sum(len(v) - len({key_of[i] for i in v}) for v in same_place.values()),
            "places": folded["places"],
            "wrong": wrong, "mails": folded["mails"], "items_of_key": items_of_key, "detected": detected}


def report(name: str, m: dict, items: list[dict], verbose: bool) -> None:
    """Print one split's figures, and with verbose the over-splits and wrong joins."""
    print(f"\n== {name}: {m['gold_items']} gold-strike items detected ({m['fp_items']} other items flagged); "
          f"gold incidents {m['gold']} among them; incidents opened {m['opened']} "
          f"({m['fp_only']} by those others only)")
    print(f"over-split: {len(m['over'])} gold incidents opened {m['extra']} extra incidents; at one place "
          f"(same incident key): {len(m['same_place'])} gold incidents, {m['same_place_extra']} extra; "
          f"wrong joins: {len(m['wrong'])} incidents hold more than one event_key")
    print(f"mails: {m['mails']['new']} new-incident alerts, {m['mails']['update']} updates")
    if not verbose:
        return
    by_id = {it["id"]: it for it in items}
    for key, incs in sorted(m["over"].items()):
        tag = "OVER-SPLIT, ONE PLACE" if key in m["same_place"] else "OVER-SPLIT, PLACES"
        print(f"\n[{tag}] {key}: " + ", ".join(f"{i} {m['places'][i][0]} {m['places'][i][1]:%Y-%m-%d %H:%M}"
                                                for i in sorted(incs)))
        for i in m["items_of_key"][key]:
            print(f"   {i} {by_id[i]['lang']} published={by_id[i]['published']} -> {m['detected'][i]}")
    for inc, keys in sorted(m["wrong"].items()):
        holders = [i for i, incs in m["detected"].items() if inc in incs]
        print(f"\n[WRONG JOIN] incident {inc} {m['places'][inc][0]}: keys {sorted(keys)}")
        for i in holders:
            print(f"   {i} {by_id[i]['lang']} {by_id[i]['label']} {by_id[i]['event_key']}")


def main() -> None:
    """Parse options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, nargs="+", default=sorted(DEFAULT_DIR.glob("*.jsonl")),
                    help="labelled JSONL files (default: every ../shared/detection/*.jsonl)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every over-split and wrong join")
    ap.add_argument("--split", choices=("tune", "lockbox"), help="only this split (study errors on tune only)")
    ap.add_argument("--clock-published", action="store_true",
                    help="give the detector the clock's day as publication date where the URL has none (stress test)")
    args = ap.parse_args()
    if args.verbose and args.split != "tune":
        ap.error("-v prints items: use it with --split tune only")
    items = load(args.dev)
    gazetteer = default_gazetteer()
    for name in (args.split,) if args.split else ("tune", "lockbox"):
        part = [it for it in items if it["split"] == name]
        with tempfile.TemporaryDirectory(prefix="basewatch-incidents-") as tmp:
            folded = fold(part, Path(tmp), gazetteer, clock_published=args.clock_published)
        report(name, measure(part, folded), part, args.verbose)


if __name__ == "__main__":
    main()
