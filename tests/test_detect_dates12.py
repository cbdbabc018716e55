"""Event dates on unseen news (DATE12): a day of the month written with no month, the day a statement was
made in more languages, a night written as a range of two days after a since-like preposition, and a day
written as an ordinal with a dot before a lower-case word (Hungarian)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.sentences import split

PUB = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)  # a Monday
MAR5 = date(2025, 3, 5)

# A day of the month with no month is a day of the publication's month, or of the month before when it
# would lie after the publication.
MONTH_DAYS = [
    ("es", "Varios drones atacaron la base aérea de Ain al Asad el día 5, según fuentes de seguridad iraquíes.", MAR5),
    ("es", "Drones atacaron la base aérea de Ain al Asad el pasado día 28, según fuentes iraquíes.", date(2025, 2, 28)),
    ("pt", "Drones atingiram no dia 5 a base aérea de Ain al-Asad, segundo fontes iraquianas.", MAR5),
    ("tr", "İHA'lar ayın 5'inde İncirlik Hava Üssü'ne saldırdı, güvenlik kaynakları bildirdi.", MAR5),
    ("ru", "Беспилотники атаковали авиабазу Хмеймим 5-го числа, сообщили источники.", MAR5),
    ("id", "Kelompok bersenjata menyerang Pangkalan Udara Halim Perdanakusuma pada tanggal 5, kata juru bicara TNI.", MAR5),
    ("hi", "आतंकियों ने 5 तारीख को पठानकोट एयरबेस पर ड्रोन से हमला किया।", MAR5),
    ("ur", "دہشت گردوں نے 5 تاریخ کو بنوں کینٹ پر حملہ کیا۔", MAR5),
    ("he", "ב-5 לחודש שוגרו רחפנים לעבר בסיס נבטים, כך נמסר מצה\"ל.", MAR5),
    ("fr", "Des drones ont frappé dans la nuit du 4 au 5 la base aérienne d'Aïn al-Asad, selon des sources irakiennes.",
     MAR5),
    ("ar", "استهدفت طائرات مسيرة قاعدة عين الأسد الجوية في الخامس من الشهر الجاري، بحسب مصادر أمنية.", MAR5),
]

# Controls: the day with its month is the stated date; a day counted in a campaign is no day of the month.
MONTH_DAY_CONTROLS = [
    ("es", "Varios drones atacaron la base aérea de Ain al Asad el día 5 de enero, según fuentes iraquíes.",
     date(2025, 1, 5)),
    ("pt", "Drones atingiram no dia 5 de fevereiro a base aérea de Ain al-Asad, segundo fontes iraquianas.",
     date(2025, 2, 5)),
    ("id", "Kelompok bersenjata menyerang Pangkalan Udara Halim Perdanakusuma pada tanggal 5 Februari.", date(2025, 2, 5)),
    ("es", "Varios drones atacaron la base aérea de Ain al Asad en el día 5 de la ofensiva, según fuentes iraquíes.", None),
    ("pt", "Drones atingiram a base aérea de Ain al-Asad no dia 5 da ofensiva, segundo fontes iraquianas.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONTH_DAYS + MONTH_DAY_CONTROLS,
                         ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(MONTH_DAYS + MONTH_DAY_CONTROLS)])
def test_a_day_of_the_month_takes_the_publication_month(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


@pytest.mark.parametrize(("lang", "text", "_"), MONTH_DAYS[:3], ids=[lang for lang, _, _ in MONTH_DAYS[:3]])
def test_a_day_of_the_month_alone_dates_nothing_without_a_publication_date(lang: str, text: str, _: date) -> None:
    det = detect(text, language=lang)
    assert det.strike
    assert [r.event_date for r in det.reports] == [None]


# Relative words count from the day a statement was made (Sunday the 9th): its verb in es, he, ur, ru, uk.
SAID = [
    ("es", "Varios drones atacaron anoche la base aérea de Ain al Asad, informó el domingo el ejército iraquí."),
    ("he", "אתמול שוגרו רחפנים לעבר בסיס נבטים, נמסר ביום ראשון מצה\"ל."),
    ("ur", "کل رات دہشت گردوں نے بنوں کینٹ پر حملہ کیا، آئی ایس پی آر نے اتوار کو بتایا۔"),
    ("ru", "Накануне беспилотники атаковали авиабазу Хмеймим, сообщило в воскресенье Минобороны."),
    ("uk", "Учора безпілотники атакували аеродром Бельбек у Криму, повідомило в неділю командування."),
]


@pytest.mark.parametrize(("lang", "text"), SAID, ids=[lang for lang, _ in SAID])
def test_relative_words_count_from_the_day_it_was_told(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert [r.event_date for r in det.reports] == [date(2025, 3, 8)]


# Controls: the attack's own weekday beside the statement's day wins; the statement's day alone dates it.
SAID_CONTROLS = [
    ("es", "Varios drones atacaron el viernes la base aérea de Ain al Asad, informó el domingo el ejército iraquí.",
     date(2025, 3, 7)),
    ("ur", "دہشت گردوں نے جمعہ کو بنوں کینٹ پر حملہ کیا، آئی ایس پی آر نے اتوار کو بتایا۔", date(2025, 3, 7)),
    ("he", "רחפנים שוגרו לעבר בסיס נבטים, נמסר ביום ראשון מצה\"ל.", date(2025, 3, 9)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAID_CONTROLS, ids=[lang for lang, _, _ in SAID_CONTROLS])
def test_the_attack_day_beside_a_statement_day_stays(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert [r.event_date for r in det.reports] == [expected]


# A since-like preposition before another day opens a range ("с 4 на 5 марта"): the date ends it.
RANGES = [
    ("ru", "В ночь с 4 на 5 марта беспилотники атаковали авиабазу Хмеймим, сообщили военные.", MAR5),
    ("uk", "У ніч з 4 на 5 березня безпілотники атакували аеродром Бельбек у Криму, повідомили військові.", MAR5),
    # controls: a date right after the since word still opens a period
    ("ru", "Беспилотники атаковали авиабазу Хмеймим, это 40-я атака с 17 сентября, сообщили военные.", None),
    ("uk", "Безпілотники атакували аеродром Бельбек у Криму, це 40-та атака з 17 вересня.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(RANGES)])
def test_a_night_written_as_a_range_is_its_later_day(lang: str, text: str, expected: date | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


def test_an_ordinal_day_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Drónok támadták az Ain al-Aszad légitámaszpontot, ez a 40. támadás szeptember 17. óta. Ez új."
    assert [text[a:b] for a, b in split(text)][0].endswith("óta.")
    det = detect(text, language="hu", published=PUB)
    assert [r.event_date for r in det.reports] == [None]
    # controls: a sentence that ends in a count before a capital still ends there; the day of the night stays
    assert len(split("Hárman meghaltak, és a sebesültek száma 12. Érdekes módon senki sem vállalta.")) == 2
    det = detect("Drónok március 5. éjjelén támadták az Ain al-Aszad légitámaszpontot, közölték iraki források.",
                 language="hu", published=PUB)
    assert [r.event_date for r in det.reports] == [MAR5]


def test_the_night_linking_saturday_to_sunday_in_turkish() -> None:
    # 'pazara' alone is also "to the market"; in the phrase of the night it is Sunday
    det = detect("İHA'lar cumartesiyi pazara bağlayan gece İncirlik Hava Üssü'ne saldırdı.", language="tr", published=PUB)
    assert [r.event_date for r in det.reports] == [date(2025, 3, 9)]
    det = detect("İHA'lar cumartesi pazara giden yolda İncirlik Hava Üssü'ne saldırdı.", language="tr", published=PUB)
    assert [r.event_date for r in det.reports] == [date(2025, 3, 8)]


# Persian days written as ordinals before a Solar Hijri month, after a word a date follows ("روز", "بامداد").
PERSIAN_ORDINALS = [
    ("پهپادها روز پنجم اسفند به پایگاه حریر حمله کردند.", PUB, date(2025, 2, 23)),
    ("سپاه پاسداران روز بیست و دوم بهمن به پایگاه حریر حمله موشکی کرد.", PUB, date(2025, 2, 10)),
    ("پهپادها روز پنجم اسفند ۱۴۰۳ به پایگاه حریر حمله کردند.", None, date(2025, 2, 23)),
    # controls: a week of the month is no day; no year and no publication date fix nothing
    ("پهپادها در هفته دوم اسفند به پایگاه حریر حمله کردند.", PUB, None),
    ("پهپادها روز پنجم اسفند به پایگاه حریر حمله کردند.", None, None),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERSIAN_ORDINALS, ids=[str(k) for k in range(len(PERSIAN_ORDINALS))])
def test_persian_ordinal_days(text: str, published: datetime | None, expected: date | None) -> None:
    det = detect(text, language="fa", published=published)
    assert det.strike
    assert [r.event_date for r in det.reports] == [expected]


# The day a statement was made, written after its verb and the speaker ("kata juru bicara TNI pada hari
# Minggu", "أعلن الجيش العراقي الأحد"), or beside the verbs of it, pt, pl, fr and ru: yesterday is the 8th.
SAID_AFTER_THE_SPEAKER = [
    ("id", "Kemarin sejumlah drone menyerang Pangkalan Udara Halim Perdanakusuma, kata juru bicara TNI pada hari Minggu."),
    ("ar", "استهدفت طائرات مسيرة أمس قاعدة عين الأسد الجوية، بحسب ما أعلن الجيش العراقي الأحد."),
    ("de", "Drohnen haben gestern den Luftwaffenstützpunkt Ain al-Asad angegriffen, sagte ein Sprecher am Sonntag."),
    ("en", "Drones struck Ain al-Asad air base yesterday, Iraqi officials told Reuters on Sunday."),
    ("it", "Ieri alcuni droni hanno colpito la base aerea di Ain al-Asad, ha riferito domenica l'esercito iracheno."),
    ("pt", "Ontem drones atingiram a base aérea de Ain al-Asad, informou no domingo o exército iraquiano."),
    ("pl", "Wczoraj drony zaatakowały bazę lotniczą Ain al-Asad, poinformowało w niedzielę irackie wojsko."),
    ("fr", "Hier des drones ont frappé la base aérienne d'Aïn al-Asad, a précisé dimanche l'armée irakienne."),
    ("ru", "Вчера беспилотники атаковали авиабазу Хмеймим, передает в воскресенье ТАСС."),
]


@pytest.mark.parametrize(("lang", "text"), SAID_AFTER_THE_SPEAKER, ids=[lang for lang, _ in SAID_AFTER_THE_SPEAKER])
def test_the_day_it_was_told_after_the_speaker(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert [r.event_date for r in det.reports] == [date(2025, 3, 8)]


# Controls: an attack told between the verb and the weekday makes the weekday the attack's.
TOLD_BETWEEN = [
    ("en", "Iraqi officials said drones struck Ain al-Asad air base on Sunday.", date(2025, 3, 9)),
    ("ar", "أعلن الجيش العراقي أن طائرات مسيرة استهدفت قاعدة عين الأسد الجوية الجمعة.", date(2025, 3, 7)),
    ("en", "Drones struck Ain al-Asad air base on Friday, Iraqi officials told Reuters on Sunday.", date(2025, 3, 7)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOLD_BETWEEN, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(TOLD_BETWEEN)])
def test_an_attack_told_after_the_verb_keeps_its_day(lang: str, text: str, expected: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert [r.event_date for r in det.reports] == [expected]
