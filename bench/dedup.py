"""Benchmark story dedup on real article texts: pairwise precision/recall, speed, memory.

Reads articleBody texts from the Fundus test pages (never copied into the project),
builds copies the way outlets make them (syndicated copies with datelines and credits,
teasers, early versions of a developing story, edited headlines, light edits) and
different articles that share one outlet's boilerplate, then prints:

- cold pairs: each pair judged alone in a fresh index (no boilerplate statistics yet);
- stream: every document through assign_stories() in arrival order, pairwise over stories;
- scale: documents/s for signature + find_story + add on one core, and index memory at
  N synthetic documents made by deterministic recombination of the real sentences.

Usage: .venv/bin/python bench/dedup.py [--fundus PATH] [--docs 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.dedup.stories import StoryIndex, assign_stories, signature  # noqa: E402

# ---------------------------------------------------------------- synthetic outlet material

DATELINES = [
    "BERLIN (dpa) – ", "WASHINGTON (AP) — ", "LONDON (Reuters) - ", "PARIS, Jan 5 (AFP) - ",
    "(SDA) ", "KYIV — ", "Baghdad, 12 March (Rudaw) - ", "MADRID (EFE). ",
]
TOP_CREDITS = [
    "By Staff Writers and Wire Services", "From our partners at the {outlet} newsroom",
    "Quelle: dpa/AFP", "This story was originally published by {outlet}.",
    "Von unserer Korrespondentin in Brüssel", "Listen to this article · 4 min",
]
BOTTOM_CREDITS = [
    "Reporting by Jane Doe and Ahmed Karim; Editing by John Roe",
    "© 2025 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission.",
    "This article first appeared on {outlet} and is republished here under a Creative "
    "Commons license.",
    "(dpa/afp/rtr)", "Mit Material von dpa und AFP.",
    "Additional reporting by our correspondents in Erbil and Damascus.",
]
TEASER_TAILS = ["Read the full story at {outlet}.", "Continue reading on {outlet} →",
                "Weiterlesen auf {outlet}", ""]
EARLY_TAILS = ["This is a developing story and will be updated.", "Dieser Artikel wird laufend aktualisiert.",
               "More to follow.", ""]
HEADLINE_PREFIXES = ["UPDATE: ", "Live: ", "Breaking: ", "Eilmeldung: ", ""]


def outlet_boilerplate(name: str, titles: list[str], rng: random.Random) -> str:
    """A long footer, 'most read' list and newsletter prompt one outlet appends to everything."""
    city = rng.choice(["Hamburg", "Leeds", "Johannesburg", "Toronto", "Zürich", "Cleveland"])
    most_read = rng.sample(titles, 8)
    if rng.random() < 0.5:
        parts = [
            f"Sign up for the {name} morning briefing: the day's most important stories, delivered "
            "to your inbox every weekday at 6 a.m. You can unsubscribe at any time, and we will "
            "never share your address with third parties.",
            "Most read",
            *most_read,
            f"© 2025 {name} Media Group. All rights reserved. Reproduction, in whole or in part, "
            f"only with written permission. {name}, 14 Market Street, {city}. Tips? Contact the "
            f"newsroom at newsroom@{name.lower().replace(' ', '')}.example or call us any time.",
        ]
    else:
        parts = [
            f"Abonnieren Sie den {name}-Newsletter: Die wichtigsten Nachrichten des Tages jeden "
            "Morgen um sechs Uhr in Ihrem Postfach. Die Abmeldung ist jederzeit möglich, Ihre "
            "Daten geben wir nicht an Dritte weiter.",
            "Meistgelesen",
            *most_read,
            f"© 2025 {name} Verlagsgesellschaft mbH. Alle Rechte vorbehalten. Vervielfältigung "
            f"nur mit schriftlicher Genehmigung. {name}, Marktstraße 14, {city}. Hinweise an "
            "die Redaktion jederzeit per E-Mail oder Telefon.",
        ]
    return "\n\n".join(parts)


def light_edit(text: str, rng: random.Random, rate: float, vocab: list[str]) -> str:
    """Replace, drop or swap about `rate` of the words, keeping paragraphs."""
    out = []
    for para in text.split("\n\n"):
        words = para.split(" ")
        i = 0
        while i < len(words):
            r = rng.random()
            if r < rate / 3:
                words[i] = rng.choice(vocab)
            elif r < 2 * rate / 3 and len(words) > 3:
                del words[i]
                continue
            elif r < rate and i + 1 < len(words):
                words[i], words[i + 1] = words[i + 1], words[i]
                i += 1
            i += 1
        out.append(" ".join(words))
    return "\n\n".join(out)


def first_paragraphs(paras: list[str], min_words: int, max_paras: int) -> list[str]:
    """Leading paragraphs: at least min_words, and max_paras unless more are needed for that."""
    out: list[str] = []
    for p in paras:
        out.append(p)
        words = sum(len(x.split()) for x in out)
        if words >= min_words and (len(out) >= max_paras or words >= 4 * min_words):
            break
    return out


# ---------------------------------------------------------------- documents and pairs


@dataclass
class Doc:
    id: str
    story: str  # ground truth: the base article it copies
    kind: str
    outlet: str
    title: str
    text: str
    url: str
    order: float = 0.0


@dataclass
class Corpus:
    docs: list[Doc] = field(default_factory=list)
    positives: list[tuple[str, str, str]] = field(default_factory=list)  # (first, second, kind)
    negatives: list[tuple[str, str, str]] = field(default_factory=list)


def _grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def load_articles(fundus: Path, min_words: int = 60) -> list[dict]:
    """Real article texts with enough words, without the pages Fundus saved twice."""
    data = json.loads((fundus / "ground-truth.json").read_text(encoding="utf-8"))
    out: list[dict] = []
    seen: list[set] = []
    for key, rec in sorted(data.items()):
        body = (rec.get("articleBody") or "").strip()
        if len(body.split()) < min_words:
            continue
        grams = _grams(body)
        if any(len(grams & other) >= 0.3 * min(len(grams), len(other)) for other in seen):
            continue  # the same article under two parser versions: not a distinct pair
        seen.append(grams)
        out.append({"key": key, "text": body, "title": rec.get("title") or "",
                    "publisher": rec.get("publisher") or key})
    return out


def _add_negatives(corpus: Corpus, articles: list[dict], by_outlet: dict[str, list[Doc]], boiler: dict[str, str],
                   outlets: list[str], rng: random.Random) -> None:
    """Pairs that must stay apart (and the short leads with boilerplate that must join their original)."""
    # Different articles from one outlet, both carrying its boilerplate: whole and short.
    for outlet, docs in sorted(by_outlet.items()):
        for a, b in itertools.combinations(docs, 2):
            corpus.negatives.append((a.id, b.id, "same_outlet"))
    shorts: dict[str, list[Doc]] = defaultdict(list)
    for art in articles:
        outlet = rng.choice(outlets)
        paras = [p for p in art["text"].split("\n\n") if p.strip()]
        lead = first_paragraphs(paras, 25, rng.choice([1, 2]))
        doc = Doc(f"{art['key']}#short", art["key"], "short", outlet, art["title"],
                  "\n\n".join(lead) + "\n\n" + boiler[outlet],
                  f"https://{outlet.lower().replace(' ', '')}.example/{art['key'].replace('/', '-')}-short",
                  rng.random() * 10 * len(articles))
        corpus.docs.append(doc)
        shorts[outlet].append(doc)
        corpus.positives.append((doc.id, f"{art['key']}#original", "short_with_boilerplate"))
    for outlet, docs in sorted(shorts.items()):
        for a, b in itertools.combinations(docs, 2):
            corpus.negatives.append((a.id, b.id, "same_outlet_short"))
    # Different articles of one real publisher, and random different articles.
    by_pub: dict[str, list[str]] = defaultdict(list)
    for art in articles:
        by_pub[art["publisher"]].append(art["key"])
    for keys in by_pub.values():
        for a, b in itertools.combinations(keys, 2):
            corpus.negatives.append((f"{a}#original", f"{b}#original", "same_publisher"))
    keys = [a["key"] for a in articles]
    for _ in range(2000):
        a, b = rng.sample(keys, 2)
        corpus.negatives.append((f"{a}#{rng.choice(['original', 'teaser', 'syndicated'])}",
                                 f"{b}#{rng.choice(['original', 'teaser', 'early'])}", "random"))


def build_corpus(articles: list[dict], seed: int) -> Corpus:
    """Variants of every article, at synthetic outlets with their own boilerplate."""
    rng = random.Random(seed)
    titles = [a["title"] for a in articles if a["title"]]
    vocab = sorted({w for a in articles for w in a["text"].split() if w.isalpha() and len(w) > 3})
    outlets = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
    boiler = {o: outlet_boilerplate(o, titles, random.Random(f"{seed}/{o}")) for o in outlets}
    corpus = Corpus()
    by_outlet: dict[str, list[Doc]] = defaultdict(list)

    def make(story: str, kind: str, outlet: str, title: str, text: str, order: float,
             with_boiler: bool) -> Doc:
        if with_boiler:
            text = text + "\n\n" + boiler[outlet]
        doc = Doc(f"{story}#{kind}", story, kind, outlet, title, text,
                  f"https://{outlet.lower().replace(' ', '')}.example/{story.replace('/', '-')}-{kind}", order)
        corpus.docs.append(doc)
        return doc

    for n, art in enumerate(articles):
        paras = [p for p in art["text"].split("\n\n") if p.strip()]
        story = art["key"]
        home, other = rng.sample(outlets, 2)
        t0 = n * 10.0
        orig = make(story, "original", home, art["title"], art["text"], t0 + 1, rng.random() < 0.5)
        by_outlet[home].append(orig)
        variants: list[Doc] = []

        dateline = rng.choice(DATELINES)
        synd = [rng.choice(TOP_CREDITS).format(outlet=home)] if rng.random() < 0.5 else []
        synd += [dateline + paras[0], *paras[1:], rng.choice(BOTTOM_CREDITS).format(outlet=home)]
        variants.append(make(story, "syndicated", other, art["title"], "\n\n".join(synd),
                             t0 + 2, rng.random() < 0.5))

        lead = first_paragraphs(paras, 30, rng.choice([1, 2, 3]))
        tail = rng.choice(TEASER_TAILS).format(outlet=home)
        variants.append(make(story, "teaser", rng.choice(outlets), art["title"],
                             "\n\n".join(lead + ([tail] if tail else [])), t0 + 3, rng.random() < 0.3))

        if len(paras) >= 3:
            k = max(1, int(len(paras) * rng.uniform(0.25, 0.6)))
            early = first_paragraphs(paras, 40, 99)
            early = paras[:max(k, len(early))]
            early_text = light_edit("\n\n".join(early), rng, 0.02, vocab)
            tail = rng.choice(EARLY_TAILS)
            variants.append(make(story, "early", home, art["title"],
                                 early_text + ("\n\n" + tail if tail else ""), t0 + 0.5,
                                 orig.text != art["text"]))

        variants.append(make(story, "headline", home,
                             rng.choice(HEADLINE_PREFIXES) + light_edit(art["title"], rng, 0.3, vocab),
                             light_edit(art["text"], rng, 0.01, vocab), t0 + 4, rng.random() < 0.5))

        kept = [p for i, p in enumerate(paras) if i == 0 or rng.random() > 0.1]
        variants.append(make(story, "edited", rng.choice(outlets), art["title"],
                             light_edit("\n\n".join(kept), rng, 0.05, vocab), t0 + 5, rng.random() < 0.5))

        for v in variants:
            first, second = (v, orig) if v.order < orig.order else (orig, v)
            corpus.positives.append((first.id, second.id, v.kind))

    _add_negatives(corpus, articles, by_outlet, boiler, outlets, rng)
    ids = {d.id for d in corpus.docs}
    corpus.negatives = [p for p in corpus.negatives if p[0] in ids and p[1] in ids]
    return corpus


# ---------------------------------------------------------------- measurements


def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def cold_pairs(corpus: Corpus) -> None:
    """Each pair alone: add the first, ask for the second (no boilerplate statistics)."""
    docs = {d.id: d for d in corpus.docs}
    sigs = {d.id: signature(d.text, title=d.title) for d in corpus.docs}
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    misses, false = [], []
    for pairs, positive in ((corpus.positives, True), (corpus.negatives, False)):
        for a, b, kind in pairs:
            index = StoryIndex()
            index.add(a, docs[a].story, sigs[a])
            hit = index.find_story(sigs[b]) is not None
            per_kind[kind][0] += hit
            per_kind[kind][1] += 1
            if positive:
                tp += hit
                fn += not hit
                if not hit:
                    misses.append((a, b))
            else:
                fp += hit
                if hit:
                    false.append((a, b))
    p, r = pr(tp, fp, fn)
    print(f"cold pairs: {len(corpus.positives)} near-duplicate, {len(corpus.negatives)} distinct")
    print(f"  precision {p:.4f}  recall {r:.4f}  (tp {tp}, fp {fp}, fn {fn})")
    for kind, (hits, total) in sorted(per_kind.items()):
        print(f"    {kind:24s} matched {hits:5d}/{total:5d}")
    if os.environ.get("BENCH_VERBOSE"):
        print("  misses:", misses[:15])
        print("  false:", false[:15])


def stream(corpus: Corpus) -> None:
    """All documents in arrival order through assign_stories; pairwise over stories."""
    docs = sorted(corpus.docs, key=lambda d: d.order)
    records = [{"id": d.id, "url": d.url, "title": d.title, "text": d.text, "published": None}
               for d in docs]
    start = time.process_time()
    out = list(assign_stories(records))
    elapsed = time.process_time() - start
    truth = {d.id: d.story for d in docs}
    pred = {o["id"]: o["story_id"] for o in out}
    pairs_true, pairs_pred = set(), set()
    for groups, dest in ((truth, pairs_true), (pred, pairs_pred)):
        members: dict[str, list[str]] = defaultdict(list)
        for doc_id, story in groups.items():
            members[story].append(doc_id)
        for ids in members.values():
            dest.update(itertools.combinations(sorted(ids), 2))
    tp = len(pairs_true & pairs_pred)
    p, r = pr(tp, len(pairs_pred) - tp, len(pairs_true) - tp)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_id = {d.id: d for d in docs}
    for o in out:
        d = by_id[o["id"]]
        kinds[d.kind][0] += pred[d.id] == pred.get(f"{d.story}#original")
        kinds[d.kind][1] += 1
    print(f"stream: {len(docs)} documents, {len(set(truth.values()))} true stories, "
          f"{len(set(pred.values()))} predicted; {len(docs) / elapsed:.0f} docs/s end to end")
    print(f"  pairwise precision {p:.4f}  recall {r:.4f}  (true pairs {len(pairs_true)}, "
          f"predicted {len(pairs_pred)})")
    for kind, (same, total) in sorted(kinds.items()):
        print(f"    {kind:24s} in the original's story {same:4d}/{total:4d}")


def synthetic_texts(articles: list[dict], n: int, seed: int):
    """n distinct-looking documents recombined from the real sentences and words."""
    sentences = [s.split(" ") for a in articles
                 for s in re.split(r"(?<=[.!?。])\s+", a["text"].replace("\n\n", " "))
                 if len(s.split()) >= 4]
    lengths = [min(len([p for p in a["text"].split("\n\n") if p.strip()]), 40) for a in articles]
    vocab = sorted({w for a in articles for w in a["text"].split() if w.isalpha()})
    rng = random.Random(seed)
    for i in range(n):
        paras = []
        for _ in range(rng.choice(lengths)):
            words = [w for s in rng.choices(sentences, k=rng.randint(1, 3)) for w in s]
            # one word in six replaced, so that no two documents share much
            for j, w in zip(range(rng.randrange(6), len(words), 6), rng.choices(vocab, k=len(words) // 6 + 1)):
                words[j] = w
            paras.append(" ".join(words))
        yield f"syn{i}", "\n\n".join(paras)


def rss() -> int:
    import psutil
    return psutil.Process().memory_info().rss


def scale(articles: list[dict], n: int, seed: int) -> None:
    """Throughput and index memory at n documents (one core; RSS delta of the index)."""
    gc.collect()
    texts = list(synthetic_texts(articles, min(n, 2000), seed))  # warm caches, measure text cost
    index = StoryIndex()
    base = rss()
    t_sig = t_find = t_add = 0.0
    merged = 0
    words = 0
    tail_from, t_tail = n - max(1, n // 10), 0.0  # the last tenth: what a query costs at full size
    for i, (doc_id, text) in enumerate(synthetic_texts(articles, n, seed + 1)):
        words += len(text.split())
        t0 = time.process_time()
        sig = signature(text)
        t1 = time.process_time()
        found = index.find_story(sig)
        t2 = time.process_time()
        index.add(doc_id, found[0] if found else doc_id, sig)
        t3 = time.process_time()
        merged += found is not None
        t_sig += t1 - t0
        t_find += t2 - t1
        t_add += t3 - t2
        if i >= tail_from:
            t_tail += t3 - t0
    gc.collect()
    grown = rss() - base
    total = t_sig + t_find + t_add
    del texts
    print(f"scale: {n} synthetic documents (mean {words / n:.0f} words), one core, CPU time")
    print(f"  signature {n / t_sig:.0f} docs/s, find_story {n / t_find:.0f} docs/s, "
          f"add {n / t_add:.0f} docs/s; signature+find+add {n / total:.0f} docs/s")
    print(f"  at the last {n - tail_from} documents (index nearly full): signature+find+add "
          f"{(n - tail_from) / t_tail:.0f} docs/s")
    print(f"  index memory (RSS delta while building): {grown / 2**20:.0f} MB "
          f"({grown / n:.0f} bytes/doc); stored signatures {index.signature_bytes() / 2**20:.0f} MB")
    print(f"  synthetic documents matched to an earlier one: {merged} ({merged / n:.2%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fundus", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "fundus")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    articles = load_articles(args.fundus)
    corpus = build_corpus(articles, args.seed)
    print(f"fundus: {len(articles)} articles with >= 60 words from {args.fundus}")
    cold_pairs(corpus)
    stream(corpus)
    if not args.skip_scale:
        scale(articles, args.docs, args.seed)


if __name__ == "__main__":
    main()
