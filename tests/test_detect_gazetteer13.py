"""Gazetteer 13: installations the regional press names that were missing, and the spellings of the towns and
regions it places attacks in (Russian and Ukrainian regions in Arabic, Persian and Hebrew; Syrian, Lebanese and
Yemeni places in Turkish and Hebrew; Sudanese and Sahel towns in Russian)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.detect import detect, load_gazetteer
from pipelines.detect.normalize import norm

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(ROOT / "config" / "bases.yaml", places=ROOT / "config" / "places.yaml")


def _named(gaz, text: str) -> list[str]:
    return [h.base.id for h in gaz.find_both(norm(text))[0]]


def _countries(gaz, text: str) -> list[str]:
    named, near, places = gaz.find_all(norm(text))
    return [h.base.country for h in named + near] + [h.place.country for h in places]


# New installations, in the scripts the press writes them (Russian and Turkish case forms included).
@pytest.mark.parametrize(("text", "base_id"), [
    ("قصف إسرائيلي على تل الحارة في ريف درعا", "sy-tal-al-harra"),
    ("צה\"ל תקף בתל אל-חארה", "sy-tal-al-harra"),
    ("مسيرات الدعم السريع تستهدف معسكر الكدرو", "sd-kadaro"),
    ("RSF shelled the Hattab military camp east of Khartoum", "sd-hattab"),
    ("مسيرة تستهدف منطقة كرري العسكرية", "sd-karari"),
    ("Rockets struck near Zelikan base in northern Iraq", "iq-zilkan"),
    ("חיזבאללה שיגר כטב\"ם לעבר בסיס דדו", "il-northern-command"),
])
def test_a_new_installation_resolves(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# An unnamed base placed by a town or region in the script of the outlet: the report takes its country.
@pytest.mark.parametrize(("text", "language", "country"), [
    ("مسيرات أوكرانية تهاجم مطارا عسكريا في ليبيتسك ليلا", "ar", "RU"),
    ("پهپادهای اوکراینی به یک پایگاه هوایی ارتش روسیه در ورونژ حمله کردند", "fa", "RU"),
    ("כטב\"מים אוקראינים פגעו בבסיס צבאי רוסי בסרטוב", "he", "RU"),
    ("רוסיה שיגרה טילים לעבר בסיס אווירי אוקראיני בחמלניצקי", "he", "UA"),
    ("ضربت صواريخ روسية قاعدة عسكرية أوكرانية في جيتومير", "ar", "UA"),
    ("İsrail savaş uçakları Tedmur yakınlarındaki bir askeri üssü vurdu", "tr", "SY"),
    ("כטב\"ם תקף בסיס של הכוחות האמריקניים באל-חסכה", "he", "SY"),
    ("İsrail savaş uçakları Merceyun'daki bir askeri mevziyi vurdu", "tr", "LB"),
    ("ABD savaş uçakları Şebve'deki bir askeri kampa hava saldırısı düzenledi", "tr", "YE"),
    ("מטוסים אמריקניים תקפו מחנה צבאי בטעיז", "he", "YE"),
    ("Беспилотники атаковали военную базу суданской армии в Кассале", "ru", "SD"),
    ("Боевики напали на военный лагерь малийской армии в Мопти", "ru", "ML"),
    ("כטב\"ם תקף בסיס של מיליציה שיעית בדיאלה שבמזרח עיראק", "he", "IQ"),
    ("İsrail savaş uçakları Hemedan'daki bir askeri üsse hava saldırısı düzenledi", "tr", "IR"),
    ("یوکرینی ڈرونز نے بیلگورود میں ایک روسی فوجی اڈے پر حملہ کیا", "ur", "RU"),
    ("Ukrayna İHA'ları Canköy'deki bir Rus askeri hava üssünü vurdu", "tr", "UA"),
    ("سقطت ثلاثة صواريخ على قاعدة عسكرية في الحبانية غربي بغداد", "ar", "IQ"),
    ("حزب‌الله با پهپاد یک پایگاه نظامی ارتش اسرائیل در متولا را هدف قرار داد", "fa", "IL"),
])
def test_an_unnamed_base_takes_the_country_of_a_newly_spelled_place(text: str, language: str, country: str) -> None:
    reports = detect(text, language=language, published=NOW).reports
    assert [(r.base_id, r.country) for r in reports] == [(None, country)]


# Words next to the new names that are everyday words or other places: none resolves (Turkish kisve "attire",
# hacın "of the pilgrimage", Arabic سرمدا "eternally", الميادين "the squares", Hebrew חמה "sun").
@pytest.mark.parametrize("text", [
    "askeri kisve giyen kişiler", "hacın farzları anlatıldı", "سيبقى الحب سرمدا", "في الميادين العامة",
    "השמש החמה של הקיץ", "Azerbaycan'ın Lahıc köyü", "مطار القاهرة الدولي", "the airport in Amman",
])
def test_near_miss_words_stay_unresolved(gaz, text: str) -> None:
    assert _countries(gaz, text) == [], text
