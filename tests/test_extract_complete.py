"""complete_lines(): body blocks the extractor dropped come back from the page's own block markup."""

from __future__ import annotations

from lxml import html

from pipelines.extract.complete import complete_lines

BEFORE = [
    "The district council voted on Thursday to keep the old swimming baths open for another five years.",
    "Repairs to the roof and the boiler will cost about two million, to be paid from the leisure budget.",
    "Opponents had argued that the money would be better spent on the new sports centre by the station.",
    "The vote was close, with nineteen councillors in favour, seventeen against and two abstaining.",
]
AFTER = [
    "A campaign group that collected four thousand signatures welcomed the decision outside the town hall.",
    "Its chair said swimming clubs and schools had no other pool within twenty kilometres of the town.",
    "The baths will close for eight weeks in the summer while the roofers and heating engineers work.",
    "The council will review the building again in five years, when the repair loan is paid off in full.",
]


def _page(body_after: str, block: str = "story-block") -> object:
    before = _blocks(BEFORE, block)
    return html.fromstring(f"""<html><body><header><p class="{block}">Menu and search for the whole site here.</p></header>
    <article><h1>Old baths stay open</h1>{before}
    <div class="read-more-box"><p class="{block}"><a href="/x">Read more: the new sports centre plans from last year</a></p></div>
    {body_after}</article></body></html>""")


def _blocks(lines: list[str], block: str = "story-block") -> str:
    attribute = f' class="{block} text"' if block else ""
    return "".join(f"<p{attribute}>{line}</p>" for line in lines)


def test_paragraphs_after_an_inline_box_come_back_in_order():
    tree = _page(_blocks(AFTER))
    assert complete_lines(tree, list(BEFORE)) == BEFORE + AFTER


def test_a_gap_in_the_middle_is_filled_where_it_was():
    tree = _page(_blocks(AFTER))
    lines = BEFORE + AFTER[3:]
    assert complete_lines(tree, lines) == BEFORE + AFTER


def test_a_short_closing_pitch_with_the_body_markup_is_not_added():
    pitch = ["Independent local reporting needs readers like you: support our newsroom with a small monthly amount today.",
             "Every contribution, however small, keeps the paper free to read for everyone in the district."]
    tree = _page(_blocks(pitch))
    assert complete_lines(tree, list(BEFORE)) == BEFORE


def test_teaser_titles_and_figure_captions_are_not_added():
    teasers = "".join(f'<p class="story-block"><a href="/t{i}">Another story about the harbour and the ferry timetable number {i}</a></p>'
                      for i in range(5))
    figure = "<figure>" + _blocks(["A long caption that describes the swimmers in the old pool during the early morning lane session."] * 4) + "</figure>"
    tree = _page(teasers + figure)
    assert complete_lines(tree, list(BEFORE)) == BEFORE


def test_nothing_changes_without_a_shared_block_class():
    tree = _page(_blocks(AFTER, block=""), block="")
    assert complete_lines(tree, list(BEFORE)) == BEFORE


def test_nothing_changes_with_too_few_matched_paragraphs():
    tree = _page(_blocks(AFTER))
    assert complete_lines(tree, BEFORE[:2]) == BEFORE[:2]
