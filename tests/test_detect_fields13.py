"""Country and date on unseen news (FIELDS13): a source phrase opening the sentence places its sayer, not
the installation; a bare day of the month dates the attack in the publication's month. The articles are our own."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 9, 0, tzinfo=timezone.utc)  # a Wednesday


def _first(text: str, lang: str | None = None):
    """The first report of a text that must be a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    return found.reports[0]


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# The source phrase names where the news was heard; the striker opens the clause after it; the title places it.
SOURCE_PHRASES = [
    ("he", "תקיפה בסוריה\n\nלפי דיווחים בלבנון, ישראל תקפה בסיס צבאי ליד העיירה קריתיין ביום שני."),
    ("en", "Israeli strike in Syria\n\nAccording to reports in Iraq, Israeli jets struck a military airfield near the "
           "town of Qaryatayn on Monday."),
    ("en", "Strike in Syria\n\nAccording to media in Lebanon, Israel struck a military base near the town of "
           "Qaryatayn on Monday."),
    ("ar", "غارة في سوريا\n\nووفقا لوسائل إعلام في لبنان، إسرائيل قصفت مطارا عسكريا قرب بلدة القريتين أمس."),
    ("ru", "Удар по Сирии\n\nПо данным СМИ в Ливане, Израиль нанес удар по военной базе у поселка Карьятейн в понедельник."),
    ("fr", "Frappe en Syrie\n\nSelon des médias au Liban, Israël a frappé une base militaire près de la ville de "
           "Qaryatayn lundi."),
    ("tr", "Suriye'de saldırı\n\nLübnan basınına göre İsrail, Karyateyn kasabası yakınlarındaki bir askeri üssü "
           "pazartesi günü vurdu."),
    ("id", "Serangan di Suriah\n\nMenurut media di Lebanon, Israel menyerang pangkalan militer dekat kota Qaryatayn "
           "pada Senin."),
]


@pytest.mark.parametrize("lang,text", SOURCE_PHRASES, ids=_ids(SOURCE_PHRASES))
def test_a_source_phrase_places_the_sayer_not_the_installation(lang: str, text: str) -> None:
    assert _first(text, lang).country == "SY"


def test_the_striker_after_a_source_phrase_is_no_place() -> None:
    text = "לפי דיווחים בסוריה, ישראל תקפה שדה תעופה צבאי ליד העיירה קריתיין."
    assert _first(text, "he").country != "IL"


# Controls: the country that speaks ("Syria said") and a place in the phrase after the source stay.
SOURCE_CONTROLS = [
    ("en", "Syria said Israeli jets struck a military airfield near the town of Qaryatayn on Monday.", "SY"),
    ("en", "According to officials in Iraq, rockets hit a military base near the town of Sinjar late Monday.", "IQ"),
    ("en", "According to sources in Jordan, Israel struck an army base in southern Syria on Monday.", "SY"),
    ("he", "לפי כלי תקשורת בלבנון, ישראל תקפה אמש בסיס צבאי בסוריה.", "SY"),
    ("en", "Israel struck an army base near the town of Qaryatayn in Syria on Monday.", "SY"),
]


@pytest.mark.parametrize("lang,text,country", SOURCE_CONTROLS, ids=_ids(SOURCE_CONTROLS))
def test_speakers_and_places_outside_the_source_phrase_stay(lang: str, text: str, country: str) -> None:
    assert _first(text, lang).country == country


# A day of the month with no month: this month's, the month before's when it is still to come.
BARE_DAYS = [
    ("en", "Militants attacked an army camp in Diyala governorate on the 5th, officials said.", date(2025, 3, 5)),
    ("en", "Drones struck an air base near Erbil in the early hours of the 11th, Kurdish officials said.",
     date(2025, 3, 11)),
    ("en", "Rockets hit a military base near Kirkuk on the 21st, police said.", date(2025, 2, 21)),
    ("fr", "Des jihadistes ont attaqué un camp militaire dans la région de Mopti le 5, selon l'armée.", date(2025, 3, 5)),
    ("fr", "Un poste militaire a été attaqué à Gao le 1er, selon des sources locales.", date(2025, 3, 1)),
    ("de", "Drohnen griffen am 5. einen Militärstützpunkt in der Region Kursk an.", date(2025, 3, 5)),
]


@pytest.mark.parametrize("lang,text,day", BARE_DAYS, ids=_ids(BARE_DAYS))
def test_a_bare_day_of_the_month_dates_the_attack(lang: str, text: str, day: date) -> None:
    assert _first(text, lang).event_date == day


# Controls: an ordinal that counts days, units or attacks, and a day that opens a period, date nothing.
BARE_DAY_CONTROLS = [
    ("en", "Rockets hit a military base near Kirkuk on the 5th day of the offensive, police said."),
    ("en", "Fighters of the 5th Brigade attacked a military base near Kirkuk, police said."),
    ("fr", "Le camp de Boni a été attaqué pour la troisième fois depuis le 5, selon l'armée."),
]


@pytest.mark.parametrize("lang,text", BARE_DAY_CONTROLS, ids=_ids(BARE_DAY_CONTROLS))
def test_a_counted_or_opening_day_dates_nothing(lang: str, text: str) -> None:
    assert _first(text, lang).event_date is None


# A case ending glued to a month ("from", "since", "after") makes the date a bound of a period.
SINCE_SUFFIXES = [
    ("gu", "પઠાણકોટ વાયુસેના મથક પર 5 માર્ચથી ત્રણ વખત ડ્રોન હુમલો થયો છે."),
    ("tr", "Hakkari'deki askeri üsse 5 Mart'tan sonra ikinci kez roketli saldırı düzenlendi."),
    ("az", "Gəncədəki hərbi hissəyə 5 martdan sonra ikinci dəfə dronla hücum edilib."),
]


@pytest.mark.parametrize("lang,text", SINCE_SUFFIXES, ids=_ids(SINCE_SUFFIXES))
def test_a_month_with_a_since_ending_dates_nothing(lang: str, text: str) -> None:
    assert _first(text, lang).event_date is None


# Controls: the locative and the dative-like endings on the same months are the attack's day.
MONTH_CONTROLS = [
    ("gu", "પઠાણકોટ વાયુસેના મથક પર 10 માર્ચે ડ્રોન હુમલો થયો.", date(2025, 3, 10)),
    ("tr", "Hakkari'deki askeri üsse 10 Mart'ta roketli saldırı düzenlendi.", date(2025, 3, 10)),
    ("az", "Gəncədəki hərbi hissəyə 10 martda dronla hücum edilib.", date(2025, 3, 10)),
    ("ur", "پٹھان کوٹ ایئر بیس پر 10 مارچ کو ڈرون حملہ ہوا۔", date(2025, 3, 10)),
]


@pytest.mark.parametrize("lang,text,day", MONTH_CONTROLS, ids=_ids(MONTH_CONTROLS))
def test_a_month_with_a_locative_ending_is_the_day(lang: str, text: str, day: date) -> None:
    assert _first(text, lang).event_date == day


def test_a_period_since_a_day_in_urdu_dates_no_attack() -> None:
    found = detect("پٹھان کوٹ ایئر بیس پر 5 مارچ سے تین بار ڈرون حملے ہو چکے ہیں۔", language="ur", published=PUB)
    assert all(r.event_date is None for r in found.reports)


# A wire dateline's day is the day that "overnight" and weekdays after it count from.
DATELINES = [
    ("KYIV, March 10 (Reuters) - Ukrainian drones struck a military airfield in Russia's Kursk region overnight, "
     "Russian officials said.", date(2025, 3, 10)),
    ("BAGHDAD, March 10 (Reuters) - Rockets struck a military base near Kirkuk yesterday, security sources said.",
     date(2025, 3, 9)),
    ("BAGHDAD, March 11 (Reuters) - Rockets struck a military base near Kirkuk, security sources said.", date(2025, 3, 11)),
    ("BAGHDAD, March 11 (Reuters) - Rockets struck a military base near Kirkuk on Monday night, security sources said.",
     date(2025, 3, 10)),
]


@pytest.mark.parametrize("text,day", DATELINES, ids=[str(i) for i in range(len(DATELINES))])
def test_relative_days_count_from_the_dateline(text: str, day: date) -> None:
    assert _first(text, "en").event_date == day


def test_a_date_later_in_the_sentence_is_no_dateline() -> None:
    text = "Drones struck a military airfield in Kursk region overnight, weeks after a raid on March 1."
    assert _first(text, "en").event_date == date(2025, 3, 12)


# A passive with no doer in a party's own statement is its strike; the General Staff that speaks is no target.
IMPERSONAL = [
    ("Генеральний штаб ЗСУ повідомляє, що в ніч на 11 березня уражено військовий аеродром у Курській області.",
     "Ukraine"),
    ("У Генштабі ЗСУ повідомили, що вчора уражено військовий аеродром Бельбек у Криму.", "Ukraine"),
]


@pytest.mark.parametrize("text,attacker", IMPERSONAL, ids=[str(i) for i in range(len(IMPERSONAL))])
def test_a_passive_in_a_partys_statement_is_its_own_strike(text: str, attacker: str) -> None:
    found = detect(text, language="uk", published=PUB)
    assert found.strike
    assert all(r.actor == attacker for r in found.reports)
    assert all("штаб" not in (r.mention or "") for r in found.reports)


# Controls: another party named in the statement is the doer.
IMPERSONAL_CONTROLS = [
    ("ЗСУ повідомили, що російськими ракетами уражено аеродром у Полтавській області.", "Russia"),
    ("Повітряні сили ЗСУ повідомили, що росіяни атакували аеродром у Полтавській області.", "Russia"),
]


@pytest.mark.parametrize("text,attacker", IMPERSONAL_CONTROLS, ids=[str(i) for i in range(len(IMPERSONAL_CONTROLS))])
def test_another_party_in_the_statement_is_the_doer(text: str, attacker: str) -> None:
    assert _first(text, "uk").actor == attacker


# Where the verb ends the clause, a bare country before an indefinite object is its subject, also after a
# fronted phrase; the place the clause names places the installation.
SUBJECT_FIRST = [
    ("fa", "اسرائیل یک پایگاه نظامی نزدیک شهر قریتین را روز دوشنبه هدف قرار داد.", "IL"),
    ("fa", "در سوریه، اسرائیل یک پایگاه نظامی را روز دوشنبه هدف قرار داد.", "IL"),
    ("az", "Ermənistan Tovuz rayonunda yerləşən hərbi hissəni atəşə tutub.", "AM"),
]


@pytest.mark.parametrize("lang,text,striker", SUBJECT_FIRST, ids=_ids(SUBJECT_FIRST))
def test_the_subject_first_is_no_place(lang: str, text: str, striker: str) -> None:
    assert _first(text, lang).country != striker


def test_a_district_names_its_country() -> None:
    assert _first("Tovuz rayonunda yerləşən hərbi hissə dünən atəşə tutulub.", "az").country == "AZ"


# Controls: the country written in the object's own place phrase still places it.
SUBJECT_CONTROLS = [
    ("fa", "آمریکا یک پایگاه نظامی در استان دیالی را روز یکشنبه بمباران کرد.", "IQ"),
    ("fa", "ترکیه یک پایگاه نظامی پ‌ک‌ک را در شمال عراق بمباران کرد.", "IQ"),
    ("tr", "İsrail bir askeri üssü Humus yakınlarında pazartesi günü vurdu.", "SY"),
]


@pytest.mark.parametrize("lang,text,country", SUBJECT_CONTROLS, ids=_ids(SUBJECT_CONTROLS))
def test_the_objects_place_phrase_still_places_it(lang: str, text: str, country: str) -> None:
    assert _first(text, lang).country == country


# Hindi "कल" is yesterday with a past-tense verb after it; a postposition some words after a day ("ड्रोन से", by
# drone) opens no period.
KAL = [
    ("पठानकोट में वायुसेना अड्डे पर कल ड्रोन से हमला हुआ।", date(2025, 3, 11)),
    ("पठानकोट वायुसेना अड्डे पर कल रात ड्रोन से हमला हुआ।", date(2025, 3, 11)),
]


@pytest.mark.parametrize("text,day", KAL, ids=[str(i) for i in range(len(KAL))])
def test_kal_with_a_past_verb_is_yesterday(text: str, day: date) -> None:
    assert _first(text, "hi").event_date == day


def test_kal_with_a_future_verb_dates_nothing() -> None:
    assert _first("पठानकोट वायुसेना अड्डे पर ड्रोन से हमला हुआ, कल जांच होगी।", "hi").event_date is None


def test_a_turkish_date_with_its_noun_in_the_ablative_opens_a_period() -> None:
    text = "Hakkari'deki askeri üsse 5 Mart tarihinden sonra ikinci kez roketli saldırı düzenlendi."
    assert _first(text, "tr").event_date is None
