"""Instructions spent inside detect() over the speed texts, counted by callgrind (deterministic, unlike timings).

Example:
    .venv/bin/python bench/instructions.py                 # callgrind count (~2-4 min), prints "instructions: N"
    .venv/bin/python bench/instructions.py --every 1       # all 250 speed texts (slow under callgrind)
    .venv/bin/python bench/instructions.py --profile tottime   # cProfile of the measured pass instead
    .venv/bin/python bench/instructions.py --keep out.cg   # keep callgrind's output for callgrind_annotate

The texts are bench/detection.py's speed texts (speed_texts: the first 250 dev items, each repeated/cut to
5,000 characters), every --every'th of them (default 5: 50 texts). A warm-up pass runs detect() over them
first (it loads the gazetteer, language model and lexicons, compiles regexes, fills caches); the measured pass
then runs them again. Only the measured pass is counted: it alone runs inside operator.call, and callgrind
collects with --collect-atstart=no --toggle-collect=_operator_call (the C function behind operator.call, which
the detector never calls). Instrumentation itself starts off (--instr-atstart=no) and the script turns it on
with callgrind_control just before the measured pass, so the loading and warm-up run at native speed. The
count is the sum of instructions (Ir) callgrind reports for that pass (PYTHONHASHSEED=0 keeps it repeatable).
"""

from __future__ import annotations

import argparse
import gc
import operator
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection import DEFAULT_DIR, load, speed_texts  # noqa: E402

from pipelines.detect import detect  # noqa: E402


def texts(every: int) -> list[str]:
    """Every `every`th speed text."""
    return speed_texts(load(sorted(DEFAULT_DIR.glob("*.jsonl"))))[::every]


def measured(batch: list[str]) -> None:
    """The pass that is counted."""
    for t in batch:
        detect(t)


def run_inner(every: int, profile: str | None) -> None:
    """Warm up, then the measured pass (inside operator.call, or under cProfile)."""
    batch = texts(every)
    measured(batch)
    # The loading's objects frozen out of the collector's reach: a full collection then costs what the pass
    # itself allocated, not whether the loading happened to leave one pending (that swung counts by 4%).
    gc.collect()
    gc.freeze()
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(measured, batch)
        pstats.Stats(prof).sort_stats(profile).print_stats(45)
    else:
        if os.environ.get("INSTRUCTIONS_CALLGRIND"):  # instrumentation on only now: the loading ran at full speed
            subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], check=True, capture_output=True)
        operator.call(measured, batch)


def run_callgrind(every: int, keep: Path | None) -> int:
    """Run this script under callgrind, counting only the measured pass; return its instruction count."""
    out = keep or Path(tempfile.mkstemp(suffix=".cg")[1])
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no", "--toggle-collect=_operator_call",
           f"--callgrind-out-file={out}", sys.executable, __file__, "--inner", "--every", str(every)]
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": "0", "INSTRUCTIONS_CALLGRIND": "1"})
    summary = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
    if keep is None:
        out.unlink()
    return int(summary.group(1))


def main() -> None:
    """Parse options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=5, help="take every Nth speed text (default 5: 50 texts)")
    ap.add_argument("--profile", choices=("tottime", "cumtime"), help="print a cProfile of the measured pass")
    ap.add_argument("--keep", type=Path, help="keep callgrind's output file here")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner or args.profile:
        run_inner(args.every, args.profile)
        return
    n = run_callgrind(args.every, args.keep)
    print(f"instructions: {n:,} ({n / 1e6:,.1f} M) in detect() over {len(texts(args.every))} speed texts")


if __name__ == "__main__":
    main()
