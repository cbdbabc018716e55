"""Development benchmark of the strike detector: P/R/F1, base accuracy, speed, the seed.

Example:
    .venv/bin/python bench/detection.py --dev ../shared/detection/dev.jsonl

Definitions printed with the figures:
- strike label: an item is predicted "strike" iff detect() returns at least one report.
  Items labelled "ambiguous" are excluded from precision/recall/F1 (counted separately).
- base accuracy: over gold strike items that the detector also calls strike, the fraction
  where at least one gold `bases` string is matched by a report, where "matched" means the
  normalised gold string and a report's normalised `mention` contain one another, or the
  gold string resolves (through the gazetteer) to the same entry as a report's base_id.
  Also printed over all gold strike items (misses count as wrong).
- speed: articles/s of detect() on one core over 5 KB texts built from the dev items
  (each text repeated/cut to 5,000 characters), language identified by the detector;
  CPU time (time.process_time), median of --rounds rounds (default 7).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.detect import default_gazetteer, detect  # noqa: E402
from pipelines.detect.normalize import norm  # noqa: E402

DEFAULT_DEV = ROOT.parent / "shared" / "detection" / "dev.jsonl"
DEFAULT_SEED = ROOT.parent / "shared" / "seeds" / "000_ddd6a198d28da97f.txt"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 when undefined by an empty denominator)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _base_match(gold: list[str], reports, gaz) -> bool:
    """Whether any gold base string matches a report's mention or resolved entry."""
    ids = {r.base_id for r in reports if r.base_id}
    mentions = [norm(r.mention or "").strip() for r in reports]
    for g in gold:
        ng = norm(g).strip()
        if any(m and (m in ng or ng in m) for m in mentions):
            return True
        if ids & {h.base.id for h in gaz.find(ng)}:
            return True
    return False


def _half(item: dict) -> str:
    """'even' or 'odd' by the number in the item's id (d001 is odd): a held-out split."""
    digits = "".join(ch for ch in str(item.get("id", "")) if ch.isdigit())
    return "odd" if digits and int(digits) % 2 else "even"


def run(dev: Path, seed: Path, verbose: bool, half: str | None = None, speed: bool = True,
        rounds: int = 7) -> None:
    """Print the figures."""
    items = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half:
        items = [it for it in items if _half(it) == half]
    gaz = default_gazetteer()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
    amb = {"strike": 0, "no_strike": 0}
    base_ok = base_n = base_all = 0
    errors = []
    for it in items:
        det = detect(it["text"], language=None)
        pred = det.strike
        if it["label"] == "ambiguous":
            amb["strike" if pred else "no_strike"] += 1
            continue
        gold = it["label"] == "strike"
        for key in ("all", it["lang"]):
            c = counts[key]
            c[0 if gold and pred else 1 if pred else 2 if gold else 3] += 1
        if gold:
            base_all += 1
            if pred:
                base_n += 1
                if _base_match(it["bases"], det.reports, gaz):
                    base_ok += 1
                elif verbose:
                    errors.append(("BASE", it, det))
        if gold != pred and verbose:
            errors.append(("FN" if gold else "FP", it, det))
    print(f"dev set: {dev} ({len(items)} items)")
    print("strike label; 'ambiguous' items excluded from P/R/F1 "
          f"({sum(amb.values())} items: {amb['strike']} predicted strike, {amb['no_strike']} not)")
    print(f"{'lang':<6}{'n':>5}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
    order = ["all"] + sorted((k for k in counts if k != "all"), key=lambda k: -sum(counts[k]))
    for key in order:
        tp, fp, fn, tn = counts[key]
        p, r, f = _prf(tp, fp, fn)
        print(f"{key:<6}{tp + fp + fn + tn:>5}{tp:>5}{fp:>5}{fn:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"base accuracy (detected strike items): {base_ok}/{base_n} = {base_ok / max(1, base_n):.3f}")
    print(f"base accuracy (all gold strike items, misses wrong): {base_ok}/{base_all} = {base_ok / max(1, base_all):.3f}")
    if speed:
        _speed(items, rounds)
    if seed.exists():
        _seed(seed)
    for kind, it, det in errors:
        print(f"\n[{kind}] {it['id']} {it['lang']} gold={it['label']} bases={it['bases']} score={det.score}")
        print("   why:", it["why"])
        for r in det.reports:
            print(f"   -> {r.base_id} {r.mention!r} {r.attack_type} conf={r.confidence} | {r.evidence[:160]}")


def _speed(items: list[dict], rounds: int = 7) -> None:
    """Articles per second on 5 KB texts, one core.

    The figure that counts is CPU time (time.process_time) per round, median over the rounds:
    wall time on a shared machine mostly measures the other processes. Each round runs every
    text once; the first pass (caches: gazetteer, language model, each language's lexicon) is
    not timed.
    """
    texts = []
    for it in items:
        t = it["text"]
        while len(t) < 5000:
            t = t + "\n\n" + it["text"]
        texts.append(t[:5000])
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
          f"(load average {load:.1f} on {os.cpu_count()} cores: wall and, less so, CPU figures drop when "
          f"the machine is shared)")


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
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="labelled JSONL (default: ../shared/detection/dev.jsonl)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed article text file")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error for analysis")
    ap.add_argument("--half", choices=("even", "odd"), help="only items with even/odd ids (error analysis on one "
                    "half, the other kept as a check)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds for the speed figure (median reported)")
    args = ap.parse_args()
    run(args.dev, args.seed, args.verbose, args.half, not args.no_speed, max(1, args.rounds))


if __name__ == "__main__":
    _ = datetime  # dates in reports print via str()
    main()
