"""Recall breadth (issue 16, classes 6 and 8): the installation nouns, attack verbs and weapon words a
regional paper writes in each lexicon language other than Arabic and Persian, in that language's
grammar (declined and compound forms, separable verbs, a weapon that "fell"), and the controls that
keep the new words from flagging a grenade at a police station or a party's headquarters. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.lexicon import get_lexicon

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, text, attack type, the installation as written): fresh reports that must be flagged.
REPORTS = [
    # English: a grenade thrown at it; South Asia's paramilitary forces qualify a camp or post; an army's
    # checkpoint (a bare checkpoint is the police's); stores of arms; a ramming.
    ("en", "Militants hurled a grenade at the CRPF camp in Pulwama late on Tuesday, injuring two jawans.",
     "ground_assault", "CRPF camp"),
    ("en", "Unknown attackers lobbed a hand grenade into a BSF post near the border late on Monday.",
     "ground_assault", "BSF post"),
    ("en", "Gunmen opened fire on a Frontier Corps checkpoint in Balochistan on Sunday, killing three soldiers.",
     "ground_assault", "Frontier Corps checkpoint"),
    ("en", "Ukrainian drones struck an ammunition depot of the Russian army overnight.", "drone", "ammunition depot"),
    ("en", "Militants rammed a truck into a military checkpoint near Bannu on Sunday.", "ground_assault",
     "military checkpoint"),
    # a fort is a weak noun: Pakistan's paramilitary forces hold forts, a tourist's old fort is no target
    ("en", "A suicide bomber drove a van packed with explosives into the gate of a Levies fort in Kech late on Sunday.",
     "ied", "Levies fort"),
    # French: an army's headquarters, a barracks (an exact anaphora term hid the installation), a bomber
    # who blew himself up, shells that fell, stores of arms.
    ("fr", "Des drones ont frappé le quartier général de l'armée près de Gao dimanche.", "drone", "quartier général"),
    ("fr", "Un kamikaze s'est fait exploser lundi devant la caserne de la gendarmerie.", "ied", "caserne"),
    ("fr", "Des roquettes sont tombées dimanche sur le camp des Casques bleus.", "rocket", "camp des Casques bleus"),
    ("fr", "Des drones ont visé dans la nuit un dépôt de munitions de l'armée russe.", "drone", "dépôt de munitions"),
    # Spanish, Italian, Portuguese: weak nouns with their qualifier, grenades, bombed, fell.
    ("es", "Milicianos lanzaron una granada contra un destacamento militar el lunes por la noche.",
     "ground_assault", "destacamento militar"),
    ("es", "Drones bombardearon durante la noche un aeródromo militar ruso.", "drone", "aeródromo militar"),
    ("es", "Insurgentes asaltaron el domingo un campamento del ejército.", "ground_assault", "campamento"),
    ("es", "Varios cohetes cayeron el domingo sobre una base de los cascos azules.", "rocket", "base"),
    ("it", "Droni hanno colpito domenica il quartier generale dell'esercito.", "drone", "quartier generale"),
    ("it", "Miliziani hanno lanciato una granata contro un avamposto militare lunedì sera.", "ground_assault", "avamposto"),
    ("it", "Razzi sono caduti domenica su una base dei caschi blu.", "rocket", "base"),
    ("it", "Un kamikaze si è fatto esplodere davanti a una caserma dell'esercito.", "ied", "caserma"),
    ("pt", "Homens armados abriram fogo contra um posto militar perto da fronteira no domingo.",
     "ground_assault", "posto militar"),
    ("pt", "Drones ucranianos bombardearam durante a noite um aeródromo militar russo.", "drone", "aeródromo militar"),
    ("pt", "Foguetes caíram no domingo sobre uma base dos capacetes azuis.", "rocket", "base"),
    # German: the preterite of a separable verb ('griffen ... an', 'schlugen ... ein') and compounds of a
    # weapon and its strike; 'Kaserne' and 'Fliegerhorst' in the nominative.
    ("de", "Russische Drohnen griffen in der Nacht einen ukrainischen Militärflugplatz an.", "drone", "Militärflugplatz"),
    ("de", "Am Sonntag griffen russische Drohnen den Fliegerhorst an.", "drone", "Fliegerhorst"),
    ("de", "Raketen schlugen am Sonntag auf dem Stützpunkt der US-Armee ein.", "rocket", "Stützpunkt"),
    ("de", "Nach Raketeneinschlägen auf einen Militärstützpunkt wurden zwei Soldaten verletzt.", "rocket",
     "Militärstützpunkt"),
    ("de", "Militante stürmten eine Kaserne der Armee und töteten zehn Soldaten.", "ground_assault", "Kaserne"),
    # Hungarian: compounds of a weapon and an attack, the declined stem of 'repülőtér', 'struck' and 'hit'.
    ("hu", "Dróntámadás érte vasárnap a katonai repülőteret.", "drone", "katonai repülőteret"),
    ("hu", "Rakétatámadás érte az amerikai támaszpontot vasárnap.", "rocket", "támaszpontot"),
    ("hu", "Rakéták csapódtak be hétfőn egy amerikai katonai bázisra.", "rocket", "katonai bázisra"),
    # Polish: the virile past tense, a weapon that fell, a post with its qualifier, a store of ammunition.
    ("pl", "Bojownicy zaatakowali w niedzielę posterunek armii, zabijając czterech żołnierzy.", "ground_assault",
     "posterunek"),
    ("pl", "Rakiety spadły w niedzielę na teren bazy wojskowej.", "rocket", "bazy wojskowej"),
    ("pl", "Drony uderzyły w nocy w skład amunicji armii rosyjskiej.", "drone", "skład amunicji"),
    # Urdu and Hindi: barracks, the FC's checkpost, a hand grenade thrown, shots fired, a depot.
    ("ur", "شدت پسندوں نے رات گئے فوجی بیرک پر حملہ کیا جس میں تین اہلکار ہلاک ہو گئے۔", "ground_assault", "فوجی بیرک"),
    ("ur", "نامعلوم افراد نے ایف سی کی چیک پوسٹ پر دستی بم پھینکا جس سے دو اہلکار زخمی ہو گئے۔", "ground_assault",
     "ایف سی کی چیک پوسٹ"),
    ("hi", "आतंकवादियों ने रात में सेना की चौकी पर अंधाधुंध गोलियां चलाईं।", "ground_assault", "चौकी"),
    ("hi", "ड्रोन से सेना के गोला-बारूद डिपो पर हमला किया गया।", "drone", "गोला-बारूद डिपो"),
    # Russian and Ukrainian: stores of ammunition, a weapon that fell, fire opened on a post.
    ("ru", "Беспилотники атаковали ночью склад боеприпасов российской армии.", "drone", "склад боеприпасов"),
    ("ru", "Ракеты упали в воскресенье на территорию военной базы.", "rocket", "военной базы"),
    ("ru", "Боевики открыли огонь по военному посту на границе.", "ground_assault", "военному посту"),
    ("uk", "Дрони атакували вночі склад боєприпасів російської армії.", "drone", "склад боєприпасів"),
    ("uk", "Бойовики відкрили вогонь по блокпосту армії.", "ground_assault", "блокпосту"),
    # Turkish and Hebrew: a store of ammunition, an army checkpoint, a grenade thrown.
    ("tr", "İHA ile askeri mühimmat deposuna saldırı düzenlendi.", "drone", "mühimmat deposuna"),
    ("tr", "Bombalı araçla askeri kontrol noktasına saldırı düzenlendi.", "ied", "askeri kontrol noktasına"),
    ("he", "מחבלים זרקו רימון לעבר מחסום צבאי ליד הכפר.", "ground_assault", "מחסום צבאי"),
    # The noun of a terror attack on it ('un attentat contre la caserne'), rockets that rained down, a post
    # torched, the quarters of a unit (ПВД), a military facility.
    ("fr", "Un attentat contre la caserne de l'armée a fait trois morts dimanche.", "other", "caserne"),
    ("es", "Un atentado contra un cuartel del ejército dejó tres muertos el domingo.", "other", "cuartel"),
    ("it", "Un attentato contro una caserma dell'esercito ha provocato tre morti domenica.", "other", "caserma"),
    ("pt", "Um atentado contra um quartel do exército deixou três mortos no domingo.", "other", "quartel"),
    ("pl", "Zamach na bazę wojskową zabił w niedzielę trzech żołnierzy.", "other", "bazę wojskową"),
    ("hu", "Merénylet érte vasárnap az amerikai bázist.", "other", "bázist"),
    ("en", "Rockets rained down on the air base late on Sunday.", "rocket", "air base"),
    ("en", "Insurgents torched an army post in the north on Sunday.", "other", "army post"),
    ("ru", "Беспилотник атаковал ночью пункт временной дислокации российских войск.", "drone",
     "пункт временной дислокации"),
    ("uk", "Дрон уразив вночі пункт тимчасової дислокації російських військ.", "drone", "пункт тимчасової дислокації"),
    # Hebrew 'attacked' in the feminine (a state: 'ישראל תקפה'), 'bombed'
    # (ישראל is the attacker since FIELDS12, whose strikes abroad are air strikes: actors.yaml abroad_means)
    ("he", "ישראל תקפה הלילה בסיס צבאי סורי ליד חומס.", "airstrike", "בסיס צבאי סורי"),
    ("he", "מטוסי קרב הפציצו הלילה בסיס צבאי של המורדים.", "airstrike", "בסיס צבאי"),
    # German: a state's forces as the subject of the separable preterite
    ("de", "In der Nacht griff die ukrainische Armee einen russischen Militärflugplatz an.", "other",
     "Militärflugplatz"),
    # 'уразити' is also written 'вразити' after a vowel ('Сили оборони' is Ukraine since FIELDS12: a drone
    # strike at a Russian installation, abroad_means)
    ("uk", "Сили оборони вразили вночі склад боєприпасів російської армії.", "drone", "склад боєприпасів"),
    ("he", "כטב\"ם נפץ פגע הלילה במתקן צבאי בצפון.", "drone", "מתקן צבאי"),
    # Urdu plurals of a post and a camp ('دو فوجی چوکیوں': two army posts).
    ("ur", "شدت پسندوں نے سرحد کے قریب دو فوجی چوکیوں پر حملہ کیا۔", "ground_assault", "فوجی چوکیوں"),
    ("ur", "دہشت گردوں نے رات گئے تین فوجی کیمپوں پر حملہ کیا۔", "ground_assault", "فوجی کیمپوں"),
    # A car laden with explosives driven into the gate; saboteurs who got into a unit's grounds (sabotage).
    ("de", "Ein mit Sprengstoff beladenes Auto raste am Montag in das Tor einer Kaserne.", "ied", "Kaserne"),
    ("ru", "Диверсанты проникли ночью на территорию воинской части.", "other", "воинской части"),
    ("uk", "Диверсанти проникли вночі на територію військової частини.", "other", "військової частини"),
]


@pytest.mark.parametrize(("language", "text", "kind", "mention"), REPORTS,
                         ids=[f"{r[0]}-{n}" for n, r in enumerate(REPORTS)])
def test_a_fresh_report_in_the_regional_press_is_flagged(language: str, text: str, kind: str, mention: str) -> None:
    found = detect(text, language=language, published=PUB)
    assert found.strike
    report = found.reports[0]
    assert report.attack_type == kind
    assert report.mention is not None and mention in report.mention


# (language, text, country): the country of a report is where the installation is, from the place named with it.
PLACED = [
    ("en", "Militants hurled a grenade at the CRPF camp in Pulwama late on Tuesday, injuring two jawans.", "IN"),
    ("en", "Gunmen opened fire on a Frontier Corps checkpoint in Balochistan on Sunday, killing three soldiers.", "PK"),
    ("fr", "Des drones ont frappé le quartier général de l'armée près de Gao dimanche.", "ML"),
    ("de", "Raketen schlugen am Sonntag auf dem Stützpunkt der US-Armee in Syrien ein.", "SY"),
    ("hu", "Rakétatámadás érte az amerikai támaszpontot Irakban vasárnap.", "IQ"),
    ("es", "Drones bombardearon durante la noche un aeródromo militar ruso en Crimea.", "UA"),
    ("it", "Razzi sono caduti domenica su una base dei caschi blu nel sud del Libano.", "LB"),
    ("pt", "Foguetes caíram no domingo sobre uma base dos capacetes azuis no sul do Líbano.", "LB"),
    ("pl", "Rakiety spadły w niedzielę na teren bazy wojskowej w Iraku.", "IQ"),
    ("ur", "شدت پسندوں نے بنوں میں فوجی بیرک پر حملہ کیا جس میں تین اہلکار ہلاک ہو گئے۔", "PK"),
    ("ru", "Ракеты упали в воскресенье на территорию военной базы в Сирии.", "SY"),
    ("uk", "Ракети впали в неділю на територію військової бази в Сирії.", "SY"),
    ("tr", "Teröristler Irak'ın kuzeyindeki askeri mühimmat deposuna İHA ile saldırı düzenledi.", "IQ"),
]


@pytest.mark.parametrize(("language", "text", "country"), PLACED, ids=[f"{p[0]}-{n}" for n, p in enumerate(PLACED)])
def test_a_fresh_report_carries_the_country_of_its_place(language: str, text: str, country: str) -> None:
    found = detect(text, language=language, published=PUB)
    assert found.strike
    assert found.reports[0].country == country


# (language, text): the same words aimed at something that is no military installation.
CONTROLS = [
    ("en", "Attackers threw grenades at a police station in Srinagar on Sunday, injuring two officers."),
    ("en", "Militants threw a grenade into a crowded market in Srinagar on Sunday, wounding ten people."),
    ("en", "Police said a grenade was found near the army camp in Pulwama on Sunday."),
    ("en", "A gunman opened fire at a bar beside the old fort in the town on Sunday, killing two people."),
    ("fr", "Des manifestants ont attaqué dimanche le quartier général du parti à Bamako."),
    ("de", "Unbekannte haben in der Nacht das Hauptquartier der Partei angegriffen."),
    ("de", "Soldaten der Kaserne griffen ein, als ein Streit ausbrach."),
    ("it", "Manifestanti hanno attaccato domenica il quartier generale del partito."),
    ("es", "Desconocidos lanzaron una granada contra una comisaría de policía el lunes."),
    ("pl", "Napastnicy rzucili granat na posterunek policji w nocy."),
    ("hu", "Tüntetők támadták meg vasárnap a párt főhadiszállását."),
    ("ur", "نامعلوم افراد نے پولیس کی چیک پوسٹ پر دستی بم پھینکا۔"),
    ("he", "מחבלים זרקו רימון לעבר תחנת משטרה בעיר."),
    # 'die Armee griff zu ...' (resorted to) is no attack
    ("de", "Die Armee griff am Sonntag zu einem ungewöhnlichen Mittel und öffnete den Stützpunkt für Besucher."),
    # 'вразити' is also 'to impress'
    ("uk", "Гостей вразила виставка у військовому ліцеї в неділю."),
]


@pytest.mark.parametrize(("language", "text"), CONTROLS, ids=[f"{c[0]}-{n}" for n, c in enumerate(CONTROLS)])
def test_the_same_words_aimed_at_no_installation_are_not_flagged(language: str, text: str) -> None:
    assert not detect(text, language=language, published=PUB).strike


SCOPE = ("en", "fr", "es", "it", "pt", "de", "hu", "pl", "ur", "hi", "ru", "uk", "tr", "he")


@pytest.mark.parametrize("language", SCOPE)
def test_no_exact_anaphora_term_hides_an_installation_stem(language: str) -> None:
    """An exact term wins over a stem (lexicon.groups), so 'kaserne' listed only as an anaphora hid
    'kaserne*' of the installations: 'Militante stürmten eine Kaserne' named nothing."""
    terms = get_lexicon(language).terms
    hidden = [key for key, groups in terms.items() if not key.endswith("*") and "anaphora" in groups
              and "installation" not in groups and "installation" in _stem_groups(terms, key)]
    assert hidden == []


def _stem_groups(terms: dict[str, frozenset[str]], key: str) -> frozenset[str]:
    """The groups of the longest stem of the same word that would match the term (as Lexicon.groups)."""
    for k in range(len(key), 0, -1):
        if " " in key[k:]:
            break
        if key[:k] + "*" in terms:
            return terms[key[:k] + "*"]
    return frozenset()


# (language, text): a report whose attack word stands far from its target (an attribution between them),
# so it rests on the words of the night just past, as English 'overnight' ('current' in every lexicon).
NIGHT = [
    ("es", "Desconocidos atacaron durante la noche, según fuentes locales citadas por medios regionales, un puesto "
     "del ejército."),
    ("it", "Sconosciuti hanno attaccato nella notte, secondo fonti locali citate dai media regionali, una "
     "postazione dell'esercito."),
    ("pl", "Nieznani sprawcy zaatakowali w nocy, jak podają lokalne źródła cytowane przez regionalne media, "
     "posterunek armii."),
    ("hu", "Ismeretlenek támadták meg éjjel a helyi források szerint, amelyeket a regionális sajtó idézett, az "
     "amerikai bázist."),
]


@pytest.mark.parametrize(("language", "text"), NIGHT, ids=[n[0] for n in NIGHT])
def test_the_night_just_past_tells_fresh_news(language: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike
