"""Score basewatch's extract() against bare trafilatura on both development sets, in the same run.

Views: Fundus (body P/R/F1 by 4-token shingles, title, date), trafilatura's evaluation pages
(segments that must and must not appear, as its README scores them), and a recall guard: on every
page of both sets, the share of bare trafilatura's words that basewatch keeps, with the rule that
cut the missing words (pipelines/extract/rules.py). Each set is split by a hash of the URL into
tune (70%) and lockbox (30%) (bench/splits.py); per-page listings show tune pages only.

Examples:
    .venv/bin/python bench/extraction.py                      # figures for both sets
    .venv/bin/python bench/extraction.py --worst 15           # plus tune pages to study
    .venv/bin/python bench/extraction.py --ablate all --jobs 2  # each rule switched off in turn (tune)
    BASEWATCH_EXTRACT_DISABLE=byline,trim_tail .venv/bin/python bench/extraction.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
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
from trafilatura.utils import decode_file  # noqa: E402

from splits import split_of  # noqa: E402
import pipelines.extract.article  # noqa: E402
from pipelines.extract import rules as extract_rules  # noqa: E402
from pipelines.extract.article import extract, parse, to_text  # noqa: E402
from pipelines.dates import parse_datetime  # noqa: E402
from pipelines.extract.metadata import clean_inline, read_page_meta  # noqa: E402

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
        published = parse_datetime(version.get("publishing_date")) if version.get("publishing_date") else None
        fetched = parse_datetime(entry.get("crawl_date")) or datetime.now(timezone.utc)
        html = gzip.decompress((root / entry["html"]).read_bytes()).decode("utf-8", "replace")
        pages.append(Page(key, entry["url"], html, entry["articleBody"], entry.get("title"),
                          published.date() if published else None, fetched))
        if limit and len(pages) >= limit:
            break
    return pages


@dataclass(frozen=True)
class EvalPage:
    """One page of trafilatura's evaluation set with the segments that must and must not appear."""

    key: str
    url: str
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def load_eval(root: Path, limit: int | None = None) -> list[EvalPage]:
    """The evaluation pages, decoded the way trafilatura's own evaluation does."""
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(data, key=lambda url: data[url]["file"]):
        entry = data[url]
        path = root / "html" / f"{entry['file']}.gz"
        if not path.exists():
            continue
        html = decode_file(gzip.decompress(path.read_bytes()))
        pages.append(EvalPage(entry["file"], url, html, tuple(entry.get("with") or ()), tuple(entry.get("without") or ())))
        if limit and len(pages) >= limit:
            break
    return pages


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def segment_counts(text: str, page: EvalPage) -> tuple[int, int, int, int]:
    """tp, fn, fp, tn of one page: `with` segments present/missing, `without` present/missing."""
    text = _spaced(text)
    found_with = sum(_spaced(segment) in text for segment in page.with_)
    found_without = sum(_spaced(segment) in text for segment in page.without)
    return found_with, len(page.with_) - found_with, found_without, len(page.without) - found_without


def segment_prf(counts: list[tuple[int, int, int, int]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the summed counts."""
    tp, fn, fp = (sum(c[i] for c in counts) for i in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _words(text: str) -> Counter:
    return Counter(_TOKEN.findall((text or "").casefold()))


def kept_share(ours: str, bare: str) -> tuple[float | None, Counter]:
    """Share of bare trafilatura's words that basewatch keeps (None when trafilatura found none) and the missing words.

    A line trafilatura repeats word for word counts once: keeping a paragraph once loses no text.
    guard() passes basewatch's title with its text: the headline is kept, in its own field."""
    bare_words = _words("\n".join(dict.fromkeys(" ".join(line.split()) for line in bare.splitlines())))
    ours_words = _words(ours)
    total = sum(bare_words.values())
    if not total:
        return None, Counter()
    missing = bare_words - ours_words
    return 1 - sum(missing.values()) / total, missing


def blame(trace: list[tuple[str, str]], missing: Counter) -> str:
    """The rule whose cuts hold most of the missing words, with that word count ('-' when no rule's cut does)."""
    cut: Counter = Counter()
    for rule, text in trace:
        cut[rule] += sum((_words(text) & missing).values())
    if not cut or cut.most_common(1)[0][1] == 0:
        return "- (trafilatura read the page differently)"
    rule, count = cut.most_common(1)[0]
    return f"{rule} ({count} of {sum(missing.values())} words)"


# Separators between a headline and its site or section name.
_DECORATION = re.compile(r"\s+[|–—·»:/-]{1,2}\s+|\s*\|\s*|:\s+")


def headline_forms(headline: str | None) -> set[tuple[str, ...]]:
    """The headline's words, and the same with site or section names cut off its ends: any run of
    its separator-delimited parts that holds the longest part."""
    text = " ".join((headline or "").split())
    if not text:
        return set()
    parts = [part for part in _DECORATION.split(text) if part.strip()]
    forms = {title_words(text)}
    if len(parts) > 1:
        longest = max(range(len(parts)), key=lambda i: len(title_words(parts[i])))
        for start in range(longest + 1):
            for end in range(longest + 1, len(parts) + 1):
                forms.add(title_words(" ".join(parts[start:end])))
    return {form for form in forms if form}


def page_headlines(html: str, url: str) -> set[tuple[str, ...]]:
    """Every acceptable title of a page: its first h1, og:title, JSON-LD headline and <title>, minus decorations."""
    tree = parse(to_text(html))
    if tree is None:
        return set()
    meta = read_page_meta(tree, url)
    stated = [meta.h1[0] if meta.h1 else None, meta.meta.get("og:title"), meta.title_tag]
    stated += [article.headline for article in meta.jsonld if article.headline]
    return set().union(*(headline_forms(clean_inline(text)) for text in stated))


@dataclass
class Outcome:
    """What one extractor run made of one page, with the rule log."""

    text: str
    title: str | None = None
    published: date | None = None
    seconds: float = 0.0
    trace: list = None  # type: ignore[assignment]
    clean_input: tuple[str, str | None] | None = None


_clean_inputs: list[tuple[str, str | None]] = []
_clean_text = pipelines.extract.article.clean_text


def _recording_clean_text(text: str, title: str | None = None) -> str:
    """clean_text that remembers its input, so cleanup rules can be switched off without re-extracting."""
    _clean_inputs.append((text, title))
    return _clean_text(text, title)


pipelines.extract.article.clean_text = _recording_clean_text
# Switched off by re-running clean_text on the recorded input; the other rules need a full extraction.
CLEANUP_RULES = frozenset(extract_rules.RULES[extract_rules.RULES.index("consent"):])


def run_ours(html: str, url: str, fetched_at: datetime | None) -> Outcome:
    """basewatch's extract() on one page, timed, with its rule log and the last input of its cleanup."""
    _clean_inputs.clear()
    with extract_rules.tracing() as trace:
        start = time.perf_counter()
        result = extract(html, url, fetched_at=fetched_at)
        seconds = time.perf_counter() - start
    outcome = Outcome(result.text, result.title, result.published.date() if result.published else None, seconds, list(trace))
    outcome.clean_input = _clean_inputs[-1] if _clean_inputs and result.text else None
    return outcome


def replay_cleanup(outcome: Outcome) -> Outcome:
    """The page's text with clean_text re-run under the rules switched off now."""
    if outcome.clean_input is None:
        return outcome
    return Outcome(_clean_text(*outcome.clean_input), outcome.title, outcome.published, 0.0, [])


def run_bare(html: str, url: str) -> Outcome:
    """Bare trafilatura on one page, timed (a crash counts as empty text)."""
    start = time.perf_counter()
    try:
        text = trafilatura.extract(html, url=url, include_comments=False) or ""
    except Exception:  # noqa: BLE001 - the metric counts a crash as an empty answer
        text = ""
    return Outcome(text, seconds=time.perf_counter() - start)


def score_fundus(pages: list[Page], ours: list[Outcome], bare: list[Outcome]) -> dict[str, dict]:
    """Per split: body P/R/F1/empty for both, title (headline and Fundus) and date accuracy."""
    figures: dict[str, dict] = {}
    for split in ("tune", "lockbox"):
        chosen = [i for i, page in enumerate(pages) if split_of(page.url) == split]
        dated = [i for i in chosen if pages[i].published is not None]
        figures[split] = {
            "n": len(chosen),
            "ours": prf([page_scores(ours[i].text, pages[i].body) for i in chosen]),
            "bare": prf([page_scores(bare[i].text, pages[i].body) for i in chosen]),
            "headline": sum(bool(ours[i].title) and title_words(ours[i].title) in page_headlines(pages[i].html, pages[i].url)
                            for i in chosen) / max(len(chosen), 1),
            "fundus_title": sum(title_words(ours[i].title) == title_words(pages[i].title) for i in chosen) / max(len(chosen), 1),
            "date": sum(ours[i].published == pages[i].published for i in dated) / max(len(dated), 1),
            "dated": len(dated),
        }
    return figures


def score_eval(pages: list[EvalPage], ours: list[Outcome], bare: list[Outcome]) -> dict[str, dict]:
    """Per split: segment P/R/F1 for both."""
    figures: dict[str, dict] = {}
    for split in ("tune", "lockbox"):
        chosen = [i for i, page in enumerate(pages) if split_of(page.url) == split]
        figures[split] = {
            "n": len(chosen),
            "ours": segment_prf([segment_counts(ours[i].text, pages[i]) for i in chosen]),
            "bare": segment_prf([segment_counts(bare[i].text, pages[i]) for i in chosen]),
        }
    return figures


def guard(pages: list, ours: list[Outcome], bare: list[Outcome]) -> list[tuple[str, str, float | None, str]]:
    """(split, key, kept share, blamed rule) per page."""
    rows = []
    for page, mine, theirs in zip(pages, ours, bare):
        # The headline is kept in its own field, so a body that leaves it out loses no words.
        share, missing = kept_share(f"{mine.title or ''}\n{mine.text}", theirs.text)
        rows.append((split_of(page.url), page.key, share, blame(mine.trace or [], missing) if share is not None and share < 0.8 else ""))
    return rows


def run_all(fundus: list[Page], evaluation: list[EvalPage]) -> dict[str, list[Outcome]]:
    """Both extractors over both sets (warmed up first so model loading is not charged to a page)."""
    warm = fundus[0] if fundus else evaluation[0]
    run_bare(warm.html, warm.url)
    run_ours(warm.html, warm.url, None)
    out: dict[str, list[Outcome]] = {"fundus_bare": [], "fundus_ours": [], "eval_bare": [], "eval_ours": []}
    for page in fundus:
        out["fundus_bare"].append(run_bare(page.html, page.url))
        out["fundus_ours"].append(run_ours(page.html, page.url, page.fetched_at))
    for page in evaluation:
        out["eval_bare"].append(run_bare(page.html, page.url))
        out["eval_ours"].append(run_ours(page.html, page.url, None))
    return out


_PAGES: tuple | None = None  # pages and the all-on run's outcomes, for forked ablation workers


def _ablation(rule: str) -> tuple[str, float, float, int]:
    """Tune F1 on both sets and tune guard failures with one rule switched off."""
    fundus, evaluation, fundus_bare, eval_bare, fundus_ours, eval_ours = _PAGES  # type: ignore[misc]
    tune_f = [page for page in fundus if split_of(page.url) == "tune"]
    tune_e = [page for page in evaluation if split_of(page.url) == "tune"]
    index_f = {page.key: i for i, page in enumerate(fundus)}
    index_e = {page.key: i for i, page in enumerate(evaluation)}
    with extract_rules.disabled({rule} if rule != "none" else set()):
        if rule == "none" or rule in CLEANUP_RULES:
            ours_f = [replay_cleanup(fundus_ours[index_f[page.key]]) for page in tune_f]
            ours_e = [replay_cleanup(eval_ours[index_e[page.key]]) for page in tune_e]
        else:
            ours_f = [run_ours(page.html, page.url, page.fetched_at) for page in tune_f]
            ours_e = [run_ours(page.html, page.url, None) for page in tune_e]
    f1_f = prf([page_scores(o.text, page.body) for o, page in zip(ours_f, tune_f)])[2]
    f1_e = segment_prf([segment_counts(o.text, page) for o, page in zip(ours_e, tune_e)])[2]
    low = sum(1 for _, _, share, _ in guard(tune_f, ours_f, [fundus_bare[index_f[p.key]] for p in tune_f]) +
              guard(tune_e, ours_e, [eval_bare[index_e[p.key]] for p in tune_e]) if share is not None and share < 0.8)
    return rule, f1_f, f1_e, low


def ablate(rules: list[str], jobs: int) -> list[tuple[str, float, float, int]]:
    """Each rule switched off in turn (plus 'none', all on), in forked workers."""
    import multiprocessing

    names = ["none", *rules]
    quick = [name for name in names if name == "none" or name in CLEANUP_RULES]
    slow = [name for name in names if name not in quick]
    results = {name: _ablation(name) for name in quick}
    if jobs <= 1 or len(slow) < 2:
        results.update((name, _ablation(name)) for name in slow)
    else:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results.update(zip(slow, pool.map(_ablation, slow, chunksize=1)))
    return [results[name] for name in names]


def main(argv: list[str] | None = None) -> int:
    """Print both sets' figures per split, the recall guard, and optionally tune pages and rule ablations."""
    global _PAGES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fundus", type=Path, default=REPO / ".." / "shared" / "benchmarks" / "fundus")
    parser.add_argument("--eval", type=Path, default=REPO / ".." / "shared" / "benchmarks" / "trafilatura-eval")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--worst", type=int, default=None, help="also list the N worst tune pages of each set")
    parser.add_argument("--ablate", default=None, help="'all' or comma-separated rules to switch off one at a time")
    parser.add_argument("--jobs", type=int, default=1, help="processes for --ablate")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    for name in ("trafilatura", "htmldate", "pipelines"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    fundus = load_pages(args.fundus.resolve(), args.limit)
    evaluation = load_eval(args.eval.resolve(), args.limit)
    out = run_all(fundus, evaluation)
    fig_f = score_fundus(fundus, out["fundus_ours"], out["fundus_bare"])
    fig_e = score_eval(evaluation, out["eval_ours"], out["eval_bare"])
    print(f"pages: fundus {len(fundus)}, trafilatura-eval {len(evaluation)}"
          + (f"  (disabled: {os.environ['BASEWATCH_EXTRACT_DISABLE']})" if os.environ.get("BASEWATCH_EXTRACT_DISABLE") else ""))
    print(f"{'set':17} {'split':8} {'n':>4}  {'trafilatura P/R/F1':22} {'basewatch P/R/F1':22} {'dF1':>7}")
    for name, figures in (("fundus", fig_f), ("trafilatura-eval", fig_e)):
        for split in ("tune", "lockbox"):
            fig = figures[split]
            bare, ours = fig["bare"], fig["ours"]
            print(f"{name:17} {split:8} {fig['n']:4d}  {bare[0]:.4f} {bare[1]:.4f} {bare[2]:.4f}   "
                  f"{ours[0]:.4f} {ours[1]:.4f} {ours[2]:.4f}   {ours[2] - bare[2]:+.4f}")
    for split in ("tune", "lockbox"):
        fig = fig_f[split]
        print(f"fundus {split}: title = visible/declared headline {fig['headline']:.4f}, = Fundus's title "
              f"{fig['fundus_title']:.4f}; published day {fig['date']:.4f} of {fig['dated']}; empty bodies "
              f"basewatch {fig['ours'][3]}, trafilatura {fig['bare'][3]}")
    rows = guard(fundus, out["fundus_ours"], out["fundus_bare"]) + guard(evaluation, out["eval_ours"], out["eval_bare"])
    measured = [row for row in rows if row[2] is not None]
    low = [row for row in measured if row[2] < 0.8]
    for split in ("tune", "lockbox"):
        n = sum(row[0] == split for row in measured)
        k = sum(row[0] == split for row in low)
        print(f"recall guard {split}: {k} of {n} pages keep < 80% of trafilatura's words ({k / max(n, 1):.1%})")
    for name, pages, key in (("fundus", fundus, "fundus"), ("trafilatura-eval", evaluation, "eval")):
        bare_t = sum(o.seconds for o in out[f"{key}_bare"])
        ours_t = sum(o.seconds for o in out[f"{key}_ours"])
        print(f"time per page ({name}, in process): trafilatura {bare_t / max(len(pages), 1) * 1000:.1f} ms, "
              f"basewatch {ours_t / max(len(pages), 1) * 1000:.1f} ms, ratio {ours_t / bare_t if bare_t else 0:.2f}x")
    tune_low = sorted((row for row in low if row[0] == "tune"), key=lambda row: row[2])
    if tune_low:
        print("\ntune pages keeping < 80% of trafilatura's words (share, rule that cut most of the missing words):")
        for _, key, share, rule in tune_low:
            print(f"  {share:.2f}  {key:50} {rule}")
    cuts: Counter = Counter()
    for outcome, page in zip(out["fundus_ours"] + out["eval_ours"], fundus + evaluation):
        if split_of(page.url) == "tune":
            for rule, text in outcome.trace or []:
                cuts[rule] += len(text)
    print("\nchars cut per rule (tune, both sets): " + ", ".join(f"{rule} {chars}" for rule, chars in cuts.most_common()))
    if args.worst:
        _print_worst(fundus, evaluation, out, args.worst)
    if args.ablate:
        rules = list(extract_rules.RULES) if args.ablate == "all" else args.ablate.split(",")
        _PAGES = (fundus, evaluation, out["fundus_bare"], out["eval_bare"], out["fundus_ours"], out["eval_ours"])
        results = ablate(rules, args.jobs)
        base = results[0]
        print("\nablation on tune (rule switched off: F1 change on fundus, trafilatura-eval; guard pages):")
        print(f"  {'all on':22} fundus {base[1]:.4f}  eval {base[2]:.4f}  guard {base[3]}")
        for rule, f1_f, f1_e, count in results[1:]:
            print(f"  {rule:22} fundus {f1_f - base[1]:+.4f}  eval {f1_e - base[2]:+.4f}  guard {count - base[3]:+d}")
    return 0


def _print_worst(fundus: list[Page], evaluation: list[EvalPage], out: dict, count: int) -> None:
    """Tune pages only: the lowest Fundus F1 and the trafilatura-eval pages where basewatch loses segments trafilatura found."""
    def f1(p: float | None, r: float) -> float:
        return 2 * p * r / (p + r) if p and p + r else 0.0

    rows = []
    for i, page in enumerate(fundus):
        if split_of(page.url) == "tune":
            rows.append((f1(*page_scores(out["fundus_ours"][i].text, page.body)),
                         f1(*page_scores(out["fundus_bare"][i].text, page.body)), page.key))
    print(f"\nfundus tune: the {count} pages where basewatch's F1 falls furthest below trafilatura's (ours | bare):")
    for ours, bare, key in sorted(rows, key=lambda row: row[0] - row[1])[:count]:
        print(f"  {ours:.3f} | {bare:.3f}  {key}")
    worse = []
    for i, page in enumerate(evaluation):
        if split_of(page.url) != "tune":
            continue
        ours, bare = segment_counts(out["eval_ours"][i].text, page), segment_counts(out["eval_bare"][i].text, page)
        loss = (bare[0] - ours[0]) + (ours[2] - bare[2])  # segments lost plus unwanted segments gained
        if loss > 0:
            worse.append((loss, page.key, ours, bare))
    print(f"\ntrafilatura-eval tune: {len(worse)} pages where basewatch does worse (tp fn fp tn: ours | bare):")
    for loss, key, ours, bare in sorted(worse, reverse=True)[:count]:
        print(f"  {key:45} {ours} | {bare}")


if __name__ == "__main__":
    raise SystemExit(main())
