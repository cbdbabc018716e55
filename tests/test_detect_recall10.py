"""Recall and attacker of unseen news outside Arabic, Persian and Urdu (issue 16): short Russian and
Ukrainian excerpts, Crimea's airfields struck by Ukraine, and the other languages' leftovers. The
articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.actors import default_registry

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _first_report(text: str, lang: str) -> tuple[str | None, str, str | None]:
    """The installation, attack type and attacker of the first report of a text that must be a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    report = found.reports[0]
    return report.base_id, report.attack_type, report.actor


# A strike dealt with its weapon between the verb and its noun ('нанесли ракетный удар': the weapon
# compound holds the verb's noun), and the Ukrainian perfective 'вдарили' with 'балістикою'.
STRIKE_DEALT = [
    ("ru", "Российская армия нанесла ракетный удар по аэродрому Миргород в Полтавской области.",
     "ua-myrhorod", "missile", "Russia"),
    ("ru", "По аэродрому Кульбакино нанесен ракетный удар, заявили в штабе.", "ua-kulbakino", "missile", None),
    ("uk", "Росіяни вдарили балістикою по аеродрому Миргород.", "ua-myrhorod", "missile", "Russia"),
]

# The same words where nothing was dealt: a threat, and the noun of a past strike retold.
STRIKE_NOT_DEALT = [
    ("ru", "Эксперт предупредил, что армия может нанести ракетный удар по аэродрому Миргород."),
    ("uk", "Генерал пригрозив, що росіяни можуть вдарити по аеродрому Миргород."),
]

# Occupied Crimea's airfields are held by Russia: Ukraine, or its service, is the attacker there.
CRIMEA_STRUCK = [
    ("ru", "ВСУ нанесли удар по аэродрому Кача ракетами ATACMS.", "ua-kacha", "missile", "Ukraine"),
    ("uk", "СБУ атакувала дронами аеродром Саки вранці.", "ua-saky", "drone", "Security Service of Ukraine (SBU)"),
]


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,text,base,kind,attacker", STRIKE_DEALT, ids=_ids(STRIKE_DEALT))
def test_a_strike_dealt_with_its_weapon_between(lang: str, text: str, base: str, kind: str, attacker: str) -> None:
    assert _first_report(text, lang) == (base, kind, attacker)


@pytest.mark.parametrize("lang,text", STRIKE_NOT_DEALT, ids=_ids(STRIKE_NOT_DEALT))
def test_a_strike_threatened_stays_no_strike(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind,attacker", CRIMEA_STRUCK, ids=_ids(CRIMEA_STRUCK))
def test_ukraine_strikes_an_airfield_russia_holds(lang: str, text: str, base: str, kind: str, attacker: str) -> None:
    assert _first_report(text, lang) == (base, kind, attacker)


# Spanish wire copy (EFE style): a weapon launched or fired in the past tense ('lanzó cohetes',
# 'dispararon varios cohetes'), a state or jihadists as the subject.
SPANISH = [
    ("Hizbulá lanzó cohetes contra un cuartel del ejército en el norte de Israel.", None, "rocket", "Hezbollah"),
    ("Las milicias dispararon varios cohetes contra la base de Ain al Asad, sin causar víctimas.",
     "iq-ain-al-asad", "rocket", "Militants"),
    ("Rusia atacó con misiles la base aérea de Starokostiantyniv durante la madrugada.",
     "ua-starokostiantyniv", "missile", "Russia"),
    ("Yihadistas asaltaron un cuartel del ejército en el norte de Burkina Faso y mataron a doce soldados.",
     None, "ground_assault", "Militants"),
]

# The same verbs with no attack: a threat, its future, a space launch, a campaign launched.
SPANISH_NO_STRIKE = [
    "Hizbulá amenazó con lanzar cohetes contra un cuartel del ejército en el norte de Israel.",
    "Hizbulá lanzará cohetes contra la base militar si Israel ataca Líbano, advirtió su líder.",
    "La agencia espacial lanzó un cohete desde la base aérea de Vandenberg el lunes.",
    "El ejército lanzó una campaña de vacunación en la base militar de Rota.",
]


@pytest.mark.parametrize("text,base,kind,attacker", SPANISH, ids=[f"es-{i}" for i in range(len(SPANISH))])
def test_spanish_launch_verbs_and_subjects(text: str, base: str | None, kind: str, attacker: str) -> None:
    assert _first_report(text, "es") == (base, kind, attacker)


@pytest.mark.parametrize("text", SPANISH_NO_STRIKE, ids=[f"es-{i}" for i in range(len(SPANISH_NO_STRIKE))])
def test_spanish_launches_that_are_no_attack(text: str) -> None:
    assert not detect(text, language="es", published=PUB).strike


def test_each_language_keeps_all_its_registry_names() -> None:
    """A language written twice under one entry kept only its last list (YAML keeps the last key):
    the Russian air force's Ukrainian names and the French 'corps africain' resolved to nothing."""
    registry = default_registry()
    assert registry.canonical("повітряно космічні сили рф") == "Russia"
    assert registry.canonical("corps africain") == "Russia"


# Attackers named only by what they are, marked as the doer by the agent postposition however long
# the object after them ('आतंकवादियों ने ... हमला किया'); a doer written elsewhere stays no attacker.
AGENT_MARKED = [
    ("hi", "उग्रवादियों ने बीती रात चंदेल जिले में असम राइफल्स के एक शिविर पर अंधाधुंध गोलीबारी की।", "Militants"),
    ("hi", "आतंकवादियों ने मंगलवार तड़के राजौरी में सेना के एक कैंप पर ग्रेनेड से हमला किया।", "Militants"),
    ("ur", "دہشت گردوں نے پیر کی رات شمالی وزیرستان میں ایک فوجی چوکی پر حملہ کیا۔", "Militants"),
    # the agent marks the army's statement, and the militants are only sought: no attacker
    ("hi", "सेना ने बताया कि सेना के कैंप पर हमला करने वाले आतंकवादियों की तलाश जारी है।", None),
]


@pytest.mark.parametrize("lang,text,attacker", AGENT_MARKED, ids=_ids(AGENT_MARKED))
def test_a_doer_marked_by_the_agent_postposition(lang: str, text: str, attacker: str | None) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert found.reports[0].actor == attacker


# An unnamed installation whose own nationality is another state's than the country it lies in
# ("a Russian air base in Crimea"): that state holds it, so the country's forces may be the attacker.
FOREIGN_HELD = [
    ("el", "Ουκρανικά drones χτύπησαν τα ξημερώματα ρωσική αεροπορική βάση στην Κριμαία.", "Ukraine"),
    ("no", "Ukrainske droner traff en russisk flybase på Krim i natt.", "Ukraine"),
    ("fr", "L'armée ukrainienne a frappé une base aérienne russe en Crimée dans la nuit.", "Ukraine"),
    # the country's forces that only tell of the attack stay no attacker
    ("en", "Rockets hit a US base in Iraq overnight, Iraqi security forces said.", None),
    ("en", "A drone struck a Russian air base in Crimea overnight, the Ukrainian navy said.", None),
]


@pytest.mark.parametrize("lang,text,attacker", FOREIGN_HELD, ids=_ids(FOREIGN_HELD))
def test_a_foreign_held_installation_names_its_holder(lang: str, text: str, attacker: str | None) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert found.reports[0].actor == attacker


# Attackers named only by what they are who claim the attack in its own sentence.
GENERIC_CLAIM = [
    ("de", "Bei einem Überfall auf eine Kaserne in Mali starben zwölf Soldaten, Dschihadisten bekannten sich zu der Tat."),
    ("sw", "Wanajeshi kumi na wawili waliuawa katika shambulio dhidi ya kambi ya jeshi nchini Mali, na wanamgambo "
     "walidai kuhusika."),
    ("es", "Doce soldados murieron en un ataque contra un cuartel del ejército en Malí, y yihadistas reivindicaron la acción."),
]


@pytest.mark.parametrize("lang,text", GENERIC_CLAIM, ids=_ids(GENERIC_CLAIM))
def test_unnamed_attackers_who_claim_it(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert found.reports[0].actor == "Militants"


# Turkish (verb-final): a state that opens the sentence set off by a comma is the subject of the
# attack verb that ends it; unnamed jihadists are the attackers. A state that only tells of the
# attack ('... saldırdığını açıkladı') is none.
TURKISH_SUBJECT = [
    ("Rusya, Ukrayna'nın batısındaki bir askeri havaalanını gece boyunca füzelerle vurdu.", "Russia"),
    ("İsrail, Suriye'deki bir askeri üssü savaş uçaklarıyla vurdu.", "Israel"),
    ("Ukrayna, Rusya'daki Engels Hava Üssü'ne İHA'larla saldırdı.", "Ukraine"),
    ("Burkina Faso'da bir askeri kampa cihatçılar saldırdı, 12 asker öldü.", "Militants"),
    ("ABD, İran destekli grupların Irak'taki bir askeri üsse saldırdığını açıkladı.", None),
]


@pytest.mark.parametrize("text,attacker", TURKISH_SUBJECT, ids=[f"tr-{i}" for i in range(len(TURKISH_SUBJECT))])
def test_turkish_subject_set_off_by_a_comma(text: str, attacker: str | None) -> None:
    found = detect(text, language="tr", published=PUB)
    assert found.strike
    assert found.reports[0].actor == attacker


# Norwegian: an army's post or camp ('hærpost', 'militær post', 'hærleiren'); the same nouns with
# no attack stay none.
NORWEGIAN_POSTS = [
    ("Opprørere angrep en hærpost i Burkina Faso tirsdag og drepte åtte soldater.", True),
    ("Jihadister angrep en militær post nord i Mali natt til mandag.", True),
    ("Hæren åpnet en ny militær post i Finnmark mandag.", False),
    ("Hærposten ble besøkt av forsvarsministeren mandag.", False),
]


@pytest.mark.parametrize("text,strike", NORWEGIAN_POSTS, ids=[f"no-{i}" for i in range(len(NORWEGIAN_POSTS))])
def test_norwegian_army_posts(text: str, strike: bool) -> None:
    assert detect(text, language="no", published=PUB).strike is strike


# Militias named by their patron ('milisi pro-Iran', 'milicias proiraníes'): the patron is part of the
# name, so Iran is no attacker.
PRO_IRAN = [
    ("id", "Milisi pro-Iran menembakkan roket ke pangkalan militer AS di Suriah timur, Senin."),
    ("es", "Milicias proiraníes lanzaron cohetes contra una base estadounidense en el este de Siria."),
]


@pytest.mark.parametrize("lang,text", PRO_IRAN, ids=_ids(PRO_IRAN))
def test_militias_named_by_their_patron(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert found.reports[0].actor == "Iran-aligned militias"


# Hebrew: the attack noun in the construct state ('תקיפת בסיס'); a drill, a threat and a cyber attack
# written with it stay no strike. French: plural nationalities ('des drones ukrainiens').
CONSTRUCT_AND_PLURAL = [
    ("he", "ארגון חיזבאללה נטל אחריות על תקיפת בסיס הפיקוד הצפוני בצפת באמצעות רחפני נפץ.",
     "il-northern-command", "Hezbollah"),
    ("fr", "Des drones ukrainiens ont frappé dans la nuit la base aérienne de Morozovsk, selon Kiev.",
     "ru-morozovsk", "Ukraine"),
]
CONSTRUCT_NO_STRIKE = [
    "האקרים איראנים טענו לתקיפת סייבר על מערכות בסיס חיל האוויר נבטים.",
    "צה\"ל ערך תרגיל המדמה תקיפת בסיס חיל האוויר נבטים.",
    "חיזבאללה מאיים בתקיפת בסיס חיל האוויר רמת דוד.",
]


@pytest.mark.parametrize("lang,text,base,attacker", CONSTRUCT_AND_PLURAL, ids=_ids(CONSTRUCT_AND_PLURAL))
def test_construct_attack_nouns_and_plural_nationalities(lang: str, text: str, base: str, attacker: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert (found.reports[0].base_id, found.reports[0].actor) == (base, attacker)


@pytest.mark.parametrize("text", CONSTRUCT_NO_STRIKE, ids=[f"he-{i}" for i in range(len(CONSTRUCT_NO_STRIKE))])
def test_construct_attack_nouns_that_are_no_attack(text: str) -> None:
    assert not detect(text, language="he", published=PUB).strike


# Indonesian: unknown persons ('orang tak dikenal') as the doer of a di- passive, the reports of Papua
# posts attacked by unnamed men.
UNKNOWN_DOERS = [
    "Markas Yonif 753 di Nabire diserang orang tak dikenal, seorang prajurit terluka.",
    "Pos TNI di Puncak Jaya ditembaki orang tidak dikenal pada Senin malam.",
]


@pytest.mark.parametrize("text", UNKNOWN_DOERS, ids=[f"id-{i}" for i in range(len(UNKNOWN_DOERS))])
def test_unknown_persons_who_did_the_passive(text: str) -> None:
    found = detect(text, language="id", published=PUB)
    assert found.strike
    assert found.reports[0].actor == "Militants"
