"""Story dedup: canonical URLs, exact hashes, near-duplicates and the JSONL contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.dedup.stories import StoryIndex, assign_stories, canonical_url, content_hash, signature

ROOT = Path(__file__).resolve().parent.parent

# Short articles written for these tests (not copied from anywhere).
STRIKE = [
    "Three drones targeted the Ain al-Asad air base in western Iraq late on Sunday night, "
    "according to two security officials who spoke on condition of anonymity.",
    "The officials said air defences intercepted two of the drones while a third struck an "
    "empty hangar near the northern perimeter, causing a fire that burned for about an hour.",
    "No casualties were reported. A spokesman for the coalition said an assessment of the "
    "damage was under way and that operations at the base had not been interrupted.",
    "A group calling itself the Islamic Resistance in Iraq claimed responsibility in a short "
    "statement posted on a messaging channel, saying the attack answered recent air strikes.",
    "It was the fourth attack on the installation this month. In the previous incident, two "
    "rockets landed outside the fence without causing damage, the officials said.",
]
HARBOUR = [
    "The city council voted on Tuesday to spend twelve million on repairs to the old harbour "
    "wall, which was damaged by storms last winter and has been closed to walkers since March.",
    "Engineers told councillors that the repairs would take at least eighteen months and that "
    "part of the promenade would stay closed while cranes worked from barges offshore.",
    "Shop owners along the seafront welcomed the decision but asked for help with lost trade, "
    "saying the closure had cut the number of visitors by almost a third this summer.",
    "The mayor said a fund for affected businesses would be discussed at the next meeting.",
]
ELECTION = [
    "Turnout in the regional election reached its highest level in two decades, the electoral "
    "commission said on Monday, with queues outside polling stations well into the evening.",
    "Preliminary results gave the governing coalition a narrow lead, but officials cautioned "
    "that ballots from remote districts would not be counted before the end of the week.",
    "Opposition leaders accepted the early figures and called on their supporters to wait "
    "calmly for the final count, which observers described as orderly so far.",
]
# One outlet's boilerplate, long enough to outweigh a short article.
BOILERPLATE = [
    "Sign up for the Evening Ledger newsletter: the day's most important stories delivered to "
    "your inbox every weekday at six, and you can unsubscribe at any time you like.",
    "Most read",
    "Council approves new cycle lanes along the river after years of debate and delays",
    "Local bakery wins national award for its sourdough and plans a second shop in town",
    "Police appeal for witnesses after a collision on the ring road on Friday evening",
    "School inspectors praise teaching at the academy but warn about crumbling buildings",
    "© 2025 Evening Ledger Media. All rights reserved. Reproduction in whole or in part "
    "without written permission is prohibited. Contact the newsroom with tips at any hour.",
]


def text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def same_story(first: str, second: str, index: StoryIndex | None = None) -> bool:
    """True when `second` joins the story of `first` in an index holding `first`."""
    index = index if index is not None else StoryIndex()
    index.add("first", "story-1", signature(first))
    return index.find_story(signature(second)) == ("story-1", "first")


# ---------------------------------------------------------------- canonical URLs


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/news/story", "https://example.com/news/story"),
    ("HTTP://WWW.Example.COM/news/story", "https://example.com/news/story"),
    ("https://example.com/news/story/", "https://example.com/news/story"),
    ("https://example.com/news/story#comments", "https://example.com/news/story"),
    ("https://example.com:443/news/story", "https://example.com/news/story"),
    ("http://example.com:80/news/story", "https://example.com/news/story"),
    ("https://example.com/news/story?utm_source=twitter&utm_medium=social",
     "https://example.com/news/story"),
    ("https://example.com/news/story?fbclid=IwAR0abc", "https://example.com/news/story"),
    ("https://example.com/news/story?gclid=xyz&id=7", "https://example.com/news/story?id=7"),
    ("https://example.com/news/story?b=2&a=1", "https://example.com/news/story?a=1&b=2"),
    ("https://amp.example.com/news/story", "https://example.com/news/story"),
    ("https://m.example.com/news/story", "https://example.com/news/story"),
    ("https://mobile.example.co.uk/news/story", "https://example.co.uk/news/story"),
    ("https://example.com/news/story/amp", "https://example.com/news/story"),
    ("https://example.com/amp/news/story", "https://example.com/news/story"),
    ("https://example.com/news/story?amp", "https://example.com/news/story"),
    ("https://example.com/news/story?amp=1", "https://example.com/news/story"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://example.com/news/story?outputType=amp", "https://example.com/news/story"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com:8080/a/", "https://example.com:8080/a"),
])
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_keeps_what_selects_the_article() -> None:
    assert canonical_url("https://example.com/article?id=1") != canonical_url("https://example.com/article?id=2")
    assert canonical_url("https://example.com/news/Story") != canonical_url("https://example.com/news/story")
    assert canonical_url("https://m.co/x") == "https://m.co/x"  # a two-label host is not a mobile prefix


# ---------------------------------------------------------------- exact hash


def test_content_hash_ignores_whitespace_case_and_punctuation() -> None:
    a = text(*STRIKE)
    b = "  " + a.upper().replace(",", "").replace("\n\n", "\n") + " !"
    assert content_hash(a) == content_hash(b)
    assert len(content_hash(a)) == 32 and int(content_hash(a), 16) >= 0


def test_content_hash_sees_word_changes() -> None:
    a = text(*STRIKE)
    assert content_hash(a) != content_hash(a.replace("Three drones", "Four drones"))
    assert content_hash("hello world") != content_hash("world hello")


# ---------------------------------------------------------------- near duplicates


def test_exact_copy_is_same_story() -> None:
    assert same_story(text(*STRIKE), text(*STRIKE))


def test_syndicated_copy_with_dateline_and_credits() -> None:
    copy = text(
        "By Staff Writers and Wire Services",
        "BAGHDAD (Reuters) — " + STRIKE[0],
        *STRIKE[1:],
        "Reporting by Jane Doe in Baghdad; Editing by John Roe",
    )
    assert same_story(text(*STRIKE), copy)


def test_teaser_of_first_paragraphs() -> None:
    teaser = text(STRIKE[0], STRIKE[1], "Read the full story on our website.")
    assert same_story(text(*STRIKE), teaser)
    assert same_story(teaser, text(*STRIKE))  # order does not matter


def test_early_short_version_of_a_developing_story() -> None:
    early = text(STRIKE[0].replace("late on Sunday night", "on Sunday"),
                 "This is a developing story and will be updated.")
    assert same_story(early, text(*STRIKE))


def test_light_edits_still_match() -> None:
    edited = text(*STRIKE).replace("Three drones", "Three explosive-laden drones").replace(
        "about an hour", "nearly an hour").replace("No casualties were reported.", "Nobody was hurt.")
    assert same_story(text(*STRIKE), edited)


def test_different_articles_do_not_match() -> None:
    assert not same_story(text(*STRIKE), text(*HARBOUR))
    assert not same_story(text(*HARBOUR), text(*ELECTION))


def test_different_articles_sharing_long_boilerplate_stay_apart() -> None:
    # Short articles whose outlet boilerplate is longer than the articles themselves.
    a = text(HARBOUR[0], *BOILERPLATE)
    b = text(ELECTION[0], *BOILERPLATE)
    assert not same_story(a, b)
    assert not same_story(text(*HARBOUR, *BOILERPLATE), text(*ELECTION, *BOILERPLATE))


def test_boilerplate_seen_in_other_stories_is_ignored() -> None:
    # Once the outlet's boilerplate recurs across stories, a teaser that carries a different
    # outlet's boilerplate still finds its story.
    index = StoryIndex()
    index.add("h", "story-h", signature(text(*HARBOUR, *BOILERPLATE)))
    index.add("e", "story-e", signature(text(*ELECTION, *BOILERPLATE)))
    index.add("s", "story-s", signature(text(*STRIKE)))
    teaser = text(STRIKE[0], *BOILERPLATE)
    assert index.find_story(signature(teaser)) == ("story-s", "s")
    other = text(HARBOUR[2], *BOILERPLATE)  # a new article from that outlet: not a copy
    assert index.find_story(signature(other)) in (None, ("story-h", "h"))
    assert index.find_story(signature(text(ELECTION[2], *BOILERPLATE))) in (None, ("story-e", "e"))


def test_leading_boilerplate_stops_counting_once_it_recurs() -> None:
    # A newsletter prompt above every article of an outlet: after two stories carry it,
    # a third article that opens with it is not taken for a teaser of either.
    prompt = BOILERPLATE[0]
    index = StoryIndex()
    index.add("h", "story-h", signature(text(prompt, *HARBOUR)))
    index.add("e", "story-e", signature(text(prompt, *ELECTION)))
    assert index.find_story(signature(text(prompt, STRIKE[0]))) is None
    assert index.find_story(signature(text(prompt, HARBOUR[0], HARBOUR[1]))) == ("story-h", "h")


def test_too_short_to_judge() -> None:
    assert not same_story(text(*STRIKE), "Drones targeted the base.")


def test_index_len_and_empty_text() -> None:
    index = StoryIndex()
    assert len(index) == 0
    index.add("a", "s", signature(""))
    index.add("b", "s", signature(text(*STRIKE)))
    assert len(index) == 2
    assert index.find_story(signature("")) is None


# ---------------------------------------------------------------- signatures


def test_signature_is_bytes_and_round_trips_through_storage() -> None:
    sig = signature(text(*STRIKE), title="Drones hit Ain al-Asad")
    assert isinstance(sig, bytes)
    stored = bytes(bytearray(sig))  # what a database column hands back
    index = StoryIndex()
    index.add("a", "story-a", stored)
    assert index.find_story(signature(text(*STRIKE[:2]))) == ("story-a", "a")


def test_rebuilt_index_gives_the_same_answers() -> None:
    docs = [("h", text(*HARBOUR, *BOILERPLATE)), ("e", text(*ELECTION, *BOILERPLATE)), ("s", text(*STRIKE))]
    first, rebuilt = StoryIndex(), StoryIndex()
    stored = []
    for doc_id, body in docs:
        sig = signature(body)
        first.add(doc_id, doc_id, sig)
        stored.append((doc_id, sig))
    for doc_id, sig in stored:
        rebuilt.add(doc_id, doc_id, sig)
    for query in (text(STRIKE[0], *BOILERPLATE), text(*HARBOUR[:2]), text(HARBOUR[3], *BOILERPLATE)):
        assert first.find_story(signature(query)) == rebuilt.find_story(signature(query))


def test_signature_is_deterministic_across_processes() -> None:
    body = text(*STRIKE, "Arabic: هاجمت طائرات مسيرة قاعدة عين الأسد", "日本語の記事です")
    code = (
        "import sys; from pipelines.dedup.stories import signature, content_hash;"
        "body = sys.stdin.read();"
        "sys.stdout.write(signature(body, title='t').hex() + ' ' + content_hash(body))"
    )
    outs = set()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", code], input=body, capture_output=True, text=True, cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=True, encoding="utf-8",
        )
        outs.add(result.stdout)
    assert len(outs) == 1
    assert outs.pop() == signature(body, title="t").hex() + " " + content_hash(body)


def test_title_counts_only_when_text_is_too_short() -> None:
    assert signature(text(*STRIKE), title="One headline") == signature(text(*STRIKE), title="Another")
    assert signature("", title="Drones hit the base") != signature("", title="Council approves harbour repairs")


# ---------------------------------------------------------------- assign_stories contract


def test_assign_stories_contract() -> None:
    records = [
        {"id": "1", "url": "https://example.com/strike", "title": "Drones hit base", "text": text(*STRIKE),
         "published": "2025-01-05T22:00:00Z"},
        {"id": "2", "url": "https://m.example.com/strike/?utm_source=x", "title": "Drones hit base",
         "text": "", "published": None},
        {"id": "3", "url": "https://other.example/copy", "title": "Base attacked",
         "text": text(*STRIKE).upper(), "published": None},
        {"id": "4", "url": "https://third.example/t", "title": "Drones",
         "text": text(STRIKE[0], STRIKE[1], "Read more at example.com"), "published": None},
        {"id": "5", "url": "https://example.com/harbour", "title": "Harbour", "text": text(*HARBOUR),
         "published": None},
        {"id": 6, "url": None, "title": None, "text": None, "published": None},
    ]
    out = list(assign_stories(iter(records)))
    assert [o["id"] for o in out] == ["1", "2", "3", "4", "5", 6]
    assert all(set(o) == {"id", "story_id", "duplicate_of"} for o in out)
    assert out[0] == {"id": "1", "story_id": "1", "duplicate_of": None}
    assert out[1] == {"id": "2", "story_id": "1", "duplicate_of": "1"}  # same canonical URL
    assert out[2] == {"id": "3", "story_id": "1", "duplicate_of": "1"}  # same words
    assert out[3]["story_id"] == "1" and out[3]["duplicate_of"] in {"1", "3"}  # teaser
    assert out[4] == {"id": "5", "story_id": "5", "duplicate_of": None}
    assert out[5] == {"id": 6, "story_id": 6, "duplicate_of": None}  # ids keep their JSON type


def test_assign_stories_keeps_boilerplate_sharing_articles_apart() -> None:
    records = [
        {"id": f"d{i}", "url": f"https://ledger.example/{i}", "title": None,
         "text": text(body, *BOILERPLATE), "published": None}
        for i, body in enumerate([HARBOUR[0], ELECTION[0], STRIKE[0], HARBOUR[2], ELECTION[2]])
    ]
    out = list(assign_stories(records))
    assert [o["story_id"] for o in out] == [r["id"] for r in records]
    assert all(o["duplicate_of"] is None for o in out)


# ---------------------------------------------------------------- index internals


def test_small_array_helpers_agree_with_numpy() -> None:
    import numpy as np

    from pipelines.dedup.arrays import count_unique, has, member, shared_counts, sorted_unique, unique_counts

    rng = np.random.default_rng(5)
    for size in (0, 1, 2, 7, 300):
        values = rng.integers(0, 40, size).astype(np.uint32)
        probe = rng.integers(0, 60, 50).astype(np.uint32)
        uniq = np.unique(values)
        assert np.array_equal(sorted_unique(values), uniq)
        assert count_unique(values) == len(uniq)
        assert np.array_equal(member(uniq, probe), np.isin(probe, values))
        assert has(uniq, np.uint32(3)) == (3 in values.tolist())
        u, c = unique_counts(values)
        assert np.array_equal(u, uniq) and c.tolist() == [int((values == v).sum()) for v in uniq]
        groups = [rng.integers(0, 60, n).astype(np.uint32) for n in (0, 5, 80)]
        theirs, ours = shared_counts(u, c, groups)
        for g, t, o in zip(groups, theirs, ours):
            assert t == int(np.isin(g, values).sum())  # the group's items the values hold
            assert o == int(np.isin(values, g).sum())  # the values' items the group holds


def test_band_table_lookup_across_sorted_runs_and_buffer() -> None:
    import numpy as np

    from pipelines.dedup.lsh import _BUFFER, BandTable

    table, expected = BandTable(), {}
    rng = np.random.default_rng(1)
    docs = 4 * _BUFFER // 16 + 5  # two sorted runs (after merges) plus an unflushed buffer
    for doc in range(docs):
        keys = rng.integers(0, 4 * _BUFFER, 16).astype(np.uint64)
        table.insert(keys, doc)
        for k in keys.tolist():
            expected.setdefault(k, []).append(doc)
    assert len(table) == 16 * docs and len(table._runs) > 1 and table._buf
    probe = rng.integers(0, 4 * _BUFFER, 64).astype(np.uint64)
    want = sorted(d for k in probe.tolist() for d in expected.get(k, ()))
    assert sorted(table.lookup(probe).tolist()) == want


def test_skipping_implausible_candidates_changes_no_answer(monkeypatch) -> None:
    paragraphs = STRIKE + HARBOUR + ELECTION
    bodies = [text(*paragraphs[i:i + n]) for n in (1, 2, 3, 5) for i in range(len(paragraphs) - n + 1)]
    bodies += [text(b, *BOILERPLATE) for b in bodies[::3]] + [text(BOILERPLATE[0], b) for b in bodies[::4]]

    def answers() -> list:
        index, out = StoryIndex(), []
        for i, body in enumerate(bodies):
            sig = signature(body)
            found = index.find_story(sig)
            out.append(found)
            index.add(str(i), found[0] if found else str(i), sig)
        return out

    with_filter = answers()
    monkeypatch.setattr(StoryIndex, "_min_shared", lambda self, view: 0)
    assert answers() == with_filter
    assert any(with_filter) and not all(with_filter)


def test_text_keys_agree_with_the_separate_functions() -> None:
    from pipelines.dedup.text import text_keys, word_count

    for body, title in ((text(*STRIKE), "Drones hit Ain al-Asad"), ("Live", "Drones hit the base"), ("", None)):
        assert text_keys(body, title=title) == (word_count(body), content_hash(body), signature(body, title=title))
