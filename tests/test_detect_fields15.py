"""Fields on unseen news (FIELDS15): the nationality of the official who speaks places an installation nothing
else places, and an Indonesian "Minggu" written with a day and month in digits is Sunday."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday

# "قالت وزارة الدفاع الأردنية إن ... قاعدة عسكرية في شمال البلاد": the country is the speaking ministry's.
SPEAKER = [
    ("ar", "قالت وزارة الدفاع الأردنية إن طائرة مسيرة استهدفت قاعدة عسكرية في شمال البلاد.", "JO"),
    ("ar", "قالت وزارة الدفاع الأردنية إن صاروخا سقط قرب قاعدة عسكرية دون إصابات.", "JO"),
    ("ar", "قالت وزارة الدفاع الصومالية إن مسلحي الشباب هاجموا قاعدة عسكرية.", "SO"),
]

# Controls: a place written in the sentence wins; a state with bases abroad, or a speaker that names the
# attacker of another party's installation, places nothing by its nationality.
SPEAKER_CONTROLS = [
    ("ar", "قال الجيش العراقي إن صواريخ سقطت قرب قاعدة عسكرية تضم قوات أمريكية في سوريا.", "SY"),
    ("ar", "قالت وزارة الدفاع الباكستانية إن مسلحين هاجموا موقعا عسكريا في إقليم خيبر بختونخوا.", "PK"),
    ("ar", "قالت وزارة الدفاع الأمريكية إن صواريخ استهدفت قاعدة عسكرية تضم قوات أمريكية.", None),
    ("ar", "أعلن الجيش الأردني أنه قصف معسكرا لمهربي المخدرات داخل الأراضي السورية.", "SY"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPEAKER + SPEAKER_CONTROLS,
                         ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(SPEAKER + SPEAKER_CONTROLS)])
def test_the_speaking_officials_nationality_places_an_unplaced_installation(lang: str, text: str,
                                                                            expected: str | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.country for r in det.reports] == [expected]


# Bare "minggu" is also "week": before a day and month in digits that fall on a Sunday it is Sunday.
MINGGU = [
    ("Kelompok kriminal bersenjata menyerang pos TNI di Kiwirok, Pegunungan Bintang, pada Minggu (9/3).", date(2025, 3, 9)),
    ("Markas Koramil Ilaga ditembaki orang tak dikenal pada Minggu (2/3) malam, kata Kapendam.", date(2025, 3, 2)),
    # Controls: the 10th of March is a Monday; "minggu" before other numbers is a week.
    ("Pos TNI di Kiwirok diserang KKB pada Minggu (10/3), kata juru bicara.", None),
    ("KKB kembali menyerang pos TNI di Puncak, minggu ini 3 10 orang terluka.", None),
]


@pytest.mark.parametrize(("text", "expected"), MINGGU, ids=[str(k) for k in range(len(MINGGU))])
def test_minggu_with_a_day_and_month_is_sunday(text: str, expected: date | None) -> None:
    det = detect(text, language="id", published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


# A night written as two ordinal days joined by "على"/"إلى" ("ليل التاسع على العاشر من مارس"): the later day, as
# "ليلة 9 إلى 10 آذار" is read. Control: a period from one day to another dates nothing.
ORDINAL_NIGHTS = [
    ("استهدفت طائرات مسيرة قاعدة عين الأسد ليل التاسع على العاشر من مارس الجاري.", date(2025, 3, 10)),
    ("قصفت طائرات حربية مطار التيفور العسكري ليلة التاسع إلى العاشر من آذار.", date(2025, 3, 10)),
    ("تعرضت قاعدة حرير لهجمات متكررة منذ الأول من مارس وحتى العاشر منه.", None),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_NIGHTS, ids=[str(k) for k in range(len(ORDINAL_NIGHTS))])
def test_a_night_of_two_ordinal_days_is_the_later_day(text: str, expected: date | None) -> None:
    det = detect(text, language="ar", published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


# Russian feminine and soft-sign names in their oblique cases ("в Латакии", "в Эрбиле") place the installation.
OBLIQUE = [
    ("Беспилотник атаковал военную базу в Латакии.", "SY"),
    ("Беспилотники атаковали военную базу в Эрбиле.", "IQ"),
]


@pytest.mark.parametrize(("text", "expected"), OBLIQUE, ids=[str(k) for k in range(len(OBLIQUE))])
def test_a_town_in_an_oblique_case_places_the_installation(text: str, expected: str) -> None:
    det = detect(text, language="ru", published=PUB)
    assert det.strike
    assert [r.country for r in det.reports] == [expected]
