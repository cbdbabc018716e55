"""Event dates on unseen news: periods opened by a since word, the year a year-less date borrows, the day a
statement was made, day and month in digits beside a weekday, and a weekday fixing a Solar Hijri year."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import dates, detect

PUB = datetime(2024, 10, 10, 9, 0, tzinfo=timezone.utc)  # a Thursday
OCT5 = date(2024, 10, 5)

# A day right after a since word (or right before its since_after form) opens a period: the tally's
# start, never the attack's day. Each sentence names no other day, so the report has none.
SINCE = [
    ("es", "Varios drones atacaron la base aérea de Ain al Asad, el ataque número 40 desde el 17 de septiembre."),
    ("pt", "Drones atingiram a base aérea de Ain al-Asad, o 40º ataque desde 17 de setembro."),
    ("it", "Alcuni droni hanno colpito la base aerea di Ain al-Asad, il 40° attacco dal 17 settembre."),
    ("de", "Seit dem 17. September haben Drohnen den Luftwaffenstützpunkt Ain al-Asad 40 Mal angegriffen."),
    ("ru", "Беспилотники атаковали авиабазу Хмеймим, это 40-я атака с 17 сентября, сообщили военные."),
    ("uk", "Безпілотники атакували авіабазу Бельбек у Криму, це 40-та атака з 17 вересня, повідомили військові."),
    ("pl", "Drony zaatakowały bazę lotniczą Ain al-Asad, to 40. atak od 17 września, poinformował iracki urzędnik."),
    ("no", "Droner angrep flybasen Ain al-Asad, det 40. angrepet siden 17. september, opplyser en irakisk tjenestemann."),
    ("el", "Drones έπληξαν την αεροπορική βάση Ain al-Asad στο Ιράκ, η 40ή επίθεση από τις 17 Σεπτεμβρίου."),
    ("id", "Sejumlah drone menyerang Pangkalan Udara Ain al-Asad, serangan ke-40 sejak 17 September, kata pejabat Irak."),
    ("sw", "Ndege zisizo na rubani zilishambulia kambi ya jeshi ya Ain al-Asad, shambulio la 40 tangu Septemba 17."),
    ("az", "PUA-lar hərbi bazaya hücum etdi, bu sentyabrın 17-dən bəri üçüncü hücumdur."),
    ("hi", "पठानकोट एयरबेस पर ड्रोन से हमला किया गया, 17 सितंबर से अब तक यह 40वां हमला है।"),
    ("bn", "জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়, ১৭ সেপ্টেম্বর থেকে এটি ৪০তম হামলা।"),
    ("ta", "பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது, செப்டம்பர் 17 முதல் இது 40வது தாக்குதல்."),
    ("ml", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു, സെപ്റ്റംബർ 17 മുതൽ ഇത് 40-ാമത്തെ ആക്രമണമാണ്."),
]

# Controls: the same since words in their other senses ("from Syria", "with explosives", "from the
# sea") beside the attack's own day, which stays.
SINCE_CONTROLS = [
    ("es", "Varios drones lanzados desde Siria atacaron el 5 de octubre la base aérea de Ain al Asad."),
    ("pt", "Drones lançados desde a Síria atingiram em 5 de outubro a base aérea de Ain al-Asad."),
    ("it", "Alcuni droni partiti dalla Siria hanno colpito il 5 ottobre la base aerea di Ain al-Asad."),
    ("de", "Drohnen haben am 5. Oktober den Luftwaffenstützpunkt Ain al-Asad angegriffen, seit Jahren ein Ziel der Milizen."),
    ("ru", "Беспилотники с взрывчаткой 5 октября атаковали авиабазу Хмеймим, сообщили военные."),
    ("ru", "5 октября беспилотники атаковали авиабазу Хмеймим с моря, сообщили военные."),
    ("uk", "Безпілотники з вибухівкою 5 жовтня атакували авіабазу Бельбек у Криму, повідомили військові."),
    ("pl", "Drony od strony pustyni 5 października zaatakowały bazę lotniczą Ain al-Asad."),
    ("el", "Drones από το Ιράκ έπληξαν στις 5 Οκτωβρίου την αεροπορική βάση Ain al-Asad."),
    ("id", "Sejumlah drone menyerang Pangkalan Udara Ain al-Asad pada 5 Oktober, sejak pagi hari."),
    ("hi", "आतंकियों ने 5 अक्टूबर को पठानकोट एयरबेस पर ड्रोन से हमला किया।"),
]


@pytest.mark.parametrize(("lang", "text"), SINCE, ids=[lang for lang, _ in SINCE])
def test_a_day_after_a_since_word_is_no_attack_day(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [None]


@pytest.mark.parametrize(("lang", "text"), SINCE_CONTROLS, ids=[f"{lang}-{k}" for k, (lang, _) in enumerate(SINCE_CONTROLS)])
def test_a_since_word_in_its_other_senses_keeps_the_day(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [OCT5]


# Without a publication date a day and month written without a year take the latest year the article
# gives; the year a period starts from ("since April 2022") is only a bound below the news, not its year.
YEARS = [
    ("en", "Drones struck Ain al-Asad air base on 5 March, an Iraqi official said. "
           "The army has counted 40 attacks on the base since April 2022.", None),
    ("es", "Varios drones atacaron la base aérea de Ain al Asad el 5 de marzo. "
           "El ejército cuenta 40 ataques desde abril de 2022.", None),
    ("ru", "Беспилотники атаковали авиабазу Хмеймим 5 марта, сообщили военные. "
           "С февраля 2022 года база подвергалась атакам 40 раз.", None),
    ("de", "Drohnen haben den Luftwaffenstützpunkt Ain al-Asad am 5. März angegriffen. "
           "Seit 2022 wurde die Basis 40 Mal angegriffen.", None),
    # controls: a year of the news itself, and a since word that does not open the year's period
    ("en", "Drones struck Ain al-Asad air base on 5 March, an Iraqi official said. "
           "It was the third attack on the base in 2024.", date(2024, 3, 5)),
    ("ru", "Беспилотники атаковали авиабазу Хмеймим 5 марта, сообщили военные. "
           "Удар с воздуха в 2024 году стал третьим.", date(2024, 3, 5)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(YEARS)])
def test_a_year_that_opens_a_period_dates_nothing(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang)
    assert det.strike
    assert det.reports[0].event_date == expected


# Relative words count from the day the statement was made when the sentence writes it ("said on
# Wednesday"): wire copy filed a day later, or datelined after it, still means the night before that day.
# PUB is a Thursday, so Wednesday is 9 October, the night to it 9 October, Tuesday night 8 October.
SAID = [
    ("en", "Drones attacked Ain al-Asad air base overnight, Iraqi officials said on Wednesday.", date(2024, 10, 9)),
    ("en", "Drones attacked Ain al-Asad air base last night, Iraqi officials said on Wednesday.", date(2024, 10, 8)),
    ("en", "Iraqi officials said Wednesday that drones had attacked Ain al-Asad air base overnight.", date(2024, 10, 9)),
    ("en", "Drones attacked Ain al-Asad air base four days ago, Iraqi officials said on Wednesday.", date(2024, 10, 5)),
    ("fr", "Des drones ont attaqué hier la base aérienne d'Aïn al-Asad, a annoncé mercredi l'armée irakienne.",
     date(2024, 10, 8)),
]

# Controls: a statement's day with no relative word dates the news as before, a weekday of the attack
# beside it wins, and a weekday that is not a statement's day leaves the relative words to the publication.
SAID_CONTROLS = [
    ("en", "Iraqi officials said on Wednesday that drones attacked Ain al-Asad air base.", date(2024, 10, 9)),
    ("en", "Drones attacked Ain al-Asad air base on Tuesday, Iraqi officials said on Wednesday.", date(2024, 10, 8)),
    ("en", "Drones attacked Ain al-Asad air base overnight, Iraqi officials said.", date(2024, 10, 10)),
    ("en", "Drones attacked Ain al-Asad air base last night after rockets hit Camp Taji on Monday, officials said.",
     date(2024, 10, 9)),
    # the night beside a statement's day in other languages, dated so before this rule too
    ("fr", "Des drones ont attaqué la base aérienne d'Aïn al-Asad dans la nuit, a indiqué mercredi un responsable irakien.",
     date(2024, 10, 9)),
    ("ru", "Ночью беспилотники атаковали авиабазу Хмеймим, сообщили в среду военные.", date(2024, 10, 9)),
    ("uk", "Вночі безпілотники атакували авіабазу Бельбек у Криму, повідомили в середу військові.", date(2024, 10, 9)),
    ("de", "Drohnen haben in der Nacht den Luftwaffenstützpunkt Ain al-Asad angegriffen, sagte ein Beamter am Mittwoch.",
     date(2024, 10, 9)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAID + SAID_CONTROLS,
                         ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(SAID + SAID_CONTROLS)])
def test_relative_words_count_from_the_day_it_was_told(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert det.reports[0].event_date == expected


def test_bengali_day_before_yesterday() -> None:
    det = detect("গত পরশু জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়, দুই সেনা আহত হয়।", language="bn", published=PUB)
    assert det.strike
    assert det.reports[0].event_date == date(2024, 10, 8)


LATER = datetime(2024, 10, 28, 9, 0, tzinfo=timezone.utc)  # a Monday three weeks after Saturday 5 October

# Day and month in digits after a weekday, with no year ("Sabtu (5/10)"): the weekday checks the reading
# (and fixes the year without a publication date), so a report filed weeks later keeps its day.
WEEKDAY_NUMBERS = [
    ("id", "Sejumlah drone menyerang Pangkalan Udara Ain al-Asad, Sabtu (5/10), kata seorang pejabat Irak.", LATER, OCT5),
    ("id", "Sejumlah drone menyerang Pangkalan Udara Ain al-Asad pada Sabtu (5/10) malam, kata pejabat Irak.", None, OCT5),
    ("id", "Serangan terjadi Sabtu, 5/10 pukul 02.00 WIB di Pangkalan Udara Ain al-Asad, kata pejabat Irak.", LATER, OCT5),
    ("en", "Drones attacked Ain al-Asad air base on Saturday 10/5, an Iraqi official said.", LATER, OCT5),
    # controls: numbers that do not fall on the weekday leave the weekday alone
    ("id", "Sejumlah drone menyerang Pangkalan Udara Ain al-Asad, Sabtu 3 10 orang terluka, kata pejabat Irak.", PUB, OCT5),
    ("en", "Drones attacked Ain al-Asad air base on Saturday, killing 2 and wounding 10 soldiers.", PUB, OCT5),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), WEEKDAY_NUMBERS,
                         ids=[f"{lang}-{k}" for k, (lang, _, _, _) in enumerate(WEEKDAY_NUMBERS)])
def test_day_and_month_in_digits_after_a_weekday(lang: str, text: str, published: datetime | None,
                                                 expected: date) -> None:
    det = detect(text, language=lang, published=published)
    assert det.strike
    assert det.reports[0].event_date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("پهپادها روز شنبه ۱۴ مهر به پایگاه عین الاسد حمله کردند.", OCT5),
    ("پهپادها روز ۱۴ مهر به پایگاه عین الاسد حمله کردند.", None),  # control: no weekday, no year to take
])
def test_a_weekday_fixes_the_solar_hijri_year(text: str, expected: date | None) -> None:
    # With no publication date, Saturday 14 Mehr is 1403's (5 October 2024): the nearest year, none ahead,
    # in which that day is a Saturday, as a Gregorian day and month with a weekday take theirs.
    det = detect(text, language="fa")
    assert det.strike
    assert det.reports[0].event_date == expected


def test_the_solar_hijri_year_a_weekday_fixes_is_never_ahead() -> None:
    # Saturday 14 Mehr: 1403 (5 October 2024); seen from March 2024 that day is ahead, so an earlier year is taken
    assert dates.jalali_year_of_day(7, 14, 5, None, today=date(2026, 12, 7)) == 1403
    assert dates.jalali_year_of_day(7, 14, 5, None, today=date(2024, 3, 1)) < 1403
