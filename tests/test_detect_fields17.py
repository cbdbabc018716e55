"""Country and date on unseen news (FIELDS17): the Hebrew dual 'two days ago', a Persian count of days after an
earlier event, and the installation of a state with bases abroad written beside the border of a country its
owner borders ("an Israeli army base near the Syrian border" is in Israel)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)  # a Wednesday

DATED = [
    ("he", 'לפני יומיים תקף כטב"ם את בסיס נבטים בנגב.', date(2025, 3, 10)),
    ("fa", "پایگاه عین الاسد سه روز پس از حمله شنبه به فرودگاه اربیل هدف موشک قرار گرفت.", date(2025, 3, 11)),
    ("fa", "پایگاه حریر یک روز بعد از حمله دوشنبه به فرودگاه اربیل هدف پهپاد قرار گرفت.", date(2025, 3, 11)),
]

# Controls: the other day words stay as they were; the main clause's own day wins over the count.
DATED_CONTROLS = [
    ("he", 'אתמול תקף כטב"ם את בסיס נבטים בנגב.', date(2025, 3, 11)),
    ("he", 'שלשום תקף כטב"ם את בסיס נבטים בנגב.', date(2025, 3, 10)),
    ("fa", "پایگاه عین الاسد روز سه‌شنبه، دو روز پس از حمله شنبه به فرودگاه اربیل، هدف موشک قرار گرفت.",
     date(2025, 3, 11)),
]


@pytest.mark.parametrize(("lang", "text", "want"), DATED + DATED_CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(DATED + DATED_CONTROLS)])
def test_event_date(lang: str, text: str, want: date) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert det.reports[0].event_date == want


PLACED = [
    ("en", "Rockets slammed into an Israeli army base near the Syrian border on Sunday.", "IL"),
    ("ar", "سقطت صواريخ على قاعدة عسكرية إسرائيلية قرب الحدود السورية يوم الأحد.", "IL"),
    ("fr", "Des roquettes ont touché une base militaire israélienne près de la frontière syrienne dimanche.", "IL"),
]

# Controls: an owner that does not border the country across the border is not placed at home; a base abroad
# written in its host country stays there.
PLACED_CONTROLS = [
    ("en", "A drone hit a US military base near the Syrian border on Sunday.", None),
    ("en", "Rockets hit a Turkish military base in northern Iraq near the Syrian border on Sunday.", "IQ"),
    ("fr", "Des roquettes ont touché une base militaire américaine près de la frontière syrienne dimanche.", None),
]


@pytest.mark.parametrize(("lang", "text", "want"), PLACED + PLACED_CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(PLACED + PLACED_CONTROLS)])
def test_country_of_a_base_beside_a_border(lang: str, text: str, want: str | None) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert det.reports[0].country == want


# A history word opening a clause about an earlier attack, closed by a comma: the main clause's attack, with a
# day of its own, is the news (and the earlier target, inside the clause, is not reported).
NEW_AFTER_HISTORY = [
    ("en", "More than two years since the drone strike on Tower 22, rockets hit Ain al-Asad air base on Monday."),
    ("fr", "Deux ans après l'attaque contre la Tour 22, des roquettes ont touché la base d'Aïn al-Asad lundi."),
    ("ar", "بعد عام على الهجوم على البرج 22، استهدفت صواريخ قاعدة عين الأسد يوم الاثنين."),
]

# Controls: a history word with no earlier attack in its clause, or no attack in the main clause, still dates
# the sentence.
HISTORY_CONTROLS = [
    ("en", "Last year, on a Monday, rockets hit Ain al-Asad air base."),
    ("en", "Two years since the attack on Tower 22, veterans gathered at Ain al-Asad air base on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), NEW_AFTER_HISTORY, ids=[f"{x[0]}-{k}" for k, x in enumerate(NEW_AFTER_HISTORY)])
def test_attack_after_a_history_clause(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert [(r.base_id, r.country, r.event_date) for r in det.reports] == [("iq-ain-al-asad", "IQ", date(2025, 3, 10))]


@pytest.mark.parametrize(("lang", "text"), HISTORY_CONTROLS, ids=[f"{x[0]}-{k}" for k, x in enumerate(HISTORY_CONTROLS)])
def test_history_still_dates_its_sentence(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


# A weapon fired at an unnamed installation: English 'fired <n> drones at', Turkish '<base>'e roket attı'.
FIRED = [
    ("en", "The militia fired two drones at a military airfield in northern Syria on Monday."),
    ("en", "Insurgents fired drones at an army base in eastern Syria on Monday."),
    ("tr", "Militanlar pazartesi günü Suriye'nin kuzeyindeki bir ABD üssüne roket attı."),
]

# Controls: a launch from a base (a satellite, a drill) is no attack on it.
FIRED_CONTROLS = [
    ("tr", "İran, Semnan'daki uzay üssünden yeni bir uydu fırlattı."),
    ("en", "During the exercise, the crew fired drones from the air base at practice targets."),
]


@pytest.mark.parametrize(("lang", "text"), FIRED, ids=[f"{x[0]}-{k}" for k, x in enumerate(FIRED)])
def test_weapon_fired_at_an_installation(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert det.reports[0].country == "SY" and det.reports[0].event_date == date(2025, 3, 10)


@pytest.mark.parametrize(("lang", "text"), FIRED_CONTROLS, ids=[f"{x[0]}-{k}" for k, x in enumerate(FIRED_CONTROLS)])
def test_launch_from_a_base_is_no_attack(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text
