"""Cleanup must not cut the article itself on pages unlike news sites: a stray <noscript>, a list that ends the text."""

from __future__ import annotations

from pipelines.extract.article import extract
from pipelines.extract.cleanup import clean_text

PARAGRAPHS = [
    "The valley cooperative pressed its first cider of the season on Saturday, using apples from nine orchards.",
    "Volunteers sorted the fruit by hand before it went to the old oak press behind the village hall.",
    "The committee expects about four hundred litres this year, slightly more than last autumn's harvest.",
    "Bottles will be sold at the market stall every Sunday until the end of November, while stocks last.",
    "Last year the press broke twice, and a neighbour lent the cooperative his grandfather's screw press instead.",
    "This time a carpenter from the next village replaced the worn beam in August, so no repairs are expected.",
    "Children from the primary school will visit on Wednesday to watch the pressing and taste the fresh juice.",
    "The leftover pomace goes to a pig farmer on the hill, who pays for it with sausages at the winter fair.",
    "Anyone with a tree of unwanted apples can bring them to the hall on Saturday mornings before ten o'clock.",
    "The cooperative was founded eleven years ago by six households who shared a single borrowed mill.",
    "It now counts forty members, and its perry made from the old pear trees by the river has won two prizes.",
]


def test_stray_noscript_around_the_page_is_not_pruned():
    # '<noscript><div></noscript>' leaves the noscript open in lxml's tree: it swallows the whole body.
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (f"<html><head><title>Cider pressing</title></head><body><noscript><div class='nojs'></noscript>"
            f"<div id='main'><h1>Cider pressing</h1><article>{body}</article></div>"
            f"<noscript></div></noscript></body></html>")
    text = extract(html, "https://cider.example.org/news/pressing").text
    assert PARAGRAPHS[0] in text and PARAGRAPHS[-1] in text


def test_small_noscript_banner_is_still_pruned():
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (f"<html><head><title>Cider pressing</title></head><body><article><h1>Cider pressing</h1>{body}"
            f"<noscript><p>Please switch on JavaScript in your browser to see the cider shop and its price list.</p>"
            f"</noscript></article></body></html>")
    text = extract(html, "https://cider.example.org/news/pressing").text
    assert PARAGRAPHS[0] in text and "JavaScript" not in text


def test_a_long_closing_list_is_the_article():
    steps = ["- 2 kg sharp apples", "- 1 kg sweet apples", "- 1 cinnamon stick", "- 3 cloves", "- 1 orange, sliced",
             "- 500 ml water", "- honey to taste", "- a pinch of nutmeg"]
    text = clean_text("\n".join(["Spiced cider for eight glasses needs the following:", *steps]))
    assert text.split("\n")[1:] == steps


def test_a_few_trailing_tags_still_go():
    text = clean_text("\n".join([*PARAGRAPHS, "Cider", "Harvest festival"]))
    assert text.split("\n") == PARAGRAPHS
