"""Per-language cases (short sentences written for these tests): a strike, and non-strikes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)  # a Monday

STRIKES = [
    ("ar", "استهدفت طائرة مسيرة قاعدة عين الأسد الجوية غربي العراق فجر اليوم.", "iq-ain-al-asad", "drone"),
    ("ar", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة الاحتلال الأمريكي في حرير بطائرتين مسيرتين.", "iq-harir", "drone"),
    ("ar", "هاجم مسلحو تنظيم القاعدة معسكرا للجيش بسيارة مفخخة وقتلوا خمسة جنود.", None, ("ied", "ground_assault")),
    ("fa", "دو پهپاد مسلح پایگاه عین الاسد را هدف قرار دادند.", "iq-ain-al-asad", "drone"),
    ("ru", "Беспилотник атаковал военный аэродром Бельбек этой ночью.", "ua-belbek", "drone"),
    ("uk", "Сили оборони завдали удару ракетами ATACMS по аеродрому Бельбек.", "ua-belbek", "missile"),
    ("he", "כטב\"ם נפץ פגע בבסיס צבאי בצפון, שני חיילים נהרגו.", None, "drone"),
    ("tr", "PKK'lı teröristler askeri üs bölgesine roketle saldırdı.", None, "rocket"),
    ("ur", "دہشت گردوں نے بنوں کینٹ پر خودکش حملہ کیا۔", "pk-bannu-cantonment", "ied"),
    ("fr", "Des jihadistes ont attaqué le camp militaire de Kati avec des véhicules piégés.", "ml-kati", "ied"),
    ("de", "Der Geheimdienst meldete eine Drohnenoperation gegen zwei russische Luftwaffenstützpunkte in der Nacht.",
     None, "drone"),
    ("de", "Raketen schlugen am Sonntag auf dem Luftwaffenstützpunkt Ain al-Asad im Irak ein.", "iq-ain-al-asad", "rocket"),
]

NOT_STRIKES = [
    ("ar", "تسربت بيانات ملايين المستخدمين من قاعدة بيانات شركة اتصالات بعد هجوم إلكتروني."),
    ("ar", "شن تنظيم القاعدة هجوما على بلدة ساحلية وسيطر على مبنى البلدية."),
    ("ar", "حذر الحرس الثوري من أن القواعد الأمريكية في المنطقة ستكون أهدافا مشروعة."),
    ("ar", "نفى التحالف الدولي تعرض قاعدة التنف لأي هجوم، مؤكدا أن الانفجارات ناتجة عن تفجير مسيطر عليه."),
    ("fa", "فرمانده نیروی هوایی از پایگاه هوایی مهرآباد بازدید کرد."),
    ("ru", "Ракета попала в базу отдыха под Одессой, пострадали отдыхающие."),
    ("uk", "Ракетний удар по базі відпочинку на Одещині, пошкоджено будинки."),
    ("he", "טקס סיום קורס טיס נערך בבסיס חצרים."),
    ("tr", "Bakan İncirlik Hava Üssü'nü ziyaret etti."),
    ("ur", "دہشت گردوں نے پولیس چوکی پر حملہ کیا، ایک اہلکار شہید ہو گیا۔"),
    ("fr", "La base nautique du lac rouvre ses portes aux baigneurs cet été."),
    ("de", "Der Minister besuchte den Luftwaffenstützpunkt Ramstein und lobte die Truppen."),
    ("de", "Das Ministerium dementierte Berichte über einen Drohnenangriff auf den Stützpunkt."),
]


@pytest.mark.parametrize(("lang", "text", "base_id", "attack_type"), STRIKES)
def test_strike_in_language(lang: str, text: str, base_id: str | None, attack_type: str | tuple[str, ...]) -> None:
    """A row may accept several types when the sentence states several (gunmen with a car bomb)."""
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].base_id == base_id
    allowed = attack_type if isinstance(attack_type, tuple) else (attack_type,)
    assert det.reports[0].attack_type in allowed


@pytest.mark.parametrize(("lang", "text"), NOT_STRIKES)
def test_not_strike_in_language(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert not det.strike, (text, det.reports)


@pytest.mark.parametrize(("lang", "text", "base_id", "attack_type"), STRIKES)
def test_language_identified_without_hint(lang: str, text: str, base_id: str | None, attack_type: object) -> None:
    det = detect(text, published=PUB)
    assert det.strike


def test_arabic_relative_date() -> None:
    det = detect("سقطت صواريخ كاتيوشا على قاعدة فكتوريا قرب مطار بغداد مساء أمس.", language="ar", published=PUB)
    assert det.reports[0].base_id == "iq-victory"
    assert det.reports[0].event_date == datetime(2024, 1, 21).date()
