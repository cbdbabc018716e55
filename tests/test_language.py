"""identify_language(): statistics for the text, the page's declaration when they agree."""

from __future__ import annotations

import pytest

from pipelines.language import identify, identify_language, normalise_tag

ENGLISH = ("The council agreed on Tuesday to rebuild the old bridge over the river, "
           "which has been closed to traffic since the floods two winters ago.")
GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss neu zu bauen, "
          "die seit dem Hochwasser vor zwei Wintern für den Verkehr gesperrt ist.")
ARABIC = "وافق المجلس البلدي يوم الثلاثاء على إعادة بناء الجسر القديم فوق النهر، المغلق أمام حركة المرور منذ الفيضانات قبل شتاءين."
PERSIAN = "شورای شهر روز سه‌شنبه با بازسازی پل قدیمی روی رودخانه موافقت کرد که از زمان سیل دو زمستان پیش به روی خودروها بسته است."
# Sorani Kurdish: the model has no Sorani and answers Persian or Urdu; its letters ڕ ڵ ێ tell it.
SORANI = "ئەنجومەنی شار ڕۆژی سێشەممە ڕەزامەندی دا لەسەر نۆژەنکردنەوەی پردە کۆنەکەی سەر ڕووبارەکە، کە لە دوای لافاوەکەوە داخراوە."


@pytest.mark.parametrize("text, expected", [(ENGLISH, "en"), (GERMAN, "de"), (ARABIC, "ar"), (PERSIAN, "fa"),
                                            (SORANI, "ku")])
def test_identifies_without_declaration(text, expected):
    assert identify_language(text) == expected
    assert identify(text) == expected


def test_sorani_declared_persian_is_kurdish():
    assert identify_language(SORANI, "fa") == "ku"
    assert identify_language(SORANI, "ckb") == "ku"


def test_kurdish_name_in_english_text_stays_english():
    assert identify(ENGLISH + " The mayor of ڕانیە, ڕێبوار حەمە, spoke.") == "en"


# A short Turkish sentence the model alone takes for Azerbaijani, and Azerbaijani proper (with its schwa).
TURKISH_SHORT = "Tabur havan topuyla tatbikat yaptı."
AZERBAIJANI = "Bələdiyyə şurası çərşənbə axşamı çay üzərindəki köhnə körpünün yenidən tikilməsinə qərar verdi."


def test_short_turkish_without_schwa_is_not_azerbaijani():
    assert identify(TURKISH_SHORT) == "tr"
    assert identify_language(TURKISH_SHORT) == "tr"
    assert identify(AZERBAIJANI) == "az"
    assert identify_language(AZERBAIJANI) == "az"


def test_declaration_that_agrees_is_kept_with_region_dropped():
    assert identify_language(ENGLISH, "en-GB") == "en"


def test_declaration_contradicted_by_text_loses():
    assert identify_language(GERMAN, "en") == "de"


def test_persian_text_declared_arabic_is_persian():
    assert identify_language(PERSIAN, "ar") == "fa"


def test_arabic_text_declared_persian_is_arabic():
    assert identify_language(ARABIC, "fa-IR") == "ar"


def test_short_text_trusts_declaration():
    assert identify_language("OK", "fr") == "fr"
    assert identify_language("", None) is None


@pytest.mark.parametrize("tag, code", [("en-US", "en"), ("fa_IR", "fa"), ("ara", "ar"), ("iw", "he"), ("ckb", "ku"), ("ckb-IQ", "ku"),
                                      ("x", None), ("", None)])
def test_normalise_tag(tag, code):
    assert normalise_tag(tag) == code


def test_feeds_and_sitemaps_read_language_tags_as_pages_do():
    """One reader of declared tags: a three-letter or legacy code in a feed or a news sitemap is the same language."""
    from pipelines.sources.feeds import parse_feed
    from pipelines.sources.sitemaps import parse_sitemap

    rss = (b'<rss version="2.0"><channel><title>Desk</title><language>per</language><item>'
           b'<title>Ceasefire talks resume</title><link>https://desk.example/a</link></item></channel></rss>')
    sitemap = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://desk.example/b</loc>'
               b'<news:news><news:publication><news:language>iw</news:language></news:publication></news:news>'
               b'</url></urlset>')
    assert [entry.language for entry in parse_feed(rss).entries] == ["fa"]
    assert [entry.language for entry in parse_sitemap(sitemap).entries] == ["he"]
