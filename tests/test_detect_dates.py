"""Event dates: relative words, weekdays and explicit dates against the publication date."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.dates import explicit_all, weekday

PUB = datetime(2023, 11, 6, 13, 55, tzinfo=timezone.utc)  # a Monday

CASES = [
    ("en", "Drones attacked Ain al-Asad air base late Sunday night.", date(2023, 11, 5)),
    ("en", "Drones attacked Ain al-Asad air base yesterday.", date(2023, 11, 5)),
    ("en", "Drones attacked Ain al-Asad air base this morning.", date(2023, 11, 6)),
    ("en", "Drones attacked Ain al-Asad air base on Monday.", date(2023, 11, 6)),
    ("en", "Drones attacked Ain al-Asad air base on Thursday.", date(2023, 11, 2)),
    ("en", "Drones attacked Ain al-Asad air base on 3 November.", date(2023, 11, 3)),
    ("en", "Drones attacked Ain al-Asad air base on November 4, 2023.", date(2023, 11, 4)),
    ("en", "Drones attacked Ain al-Asad air base.", None),
]

# PUB is 15 Aban 1402 in the Solar Hijri calendar.
NATIVE_DIGIT_CASES = [
    ("ar", "قصفت طائرة مسيرة قاعدة عين الأسد الجوية يوم ٢٠٢٣/١١/٤ حسب مصادر أمنية.", date(2023, 11, 4)),
    ("ar", "قصفت طائرة مسيرة قاعدة عين الأسد الجوية يوم ٤ نوفمبر ٢٠٢٣ حسب مصادر أمنية.", date(2023, 11, 4)),
    ("fa", "پهپادها روز ۱۴۰۲/۸/۱۳ به پایگاه عین الاسد حمله کردند.", date(2023, 11, 4)),
    ("fa", "پهپادها روز ۱۳ آبان ۱۴۰۲ به پایگاه عین الاسد حمله کردند.", date(2023, 11, 4)),
    ("fa", "پهپادها روز ۱۳ آبان به پایگاه عین الاسد حمله کردند.", date(2023, 11, 4)),
    ("fa", "پهپادها روز ۴ نوامبر ۲۰۲۳ به پایگاه عین الاسد حمله کردند.", date(2023, 11, 4)),
    # A Solar Hijri day later in the year than the publication is last year's.
    ("fa", "پهپادها روز ۲۰ آبان به پایگاه عین الاسد حمله کردند.", date(2022, 11, 11)),
    # A month name with no day next to it is no date.
    ("fa", "پهپادها در آبان به پایگاه عین الاسد حمله کردند.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + NATIVE_DIGIT_CASES)
def test_event_date(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected



def test_december_date_in_january_article_is_last_year() -> None:
    pub = datetime(2024, 1, 2, tzinfo=timezone.utc)
    det = detect("Rockets hit Ain al-Asad air base on 30 December.", language="en", published=pub)
    assert det.reports[0].event_date == date(2023, 12, 30)


def test_dateline_used_when_no_publication_date() -> None:
    text = "Monday 6 November 2023\n\nDrones attacked Ain al-Asad air base on Sunday night."
    det = detect(text, language="en")
    assert det.reports[0].event_date == date(2023, 11, 5)


@pytest.mark.parametrize(("ref", "wd", "expected"), [
    (date(2023, 11, 6), 6, date(2023, 11, 5)),
    (date(2023, 11, 6), 0, date(2023, 11, 6)),
    (date(2023, 11, 6), 1, date(2023, 10, 31)),
])
def test_weekday_resolution(ref: date, wd: int, expected: date) -> None:
    assert weekday(ref, wd) == expected


# "The day before yesterday" is its own word in most languages; where it is built on "yesterday"
# (French avant-hier, Italian l'altro ieri) reading only "yesterday" gave a day too late.
DAY_BEFORE_YESTERDAY = [
    ("fr", "Avant-hier, des drones ont frappé la base aérienne d'Aïn al-Asad, selon un responsable irakien."),
    ("it", "L'altro ieri alcuni droni hanno colpito la base aerea di Ain al-Asad, riferisce un funzionario."),
    ("es", "Anteayer varios drones golpearon la base aérea de Ain al Asad, dijo un funcionario iraquí."),
    ("pt", "Anteontem drones atingiram a base aérea de Ain al-Asad, disse um funcionário iraquiano."),
    ("pl", "Przedwczoraj drony zaatakowały bazę lotniczą Ain al-Asad, poinformował iracki urzędnik."),
    ("ru", "Позавчера беспилотники атаковали авиабазу Айн аль-Асад, сообщил иракский чиновник."),
    ("uk", "Позавчора безпілотники атакували авіабазу Бельбек у Криму, повідомили військові."),
    ("he", "שלשום תקפו כטב\"מים את בסיס נבטים, כך נמסר."),
    ("fa", "پریروز پهپادها به پایگاه عین الاسد حمله کردند."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_BEFORE_YESTERDAY)
def test_the_day_before_yesterday(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == date(2023, 11, 4)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Drones attacked Ain al-Asad air base last evening, an Iraqi official said."),
    ("pl", "Zeszłej nocy drony zaatakowały bazę lotniczą Ain al-Asad, poinformował iracki urzędnik."),
])
def test_last_night_words(lang: str, text: str) -> None:
    assert detect(text, language=lang, published=PUB).reports[0].event_date == date(2023, 11, 5)


def test_an_english_ordinal_day_of_the_month() -> None:
    det = detect("Drones attacked Ain al-Asad air base on the 3rd of November, an official said.",
                 language="en", published=PUB)
    assert det.reports[0].event_date == date(2023, 11, 3)


# The publication date written into the attack's sentence is its dateline: the weekday or
# relative day the sentence names dates the attack, counted back from it.
@pytest.mark.parametrize(("text", "published"), [
    ("Kirkuk (Agency - 6th Nov, 2023) Drones attacked Ain al-Asad air base late Sunday, officials said.", PUB),
    ("Posted November 6, 2023\n\nAnbar, 6 November 2023 - Drones attacked Ain al-Asad air base yesterday, "
     "officials said.", None),
])
def test_the_publication_date_in_the_attack_sentence_is_its_dateline(text: str, published: datetime | None) -> None:
    det = detect(text, language="en", published=published)
    assert det.reports[0].event_date == date(2023, 11, 5)


# The line after the attack may be the one that dates it; not when it names another installation.
def test_the_next_sentence_dates_the_attack() -> None:
    text = ("Officials in Anbar gave few details.\n\nDrones attacked Ain al-Asad air base, an official said.\n\n"
            "The attack took place on Saturday night, he added.")
    det = detect(text, language="en", published=PUB)
    assert det.reports[0].event_date == date(2023, 11, 4)


def test_the_next_sentence_about_another_installation_does_not_date_the_attack() -> None:
    text = ("Officials in Anbar gave few details.\n\nDrones attacked Ain al-Asad air base, an official said.\n\n"
            "On Saturday night a drone had also been shot down over Harir air base.")
    reports = detect(text, language="en", published=PUB).reports
    assert [r.event_date for r in reports if r.base_id == "iq-ain-al-asad"] == [None]


# A date written after "days after ..." is the earlier event's; the attack keeps its own day.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Drones attacked Ain al-Asad air base on Sunday, days after a similar attack on 1 November."),
    ("fr", "Des drones ont visé la base aérienne d'Aïn al-Asad dimanche, quelques jours après une attaque le 1 novembre."),
    ("ar", "هاجمت طائرات مسيرة قاعدة عين الأسد الجوية يوم الأحد، بعد أيام من هجوم مماثل في 1 نوفمبر."),
])
def test_a_date_after_days_after_is_the_earlier_events(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.reports[0].event_date == date(2023, 11, 5)


# Urdu writes "the day before yesterday" as one word.
def test_urdu_day_before_yesterday() -> None:
    det = detect("پرسوں عین الاسد ایئر بیس پر ڈرون حملہ کیا گیا، حکام نے بتایا۔", language="ur", published=PUB)
    assert det.reports[0].event_date == date(2023, 11, 4)


def test_the_next_sentence_looking_back_does_not_date_the_attack() -> None:
    text = ("Officials in Anbar gave few details.\n\nDrones attacked Ain al-Asad air base, an official said.\n\n"
            "Last month, on 17 October, the same militia had claimed a similar raid.")
    reports = detect(text, language="en", published=PUB).reports
    assert [r.event_date for r in reports] == [None]


# Web datelines abbreviate the month: the dateline still dates "yesterday".
@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Опубликовано 12 янв 2024, 10:50\n\nВчера беспилотники атаковали авиабазу Хмеймим, сообщили военные."),
    ("fr", "Publié le 12 janv. 2024 à 10h50\n\nHier, des drones ont attaqué la base aérienne d'Aïn al-Asad."),
    ("es", "12 ene 2024 - 10:50\n\nAyer varios drones atacaron la base aérea de Ain al Asad, dijeron funcionarios."),
])
def test_an_abbreviated_month_in_the_dateline(lang: str, text: str) -> None:
    assert detect(text, language=lang).reports[0].event_date == date(2024, 1, 11)


# Two days in one sentence: the one written nearest the installation dates the attack, the other
# the statement about it.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Pentagon said on Monday that drones attacked Ain al-Asad air base on Saturday."),
    ("en", "In a statement on 6 November, the militia said it attacked Ain al-Asad air base on 4 November."),
    ("ar", "أعلن البنتاغون يوم الاثنين أن طائرات مسيرة هاجمت قاعدة عين الأسد يوم السبت."),
    ("ru", "В понедельник Пентагон сообщил, что в субботу беспилотники атаковали авиабазу Айн аль-Асад."),
    ("fr", "Le Pentagone a indiqué lundi que des drones avaient attaqué la base d'Aïn al-Asad samedi."),
])
def test_the_day_nearest_the_installation_dates_the_attack(lang: str, text: str) -> None:
    assert detect(text, language=lang, published=PUB).reports[0].event_date == date(2023, 11, 4)


# Relative days the press writes as phrases: "the past day" and "two days ago" (fa), "two or three
# days ago" (ar), and "this morning" where a longer cue of another group starts at the same word
# (fa, hu, bn: the time-of-day phrase is also a "current" cue and shadowed the bare day word).
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fa", "روز گذشته پهپادها به پایگاه عین الاسد حمله کردند.", date(2023, 11, 5)),
    ("fa", "دو روز پیش پهپادها به پایگاه عین الاسد حمله کردند.", date(2023, 11, 4)),
    ("fa", "صبح امروز پهپادها به پایگاه عین الاسد حمله کردند.", date(2023, 11, 6)),
    ("ar", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية قبل يومين، وفق مصدر أمني.", date(2023, 11, 4)),
    ("ar", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية منذ ثلاثة أيام، وفق مصدر أمني.", date(2023, 11, 3)),
    ("hu", "Ma reggel drónok támadták az erbíli légibázist.", date(2023, 11, 6)),
])
def test_relative_day_phrases(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected


# A day written as the start of a period ("the third attack since Friday") is not the attack's day:
# the sentence gives none, and a day of its own still dates it.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Rockets struck Ain al-Asad air base, the fourth such attack since Thursday, a US official said.", None),
    ("en", "Ain al-Asad air base has been attacked by drones five times since 1 November.", None),
    ("en", "Rockets struck Ain al-Asad air base on Saturday, the fourth such attack since Thursday.", date(2023, 11, 4)),
    ("ar", "سقطت صواريخ على قاعدة عين الأسد الجوية، في رابع هجوم من نوعه منذ الخميس.", None),
    ("fr", "Des roquettes ont frappé la base aérienne d'Aïn al-Asad, quatrième attaque du genre depuis jeudi.", None),
    ("he", "רקטות פגעו בבסיס נבטים, המתקפה הרביעית מאז יום חמישי.", None),
    ("tr", "Ayn el-Esad hava üssüne roketlerle saldırıldı; 1 Kasım'dan bu yana dördüncü saldırı oldu.", None),
    ("fa", "پایگاه عین الاسد هدف حمله راکتی قرار گرفت؛ این چهارمین حمله از پنجشنبه تاکنون است.", None),
])
def test_a_day_that_opens_a_period_does_not_date_the_attack(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected


# "The 4th of this month": a day written before the word for the current month is a day of the
# publication's month, never a later one.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 4 الجاري، وفق مصدر أمني.", date(2023, 11, 4)),
    ("ar", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية في 3 من الشهر الجاري، وفق مصدر أمني.", date(2023, 11, 3)),
    ("fr", "Des roquettes ont frappé la base aérienne d'Aïn al-Asad le 4 courant, selon un responsable.", date(2023, 11, 4)),
    ("ar", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية، وستعقد جلسة في 20 الجاري.", None),
])
def test_a_day_of_the_current_month(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected


# Urdu: "last night" as شب, and the days whose bare names are also other words (پیر a saint, ہفتہ a
# week) with the time of day after them ("on Saturday night").
@pytest.mark.parametrize(("text", "expected"), [
    ("گزشتہ شب دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے، حکام نے بتایا۔", date(2023, 11, 5)),
    ("ہفتے کی رات دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے، حکام نے بتایا۔", date(2023, 11, 4)),
    ("پیر کی صبح دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے، حکام نے بتایا۔", date(2023, 11, 6)),
])
def test_urdu_night_and_morning_of_a_day(text: str, expected: date) -> None:
    det = detect(text, language="ur", published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected



# A year written just before the day and month is theirs ("In 2020, on 8 January"), not the
# publication's.
@pytest.mark.parametrize(("ntext", "month_word", "month"), [
    ("in 2020 on 8 january iranian missiles struck the base", "january", 1),
    ("فی عام 2020 فی 8 ینایر قصفت صواریخ ایرانیه القاعده", "ینایر", 1),
])
def test_a_year_written_before_the_day(ntext: str, month_word: str, month: int) -> None:
    start = ntext.index(month_word)
    found = explicit_all(ntext, [(start, start + len(month_word), month, "")], PUB.date())
    assert [d for _, _, d in found] == [date(2020, month, 8)]


# A numeric date whose middle number cannot be a month was written month first (US order).
def test_a_numeric_date_written_month_first() -> None:
    det = detect("Rockets hit Ain al-Asad air base on 10/28/2023, a US official said.", language="en", published=PUB)
    assert det.reports[0].event_date == date(2023, 10, 28)
