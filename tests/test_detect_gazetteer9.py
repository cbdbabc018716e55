"""Gazetteer and places breadth: the spellings the regional press uses for towns and bases already listed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.detect import detect, load_gazetteer
from pipelines.detect.normalize import norm

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(ROOT / "config" / "bases.yaml", places=ROOT / "config" / "places.yaml")


def _named(gaz, text: str) -> list[str]:
    return [h.base.id for h in gaz.find_both(norm(text))[0]]


def _places(gaz, text: str) -> list[str]:
    """The countries of the towns the text names: those beside an installation, then the other places."""
    _named, near, places = gaz.find_all(norm(text))
    return [h.base.country for h in near] + [h.place.country for h in places]


# An attack on an unnamed camp or post, placed only by a town or district in the language's own script
# and case (Gujarati -માં, Malayalam -ഇൽ, Tamil -இல், Bengali -এ/-য়, Kurmanji -ê).
@pytest.mark.parametrize(("text", "language", "country"), [
    ("મણિપુરમાં ઉગ્રવાદીઓએ સેનાના કેમ્પ પર હુમલો કર્યો", "gu", "IN"),
    ("പുൽവാമ ജില്ലയിൽ ഭീകരർ സൈനിക ക്യാമ്പിന് നേരെ ആക്രമണം നടത്തി", "ml", "IN"),
    ("மணிப்பூரில் தீவிரவாதிகள் ராணுவ முகாம் மீது தாக்குதல் நடத்தினர்", "ta", "IN"),
    ("পুলওয়ামা জেলায় জঙ্গিরা সেনা শিবিরে হামলা চালিয়েছে", "bn", "IN"),
    ("KKB menembaki pos militer TNI di Kabupaten Intan Jaya pada Rabu dini hari", "id", "ID"),
    ("KKB menyerang pos TNI di Yahukimo pada Kamis pagi, dua prajurit terluka", "id", "ID"),
    ("Başika'daki Türk askeri üssüne roketli saldırı düzenlendi.", "tr", "IQ"),
    ("Rockets fell on a Turkish army camp near Bashiqa before dawn.", "en", "IQ"),
    ("Des rebelles ont attaqué un camp militaire à Bunia dans la nuit.", "fr", "CD"),
    ("Des combattants ADF ont attaqué un camp de l'armée à Beni mardi.", "fr", "CD"),
    ("Wapiganaji wa M23 walishambulia kambi ya jeshi mjini Goma usiku.", "sw", "CD"),
    ("Des jihadistes ont attaqué un camp militaire près de Kaya mardi.", "fr", "BF"),
    ("Dronekê êrîşî baregeheke leşkerî li Duhokê kir", "ku", "IQ"),
])
def test_an_unnamed_installation_takes_the_country_of_a_town_in_its_press_spelling(
        text: str, language: str, country: str) -> None:
    reports = detect(text, language=language, published=NOW).reports
    assert [(r.base_id, r.country) for r in reports] == [(None, country)]


# Installations already listed, in the spellings the Persian, Urdu, Kurdish and Indian press writes.
@pytest.mark.parametrize(("text", "base_id"), [
    ("حمله پهپادی به پایگاه تی‌فور در حمص", "sy-t4"),
    ("اسرائیلی طیاروں نے ٹی فور ایئربیس پر حملہ کیا", "sy-t4"),
    ("حوثیوں نے شاہ خالد ایئربیس پر میزائل داغے", "sa-king-khalid"),
    ("حزب اللہ نے میرون اڈے پر راکٹ داغے", "il-meron"),
    ("درۆن هێرشی کردە سەر بنکەی حەریر", "iq-harir"),
    ("Dronekê êrîşî baregeha Harîrê kir", "iq-harir"),
    ("Dronekê êrîşî baregeha Zîlkanê kir", "iq-zilkan"),
    ("درۆن هێرشی کردە سەر فڕۆکەخانەی هەولێر", "iq-erbil"),
    ("પાકિસ્તાની ડ્રોન જમ્મુ એરબેઝ પર હુમલો કર્યો", "in-jammu-afs"),
    ("പാകിസ്ഥാൻ ഡ്രോണുകൾ ജമ്മു വ്യോമതാവളത്തിന് നേരെ ആക്രമണം നടത്തി", "in-jammu-afs"),
    ("பாகிஸ்தான் ட்ரோன்கள் ஜம்மு விமானப்படை தளத்தை தாக்கின", "in-jammu-afs"),
    ("পাকিস্তানি ড্রোন জম্মু বিমানঘাঁটিতে হামলা চালায়", "in-jammu-afs"),
])
def test_a_listed_installation_resolves_in_its_regional_spelling(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


def test_the_kurdish_name_of_erbil_places_but_does_not_name_the_air_base(gaz) -> None:
    for text in ("بنکەیەکی سەربازی لە هەولێر", "baregeheke leşkerî li Hewlêrê"):
        assert _named(gaz, text) == [] and _places(gaz, text) == ["IQ"], text


# Everyday words that the new names sit beside: none of them names an installation or a place.
@pytest.mark.parametrize("text", [
    "La policía disparó balas de goma contra los manifestantes en la plaza.",  # Spanish goma, rubber
    "Beni dün akşam aradın mı, yoksa unuttun mu?",  # Turkish beni, me
    "Il tribunale ha sequestrato beni per due milioni di euro.",  # Italian beni, goods
    "Pendaki mencapai puncak gunung sebelum matahari terbit.",  # Indonesian puncak, summit
    "Kaya kırılınca yol kapandı ve köylüler mahsur kaldı.",  # Turkish kaya, rock
    "Ndugu yangu alifika jana kutoka sokoni.",  # Swahili ndugu, brother
    "Papua New Guinea signed a new trade deal with Australia on Monday.",
])
def test_everyday_sentences_name_no_new_place(gaz, text: str) -> None:
    assert _named(gaz, text) == [] and _places(gaz, text) == [], text


# Controls: a report on a base that sits in a listed town still names the base, not the town.
@pytest.mark.parametrize(("text", "base_id"), [
    ("Rockets struck the Turkish base in Bashiqa on Monday.", "iq-zilkan"),
    ("Zilkan üssüne roketli saldırı düzenlendi.", "iq-zilkan"),
    ("Drones struck Erbil airport overnight.", "iq-erbil"),
])
def test_a_base_named_in_its_town_is_still_the_base(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]
