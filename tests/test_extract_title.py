"""Headline choice: decorations cut from either end, kickers dropped only when the page agrees."""

from __future__ import annotations

from pipelines.extract.metadata import JsonLdArticle, PageMeta
from pipelines.extract.title import choose_title

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


def test_kicker_only_one_metadata_headline_carries_is_dropped():
    full = "Harbour works: Ferry returns after winter repairs"
    page = meta(ld=full, og="Ferry returns after winter repairs", h1=full, title=f"{full} | Harbour Post")
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_extra_words_behind_one_metadata_headline_are_dropped():
    long = "Ferry returns after winter repairs with a new deck and bigger engines"
    page = meta(ld=long, og="Ferry returns after winter repairs", h1=long)
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_cut_off_or_differently_worded_og_title_does_not_replace_the_headline():
    long = "Ferry returns after winter repairs with a new deck and bigger engines"
    assert choose_title(meta(ld=long, og="Ferry returns after winter repairs…"), URL) == long
    assert choose_title(meta(ld=long, og="Old ferry is back on the harbour run"), URL) == long
    assert choose_title(meta(ld="Transport: Ferry is back", og="Ferry is"), URL) == "Transport: Ferry is back"


def test_of_several_jsonld_articles_the_confirmed_headline_is_taken():
    page = meta(og="Ferry returns after winter repairs", h1="Ferry returns after winter repairs")
    page.jsonld = [JsonLdArticle(headline="Ferry returns after winter repairs"),
                   JsonLdArticle(headline="Old boat back in service", body="The ferry is back.")]
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_of_several_unconfirmed_jsonld_articles_the_main_one_is_taken():
    page = meta(og="Harbour Post")
    page.jsonld = [JsonLdArticle(headline="Tide tables for March"),
                   JsonLdArticle(headline="Old boat back in service", body="The ferry is back.")]
    assert choose_title(page, URL) == "Old boat back in service"


def test_label_glued_in_front_backs_the_kicker_instead_of_dropping_it():
    core = "Day nine: Ferry crews strike over pay"
    page = meta(ld=core, tw=f"Port dispute {core}", h1=f"Port dispute{core}", title=f"Port dispute {core} | Harbour Post")
    assert choose_title(page, URL) == core


def test_full_width_separator_before_the_site_name_is_cut():
    page = meta(og="フェリーが修理を終えて復帰：港新聞", site="港新聞")
    assert choose_title(page, URL) == "フェリーが修理を終えて復帰"
    assert choose_title(meta(og="速報：フェリーが修理を終えて復帰", site="港新聞"), URL) == "速報：フェリーが修理を終えて復帰"


def test_the_pages_own_section_name_is_cut_even_glued_on():
    page = meta(og="여객선 운항 재개-사회ㅣ항구신문", site="항구신문")
    page.meta["content_category"] = "사회"
    assert choose_title(page, URL) == "여객선 운항 재개"
    page = meta(og="Ferry returns after winter repairs - Local news", site=None)
    page.meta["article:section"] = "Local news"
    assert choose_title(page, URL) == "Ferry returns after winter repairs"


def test_a_tail_that_is_not_the_pages_section_stays():
    page = meta(og="Ferry crews vote on the two-tier deal-breaker | Harbour Post")
    page.meta["article:section"] = "Local"
    assert choose_title(page, URL) == "Ferry crews vote on the two-tier deal-breaker"


def test_a_glued_tail_is_a_section_only_before_the_site_name():
    page = meta(og="Ferry crews vote on the two-tier deal-breaker", site=None)
    page.meta["article:section"] = "breaker"
    assert choose_title(page, URL) == "Ferry crews vote on the two-tier deal-breaker"
