"""Development benchmark of the strike detector: P/R/F1 and field accuracy on tune and lockbox, speed, the seed.

Example:
    .venv/bin/python bench/detection.py                      # all of ../shared/detection/*.jsonl
    .venv/bin/python bench/detection.py --split tune -v      # error analysis on tune only

Definitions printed with the figures:
- split: every item goes to `tune` (70%) or `lockbox` (30%) by a hash of its URL (bench/splits.py).
  Tune rules on tune only; read lockbox for its figures.
- strike label: an item is predicted "strike" iff detect() returns at least one report.
  Items labelled "ambiguous" are excluded from precision/recall/F1 (counted separately).
- fields, over gold strike items (a missed item counts wrong in every field it has). The report
  compared is the first whose installation matches a gold base, else the first report.
  - base: items whose gold base names resolve in the gazetteer; right when a report has that base.
  - country: items with a gold country; right when the report's country is it.
  - attacker: items with a gold actor; right when the report's actor and the gold one are the same
    actor (one contains the other after normalisation, or both name one registry entry).
  - type: items with gold attack types; right when the report's type is one of them.
  - date: items with a gold event date; right when the report's event date is it. Each item is
    detected with the publication date its URL carries, where it carries one (/2024/01/15/: 55 of
    the 462), as the crawler knows at least that much of every page; "date, text alone" is the same
    field with no publication date at all.
- gazetteer coverage: of the distinct gold base strings, how many resolve to a gazetteer entry.
- speed: articles/s of detect() on one core over 5 KB texts built from the items (each text
  repeated/cut to 5,000 characters), language identified by the detector; CPU time
  (time.process_time), median of --rounds rounds (default 7).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from htmldate.extractors import extract_url_date  # noqa: E402
from htmldate.utils import Extractor  # noqa: E402

from pipelines.detect import default_gazetteer, detect  # noqa: E402
from pipelines.detect.actors import default_registry  # noqa: E402
from pipelines.detect.normalize import norm  # noqa: E402
from splits import split_of  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "detection"
DEFAULT_SEED = ROOT.parent / "shared" / "seeds" / "000_ddd6a198d28da97f.txt"
FIELDS = ("base", "country", "attacker", "type", "date")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 when undefined by an empty denominator)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _gold_ids(gold: list[str], gaz) -> set[str]:
    """Gazetteer entries the gold base strings name."""
    return {h.base.id for g in gold for h in gaz.find(norm(g).strip())}


def _matches_base(report, gold: list[str], ids: set[str]) -> bool:
    """A report about one of the gold installations: same entry, or mentions that contain one another."""
    if report.base_id and report.base_id in ids:
        return True
    mention = norm(report.mention or "").strip()
    return bool(mention) and any(mention in (ng := norm(g).strip()) or ng in mention for g in gold)


def _same_actor(ours: str | None, gold: str | None, written: str | None = None) -> bool:
    """One actor: both name one registry entry (or an ambiguous entry and one it may stand for:
    its `may_be`), else, one of them unknown to the registry, normalised names (ours canonical or
    as written) that contain one another. Two different entries never match, even when one name
    contains the other ("Hezbollah" is not "Kataib Hezbollah")."""
    if not ours or not gold:
        return False
    registry = default_registry()
    e1, e2 = registry.resolve(written or ours), registry.resolve(gold)
    if e1 is not None and e2 is not None:
        return e1.id == e2.id or e1.id in e2.may_be or e2.id in e1.may_be
    b = norm(gold).strip()
    return any(a and b and (a in b or b in a) for a in (norm(ours).strip(), norm(written or "").strip()))


def _fields(it: dict, reports, gaz) -> dict[str, bool]:
    """Which of the item's gold fields the detector got right (only the fields the item has)."""
    ids = _gold_ids(it["bases"], gaz)
    primary = next((r for r in reports if _matches_base(r, it["bases"], ids)), reports[0] if reports else None)
    out: dict[str, bool] = {}
    if ids:
        out["base"] = any(r.base_id in ids for r in reports)
    if it.get("country"):
        out["country"] = primary is not None and primary.country == it["country"]
    if it.get("actor"):
        out["attacker"] = primary is not None and _same_actor(primary.actor, it["actor"], primary.actor_written)
    if it.get("attack_types"):
        out["type"] = primary is not None and primary.attack_type in it["attack_types"]
    if it.get("event_date"):
        out["date"] = primary is not None and str(primary.event_date) == it["event_date"]
    return out


def load(paths: list[Path]) -> list[dict]:
    """Items of every file, each with its split."""
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                it = json.loads(line)
                it["split"] = split_of(it["url"])
                it["file"] = path.name
                items.append(it)
    return items


class Tally:
    """Counts for one slice of the items: strike confusion per language, ambiguous, fields."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
        self.ambiguous = Counter()
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # right, of

    def add(self, it: dict, det, gaz, text_only=None) -> None:
        pred = det.strike
        if it["label"] == "ambiguous":
            self.ambiguous["strike" if pred else "no_strike"] += 1
            return
        gold = it["label"] == "strike"
        for key in ("all", it["lang"]):
            self.counts[key][0 if gold and pred else 1 if pred else 2 if gold else 3] += 1
        if gold:
            for name, ok in _fields(it, det.reports, gaz).items():
                self.fields[name][0] += ok
                self.fields[name][1] += 1
            if it.get("event_date") and text_only is not None:
                self.fields["date, text alone"][0] += _fields(it, text_only.reports, gaz)["date"]
                self.fields["date, text alone"][1] += 1

    def print(self, title: str) -> None:
        tp, fp, fn, _ = self.counts["all"]
        p, r, f = _prf(tp, fp, fn)
        print(f"\n== {title}: strike P {p:.3f} R {r:.3f} F1 {f:.3f}  "
              f"(ambiguous: {self.ambiguous['strike']} predicted strike, {self.ambiguous['no_strike']} not)")
        print(f"{'lang':<6}{'n':>5}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
        order = ["all"] + sorted((k for k in self.counts if k != "all"), key=lambda k: (-sum(self.counts[k]), k))
        for key in order:
            tp, fp, fn, tn = self.counts[key]
            p, r, f = _prf(tp, fp, fn)
            print(f"{key:<6}{tp + fp + fn + tn:>5}{tp:>5}{fp:>5}{fn:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
        cells = []
        for name in (*FIELDS, "date, text alone"):
            right, n = self.fields[name]
            cells.append(f"{name} {right}/{n} = {right / max(1, n):.3f}")
        print("fields (gold strike items, misses wrong): " + "; ".join(cells))


def publication_date(url: str) -> datetime | None:
    """The date a news URL carries (/2024/01/15/...), as htmldate reads it: the publication date the
    crawler would know from the link alone (from the page it knows more). Noon UTC, the day's middle."""
    found = extract_url_date(url, Extractor(False, datetime(2100, 1, 1), datetime(1995, 1, 1), False, "%Y-%m-%d"))
    return datetime.fromisoformat(found).replace(hour=12, tzinfo=UTC) if found else None


def run(paths: list[Path], seed: Path, verbose: bool, only: str | None, speed: bool, rounds: int) -> None:
    """Print the figures."""
    items = load(paths)
    if only:
        items = [it for it in items if it["split"] == only]
    gaz = default_gazetteer()
    tallies = {name: Tally() for name in ("tune", "lockbox", "all")}
    errors = []
    for it in items:
        published = publication_date(it["url"])
        det = detect(it["text"], language=None, published=published)
        text_only = det if published is None or not it.get("event_date") else detect(it["text"], language=None)
        for name in (it["split"], "all"):
            tallies[name].add(it, det, gaz, text_only)
        if verbose and it["label"] != "ambiguous":
            gold = it["label"] == "strike"
            wrong = [k for k, ok in _fields(it, det.reports, gaz).items() if not ok] if gold and det.strike else []
            if gold != det.strike or wrong:
                errors.append(("FN" if gold and not det.strike else "FP" if not gold else "FIELDS " + ",".join(wrong),
                               it, det))
    print(f"items: {len(items)} from {', '.join(str(p) for p in paths)}")
    counts = Counter(it["split"] for it in items)
    print(f"split by URL hash: tune {counts['tune']}, lockbox {counts['lockbox']}")
    for name in ("tune", "lockbox", "all"):
        if sum(tallies[name].counts["all"]) or tallies[name].ambiguous:
            tallies[name].print(name)
    _coverage(items, gaz)
    if speed:
        _speed(items, rounds)
    if seed.exists():
        _seed(seed)
    for kind, it, det in errors:
        print(f"\n[{kind}] {it['id']} {it['lang']} {it['split']} gold={it['label']} bases={it['bases']} "
              f"country={it.get('country')} actor={it.get('actor')} types={it.get('attack_types')} "
              f"date={it.get('event_date')} score={det.score}")
        print("   why:", it["why"])
        for r in det.reports:
            print(f"   -> {r.base_id} {r.mention!r} {r.country} {r.attack_type} actor={r.actor!r} "
                  f"date={r.event_date} conf={r.confidence} | {r.evidence[:160]}")


def _coverage(items: list[dict], gaz) -> None:
    """How many distinct gold base strings resolve to a gazetteer entry."""
    names = {g for it in items if it["label"] == "strike" for g in it["bases"]}
    resolved = sum(1 for g in names if _gold_ids([g], gaz))
    print(f"\ngazetteer: {len(gaz)} installations; gold base names that resolve: {resolved}/{len(names)} "
          f"= {resolved / max(1, len(names)):.3f}")


def speed_texts(items: list[dict]) -> list[str]:
    """The speed texts: the first 250 items, each repeated/cut to 5,000 characters."""
    texts = []
    for it in items[:250]:
        t = it["text"]
        while len(t) < 5000:
            t = t + "\n\n" + it["text"]
        texts.append(t[:5000])
    return texts


def _speed(items: list[dict], rounds: int = 7) -> None:
    """Articles per second on 5 KB texts, one core.

    The figure that counts is CPU time (time.process_time) per round, median over the rounds:
    wall time on a shared machine mostly measures the other processes. Each round runs every
    text once; the first pass (caches: gazetteer, language model, each language's lexicon) is
    not timed.
    """
    texts = speed_texts(items)
    for t in texts:  # warm caches
        detect(t)
    walls, cpus = [], []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        for t in texts:
            detect(t)
        cpus.append(len(texts) / max(1e-9, time.process_time() - cpu))
        walls.append(len(texts) / (time.perf_counter() - start))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"speed: {statistics.median(cpus):.0f} articles/s of CPU time (median of {rounds} rounds; "
          f"min {min(cpus):.0f}, max {max(cpus):.0f}) on {len(texts)} texts of 5,000 chars, one process, "
          f"language identified; wall {statistics.median(walls):.0f}/s median "
          f"(load average {load:.1f} on {os.cpu_count()} cores)")


def _seed(path: Path) -> None:
    """Run the real seed article and print its reports."""
    det = detect(path.read_text(encoding="utf-8"))
    print(f"\nseed {path.name}: strike={det.strike} score={det.score} reports={len(det.reports)}")
    for r in det.reports:
        print(f"  - {r.base or '(unresolved)'} [{r.base_id}] {r.country} mention={r.mention!r} type={r.attack_type} "
              f"actor={r.actor} date={r.event_date} killed={r.killed} wounded={r.wounded} conf={r.confidence}")


def main() -> None:
    """Parse options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, nargs="+", default=sorted(DEFAULT_DIR.glob("*.jsonl")),
                    help="labelled JSONL files (default: every ../shared/detection/*.jsonl)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed article text file")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error for analysis")
    ap.add_argument("--split", choices=("tune", "lockbox"), help="only this split's items (error analysis on tune)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds for the speed figure (median reported)")
    args = ap.parse_args()
    run(args.dev, args.seed, args.verbose, args.split, not args.no_speed, max(1, args.rounds))


if __name__ == "__main__":
    main()
