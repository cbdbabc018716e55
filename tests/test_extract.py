"""extract() on hand-written pages: structured data, fallbacks, cleanup, dates, and hostile input."""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipelines.extract.article import extract
from pipelines.extract.html import inline_ruby, parse
from pipelines.records import Extracted

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
FETCHED = datetime(2024, 12, 1, 12, 0, tzinfo=timezone.utc)


def page(name: str) -> bytes:
    """A fixture page's raw bytes, as the crawler would hand them over."""
    return (FIXTURES / name).read_bytes()


def run(name: str, url: str = "https://example.org/story", fetched_at: datetime = FETCHED) -> Extracted:
    """Extract a fixture page."""
    return extract(page(name), url, fetched_at=fetched_at)


# JSON-LD articleBody, when complete, is used (directly or as the check on trafilatura's text).

def test_complete_jsonld_body_keeps_article_and_drops_page_extras():
    result = run("article_jsonld_full.html", "https://courier.example/news/harbour-ferry-returns?utm=x")
    assert "four months in the dry dock" in result.text
    assert "timetable changes for the quiet season" in result.text
    assert "reader competition" not in result.text  # not in the publisher's own articleBody
    assert "monthly donation" not in result.text
    assert result.title == "Harbour ferry returns after winter repairs"
    assert result.author == "Maren Holt"
    assert result.canonical_url == "https://courier.example/news/harbour-ferry-returns"
    assert result.published == datetime(2024, 3, 10, 7, 15, tzinfo=timezone.utc)
    assert result.modified == datetime(2024, 3, 10, 10, 40, tzinfo=timezone.utc)
    assert result.language == "en"


def test_jsonld_body_used_when_page_renders_nothing():
    result = run("article_jsonld_only.html")
    assert result.method == "jsonld"
    assert "stay open until midnight" in result.text
    assert "Loading" not in result.text
    assert result.title == "Library extends opening hours for exam season"


def test_trafilatura_wins_over_a_jsonld_summary():
    result = run("article_summary_jsonld.html")
    assert result.method == "trafilatura"
    assert "four degrees below zero" in result.text
    assert "vineyards further down the valley" in result.text
    assert not result.text.rstrip().endswith("...")


def test_graph_jsonld_article_is_found():
    result = run("article_graph.html", "https://anzeiger.example/radbruecke")
    assert result.title == "Neue Radbrücke über den Kanal eröffnet"
    assert result.author == "Jonas Weber"
    # 22:30 at UTC-4 is 02:30 the next day in UTC.
    assert result.published == datetime(2024, 6, 2, 2, 30, tzinfo=timezone.utc)
    assert result.language == "de"
    assert "Stahlkonstruktion" in result.text


def test_opengraph_title_and_url_when_no_jsonld():
    result = run("article_og_only.html", "https://riverside.example/s?id=9")
    assert result.title == "Volunteers plant a thousand trees along the river"
    assert result.canonical_url == "https://riverside.example/stories/thousand-trees"
    assert result.author == "Priya Sen"
    # +05:45 (Nepal) to UTC.
    assert result.published == datetime(2024, 11, 3, 8, 20, tzinfo=timezone.utc)
    assert result.published.tzinfo == timezone.utc
    assert "willow, alder and ash" in result.text


# Dates are never after the fetch.

def test_date_far_after_fetch_is_rejected():
    early_fetch = datetime(2024, 10, 1, tzinfo=timezone.utc)  # a month before the page's date
    result = run("article_og_only.html", fetched_at=early_fetch)
    assert result.published is None or result.published <= early_fetch


def test_date_slightly_after_fetch_is_clamped_to_fetch():
    fetch = datetime(2024, 11, 3, 6, 0, tzinfo=timezone.utc)  # page says 08:20 UTC, two hours later
    result = run("article_og_only.html", fetched_at=fetch)
    assert result.published == fetch


def test_naive_fetch_time_is_read_as_utc():
    result = run("article_og_only.html", fetched_at=datetime(2024, 12, 1, 12, 0))
    assert result.published == datetime(2024, 11, 3, 8, 20, tzinfo=timezone.utc)


# Page furniture stays out of the text.

def test_share_bars_related_lists_comments_and_prompts_are_removed():
    result = run("article_furniture.html")
    text = result.text
    assert "sleeper train will again run over the mountain line" in text
    assert "add more if demand is high enough" in text
    for leftover in ("Share on Facebook", "Share this article", "Read more", "Cable car closes",
                     "Ticket prices rise", "Related stories", "Sign up for our newsletter",
                     "used to take this train", "far too high for families", "Comments"):
        assert leftover not in text, leftover
    assert not text.startswith("Night trains return")  # the headline is not repeated in the body


# Nothing in, nothing out; and nothing raises.

def test_script_only_page_gives_empty_text(caplog):
    with caplog.at_level(logging.INFO, logger="pipelines.extract.article"):
        result = run("script_only.html")
    assert result.text == ""
    assert result.method == "none"
    assert "no article text" in caplog.text


GARBAGE = {
    "empty": b"",
    "whitespace": b"   \n\t ",
    "random": os.urandom(64 * 1024),
    "nul": b"\x00" * 5000,
    "jpeg-like": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 200,
    "deep-nesting": "<html>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000 + "</html>",
    "one-huge-paragraph": "<p>" + "x" * 3_000_000,
    "lone-surrogate": "\ud800 lone surrogate <p>text</p>",
}


@pytest.mark.parametrize("junk", list(GARBAGE.values()), ids=list(GARBAGE))
def test_garbage_never_raises(junk):
    result = extract(junk, "https://example.org/junk", fetched_at=FETCHED)
    assert isinstance(result, Extracted)


def test_binary_input_is_logged_and_empty(caplog):
    with caplog.at_level(logging.WARNING, logger="pipelines.extract.article"):
        result = extract(os.urandom(32 * 1024), "https://example.org/bin", fetched_at=FETCHED)
    assert result.text == ""
    assert "binary" in caplog.text or "unparseable" in caplog.text


def test_non_page_input_returns_empty():
    assert extract(None, "https://example.org/none").text == ""  # type: ignore[arg-type]


def test_malformed_page_still_yields_text_and_no_date_from_bad_jsonld():
    result = run("malformed.html")
    assert "weekly market again from Saturday" in result.text
    assert result.published is None or result.published <= FETCHED


# Charsets: the bytes win over a declaration that does not fit them.

def test_utf8_bytes_under_a_latin1_declaration():
    result = run("lying_charset_utf8.html")
    assert "Anna Müller" in result.text
    assert result.title == "Müller gewinnt das Rennen"


def test_cp1252_bytes_under_a_utf8_declaration():
    result = run("lying_charset_cp1252.html")
    assert "Anna Müller" in result.text
    assert "\ufffd" not in result.text


def test_str_and_bytes_input_agree():
    raw = page("article_furniture.html")
    assert extract(raw, "https://e.org/a", fetched_at=FETCHED) == extract(raw.decode("utf-8"), "https://e.org/a", fetched_at=FETCHED)


# Languages.

def test_arabic_page_is_arabic():
    result = run("arabic.html")
    assert result.language == "ar"
    assert "مكتبة عامة جديدة" in result.text


def test_persian_page_mislabelled_arabic_is_persian():
    result = run("persian_declared_ar.html")
    assert result.language == "fa"
    assert "پل تاریخی" in result.text


def test_extract_is_fast_enough_to_not_hang_on_a_huge_page():
    huge = "<html><body>" + "<p>Paragraph text that repeats, again and again.</p>" * 20_000 + "</body></html>"
    start = datetime.now()
    extract(huge, "https://example.org/huge", fetched_at=FETCHED)
    assert datetime.now() - start < timedelta(seconds=60)


def test_threads_give_the_same_answers():
    from concurrent.futures import ThreadPoolExecutor

    pages = [path.read_bytes() for path in sorted(FIXTURES.glob("*.html"))]
    alone = [extract(raw, "https://example.org/t", fetched_at=FETCHED) for raw in pages]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda raw: extract(raw, "https://example.org/t", fetched_at=FETCHED), pages * 3))
    assert together == alone * 3


# A second full story loaded under the article (infinite scroll) is not part of it.

def test_next_article_on_the_page_is_left_out():
    result = run("next_article_below.html", "https://riverside.example/news/cycle-lanes")
    assert result.title == "Town council approves new cycle lanes"
    assert "protected cycle lanes along the length of Mill Road" in result.text
    assert "Volunteers spent six weekends" not in result.text
    assert "Library garden" not in result.text


# A JavaScript shell page: the article is only in a script payload, as HTML inside JSON.

def test_article_in_a_next_data_payload_is_read_from_a_shell_page():
    result = run("next_data_shell.html", "https://courier.example/news/ferry")
    assert result.method == "embedded"
    assert result.text.startswith("The river ferry between Oldmill and Kessand returned to service")
    assert "Season tickets bought before the closure" in result.text
    assert "Timetable" in result.text.split("\n")  # the subheading keeps its own line
    assert "Photo: Harbour office" not in result.text  # the caption is not the article
    assert "football cup draw" not in result.text  # the sidebar's teasers are another story, though longer
    assert "Loading" not in result.text


def test_article_in_a_double_encoded_stream_payload_is_read():
    result = run("rsc_stream_shell.html", "https://metro.example/news/trams")
    assert result.method == "embedded"
    lines = result.text.split("\n")
    assert lines[0].startswith("Trams on the eastern line run again from Saturday")
    assert "Replacement buses stop running on Friday night." in lines  # <br> breaks the line
    assert "Passengers with weekly passes will be refunded for the days without service." in lines
    assert "Read more" not in result.text


def _shell(script: str, title: str = "Eastern tram line reopens after depot flood") -> str:
    return f"<html><head><title>{title}</title></head><body><div id='app'></div><script>{script}</script></body></html>"


def test_payload_about_another_story_is_not_taken():
    teasers = "".join(f"<p>Cup draw {i}: supporters of both clubs are travelling north for the replay.</p>" for i in range(10))
    result = extract(_shell("window.__STATE__ = " + json.dumps({"html": teasers})), "https://example.org/t", fetched_at=FETCHED)
    assert result.text == ""
    assert result.method == "none"


def test_rendered_article_wins_over_its_payload():
    raw = page("article_og_only.html").decode("utf-8")
    payload = "".join(f"<p>Payload paragraph {i} says something else about the story.</p>" for i in range(30))
    raw = raw.replace("</body>", "<script>window.__DATA__ = " + json.dumps({"body": payload}) + "</script></body>")
    result = extract(raw, "https://example.org/story", fetched_at=FETCHED)
    assert result.method != "embedded"
    assert "Payload paragraph" not in result.text


HOSTILE_SCRIPTS = {
    "unterminated": 'var a = "<p>one</p><p>two' + "x" * 5000,
    "bad-escapes": 'var a = "' + "<p>tram depot flood \\x41\\q</p>" * 40 + '";',
    "lone-surrogate-escape": 'var a = "' + "<p>tram depot flood \\ud800</p>" * 40 + '";',
    "huge": 'var a = "' + "<p>eastern tram line</p>" * 300_000 + '";',
    "many-quotes": '"' * 200_000,
    "nested-backslashes": 'var a = "' + "\\\\" * 100_000 + '";',
}


@pytest.mark.parametrize("script", list(HOSTILE_SCRIPTS.values()), ids=list(HOSTILE_SCRIPTS))
def test_hostile_payloads_never_raise(script):
    result = extract(_shell(script), "https://example.org/hostile", fetched_at=FETCHED)
    assert isinstance(result, Extracted)
    assert result.title == "Eastern tram line reopens after depot flood"
    result.text.encode("utf-8")  # no lone surrogates reach storage


def test_payload_with_a_lone_surrogate_escape_is_read_without_it():
    script = 'var a = "' + "<p>The eastern tram depot flood \\ud800 is over.</p>" * 40 + '";'
    result = extract(_shell(script), "https://example.org/hostile", fetched_at=FETCHED)
    assert result.method == "embedded"
    assert "The eastern tram depot flood" in result.text
    result.text.encode("utf-8")


def _japanese_page(gloss: str) -> str:
    paragraphs = [
        f"港湾局は２日、<ruby>{gloss}</ruby>\n港と本土を結ぶフェリーの運航を冬の点検の後に再開すると発表した。",
        "点検では船体の塗装と機関の部品交換が行われ、作業は予定より一週間早く終わったという。",
        "地元の漁業組合は、観光客の戻る春までに便数を元に戻すよう港湾局に求めている。",
        "島の小学校に通う子どもたちは、点検の間は本土の親類の家から学校に通っていた。",
        "港湾局によると、来年度には新しい待合所の建設も始まり、二年後に完成する見込みだ。",
        "島には約八百人が暮らし、フェリーは一日四便、通勤や通学、病院への通院、漁港で水揚げされた魚の"
        "出荷にも欠かせない足となっている。運休の間は漁協の小型船が臨時に人と荷物を運んだが、"
        "悪天候の日には欠航が続き、島の商店では野菜や牛乳が品切れになることもあった。",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"<html lang='ja'><head><title>フェリー運航再開</title></head><body><article><h1>フェリー運航再開</h1>{body}</article></body></html>"


def test_a_ruby_gloss_stays_inside_its_sentence():
    result = extract(_japanese_page("<rb>鰆島</rb><rp>（</rp><rt>さわらじま</rt><rp>）</rp>"), "https://example.jp/a", fetched_at=FETCHED)
    assert "港湾局は２日、鰆島（さわらじま） 港と本土を結ぶフェリーの運航" in result.text
    # Without brackets for readers that lack ruby support, the reading is not part of the sentence.
    result = extract(_japanese_page("鰆島<rt>さわらじま</rt>"), "https://example.jp/a", fetched_at=FETCHED)
    assert "港湾局は２日、鰆島 港と本土を結ぶフェリー" in result.text
    assert "さわらじま" not in result.text


def test_nested_and_empty_ruby_are_flattened_without_loss_of_the_text_around():
    tree = parse("<html><body><p>前<ruby><ruby>港<rt>みなと</rt></ruby><rt>こう</rt></ruby>中<ruby></ruby>後</p></body></html>")
    assert inline_ruby(tree) == 2
    assert tree.find(".//p").text_content() == "前港中後"
