"""Languages outside the regional core on news nobody tuned for (LANGS17): the lexicon groups and inflections the
core languages have, filled in for es, pt, it, pl and hi (and a Greek airfield alias). Our own sentences; each
fails without its rule, the controls excepted."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)  # a Tuesday
MONDAY = date(2026, 3, 9)

# Strikes read only with the rule: the airfield noun with the town of an air base (el: the gazetteer's Greek alias,
# as it has the Russian and Polish 'аэродром Саки', 'lotnisko Saki'; es, pt: 'aeródromo' had only its 'militar'
# form), and an inflected Hindi assault phrase ('धावा बोला', stormed: the exact term missed the verb's endings).
STRIKES = [
    ("el", "Ουκρανικά drones χτύπησαν τη Δευτέρα το αεροδρόμιο Σάκι στην Κριμαία.", "ua-saky"),
    ("el", "Ρουκέτες έπεσαν τη Δευτέρα στο αεροδρόμιο Σάκι.", "ua-saky"),
    ("es", "Un ataque con drones alcanzó el lunes el aeródromo de Saky, en Crimea.", "ua-saky"),
    ("pt", "Drones ucranianos atingiram na segunda-feira o aeródromo de Saky, na Crimeia.", "ua-saky"),
    ("hi", "नगरोटा सैन्य अड्डे पर सोमवार तड़के आतंकियों ने धावा बोला, चार जवान घायल हुए।", "in-nagrota"),
]

# Not strikes, read only with the rule: a threat and a denial in their perfective forms (pl 'zagroził',
# 'zdementował'), a strike launched from a base (hi 'से उड़ान भरकर': 'from' follows the noun), and attacks whose
# object is a country with a base named beside them (es, it, pt 'contra', pl 'przeciwko' + the dative).
QUIET = [
    ("pl", "Iran zagroził w poniedziałek atakiem rakietowym na bazę Al Udeid."),
    ("pl", "Pentagon zdementował w poniedziałek doniesienia o ataku dronów na bazę Ain al-Asad."),
    ("hi", "भारतीय वायुसेना के विमानों ने सोमवार को अंबाला एयरबेस से उड़ान भरकर सीमा पार आतंकी ठिकानों पर हमला किया।"),
    ("es", "Los ataques contra Irán continuaron el lunes cerca de la base de Al Udeid."),
    ("it", "Gli attacchi contro l'Iran sono proseguiti lunedì vicino alla base di Al Udeid."),
    ("pt", "Os ataques contra o Irã continuaram na segunda-feira perto da base de Al Udeid."),
    ("pl", "Ataki przeciwko Iranowi trwały w poniedziałek w pobliżu bazy Al Udeid."),
    # aircraft that took off from the base (es 'despegaron de', it 'decollati dalla')
    ("es", "Los cazas despegaron de la base de Al Udeid el lunes para bombardear objetivos en Siria."),
    ("it", "I caccia sono decollati lunedì dalla base di Al Udeid per colpire obiettivi in Siria."),
]

# Controls that must stay right: the same cues in a real strike.
CONTROLS = [
    ("pl", "Ukraińskie drony zaatakowały w poniedziałek bazę lotniczą Engels w Rosji.", "ru-engels"),
    ("hi", "सोमवार को पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", "in-pathankot"),
    ("es", "Irán lanzó el lunes misiles contra la base aérea de Al Udeid, en Catar.", "qa-al-udeid"),
    ("el", "Ρουκέτες έπληξαν τη Δευτέρα τη βάση Αΐν αλ-Ασαντ στο Ιράκ.", "iq-ain-al-asad"),
    ("it", "Droni lanciati dalla Russia hanno colpito lunedì la base aerea di Starokostiantyniv.", "ua-starokostiantyniv"),
    ("es", "Drones lanzados desde Irak atacaron el lunes la base de Al Udeid.", "qa-al-udeid"),
    # drones shot down on their way to the base were aimed at it
    ("pl", "Obrona powietrzna zestrzeliła w poniedziałek wszystkie drony, zanim dotarły do bazy Ain al-Asad.",
     "iq-ain-al-asad"),
]


@pytest.mark.parametrize(("lang", "text", "base"), STRIKES + CONTROLS,
                         ids=[f"{x[0]}-{k}" for k, x in enumerate(STRIKES + CONTROLS)])
def test_strike_read_at_its_base_and_day(lang: str, text: str, base: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    assert {r.base_id for r in det.reports} == {base}
    assert {r.event_date for r in det.reports} == {MONDAY}


@pytest.mark.parametrize(("lang", "text"), QUIET, ids=[f"{x[0]}-{k}" for k, x in enumerate(QUIET)])
def test_no_strike(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


def test_attack_on_a_country_names_no_actor() -> None:
    """'un ataque contra Israel' is the attack's object, not who attacked the base (es 'against')."""
    det = detect("Irán lanzó el lunes un ataque contra Israel, mientras milicias atacaron la base de Ain al-Asad.",
                 language="es", published=PUB)
    assert det.strike
    assert {r.actor for r in det.reports} == {"Militants"}
