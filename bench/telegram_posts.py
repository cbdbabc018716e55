"""Detection on Telegram-style posts: short statements and agency flashes in Arabic, Persian and English.

Example:
    .venv/bin/python bench/telegram_posts.py        # P/R and the base resolved, per language; -v lists errors

The posts in bench/data/telegram_posts.jsonl were written for the project in the style of armed groups'
statements and news agencies' flash posts (strikes, threats, denials, anniversaries, visits, explainers);
they are a development view of a text kind, not real posts: real channel posts are needed to measure it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.detect import detect  # noqa: E402

POSTS = ROOT / "bench" / "data" / "telegram_posts.jsonl"
PUBLISHED = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=Path, default=POSTS)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong post")
    args = ap.parse_args()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # tp fp fn tn base-right
    for line in args.posts.read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        det = detect(post["text"], published=PUBLISHED)
        gold = post["label"] == "strike"
        base_right = gold and any(r.base_id == post["base_id"] for r in det.reports)
        for key in ("all", post["lang"]):
            c = counts[key]
            c[0 if gold and det.strike else 1 if det.strike else 2 if gold else 3] += 1
            c[4] += base_right
        if args.verbose and (gold != det.strike or (gold and not base_right)):
            print(f"[{post['id']} {post['lang']} gold={post['label']}] {post['text'][:120]!r} -> "
                  f"{[(r.base_id, r.attack_type) for r in det.reports]}")
    print(f"{'lang':<6}{'n':>4}{'P':>8}{'R':>8}{'base':>8}")
    for key in ["all"] + sorted(k for k in counts if k != "all"):
        tp, fp, fn, tn, base = counts[key]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{key:<6}{tp + fp + fn + tn:>4}{p:>8.3f}{r:>8.3f}{base / max(1, tp + fn):>8.3f}")


if __name__ == "__main__":
    main()
