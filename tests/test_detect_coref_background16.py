""""The base" refers to the installation named last, but not past a background line: a line dated to an earlier
year than the article's ("In 2024, drones repeatedly struck Conoco") tells the past, and "the base" after it
means the installation the news lines named before it. The background's own installation stands in only where
the news names none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect
from pipelines.detect.detector import analyse
from pipelines.detect.fields.when import years

PUBLISHED = datetime(2026, 3, 10, 9, tzinfo=UTC)


def _bases(text: str, lang: str = "en") -> list[str | None]:
    return [r.base_id for r in detect(text, language=lang, published=PUBLISHED).reports]


@pytest.mark.parametrize(("lang", "text", "bases"), [
    ("en", "Drones attacked Shaddadi base in Hasakah on Monday, a monitor said. Attacks on coalition sites were "
           "frequent in 2024, when drones repeatedly struck Conoco. A spokesman said the base's defences shot down "
           "one drone.", ["sy-shaddadi"]),
    ("ar", "استهدفت طائرات مسيرة قاعدة حرير الجوية يوم الاثنين. وفي عام 2024 استهدفت طائرات مسيرة قاعدة عين الأسد "
           "أيضا. وتعرضت القاعدة لهجوم جديد يوم الثلاثاء بحسب مسؤولين.", ["iq-harir", "iq-harir"]),
    ("en", "Drones struck Harir air base on Monday. In 2024 drones also hit Ain al-Asad. The base was hit again on "
           "Tuesday, officials said.", ["iq-harir", "iq-harir"]),
])
def test_the_base_after_a_background_line_is_the_news_one(lang: str, text: str, bases: list[str]) -> None:
    assert _bases(text, lang) == bases


def test_the_base_after_a_news_line_is_still_the_last_named() -> None:
    text = ("Drones struck Harir air base on Monday. Drones also hit Ain al-Asad on Monday. The base was hit again "
            "on Tuesday, officials said.")
    assert _bases(text)[-1] == "iq-ain-al-asad"


def test_a_background_installation_stands_in_where_the_news_names_none() -> None:
    text = "In January 2024, a drone struck Tower 22 in Jordan. The base was attacked again on Sunday, officials said."
    assert _bases(text) == ["jo-tower-22"]


def test_looking_back_keeps_a_count_from_becoming_a_year() -> None:
    # "the base" looks back over the line before; its "2000 troops" is a count there, for every later reader too
    text = "Some 2000 troops are stationed at Ain al-Asad air base. Drones struck the base on Monday, officials said."
    doc = analyse(text, language="en", published=PUBLISHED).doc
    assert years(doc.sents[0], doc.lex) == []
