"""Headline choice: decorations cut from either end, kickers dropped only when the page agrees."""

from __future__ import annotations

from pipelines.extract_metadata import JsonLdArticle, PageMeta
from pipelines.extract_title import choose_title

URL = "https://www.harbourpost.example/news/ferry-returns"


def meta(ld: str | None = None, og: str | None = None, tw: str | None = None, h1: str | None = None,
         title: str | None = None, site: str | None = "Harbour Post") -> PageMeta:
    page = PageMeta(jsonld=[JsonLdArticle(headline=ld)] if ld else [])
    if og:
        page.meta["og:title"] = og
    if tw:
        page.meta["twitter:title"] = tw
    if site:
        page.meta["og:site_name"] = site
    page.h1 = [h1] if h1 else []
    page.title_tag = title
    return page


def test_site_name_section_and_date_tails_are_cut():
    page = meta(og="Ferry returns after winter repairs | Local | Harbour Post | 03.02.2024", site="Harbour Post")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_short_site_name_matches_the_domain_exactly():
    page = meta(og="Ferry returns after winter repairs | HP", site=None)
    assert choose_title(page, "https://hp.example/a") == "Ferry returns after winter repairs"


def test_byline_segment_is_cut():
    page = meta(title="Ferry returns after winter repairs | Harbour Post | by Jane Doe")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_leading_site_name_is_cut_but_not_a_kicker_that_mentions_the_site():
    assert choose_title(meta(title="Harbour Post: Ferry returns after winter repairs"), URL) == (
        "Ferry returns after winter repairs")
    kicker = "Our new Harbour Post cover story: Ferry returns after winter repairs"
    assert choose_title(meta(og=kicker), URL) == kicker


def test_kicker_dropped_when_most_candidates_state_the_headline_without_it():
    page = meta(ld="Transport: Ferry returns after winter repairs", og="Ferry returns after winter repairs",
                tw="Ferry returns after winter repairs", h1="Ferry returns after winter repairs")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_kicker_kept_when_most_candidates_carry_it():
    full = "Transport: Ferry returns after winter repairs"
    page = meta(ld=full, og=full, tw=full, h1="Ferry returns after winter repairs", title=f"{full} | Harbour Post")
    assert choose_title(page, URL) == full


def test_a_dash_inside_a_quotation_is_not_a_kicker():
    quoted = "'I ran the ferry for thirty years - and it never once sank'"
    page = meta(og=quoted, h1="'I ran the old ferry for thirty years - and it never once sank'",
                title="'I ran the old ferry for thirty years - and it never once sank' - Harbour Post")
    assert choose_title(page, URL) == quoted


def test_generic_labels_and_bare_site_names_are_skipped():
    page = meta(ld="Home", og="Harbour Post", h1="Ferry returns after winter repairs")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_multiline_h1_is_one_line():
    page = meta(h1="Ferry returns\n   after winter repairs")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_no_candidates_gives_none():
    assert choose_title(meta(site=None), URL) is None
