"""Per-language cases (short sentences written for these tests): a strike, and non-strikes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.lexicon import lexicon_code
from pipelines.language import identify

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)  # a Monday

STRIKES = [
    ("ar", "استهدفت طائرة مسيرة قاعدة عين الأسد الجوية غربي العراق فجر اليوم.", "iq-ain-al-asad", "drone"),
    ("ar", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة الاحتلال الأمريكي في حرير بطائرتين مسيرتين.", "iq-harir", "drone"),
    ("ar", "هاجم مسلحو تنظيم القاعدة معسكرا للجيش بسيارة مفخخة وقتلوا خمسة جنود.", None, ("ied", "ground_assault")),
    # The accusative of an installation noun ("مقرا", "موقعا عسكريا") is the same installation.
    ("ar", "هاجم مسلحون مقرا للقوات الحكومية في المدينة فجر اليوم وقتلوا جنديين.", None, "ground_assault"),
    ("ar", "قصفت طائرة مسيرة موقعا عسكريا للجيش قرب الحدود فجر اليوم.", None, "drone"),
    ("fa", "دو پهپاد مسلح پایگاه عین الاسد را هدف قرار دادند.", "iq-ain-al-asad", "drone"),
    ("ru", "Беспилотник атаковал военный аэродром Бельбек этой ночью.", "ua-belbek", "drone"),
    ("uk", "Сили оборони завдали удару ракетами ATACMS по аеродрому Бельбек.", "ua-belbek", "missile"),
    ("he", "כטב\"ם נפץ פגע בבסיס צבאי בצפון, שני חיילים נהרגו.", None, "drone"),
    ("tr", "PKK'lı teröristler askeri üs bölgesine roketle saldırdı.", None, "rocket"),
    ("ur", "دہشت گردوں نے بنوں کینٹ پر خودکش حملہ کیا۔", "pk-bannu-cantonment", "ied"),
    # Urdu writes "headquarters" with or without a space and in the plural, "fort" in the oblique case.
    ("ur", "عسکریت پسندوں نے رات گئے ایف سی ہیڈکوارٹرز پر راکٹوں سے حملہ کیا۔", None, "rocket"),
    ("ur", "مسلح افراد نے سرحدی قلعے پر حملہ کیا، دو سپاہی شہید ہو گئے۔", None, "ground_assault"),
    ("fr", "Des jihadistes ont attaqué le camp militaire de Kati avec des véhicules piégés.", "ml-kati", "ied"),
    ("de", "Der Geheimdienst meldete eine Drohnenoperation gegen zwei russische Luftwaffenstützpunkte in der Nacht.",
     None, "drone"),
    ("de", "Raketen schlugen am Sonntag auf dem Luftwaffenstützpunkt Ain al-Asad im Irak ein.", "iq-ain-al-asad", "rocket"),
    # Class 8 of issue 16: languages that had no lexicon, or gaps in the ones that had.
    ("id", "Dua pesawat nirawak menghantam pangkalan udara Ain al-Asad di Irak barat pada Selasa malam.",
     "iq-ain-al-asad", "drone"),
    ("sw", "Wanamgambo wa al-Shabaab walishambulia kambi ya kijeshi ya Baledogle kwa ndege zisizo na rubani "
     "usiku wa Jumanne.", "so-baledogle", "drone"),
    ("no", "Ukrainske droner traff flybasen Belbek på Krim natt til tirsdag.", "ua-belbek", "drone"),
    ("el", "Ολμοβόλα των ανταρτών έπληξαν το στρατόπεδο Μπάστιον το βράδυ της Παρασκευής.", "af-bastion", "mortar"),
    ("hi", "जम्मू कश्मीर के नगरोटा सैन्य अड्डे पर आतंकियों ने हमला कर दिया, तीन जवान शहीद हो गए।", "in-nagrota",
     "ground_assault"),
    ("tr", "İncirlik Üssü'ne SİHA ile saldırı düzenlendi.", "tr-incirlik", "drone"),
    ("tr", "İdlib'deki gözetleme noktamız topçu atışıyla hedef alındı, üç asker şehit oldu.", None, "artillery"),
    ("ru", "По базе Хмеймим выпущены ракеты.", "sy-hmeimim", "rocket"),
    ("ru", "Дроны атаковали российскую базу в Севастополе.", "ua-sevastopol-naval", "drone"),
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
    # Hard negatives for class 8: the base and a weapon are named, a visit, drill or threat blocks.
    ("id", "Menteri Pertahanan mengunjungi pangkalan udara Ain al-Asad dan meninjau sistem pertahanan drone."),
    ("id", "Ledakan hebat terjadi saat pemusnahan amunisi afkir di dekat pangkalan militer TNI di Garut, 13 orang tewas."),
    ("sw", "Wanajeshi wa Kenya walifanya mazoezi ya kudungua ndege zisizo na rubani katika kambi ya kijeshi "
     "ya Manda Bay."),
    ("no", "Forsvarsministeren besøkte flybasen Incirlik i Tyrkia og så en øvelse med droner."),
    ("el", "Στο στρατόπεδο Μπάστιον έγινε εκπαίδευση των στρατιωτών με ρουκέτες και drones."),
    ("hi", "नगरोटा सैन्य अड्डे के ऊपर संदिग्ध ड्रोन देखा गया, सेना ने इलाके में तलाशी ली।"),
    ("tr", "PKK, Hakkari'deki üslerimize roketle saldırı tehdidinde bulundu."),
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


INDIC_STRIKES = [
    ("ta", "பதான்கோட் விமானப்படை தளத்தின் மீது செவ்வாய்க்கிழமை அதிகாலை ட்ரோன் மூலம் தாக்குதல் நடத்தப்பட்டது, "
     "இரண்டு வீரர்கள் காயமடைந்தனர்."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ചൊവ്വാഴ്ച പുലർച്ചെ ഡ്രോൺ ആക്രമണം നടന്നു, രണ്ട് സൈനികർക്ക് പരിക്കേറ്റു."),
    ("gu", "પઠાણકોટ એરબેઝ પર મંગળવારે વહેલી સવારે ડ્રોન વડે હુમલો કરવામાં આવ્યો, ત્રણ જવાન ઘાયલ થયા."),
]

INDIC_NOT_STRIKES = [
    ("ta", "பதான்கோட் விமானப்படை தளத்தில் கூட்டுப் பயிற்சி நடைபெற்றது, ட்ரோன் தாக்குதல் ஒத்திகை பார்க்கப்பட்டது."),
    ("ml", "പ്രതിരോധ മന്ത്രി പഠാൻകോട്ട് വ്യോമസേനാ താവളം സന്ദർശിച്ചു, ഡ്രോൺ ആക്രമണം തടയുന്ന സംവിധാനം പരിശോധിച്ചു."),
    ("gu", "આતંકવાદી સંગઠને પઠાણકોટ એરબેઝ પર ડ્રોન વડે હુમલો કરવાની ધમકી આપી છે."),
]


@pytest.mark.parametrize(("lang", "text"), INDIC_STRIKES)
def test_indic_strike_resolves_base(lang: str, text: str) -> None:
    """A drone strike in Tamil, Malayalam or Gujarati is read, and its base found by the native place name."""
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    report = det.reports[0]
    assert (report.base_id, report.country, report.attack_type) == ("in-pathankot", "IN", "drone")
    assert report.event_date == datetime(2024, 1, 16).date()  # the Tuesday before publication


@pytest.mark.parametrize(("lang", "text"), INDIC_NOT_STRIKES)
def test_indic_drill_visit_or_threat_is_not_a_strike(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert not det.strike, (text, det.reports)


@pytest.mark.parametrize(("text", "code"), [
    ("Dua pesawat nirawak menghantam pangkalan udara Ain al-Asad di Irak barat pada Selasa malam.", "id"),
    ("पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", "hi"),
    ("Ukrainske droner traff flybasen Belbek på Krim natt til tirsdag.", "no"),
])
def test_close_relatives_answer_the_lexicon_code(text: str, code: str) -> None:
    """Short Indonesian reads as Malay and short Hindi as Nepali to the model; both have a lexicon here."""
    assert lexicon_code(identify(text)) == code


def test_declared_codes_of_close_relatives_map_to_a_lexicon() -> None:
    assert [lexicon_code(c) for c in ("ms", "ne", "nb", "nn", "id", "tr")] == ["id", "hi", "no", "no", "id", "tr"]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("id", "Roket menghantam pangkalan militer AS di Suriah pada 14 Januari, kata juru bicara militer.", (2024, 1, 14)),
    ("sw", "Al-Shabaab walishambulia kambi ya kijeshi ya Baledogle kwa makombora jana usiku.", (2024, 1, 21)),
    ("no", "Russiske missiler rammet flybasen Belbek 3. desember, opplyser ukrainske myndigheter.", (2023, 12, 3)),
    ("el", "Στις 18 Αυγούστου drones έπληξαν το στρατόπεδο Μπάστιον.", (2023, 8, 18)),
    ("hi", "15 जनवरी को पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", (2024, 1, 15)),
    ("tr", "12 Kasım'da İncirlik Üssü'ne roketlerle saldırıldı.", (2023, 11, 12)),
])
def test_event_date_in_language(lang: str, text: str, day: tuple[int, int, int]) -> None:
    """Month names and relative days of the new lexicons date the event (a past month is last year's)."""
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].event_date == datetime(*day).date()


@pytest.mark.parametrize(("lang", "text", "killed"), [
    ("id", "Kelompok bersenjata menyerbu pangkalan militer AS di Suriah, lima tentara tewas.", 5),
    ("sw", "Al-Shabaab walivamia kambi ya kijeshi ya Baledogle na askari watano waliuawa.", 5),
    ("no", "Tre soldater ble drept da droner rammet flybasen Belbek.", 3),
    ("el", "Ρουκέτες έπληξαν το στρατόπεδο Μπάστιον, έξι στρατιώτες σκοτώθηκαν.", 6),
])
def test_killed_count_in_language(lang: str, text: str, killed: int) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].killed == killed


def test_a_declared_close_relative_reads_its_lexicon() -> None:
    """A feed that declares Malay ('ms') or Bokmål ('nb') gets the Indonesian or Norwegian lexicon, not all of them."""
    text = "Roket menghantam pangkalan militer AS di Suriah semalam, kata juru bicara militer."
    assert detect(text, language="ms", published=PUB).strike == detect(text, language="id", published=PUB).strike
    from pipelines.detect.detector import analyse

    assert analyse(text, language="ms").doc.lex.lang == "id"
    assert analyse("Russiske missiler rammet flybasen Belbek i natt.", language="nb").doc.lex.lang == "no"
