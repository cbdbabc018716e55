"""Score basewatch's extract() against bare trafilatura on the Fundus pages, in the same run.

Example:
    .venv/bin/python bench/extraction.py --fundus ../shared/benchmarks/fundus
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402

from pipelines.extract import extract, parse, to_text  # noqa: E402
from pipelines.extract_dates import parse_date  # noqa: E402
from pipelines.extract_metadata import read_page_meta  # noqa: E402
from pipelines.extract_title import title_candidates  # noqa: E402

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """One benchmark page with what Fundus expects from it."""

    key: str
    url: str
    html: str
    body: str
    title: str | None
    published: date | None
    fetched_at: datetime


def shingles(text: str) -> Counter:
    """Multiset of 4-token runs; a text of 1-3 tokens is one short shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, expected: str) -> tuple[float | None, float]:
    """Page precision (None for an empty prediction) and page recall."""
    pred, gold = shingles(predicted), shingles(expected)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    precision = tp / (tp + fp) if pred else None
    recall = tp / (tp + fn) if (tp + fn) else 0.0
    return precision, recall


def prf(scores: list[tuple[float | None, float]]) -> tuple[float, float, float, int]:
    """Mean P over non-empty predictions, mean R over all pages, their F1, and the empty count."""
    precisions = [p for p, _ in scores if p is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(r for _, r in scores) / len(scores) if scores else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, len(scores) - len(precisions)


def title_words(title: str | None) -> tuple[str, ...]:
    """The title's words as the body metric sees them (NFKC, case-folded \\w+ tokens).

    Titles count as equal when they say the same words in the same order; punctuation and quote
    style ("Kicker - Headline" vs "Kicker: Headline", quotes kept or dropped, "..." vs "…") do not
    count. Any added, dropped or changed word (a kicker, a site name, a date) is still a miss.
    """
    return tuple(_TOKEN.findall(unicodedata.normalize("NFKC", title or "").casefold()))


def norm_title(title: str | None) -> str:
    """The stricter comparison, also printed: Unicode, case, quote-style and whitespace folding only."""
    title = unicodedata.normalize("NFKC", title or "").casefold()
    title = title.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                                           "–": "-", "—": "-", "\u00a0": " ",
                                           "\u200b": None, "\u2060": None, "\u00ad": None}))
    return " ".join(title.split())


def title_sources(page: Page, *titles: str | None) -> list[str]:
    """For each title, which of the page's cleaned headline candidates state its words ('+'-joined, or 'none')."""
    tree = parse(to_text(page.html))
    candidates = title_candidates(read_page_meta(tree, page.url), page.url) if tree is not None else {}
    return ["+".join(source for source, text in candidates.items() if text and title_words(text) == title_words(title))
            or "none" for title in titles]


def _version_sort_key(version: str) -> tuple[int, ...]:
    """V1 < V1_1 < V2 ... as numbers."""
    return tuple(int(part) for part in re.findall(r"\d+", version))


def load_pages(root: Path, limit: int | None = None) -> list[Page]:
    """The ground-truth pages with their expected dates from the publisher's versioned JSON."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    expected_cache: dict[Path, dict] = {}
    pages: list[Page] = []
    for key in sorted(truth):
        entry = truth[key]
        country, name = key.split("/", 1)
        json_path = root / "test_data" / country / f"{entry['publisher']}.json"
        if json_path not in expected_cache:
            expected_cache[json_path] = json.loads(json_path.read_text(encoding="utf-8"))
        version = expected_cache[json_path].get(entry["parser_version"], {})
        published = parse_date(version.get("publishing_date")) if version.get("publishing_date") else None
        fetched = parse_date(entry.get("crawl_date")) or datetime.now(timezone.utc)
        html = gzip.decompress((root / entry["html"]).read_bytes()).decode("utf-8", "replace")
        pages.append(Page(key, entry["url"], html, entry["articleBody"], entry.get("title"),
                          published.date() if published else None, fetched))
        if limit and len(pages) >= limit:
            break
    return pages


def run(pages: list[Page], dump: Path | None) -> dict[str, object]:
    """Run both extractors over every page and gather the figures."""
    ours_scores, bare_scores = [], []
    ours_time = bare_time = 0.0
    titles_ok = titles_strict = dates_ok = dates_total = 0
    rows = []
    # Warm both up so model loading is not charged to the first page.
    trafilatura.extract(pages[0].html, url=pages[0].url, include_comments=False)
    extract(pages[0].html, pages[0].url, fetched_at=pages[0].fetched_at)
    for page in pages:
        start = time.perf_counter()
        bare = trafilatura.extract(page.html, url=page.url, include_comments=False) or ""
        bare_time += time.perf_counter() - start
        start = time.perf_counter()
        ours = extract(page.html, page.url, fetched_at=page.fetched_at)
        ours_time += time.perf_counter() - start
        ours_scores.append(page_scores(ours.text, page.body))
        bare_scores.append(page_scores(bare, page.body))
        title_ok = title_words(ours.title) == title_words(page.title)
        titles_ok += title_ok
        titles_strict += norm_title(ours.title) == norm_title(page.title)
        date_ok = None
        if page.published is not None:
            dates_total += 1
            date_ok = ours.published is not None and ours.published.date() == page.published
            dates_ok += date_ok
        # Reporting only, outside the timed part: where our title and Fundus's come from, for misses.
        sources = title_sources(page, ours.title, page.title) if not title_ok else [None, None]
        rows.append({
            "key": page.key, "method": ours.method, "ours": ours_scores[-1], "bare": bare_scores[-1],
            "title_ok": title_ok, "title": ours.title, "gold_title": page.title, "date_ok": date_ok,
            "title_from": sources[0], "gold_title_from": sources[1],
            "published": ours.published.isoformat() if ours.published else None,
            "gold_date": page.published.isoformat() if page.published else None, "language": ours.language,
        })
        if dump:
            dump.mkdir(parents=True, exist_ok=True)
            name = page.key.replace("/", "__")
            (dump / f"{name}.ours.txt").write_text(ours.text, encoding="utf-8")
            (dump / f"{name}.bare.txt").write_text(bare, encoding="utf-8")
            (dump / f"{name}.gold.txt").write_text(page.body, encoding="utf-8")
    if dump:
        (dump / "rows.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    return {
        "ours": prf(ours_scores), "bare": prf(bare_scores), "n": len(pages),
        "title_acc": titles_ok / len(pages), "title_strict": titles_strict / len(pages), "rows": rows, "date_acc": dates_ok / dates_total if dates_total else 0.0,
        "dates_total": dates_total, "ours_time": ours_time / len(pages), "bare_time": bare_time / len(pages),
    }


def main(argv: list[str] | None = None) -> int:
    """Print precision, recall, F1, title and date accuracy, and time per page for both."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fundus", type=Path, default=REPO / ".." / "shared" / "benchmarks" / "fundus")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--dump", type=Path, default=None, help="write per-page texts and scores here")
    parser.add_argument("--worst", type=int, default=None,
                        help="also list the N pages with the lowest F1 and the title misses (0: title misses only)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    pages = load_pages(args.fundus.resolve(), args.limit)
    figures = run(pages, args.dump)
    print(f"pages: {figures['n']}  ({args.fundus})")
    print(f"{'':12} {'P':>7} {'R':>7} {'F1':>7} {'empty':>6}")
    for name in ("trafilatura", "basewatch"):
        p, r, f1, empty = figures["bare" if name == "trafilatura" else "ours"]
        print(f"{name:12} {p:7.4f} {r:7.4f} {f1:7.4f} {empty:6d}")
    print(f"title accuracy: {figures['title_acc']:.4f} (same words; exact up to case/quotes/spaces: "
          f"{figures['title_strict']:.4f})")
    print(f"published-date accuracy (day): {figures['date_acc']:.4f} over {figures['dates_total']} pages with a date")
    ratio = figures["ours_time"] / figures["bare_time"] if figures["bare_time"] else float("inf")
    print(f"time per page: trafilatura {figures['bare_time'] * 1000:.1f} ms, basewatch "
          f"{figures['ours_time'] * 1000:.1f} ms, ratio {ratio:.2f}x")
    if args.worst is not None:
        _print_worst(figures["rows"], args.worst)
    return 0


def _print_worst(rows: list[dict], count: int) -> None:
    """Debug listing: the pages basewatch scores worst on, with trafilatura's score beside, and title misses."""
    def f1(p: float | None, r: float) -> float:
        return 2 * p * r / (p + r) if p and p + r else 0.0

    if count:
        print(f"\nworst {count} pages by F1 (ours P/R/F1 | trafilatura F1, method):")
    for row in sorted(rows, key=lambda row: f1(*row["ours"]))[:count]:
        p, r = row["ours"]
        print(f"  {row['key']:45} {p or 0:.3f} {r:.3f} {f1(p, r):.3f} | {f1(*row['bare']):.3f}  {row['method']}")
    misses = [row for row in rows if not row["title_ok"]]
    print(f"\ntitle misses ({len(misses)}), with the candidates (jsonld, og, twitter, h1, title) that state each:")
    for row in misses:
        print(f"  {row['key']}\n    ours: {row['title']}  [{row['title_from']}]\n"
              f"    gold: {row['gold_title']}  [{row['gold_title_from']}]")
    pairs = Counter((row["title_from"], row["gold_title_from"]) for row in misses)
    print("\ntitle misses by source (ours <- | -> Fundus's):")
    for (ours, gold), count in pairs.most_common():
        print(f"  {count:3d}  {ours} | {gold}")


if __name__ == "__main__":
    raise SystemExit(main())
