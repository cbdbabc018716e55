"""Depth of the class-8 lexicons (issue 16): strike reports in hi, gu, ml, ta, bn, id, sw, no, el, tr, ru read
with their attacker, place and type; each case names a language pattern, not one article.

Every sentence here was written for these tests. PUB is a Monday.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)

# Attackers the press names only by what they are (terrorists, militants, gunmen), in the case and agent
# endings of each language: the registry's Militants, and so a ground assault when no weapon is named.
MILITANTS = [
    ("gu", "આતંકવાદીઓએ પઠાણકોટ એરબેઝ પર ગ્રેનેડ ફેંક્યા, બે જવાન ઘાયલ થયા."),
    ("ml", "ഭീകരർ പഠാൻകോട്ട് വ്യോമസേനാ താവളം ആക്രമിച്ചു, രണ്ട് സൈനികർക്ക് പരിക്കേറ്റു."),
    ("ta", "பயங்கரவாதிகள் பதான்கோட் விமானப்படை தளத்தைத் தாக்கினர், இரண்டு வீரர்கள் காயமடைந்தனர்."),
    ("ta", "தீவிரவாதிகள் பதான்கோட் விமானப்படை தளத்தைத் தாக்கினர்."),
    ("bn", "জঙ্গিরা পাঠানকোট বিমানঘাঁটিতে হামলা চালায়, দুই জওয়ান আহত হন।"),
    ("sw", "Wanamgambo walishambulia kambi ya kijeshi ya Baledogle usiku wa kuamkia leo."),
    ("no", "Væpnede menn angrep en militærleir i Somalia i natt, fire soldater ble drept."),
    ("el", "Ένοπλοι επιτέθηκαν σε στρατιωτική βάση στη Σομαλία, σκοτώνοντας τέσσερις στρατιώτες."),
]


@pytest.mark.parametrize(("lang", "text"), MILITANTS)
def test_unnamed_attackers_are_militants(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert (det.reports[0].actor, det.reports[0].attack_type) == ("Militants", "ground_assault")


# A nationality written right before a weapon (its adjective, or the country stem in its genitive) names the
# state that fired it, as "Russian missiles" does in English.
NATIONAL_WEAPONS = [
    ("hi", "यूक्रेनी ड्रोनों ने रूस के एंगेल्स एयरबेस पर हमला किया।", "Ukraine"),
    ("hi", "पाकिस्तानी ड्रोन ने जम्मू वायुसेना स्टेशन पर विस्फोटक गिराए।", "Pakistan"),
    ("gu", "રશિયન મિસાઇલોએ યુક્રેનના એક લશ્કરી મથક પર હુમલો કર્યો.", "Russia"),
    ("ml", "യുക്രെയ്ൻ ഡ്രോണുകൾ റഷ്യയിലെ ഒരു വ്യോമതാവളം ആക്രമിച്ചു.", "Ukraine"),
    ("ta", "இஸ்ரேலிய போர் விமானங்கள் சிரியாவில் உள்ள ஒரு ராணுவ தளத்தின் மீது குண்டு வீசின.", "Israel"),
    ("bn", "রুশ ক্ষেপণাস্ত্র ইউক্রেনের একটি বিমানঘাঁটিতে আঘাত হেনেছে।", "Russia"),
    ("tr", "Rus füzeleri Ukrayna'daki bir askeri havaalanını vurdu.", "Russia"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), NATIONAL_WEAPONS)
def test_a_nationality_before_the_weapon_is_the_attacker(lang: str, text: str, actor: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].actor == actor


# Controls: the same nationality before the installation is its owner, not the attacker.
@pytest.mark.parametrize(("lang", "text"), [
    ("hi", "रूसी सैन्य अड्डे पर ड्रोन से हमला किया गया।"),
    ("ta", "ரஷ்ய விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது."),
    ("tr", "Rus hava üssüne İHA saldırısı düzenlendi."),
])
def test_a_nationality_before_the_installation_is_no_attacker(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].actor is None


# A postposition closes the noun before it ("कैंप पर", on the camp): the attackers written right after it are
# the subject of the next clause, not the object of "against" as after an English "on".
@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("hi", "मणिपुर में असम राइफल्स के कैंप पर उग्रवादियों ने गोलीबारी की, तीन जवान घायल हुए।", "Militants"),
    ("hi", "पठानकोट एयरबेस पर जैश ए मोहम्मद के आतंकियों ने हमला किया।", "Jaish-e-Mohammed"),
    ("gu", "મણિપુરમાં આસામ રાઇફલ્સના કેમ્પ પર ઉગ્રવાદીઓએ ગોળીબાર કર્યો, ત્રણ જવાન ઘાયલ થયા.", "Militants"),
    ("ml", "മണിപ്പൂരിൽ അസം റൈഫിൾസ് ക്യാമ്പിന് നേരെ തീവ്രവാദികൾ വെടിയുതിർത്തു.", "Militants"),
    ("ta", "மணிப்பூரில் அசாம் ரைபிள்ஸ் முகாம் மீது தீவிரவாதிகள் துப்பாக்கிச் சூடு நடத்தினர்.", "Militants"),
    ("tr", "Çukurca üs bölgesine yönelik PKK saldırısında bir asker şehit oldu.", "PKK"),
])
def test_the_attacker_after_a_postposition_is_no_target(lang: str, text: str, actor: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].actor == actor


def test_the_party_before_a_postposition_is_the_target() -> None:
    """Control: the Pakistani army written before 'पर' (on) is what was attacked, not the attacker."""
    det = detect("पाकिस्तानी सेना पर ड्रोन हमला, पेशावर एयरबेस निशाने पर।", language="hi", published=PUB)
    assert det.strike, det
    assert det.reports[0].actor is None


def test_turkish_ten_is_a_count() -> None:
    """Turkish 'on' (ten) was read by YAML as true, so 'on asker' counted nobody."""
    det = detect("Askeri üsse bombalı araçla saldırı düzenlendi, on asker şehit oldu, on iki asker yaralandı.",
                 language="tr", published=PUB)
    assert det.strike, det
    assert (det.reports[0].killed, det.reports[0].wounded) == (10, 12)


def test_every_lexicon_word_is_text() -> None:
    """A bare on, off, yes or no in a lexicon list is a YAML boolean, never matched: quote it."""
    import glob
    import os

    import yaml

    def bools(node: object) -> list[object]:
        if isinstance(node, dict):
            return [b for v in node.values() for b in bools(v)]
        if isinstance(node, list):
            return [v for v in node if isinstance(v, bool) or v is None] + [b for v in node for b in bools(v)]
        return []

    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "..", "pipelines", "detect", "lexicons", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            assert not bools(yaml.safe_load(f)), path


# Bengali: the locative and genitive of the installation nouns and paramilitary camps, the attack carried out
# ('হামলা চালায়'), fired ('ছুড়েছে'), an attack written with its weapon ('ড্রোন হামলা হয়েছে'), shots and
# grenades, and counts above five.
@pytest.mark.parametrize(("text", "fields"), [
    ("মণিপুরে আসাম রাইফেলসের ক্যাম্পে জঙ্গিরা গুলি চালায়, তিন জওয়ান আহত হয়েছেন।",
     ("Militants", "ground_assault", None, 3)),
    ("ইরান ইরাকে একটি মার্কিন সামরিক ঘাঁটিতে ব্যালিস্টিক ক্ষেপণাস্ত্র ছুড়েছে।", ("Iran", "missile", None, None)),
    ("পাঠানকোট বিমানঘাঁটিতে বুধবার ড্রোন হামলা হয়েছে, সাত জওয়ান নিহত হয়েছেন।", (None, "drone", 7, None)),
    ("কাশ্মীরে সেনা শিবিরে গ্রেনেড হামলা, দুই জওয়ান আহত।", (None, "ground_assault", None, 2)),
])
def test_bengali_strikes(text: str, fields: tuple) -> None:
    det = detect(text, language="bn", published=PUB)
    assert det.strike, (text, det)
    r = det.reports[0]
    assert (r.actor, r.attack_type, r.killed, r.wounded) == fields


@pytest.mark.parametrize("text", [
    "বিমানঘাঁটিতে ড্রোন হামলা প্রতিরোধের মহড়া অনুষ্ঠিত হয়েছে।",  # a drill against drone attacks
    "জঙ্গিরা সেনা শিবিরে হামলা চালাতে পারে বলে সতর্ক করেছে গোয়েন্দা সংস্থা।",  # may attack: a warning
    "পাঁচ বছর আগে উরি সেনা ঘাঁটিতে জঙ্গি হামলায় নিহতদের স্মরণে অনুষ্ঠান হয়েছে।",  # a memorial
])
def test_bengali_controls(text: str) -> None:
    assert not detect(text, language="bn", published=PUB).strike


# Installations named in these scripts: the town beside the base (its gazetteer `near` names) or the base's own
# name, transliterated as each press writes it.
@pytest.mark.parametrize(("lang", "text", "base_id"), [
    ("no", "Ukrainske droner angrep flybasen Engels i Russland natt til lørdag.", "ru-engels"),
    ("el", "Ουκρανικά drones επιτέθηκαν στην αεροπορική βάση Ένγκελς στη Ρωσία.", "ru-engels"),
    ("el", "Drones χτύπησαν το αεροδρόμιο Μοροζόφσκ τη νύχτα.", "ru-morozovsk"),
    ("el", "Ρωσικοί πύραυλοι έπληξαν την αεροπορική βάση του Σταροκοστιαντίνιφ.", "ua-starokostiantyniv"),
    ("no", "Flybasen Saky på Krim ble rammet av ukrainske missiler.", "ua-saky"),
    ("hi", "जम्मू के सुंजवां सैन्य शिविर पर आतंकियों ने हमला किया।", "in-sunjuwan"),
    ("bn", "উরি সেনা ঘাঁটিতে জঙ্গি হামলায় ১৭ জন সেনা নিহত হয়েছেন।", "in-uri"),
    ("ml", "നഗ്രോട്ട സൈനിക താവളത്തിൽ ഭീകരർ നടത്തിയ ആക്രമണത്തിൽ ഏഴ് സൈനികർ കൊല്ലപ്പെട്ടു.", "in-nagrota"),
    ("ta", "உக்ரைன் ட்ரோன்கள் ரஷ்யாவின் எங்கெல்ஸ் விமானப்படை தளத்தைத் தாக்கின.", "ru-engels"),
])
def test_installations_named_in_these_scripts(lang: str, text: str, base_id: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].base_id == base_id


def test_swahili_attack_of_a_group_names_the_attacker() -> None:
    """'Shambulio la X' (the attack of X): the genitive after the attack noun is its doer, not its object."""
    det = detect("Shambulio la al-Shabaab dhidi ya kambi ya KDF ya El Adde liliua wanajeshi wengi wa Kenya.",
                 language="sw", published=PUB)
    assert det.strike, det
    assert (det.reports[0].base_id, det.reports[0].actor) == ("so-el-adde", "al-Shabaab")


@pytest.mark.parametrize(("text", "actor"), [
    ("Ουκρανικά drones επιτέθηκαν στην αεροπορική βάση Ένγκελς στη Ρωσία το Σάββατο.", "Ukraine"),  # neuter plural
    ("Ρωσικοί πύραυλοι έπληξαν την αεροπορική βάση του Σταροκοστιαντίνιφ.", "Russia"),  # masculine plural
    ("Ιρανικοί βαλλιστικοί πύραυλοι έπληξαν αμερικανική βάση στο Ιράκ.", "Iran"),
    ("Ισραηλινά μαχητικά βομβάρδισαν συριακή αεροπορική βάση.", "Israel"),
])
def test_greek_nationality_in_every_gender_and_number(text: str, actor: str) -> None:
    det = detect(text, language="el", published=PUB)
    assert det.strike, det
    assert det.reports[0].actor == actor


# Indonesian: the armed group of Papua under the names officials and the press give it (KKB, KST, TPNPB-OPM), and
# the doer written right after a di- passive without 'oleh'.
@pytest.mark.parametrize("text", [
    "Kelompok Kriminal Bersenjata menyerang Pos TNI di Kabupaten Nduga pada Sabtu pagi, dua prajurit gugur.",
    "KKB menembaki pos Satgas Yonif 330 di Intan Jaya, tiga prajurit terluka.",
    "Pos TNI diserang KKB di Intan Jaya.",
    "Markas Koramil di Puncak diserang dan dibakar oleh kelompok separatis bersenjata, seorang prajurit tewas.",
])
def test_indonesian_papua_group_and_passive_doer(text: str) -> None:
    det = detect(text, language="id", published=PUB)
    assert det.strike, det
    assert det.reports[0].actor == "TPNPB-OPM"


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("यूक्रेन के ड्रोनों ने रूस के एंगेल्स एयरबेस पर हमला किया।", "Ukraine", "RU"),  # Ukraine's drones
    ("पाकिस्तान के ड्रोन ने जम्मू वायुसेना स्टेशन पर विस्फोटक गिराए।", "Pakistan", "IN"),
    # controls: the genitive before the installation places it and attacks nothing
    ("यूक्रेन के एक सैन्य अड्डे पर रूसी मिसाइल हमला हुआ, तीन सैनिक मारे गए।", "Russia", "UA"),
    ("रूस के एंगेल्स एयरबेस पर ड्रोन हमला हुआ।", None, "RU"),
])
def test_hindi_genitive_of_a_state_before_the_weapon(text: str, actor: str | None, country: str) -> None:
    det = detect(text, language="hi", published=PUB)
    assert det.strike, det
    assert (det.reports[0].actor, det.reports[0].country) == (actor, country)


@pytest.mark.parametrize(("text", "fields"), [
    ("Iran skjøt ballistiske missiler mot den amerikanske basen Ain al-Asad i Irak.", ("Iran", "missile")),
    ("Hizbollah skjøt raketter mot en israelsk militærbase natt til søndag.", ("Hezbollah", "rocket")),
])
def test_norwegian_fired_with_its_weapon(text: str, fields: tuple) -> None:
    det = detect(text, language="no", published=PUB)
    assert det.strike, det
    assert (det.reports[0].actor, det.reports[0].attack_type) == fields


@pytest.mark.parametrize("text", [
    "Jegere skjøt en elg like ved flybasen Bodø i helgen.",  # 'skjøt' alone is any shot
    "Soldatene skjøt raketter mot blinker under en øvelse ved flybasen Ørland.",  # a drill
])
def test_norwegian_shots_that_are_no_strike(text: str) -> None:
    assert not detect(text, language="no", published=PUB).strike


# Swahili remembrance after the army's and government's subject prefixes, and years ago counted past five.
@pytest.mark.parametrize("text", [
    "Jeshi la Kenya lilikumbuka shambulio la al-Shabaab dhidi ya kambi ya El Adde miaka minane iliyopita.",
    "Serikali ilikumbuka wanajeshi waliouawa katika shambulio dhidi ya kambi ya kijeshi ya Manda Bay.",
    "Al-Shabaab walishambulia kambi ya kijeshi ya El Adde miaka saba iliyopita, na kuua wanajeshi wengi.",
])
def test_swahili_remembrance_is_no_strike(text: str) -> None:
    assert not detect(text, language="sw", published=PUB).strike


# Recall controls: the same verb in a new attack's report (a witness recalled, the army recalled a past attack).
@pytest.mark.parametrize(("text", "base_id"), [
    ("Al-Shabaab walishambulia kambi ya kijeshi ya Manda Bay usiku wa kuamkia leo. Shahidi mmoja alikumbuka "
     "kusikia milipuko mikubwa.", "ke-manda-bay"),
    ("Makombora yalipiga kambi ya kijeshi ya El Adde siku ya Jumamosi, askari watatu waliuawa. Jeshi lilikumbuka "
     "kwamba kambi hiyo ilishambuliwa pia mwaka 2016.", "so-el-adde"),
])
def test_swahili_new_attack_with_a_memory_still_alerts(text: str, base_id: str) -> None:
    det = detect(text, language="sw", published=PUB)
    assert det.strike, det
    assert det.reports[0].base_id == base_id
