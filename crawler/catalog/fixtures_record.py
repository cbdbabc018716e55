"""Record a source's feed (or news sitemap, or section page) and first article pages as test fixtures, with URL and fetch time in meta.json.

For operators with internet access. A recording is written to a temporary folder and moved into
place only when complete; an existing recording is never replaced without `force`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from pipelines.sources.sections import section_entries
from crawler.catalog.check import WORKING, Fetched, fetch, judge
from pipelines.sources.sitemaps import SITEMAP_URL_LIMIT, parse_sitemap
from pipelines.config_models import SourceConfig
from pipelines.sources.feeds import parse_feed
from pipelines.netguard import Policy

DEFAULT_OUT = Path("tests/fixtures/sources")


class RecordError(Exception):
    """Nothing could be recorded, or a recording is already there."""


@dataclass(frozen=True)
class Recording:
    directory: Path
    listing_url: str
    pages: int
    failed_pages: int


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _fetch_meta(fetched: Fetched, fetched_at: str, file: str | None) -> dict:
    return {"url": fetched.url, "final_url": fetched.final_url, "status": fetched.status,
            "content_type": fetched.content_type, "fetched_at": fetched_at, "file": file, "error": fetched.error}


def _listing(source: SourceConfig, get,
             telegram_base_url: str = "https://t.me") -> tuple[str, Fetched, str, list[str], list[str], str | None]:
    """The first feed, else news sitemap, else section page, else channel preview that answers with entries.

    Returns kind, fetch, fetch time, article URLs, the failures before it, and the section's pattern.
    A channel preview has no article URLs: its messages are the articles.
    """
    from pipelines.sources.telegram import preview_url

    failures = []
    channel = [SimpleNamespace(url=preview_url(source.channel, base=telegram_base_url))] if source.channel else []
    for kind, items in (("feed", source.feeds), ("sitemap", source.sitemaps), ("section", source.sections),
                        ("channel", channel)):
        for item in items:
            pattern = getattr(item, "article_pattern", None)
            fetched_at = _now()
            fetched = get(item.url)
            check = judge(source.id, kind, fetched, article_pattern=pattern)
            if check.verdict not in WORKING:
                failures.append(f"{item.url}: {check.verdict}" + (f" ({check.note})" if check.note else ""))
                continue
            if kind == "feed":
                urls = [e.url for e in parse_feed(fetched.body, content_type=fetched.content_type).entries]
            elif kind == "sitemap":
                urls = list(parse_sitemap(fetched.body, max_entries=SITEMAP_URL_LIMIT).locs)
            elif kind == "channel":
                urls = []
            else:
                urls = [e.url for e in section_entries(fetched.body, fetched.final_url, pattern or ".",
                                                       max_links=item.max_links)]
            return kind, fetched, fetched_at, urls, failures, pattern
    reasons = "; ".join(failures) or "it has no feeds, sitemaps, section pages or channel"
    raise RecordError(f"source {source.id}: nothing answered with entries: {reasons}")


def record_fixtures(source: SourceConfig, out_dir: str | Path = DEFAULT_OUT, *, pages: int = 3, force: bool = False,
                    user_agent: str, timeout: float = 20.0, max_bytes: int = 10_000_000,
                    allowed_networks: tuple[str, ...] = (), telegram_base_url: str = "https://t.me") -> Recording:
    """Save the listing (feed, sitemap or section page) and its first `pages` articles under out_dir/<source id>/.

    Pages on a private address outside the source's own origins (and the allowed networks) are refused.
    """
    out_dir = Path(out_dir)
    target = out_dir / source.id
    if target.exists() and any(target.iterdir()) and not force:
        raise RecordError(f"{target} already holds a recording; pass --force to replace it")
    policy = Policy.for_source(source, allowed_networks)
    get = lambda url: fetch(url, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes,  # noqa: E731
                            policy=policy, source=source.id)
    kind, listing, listing_at, article_urls, skipped, pattern = _listing(source, get, telegram_base_url)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{source.id}.", dir=out_dir))
    try:
        listing_file = {"feed": "feed.xml", "sitemap": "sitemap.xml", "section": "section.html",
                        "channel": "preview.html"}[kind]
        (work / listing_file).write_bytes(listing.body)
        page_meta, failed = [], 0
        for number, url in enumerate(article_urls[:max(0, pages)], 1):
            fetched_at = _now()
            fetched = get(url)
            file = None
            if fetched.status == 200 and fetched.body:
                file = f"page-{number:02d}.html"
                (work / file).write_bytes(fetched.body)
            else:
                failed += 1
            page_meta.append(_fetch_meta(fetched, fetched_at, file))
        meta = {"source_id": source.id, "recorded_at": _now(), "user_agent": user_agent,
                "listing": {"kind": kind, "entries": len(article_urls), "article_pattern": pattern,
                            **_fetch_meta(listing, listing_at, listing_file)},
                "skipped_listings": skipped, "pages": page_meta}
        (work / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Recording(target, listing.url, len(page_meta) - failed, failed)
