"""Class 8 of issue 16: the thin languages read a strike with its fields, and a drill or a threat is no strike.

Every sentence here was written for these tests. Per language: one strike stating the base, the
attack type, the day (a weekday before the Monday of publication) and the dead or wounded as words;
a drill and a threat naming the same kind of base and weapon. Then one-line Turkish and Russian reports,
and the narrower words each lexicon gained (explosions, confirmation, relative days, weapons).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from class8_cases import CASUALTIES as CASE_CASUALTIES
from class8_cases import DATED as CASE_DATED
from class8_cases import NOT_STRIKES as CASE_NOT_STRIKES
from class8_cases import PATRONS_AND_CAUSES as CASE_PATRONS
from class8_cases import PUB as CASE_PUB
from class8_cases import STRIKES as CASE_STRIKES
from class8_cases import TOWNS_BY_NATIONALITY as CASE_TOWNS
from pipelines.detect import detect

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)  # a Monday

# lang, text, base id, attack type, event date, killed, wounded
STRIKES = [
    ("hi", "शुक्रवार देर रात आतंकवादियों ने उरी सैन्य शिविर पर ग्रेनेड फेंके, हमले में चार जवान शहीद हो गए और नौ जवान "
     "घायल हुए।", "in-uri", "ground_assault", date(2024, 1, 19), 4, 9),
    ("gu", "ગુરુવારે રાત્રે પઠાણકોટ એરબેઝ પર ડ્રોન વડે હુમલો કરવામાં આવ્યો, જેમાં બે જવાન શહીદ થયા અને છ જવાન ઘાયલ થયા.",
     "in-pathankot", "drone", date(2024, 1, 18), 2, 6),
    ("ml", "ബുധനാഴ്ച രാത്രി പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ റോക്കറ്റ് ആക്രമണം ഉണ്ടായി, മൂന്ന് സൈനികർ കൊല്ലപ്പെട്ടു, "
     "ആറ് സൈനികർക്ക് പരിക്കേറ്റു.", "in-pathankot", "rocket", date(2024, 1, 17), 3, 6),
    ("ta", "வெள்ளிக்கிழமை இரவு பதான்கோட் விமானப்படை தளத்தின் மீது ஏவுகணை தாக்குதல் நடத்தப்பட்டது, இதில் ஆறு வீரர்கள் "
     "உயிரிழந்தனர், பன்னிரண்டு வீரர்கள் காயமடைந்தனர்.", "in-pathankot", "missile", date(2024, 1, 19), 6, 12),
    ("id", "Serangan roket menghantam pangkalan udara Ain al-Asad di Irak pada Kamis dini hari, dua tentara tewas dan "
     "delapan lainnya luka-luka.", "iq-ain-al-asad", "rocket", date(2024, 1, 18), 2, 8),
    ("sw", "Wapiganaji wa al-Shabaab walishambulia kambi ya kijeshi ya El Adde kwa gari lililojaa vilipuzi siku ya "
     "Ijumaa, askari tisa waliuawa na wengine kumi na wawili walijeruhiwa.", "so-el-adde", "ied", date(2024, 1, 19), 9, 12),
    ("no", "To soldater ble drept og fem såret da ukrainske missiler rammet flybasen Belbek på Krim natt til torsdag.",
     "ua-belbek", "missile", date(2024, 1, 18), 2, 5),
    ("el", "Τρεις στρατιώτες σκοτώθηκαν και επτά τραυματίστηκαν το Σάββατο, όταν drones έπληξαν το στρατόπεδο Μπάστιον.",
     "af-bastion", "drone", date(2024, 1, 20), 3, 7),
    ("tr", "Derecik Hudut Taburu'na çarşamba gecesi roketli saldırı düzenlendi, iki asker şehit oldu, on iki asker "
     "yaralandı.", "tr-derecik", "rocket", date(2024, 1, 17), 2, 12),
    ("ru", "В среду беспилотники атаковали аэродром Моздок, погибли двое военнослужащих, ещё семеро получили ранения.",
     "ru-mozdok", "drone", date(2024, 1, 17), 2, 7),
    ("uk", "У четвер російські ракети влучили в аеродром Миргород, загинули троє військових, ще шестеро дістали поранення.",
     "ua-myrhorod", "missile", date(2024, 1, 18), 3, 6),
]

# One drill and one threat per language: base and weapon named, no attack happened.
NOT_STRIKES = [
    ("hi", "अंबाला एयरबेस पर वायुसेना ने ड्रोन हमले से निपटने का संयुक्त अभ्यास किया।"),
    ("hi", "आतंकी संगठन ने धमकी दी है कि वह पठानकोट एयरबेस पर ड्रोन से हमला करेगा।"),
    ("gu", "પઠાણકોટ એરબેઝ પર વાયુસેનાએ ડ્રોન હુમલાનો સામનો કરવા મોક ડ્રિલ યોજી."),
    ("gu", "આતંકવાદી જૂથે પઠાણકોટ એરબેઝ પર રોકેટ હુમલો કરવાની ચેતવણી આપી."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിൽ മിസൈൽ ആക്രമണം നേരിടാനുള്ള സൈനികാഭ്യാസം നടന്നു."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളം ഡ്രോൺ ഉപയോഗിച്ച് ആക്രമിക്കുമെന്ന് ഭീകരസംഘടന ഭീഷണി മുഴക്കി."),
    ("ta", "பதான்கோட் விமானப்படை தளத்தில் ஏவுகணை தாக்குதலை எதிர்கொள்ளும் போர் ஒத்திகை நடைபெற்றது."),
    ("ta", "பதான்கோட் விமானப்படை தளத்தை ட்ரோன் மூலம் தாக்குவோம் என பயங்கரவாத அமைப்பு மிரட்டல் விடுத்துள்ளது."),
    ("id", "Prajurit TNI AU menggelar latihan menembak jatuh drone di pangkalan udara Iswahjudi, Madiun."),
    ("id", "Kelompok Houthi mengancam akan menyerang pangkalan militer AS di Teluk dengan rudal balistik."),
    ("sw", "Wanajeshi wa KDF walifanya zoezi la kijeshi la kurusha makombora katika kambi ya Manda Bay."),
    ("sw", "Al-Shabaab imetishia kushambulia kambi ya kijeshi ya Baledogle kwa makombora."),
    ("no", "Soldatene øvde på å skyte ned droner under en stor øvelse ved flybasen Ørland."),
    ("no", "Houthiene truer med å angripe amerikanske militærbaser i regionen med raketter."),
    ("el", "Στρατιωτική άσκηση με πυραύλους και drones πραγματοποιήθηκε στον ναύσταθμο της Σούδας."),
    ("el", "Η Χεζμπολάχ απειλεί ότι θα χτυπήσει με πυραύλους στρατιωτικές βάσεις στο βόρειο Ισραήλ."),
    ("tr", "İncirlik Hava Üssü'nde SİHA ve füze atışlı tatbikat yapıldı."),
    ("tr", "Terör örgütü, Derecik Hudut Taburu'na roketle saldıracağını açıkladı."),
    ("ru", "На аэродроме Моздок прошли учения по отражению атаки беспилотников."),
    ("ru", "Хуситы пригрозили нанести ракетный удар по американским базам в регионе."),
    ("uk", "На аеродромі Миргород відбулися навчання з відбиття атаки дронів."),
    ("uk", "Росія погрожує завдати ракетного удару по аеродрому Миргород."),
]

# One-line reports (a headline, a news ticker): the base, the weapon and the attack, nothing else.
ONE_LINERS = [
    ("tr", "Batman Hava Üssü'ne SİHA saldırısı", "tr-batman", "drone"),
    ("tr", "Kürecik radar üssüne füze saldırısı", "tr-kurecik", "missile"),
    ("ru", "По аэродрому Бельбек нанесён удар", "ua-belbek", None),
    ("ru", "Беспилотники атаковали аэродром Моздок", "ru-mozdok", "drone"),
]


@pytest.mark.parametrize(("lang", "text", "base_id", "attack_type", "day", "killed", "wounded"), STRIKES)
def test_strike_with_its_fields(lang: str, text: str, base_id: str, attack_type: str, day: date, killed: int,
                                wounded: int) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    r = det.reports[0]
    assert (r.base_id, r.attack_type, r.event_date, r.killed, r.wounded) == (base_id, attack_type, day, killed, wounded)


@pytest.mark.parametrize(("lang", "text"), NOT_STRIKES)
def test_drill_or_threat_is_not_a_strike(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert not det.strike, (text, det.reports)


@pytest.mark.parametrize(("lang", "text", "base_id", "attack_type"), ONE_LINERS)
def test_one_line_report(lang: str, text: str, base_id: str, attack_type: str | None) -> None:
    """A bare 'nanesyon udar' ('a strike was dealt') names no weapon: any type but the base is checked."""
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert det.reports[0].base_id == base_id
    if attack_type:
        assert det.reports[0].attack_type == attack_type


# An explosion at a base with no weapon, attacker or claim anywhere is as likely an accident: the
# explosion words of these languages are blast words, as in English and Arabic.
BLASTS = [
    ("el", "Ισχυρή έκρηξη σημειώθηκε στη ναυτική βάση της Σούδας την Τρίτη, δύο ναύτες τραυματίστηκαν."),
    ("id", "Ledakan keras terjadi di pangkalan militer TNI di Bekasi pada Selasa malam, dua prajurit terluka."),
    ("sw", "Mlipuko mkubwa ulitokea katika kambi ya kijeshi ya Manda Bay siku ya Jumanne, askari wawili walijeruhiwa."),
    ("ta", "பதான்கோட் விமானப்படை தளத்தில் செவ்வாய்க்கிழமை பெரும் வெடிப்பு ஏற்பட்டது, இரண்டு வீரர்கள் காயமடைந்தனர்."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിൽ ചൊവ്വാഴ്ച വൻ സ്ഫോടനം ഉണ്ടായി, രണ്ട് സൈനികർക്ക് പരിക്കേറ്റു."),
    ("gu", "પઠાણકોટ એરબેઝ પર મંગળવારે જોરદાર વિસ્ફોટ થયો, બે જવાન ઘાયલ થયા."),
]


@pytest.mark.parametrize(("lang", "text"), BLASTS)
def test_an_unexplained_explosion_is_not_a_strike(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert not det.strike, (text, det.reports)


def test_ukrainian_official_confirms_a_strike() -> None:
    det = detect("Генштаб ЗСУ підтвердив, що ворожі ракети влучили в аеродром Миргород.", language="uk",
                 published=PUB)
    assert det.strike, det
    assert (det.reports[0].base_id, det.reports[0].confirmed_by) == ("ua-myrhorod", "General Staff (Генштаб)")


def test_ukrainian_could_strike_is_hypothetical() -> None:
    text = "Аналітики вважають, що росіяни можуть завдати удару ракетами по аеродрому Миргород."
    assert not detect(text, language="uk", published=PUB).strike


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Ракети влучили в аеродром Миргород, серед загиблих двоє військових."),  # серед: among
    ("ru", "Беспилотники атаковали аэродром Моздок, средства ПВО сбили часть из них."),  # средства: means
])
def test_words_that_begin_like_wednesday_do_not_date_the_strike(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, det
    assert det.reports[0].event_date is None


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("hi", "कल देर रात पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", date(2024, 1, 21)),  # late last night
    ("gu", "પરમદિવસે પઠાણકોટ એરબેઝ પર ડ્રોન વડે હુમલો કરવામાં આવ્યો.", date(2024, 1, 20)),  # the day before yesterday
    ("ru", "Беспилотники атаковали аэродром Моздок минувшей ночью.", date(2024, 1, 21)),  # last night
    ("el", "Drones έπληξαν το στρατόπεδο Μπάστιον τη νύχτα της Κυριακής.", date(2024, 1, 21)),  # Sunday's night
])
def test_relative_days_and_weekday_cases_date_the_strike(lang: str, text: str, day: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, det
    assert det.reports[0].event_date == day


@pytest.mark.parametrize(("lang", "text", "attack_type"), [
    ("el", "Ρωσικά μαχητικά βομβάρδισαν ουκρανική αεροπορική βάση τη νύχτα.", "airstrike"),  # fighter jets
    ("tr", "Bomba yüklü araçla askeri üsse saldırı düzenlendi, dört asker şehit oldu.", "ied"),  # bomb-laden vehicle
])
def test_weapon_words_give_the_attack_type(lang: str, text: str, attack_type: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, det
    assert det.reports[0].attack_type == attack_type


@pytest.mark.parametrize(("lang", "text"), [
    # the army (class li-) denied it: the denial verb takes the noun class's prefix
    ("sw", "Jeshi la Kenya limekanusha taarifa kwamba al-Shabaab walishambulia kambi ya kijeshi ya Manda Bay."),
    ("el", "Δέκα χρόνια από την επίθεση των Ταλιμπάν στο στρατόπεδο Μπάστιον."),  # ten years since
])
def test_a_denial_or_an_old_attack_is_not_a_strike(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize(("lang", "text", "attack_type"), [
    ("el", "Ρουκέτες έπεσαν σε αμερικανική βάση στο Ιράκ.", "rocket"),  # rockets fell on a base
    ("id", "Pos TNI diserang KKB di Intan Jaya.", "ground_assault"),  # the armed criminal group, by its initials
])
def test_more_attack_words(lang: str, text: str, attack_type: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, det
    assert det.reports[0].attack_type == attack_type


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Two soldiers were killed and five wounded when rockets hit Ain al-Asad air base.", 2, 5),
    ("Rockets hit Ain al-Asad air base; 2 soldiers were killed and 5 were wounded.", 2, 5),
    ("Rockets hit Ain al-Asad air base, killing two soldiers and wounding five.", 2, 5),
])
def test_each_count_belongs_to_one_casualty_word(text: str, killed: int, wounded: int) -> None:
    """The number after "killed and" is nearer "killed" than the count before it, but it is the wounded."""
    r = detect(text, language="en", published=PUB).reports[0]
    assert (r.killed, r.wounded) == (killed, wounded)


@pytest.mark.parametrize(("lang", "text"), [
    # a system installed "in order to stop drone attacks": the attack is what it guards against
    ("gu", "પઠાણકોટ એરબેઝ પર ડ્રોન હુમલા રોકવા માટે નવી એન્ટી-ડ્રોન સિસ્ટમ તૈનાત કરવામાં આવી."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിൽ ഡ്രോൺ ആക്രമണം തടയുന്നതിനായി പുതിയ സംവിധാനം സ്ഥാപിച്ചു."),
    ("ta", "பதான்கோட் விமானப்படை தளத்தில் ட்ரோன் தாக்குதலைத் தடுப்பதற்காக புதிய அமைப்பு நிறுவப்பட்டது."),
    # satellite pictures of new hangars after earlier attacks
    ("no", "Satellittbilder viser nye hangarer ved flybasen Belbek etter fjorårets droneangrep."),
    ("el", "Δορυφορικές εικόνες δείχνουν νέα υπόστεγα στη ρωσική αεροπορική βάση μετά τις επιθέσεις με drones."),
])
def test_defences_and_satellite_pictures_are_not_a_strike(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


# The lexicon classes of each class-8 language, case by case (tests/class8_cases.py): strikes of
# several kinds (a passive, a claim) with their fields, hard negatives of classes 1-3, dated reports.
@pytest.mark.parametrize(("lang", "what", "text", "base_id", "country", "actor", "attack_type", "day"),
                         CASE_STRIKES, ids=[f"{c[0]}-{c[1]}" for c in CASE_STRIKES])
def test_strike_of_each_kind_with_its_fields(lang: str, what: str, text: str, base_id: str | None, country: str,
                                             actor: str | None, attack_type: str, day: date | None) -> None:
    det = detect(text, language=lang, published=CASE_PUB)
    assert det.strike, (text, det)
    r = det.reports[0]
    assert (r.base_id, r.country, r.actor, r.attack_type, r.event_date) == (base_id, country, actor, attack_type, day)


@pytest.mark.parametrize(("lang", "cls", "what", "text"), CASE_NOT_STRIKES,
                         ids=[f"{c[0]}-class{c[1]}-{c[2]}" for c in CASE_NOT_STRIKES])
def test_hard_negative_is_not_a_strike(lang: str, cls: int, what: str, text: str) -> None:
    det = detect(text, language=lang, published=CASE_PUB)
    assert not det.strike, (text, det.reports)


@pytest.mark.parametrize(("lang", "what", "text", "day"), CASE_DATED, ids=[f"{c[0]}-{c[1]}" for c in CASE_DATED])
def test_a_relative_day_or_written_date_dates_the_strike(lang: str, what: str, text: str, day: date) -> None:
    det = detect(text, language=lang, published=CASE_PUB)
    assert det.strike, (text, det)
    assert det.reports[0].event_date == day


@pytest.mark.parametrize(("lang", "text"), [
    ("hi", "१५ जनवरी २०२४ को अंबाला एयरबेस पर ड्रोन हमला हुआ।"),
    ("gu", "૧૫ જાન્યુઆરી ૨૦૨૪ના રોજ પઠાણકોટ એરબેઝ પર રોકેટ હુમલો થયો."),
    ("ml", "൧൫ ജനുവരി ൨൦൨൪-ന് പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം ഉണ്ടായി."),
], ids=["hi", "gu", "ml"])
def test_a_date_in_native_digits_with_its_year(lang: str, text: str) -> None:
    """With no publication date only the written year dates the strike: in the script's own digits too."""
    det = detect(text, language=lang)
    assert det.strike, det
    assert det.reports[0].event_date == date(2024, 1, 15)


@pytest.mark.parametrize(("lang", "what", "text", "killed", "wounded"), CASE_CASUALTIES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASE_CASUALTIES])
def test_the_dead_and_wounded_counted_in_words(lang: str, what: str, text: str, killed: int | None,
                                               wounded: int | None) -> None:
    r = detect(text, language=lang, published=CASE_PUB).reports[0]
    assert (r.killed, r.wounded) == (killed, wounded)


@pytest.mark.parametrize(("lang", "what", "text", "country", "actor"), CASE_PATRONS,
                         ids=[f"{c[0]}-{c[1]}" for c in CASE_PATRONS])
def test_a_patron_or_a_cause_is_not_the_attacker_nor_the_place(lang: str, what: str, text: str, country: str | None,
                                                               actor: str | None) -> None:
    det = detect(text, language=lang, published=CASE_PUB)
    assert det.strike, det
    assert (det.reports[0].country, det.reports[0].actor) == (country, actor)


@pytest.mark.parametrize(("lang", "text", "country"), CASE_TOWNS, ids=[c[0] for c in CASE_TOWNS])
def test_a_nationality_with_a_town_noun_places_the_town(lang: str, text: str, country: str) -> None:
    det = detect(text, language=lang, published=CASE_PUB)
    assert det.strike, det
    assert det.reports[0].country == country
