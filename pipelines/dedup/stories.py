"""Stories: fold copies of one article (same URL, same text, near-duplicate) together.

Plain functions over records; the Scrapy pipeline and the store call these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipelines.dedup.index import StoryIndex
from pipelines.dedup.text import content_hash, signature, text_keys
from pipelines.dedup.urls import canonical_url

__all__ = ["StoryIndex", "assign_stories", "canonical_url", "content_hash", "signature"]

MIN_HASH_TOKENS = 5  # shorter texts ("Live", "Photos") say nothing about being a copy


def assign_stories(records: Iterable[dict], *, index: StoryIndex | None = None) -> Iterator[dict]:
    """Give each record, in arrival order, its story and the earlier record it copies."""
    index = index if index is not None else StoryIndex()
    by_url: dict[str, tuple[str, str]] = {}
    by_hash: dict[str, tuple[str, str]] = {}
    given: dict[str, object] = {}  # ids as the input spelled them (a story id is a record id)
    for rec in records:
        doc_id = str(rec["id"])
        given.setdefault(doc_id, rec["id"])
        text = rec.get("text") or ""
        title = rec.get("title") or None
        url = canonical_url(rec.get("url") or "")
        words, digest, sig = text_keys(text, title=title)
        digest = digest if words >= MIN_HASH_TOKENS else ""

        match = by_url.get(url) if url else None
        if match is None and digest:
            match = by_hash.get(digest)
        if match is None:
            found = index.find_story(sig, text=text)
            match = (found[0], found[1]) if found else None
        story_id, duplicate_of = (match if match else (doc_id, None))

        if url:
            by_url.setdefault(url, (story_id, doc_id))
        if digest:
            by_hash.setdefault(digest, (story_id, doc_id))
        index.add(doc_id, story_id, sig, text=text)
        yield {"id": rec["id"], "story_id": given.get(story_id, story_id),
               "duplicate_of": None if duplicate_of is None else given.get(duplicate_of, duplicate_of)}
