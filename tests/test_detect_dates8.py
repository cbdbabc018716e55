"""Event dates: weekday phrases with their day noun in Arabic, Persian and Hebrew, and one day per article."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.lexicon import LEXICON_DIR, get_lexicon
from pipelines.errors import ConfigError

PUB = datetime(2024, 3, 7, 12, 0, tzinfo=timezone.utc)  # a Thursday
SAT, SUN, MON, TUE, WED, THU = (date(2024, 3, d) for d in (2, 3, 4, 5, 6, 7))

AR = "استهدفت طائرة مسيرة معسكرا للجيش في محافظة صلاح الدين {w}، وفق مصدر أمني."
AR_CAMP = "معسكرا للجيش في محافظة صلاح الدين"
FA = "یک پایگاه نظامی در استان کرمانشاه {w} هدف حمله پهپادی قرار گرفت."
FA_BASE = "پایگاه نظامی در استان کرمانشاه"
HE = "כטב\"מים תקפו בסיס צבאי בצפון הארץ {w}, כך נמסר."
HE_BASE = "בסיס צבאי בצפון הארץ"

# (template, the day's words, expected date, the alert's mention: it stops before the day's words)
DAY_PHRASES = [
    (AR, "يوم الثلاثاء", TUE, AR_CAMP),
    (AR, "فجر الأربعاء", WED, AR_CAMP),
    (AR, "مساء يوم الأحد", SUN, AR_CAMP),
    (AR, "صباح الإثنين", MON, AR_CAMP),
    (AR, "يوم أمس", WED, AR_CAMP),
    (AR, "ظهر أمس", WED, AR_CAMP),
    (AR, "ليلة البارحة", WED, AR_CAMP),
    (AR, "عصر اليوم", THU, AR_CAMP),
    (FA, "روز دوشنبه", MON, FA_BASE),
    (FA, "شامگاه سه‌شنبه", TUE, FA_BASE),
    (FA, "بامداد چهارشنبه", WED, FA_BASE),
    (FA, "سحرگاه امروز", THU, FA_BASE),
    (FA, "شامگاه دیروز", WED, FA_BASE),
    (HE, "במוצאי שבת", SAT, HE_BASE),
    (HE, "בערב שבת", date(2024, 3, 1), HE_BASE),
]


@pytest.mark.parametrize(("template", "words", "expected", "mention"), DAY_PHRASES)
def test_a_day_noun_before_the_weekday_is_part_of_the_date(template: str, words: str, expected: date,
                                                           mention: str) -> None:
    det = detect(template.format(w=words), published=PUB)
    assert det.strike
    assert [(r.event_date, r.mention) for r in det.reports] == [(expected, mention)]


@pytest.mark.parametrize(("template", "night", "pair"), [
    (AR, "ليلة الاثنين", "ليل الأحد الاثنين"),
    (FA, "شب دوشنبه", "شب یکشنبه به دوشنبه"),
])
def test_the_night_before_a_weekday_is_dated_as_the_night_into_it(template: str, night: str, pair: str) -> None:
    # 'ليلة الاثنين', 'شب دوشنبه': the night before Monday (Sunday evening to Monday's dawn), not Monday night;
    # dated to Monday, as the same night written as two weekdays is.
    by_night = detect(template.format(w=night), published=PUB).reports
    by_pair = detect(template.format(w=pair), published=PUB).reports
    assert [r.event_date for r in by_night] == [r.event_date for r in by_pair] == [MON]
    assert by_night[0].mention in (AR_CAMP, FA_BASE)


def test_a_town_before_a_bare_weekday_stays_in_the_mention() -> None:
    # The day noun is part of the date cue, the town before a bare weekday is not.
    det = detect("استهدفت طائرة مسيرة معسكرا للجيش في بلدة الزاوية الاثنين، وفق مصدر أمني.", published=PUB)
    assert [(r.event_date, r.mention) for r in det.reports] == [(MON, "معسكرا للجيش في بلدة الزاوية")]


_LEDE = ("Drones struck Harir air base in Erbil late on Tuesday, a Kurdish security source said. No one was hurt. "
         "The source gave no further details. Iraqi forces raised their alert in the north. ")


def test_the_same_base_hit_again_in_one_article_keeps_the_stated_day() -> None:
    # Class 9: the undated second report fell back to the publication time, two days after the first.
    det = detect("Drone strikes hit Harir air base\n" + _LEDE
                 + "A second drone hit Harir air base again an hour later, the source said.", published=PUB)
    assert [(r.base_id, r.event_date) for r in det.reports] == [("iq-harir", TUE), ("iq-harir", TUE)]


def test_another_base_does_not_take_the_day_of_the_first() -> None:
    # Control: the day is the attack's on Harir; Victory base's undated strike may be another day's.
    det = detect("Bases hosting US troops in Iraq come under attack\n" + _LEDE
                 + "On Sunday rockets had hit Ain al-Asad air base, the coalition said. Nobody was hurt then either. "
                 "The coalition gave no details. It said it was looking into the reports. "
                 "Victory base near Baghdad airport was also hit by a rocket, police said.", published=PUB)
    assert [(r.base_id, r.event_date) for r in det.reports] == [
        ("iq-harir", TUE), ("iq-ain-al-asad", SUN), ("iq-victory", None)]


def test_a_base_hit_on_two_stated_days_leaves_a_third_undated_report_undated() -> None:
    # Control: Tuesday's and Sunday's strikes on Harir are both told, so a third could be either's.
    det = detect("Drone strikes hit Harir air base\n" + _LEDE
                 + "A drone had hit Harir air base again on Sunday, the source said. Nobody was hurt then either. "
                 "The coalition gave no details. It said it was looking into the reports. "
                 "A third drone hit Harir air base again, police said.", published=PUB)
    assert [r.event_date for r in det.reports] == [TUE, SUN, None]


@pytest.mark.parametrize(("text", "expected", "mention"), [
    ("כטב\"מים תקפו בסיס צבאי בצפון הארץ בלילה שבין שני לשלישי.", TUE, HE_BASE),
    ("دہشت گردوں نے منگل اور بدھ کی درمیانی شب ضلع بنوں میں فوجی کیمپ پر حملہ کیا۔", WED, "فوجی کیمپ"),
    ("دہشت گردوں نے ضلع بنوں میں فوجی کیمپ پر اتوار اور پیر کی درمیانی رات حملہ کیا۔", MON, "فوجی کیمپ"),
])
def test_the_night_between_two_days_is_the_later_days(text: str, expected: date, mention: str) -> None:
    # Hebrew names the days without 'יום' after 'שבין'; Urdu writes 'the middle night' after the later day.
    assert [(r.event_date, r.mention) for r in detect(text, published=PUB).reports] == [(expected, mention)]


AR_BASE = "قصفت طائرات مسيرة قاعدة عين الأسد الجوية {w}، وفق مصدر أمني."


@pytest.mark.parametrize(("words", "expected"), [
    ("في الخامس من آذار", TUE),
    ("وفي الثالث من مارس", SUN),
    ("فجر الحادي والعشرين من شباط", date(2024, 2, 21)),
    ("في السابع من أكتوبر 2023", date(2023, 10, 7)),
    # Controls: an ordinal after a noun is a week or a half; a month with no day is no date.
    ("في الأسبوع الأول من آذار", None),
    ("في النصف الثاني من شباط", None),
])
def test_an_arabic_day_written_as_an_ordinal_before_its_month(words: str, expected: date | None) -> None:
    det = detect(AR_BASE.format(w=words), published=PUB)
    assert [r.event_date for r in det.reports] == [expected]


@pytest.mark.parametrize(("table", "message"), [
    ("  40: [foo of]", "40: expected a day of the month, 1-31"),
    ("  4: foo of", "day 4: expected a list of words"),
])
def test_a_bad_day_words_entry_is_a_config_error_naming_the_file_and_field(tmp_path, table: str, message: str) -> None:
    (tmp_path / "en.yaml").write_text((LEXICON_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xx.yaml").write_text(f"language: xx\nday_words:\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        get_lexicon("xx", str(tmp_path))
    assert "xx.yaml" in str(err.value) and "day_words" in str(err.value) and message in str(err.value)
