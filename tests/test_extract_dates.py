"""Date reading: odd offsets and zone names to UTC, and nothing after the fetch."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.extract.article import extract
from pipelines.dates import parse_datetime
from pipelines.extract.dates import first_plausible, plausible, title_stamp

FETCH = datetime(2024, 10, 12, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("raw, expected", [
    ("2024-03-10T23:30:00-09:30", datetime(2024, 3, 11, 9, 0, tzinfo=timezone.utc)),
    ("2024-03-10T23:30:00-0930", datetime(2024, 3, 11, 9, 0, tzinfo=timezone.utc)),
    ("2024-11-03T14:05:00+05:45", datetime(2024, 11, 3, 8, 20, tzinfo=timezone.utc)),
    ("2024-06-01T10:00:00Z", datetime(2024, 6, 1, 10, 0, tzinfo=timezone.utc)),
    ("Sat, 12 Oct 2024 10:00:00 CEST", datetime(2024, 10, 12, 8, 0, tzinfo=timezone.utc)),
    ("2024-10-12 10:00 IRST", datetime(2024, 10, 12, 6, 30, tzinfo=timezone.utc)),
    ("2024-05-02", datetime(2024, 5, 2, tzinfo=timezone.utc)),
    (1700000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)),
])
def test_parse_to_utc(raw, expected):
    parsed = parse_datetime(raw)
    assert parsed == expected
    assert parsed.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("raw", ["", "yesterday-ish", "not a date", None, [], "9" * 200])
def test_unparseable_is_none(raw):
    assert parse_datetime(raw) is None


def test_far_future_rejected_and_next_candidate_used():
    assert first_plausible(["2031-01-01T00:00:00Z", "2024-10-01T08:00:00Z"], FETCH) == datetime(
        2024, 10, 1, 8, 0, tzinfo=timezone.utc)


def test_slightly_ahead_clamped_to_fetch():
    assert plausible(datetime(2024, 10, 12, 15, 0, tzinfo=timezone.utc), FETCH) == FETCH


def test_before_the_web_rejected():
    assert plausible(datetime(1970, 1, 1, tzinfo=timezone.utc), FETCH) is None


@pytest.mark.parametrize("title, expected", [
    ("Floods close the valley road | Courier | 05.03.2024", datetime(2024, 3, 5, tzinfo=timezone.utc)),
    ("Floods close the valley road - 2024-03-05", datetime(2024, 3, 5, tzinfo=timezone.utc)),
    ("Floods close the valley road | 31.02.2024", None),  # no such day
    ("Opening hours from 05.03.2024", None),  # a date inside the headline is not a stamp
    ("Floods close the valley road", None),
    (None, None),
])
def test_title_stamp(title, expected):
    assert title_stamp(title) == expected


def test_title_stamp_dates_a_page_whose_teasers_carry_other_dates():
    page = """<html><head><title>Floods close the valley road | Region | Courier | 05.03.2024</title>
    <meta property="og:title" content="Floods close the valley road | Courier | 05.03.2024"></head><body>
    <article><h1>Floods close the valley road</h1>
    <p>The road between the two villages stayed closed on Tuesday after the river rose over its banks overnight.</p>
    <p>Crews expect to clear the mud by the weekend, the county said, and a detour runs over the northern bridge.</p>
    </article><aside><h2>Council <span class="date">01.03.2024</span></h2><p>An older story.</p></aside>
    </body></html>"""
    result = extract(page, "https://courier.example/floods", fetched_at=FETCH)
    assert result.published == datetime(2024, 3, 5, tzinfo=timezone.utc)


def test_sitemaps_read_dates_with_the_same_parser_as_pages():
    """One date parser: a news sitemap that writes its time as pages do (zone name, no ISO) still dates the entry."""
    from pipelines.sources.sitemaps import parse_sitemap

    sitemap = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://desk.example/c</loc>'
               b'<news:news><news:publication_date>12 Oct 2024 10:00 CEST</news:publication_date></news:news>'
               b'</url></urlset>')
    assert [entry.published for entry in parse_sitemap(sitemap).entries] == [
        datetime(2024, 10, 12, 8, 0, tzinfo=timezone.utc)]


ARCHIVE_PAGE = """<html><head><title>Ferry timetable changes</title></head><body><article>
<h1>Ferry timetable changes</h1>
<p>The island ferry will leave half an hour earlier on weekdays from next month, the operator said.</p>
<p>Weekend crossings keep their times, and the night boat runs on Fridays only until the spring.</p>
</article></body></html>"""
ARCHIVE_URL = "https://islands.example/2024/03/04/ferry-timetable.html"


def test_the_date_search_can_be_skipped_when_the_caller_has_the_date():
    # The page's only date is in its address, which only htmldate's search reads.
    assert extract(ARCHIVE_PAGE, ARCHIVE_URL, fetched_at=FETCH).published == datetime(2024, 3, 4, tzinfo=timezone.utc)
    assert extract(ARCHIVE_PAGE, ARCHIVE_URL, fetched_at=FETCH, search_date=False).published is None
    stated = ARCHIVE_PAGE.replace("</head>", '<meta property="article:published_time" content="2024-03-05T06:00:00Z"></head>')
    assert extract(stated, ARCHIVE_URL, fetched_at=FETCH, search_date=False).published == datetime(
        2024, 3, 5, 6, 0, tzinfo=timezone.utc)  # a date the page states in data is still read
