"""The attacker and attack-type fields: the attacker, the target's owner and the speaker are different parties."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.actors import default_registry

PUB = datetime(2025, 3, 4, 12, 0, tzinfo=timezone.utc)


def _report(text: str, lang: str = "en"):
    det = detect(text, language=lang, published=PUB)
    assert det.strike, text
    return det.reports[0]


@pytest.mark.parametrize("text, attacker", [
    # the owner's army is named first, as the one who did not say where the drones fell
    ("The Israeli army did not say where the drones fell, but Hezbollah announced an attack on Nevatim air base.",
     "Hezbollah"),
    ("Israel's military said two rockets fired from Gaza struck Nevatim air base.", None),
    # a base abroad held by a foreign force: that force owns it, the country's own army may attack it
    ("Russia's defence ministry said that Ukraine attacked Belbek airfield with drones overnight.", "Ukraine"),
])
def test_the_state_whose_base_it_is_is_never_the_attacker(text: str, attacker: str | None) -> None:
    assert _report(text).actor == attacker


def test_owners_are_the_stationed_state_forces_else_the_countrys() -> None:
    registry = default_registry()
    assert registry.owners("IL") == {"israel"}
    assert registry.owners("UA", ("Russian Aerospace Forces (occupied Crimea)",)) == {"russia"}
    assert registry.owners("IR", ("IRGC",)) == {"irgc", "iran"}


def test_forces_stationed_before_and_a_coalitions_leader_are_owners_too() -> None:
    registry = default_registry()
    # older news was written while the force was there; "US-led": the United States leads it
    assert registry.owners("SY", ("Russian Aerospace Forces", "formerly US forces")) == {"russia", "united-states"}
    assert registry.owners("IQ", ("US-led coalition (until 2026)",)) == {"us-led-coalition", "united-states"}


@pytest.mark.parametrize("text", [
    "A rocket fell inside Ain al-Asad air base on Tuesday. The base hosts US forces and Iraqi troops.",
    "A rocket fell inside Camp Victory on Tuesday. The camp hosts US forces.",
])
def test_the_force_a_base_hosts_is_not_its_attacker(text: str) -> None:
    report = _report(text)
    assert (report.actor, report.attack_type) == (None, "rocket")


def test_a_claim_further_down_names_the_attacker() -> None:
    text = ("A suicide bomber blew himself up at the gate of Bagram air base on Friday. "
            "Officials gave no toll at first. Three soldiers died later in hospital. "
            "The Taliban claimed responsibility for the bombing.")
    assert _report(text).actor == "Taliban"


@pytest.mark.parametrize("lang, text, attack_type", [
    ("ar", "تعرضت قاعدة عين الأسد لهجوم صاروخي فجر اليوم.", "rocket"),  # the adjective "صاروخي" names the weapon
    ("ar", "أطلق مسلحون صاروخا مضادا للدبابات على قاعدة حرير.", "missile"),  # an anti-tank rocket is a guided missile
    ("fr", "Un kamikaze s'est fait exploser devant le camp de Kati mardi matin.", "ied"),  # French: a suicide bomber
])
def test_weapon_words(lang: str, text: str, attack_type: str) -> None:
    assert _report(text, lang).attack_type == attack_type


@pytest.mark.parametrize("lang, text, attack_type", [
    # the group's own raid destroyed the aircraft: they are the target, not its means
    ("en", "Al-Shabaab fighters destroyed two warplanes at Baledogle airfield in a raid on Monday.", "ground_assault"),
    ("ar", "قالت قوات الدعم السريع إنها دمرت طائرات حربية في قاعدة وادي سيدنا بهجوم صاروخي.", "rocket"),
    # no other means named: the group is more likely the side that was hit, the aircraft stand
    ("en", "Warplanes struck Shayrat air base overnight. Hezbollah fighters are stationed at the base.", "airstrike"),
])
def test_an_armed_group_flies_no_warplanes(lang: str, text: str, attack_type: str) -> None:
    assert _report(text, lang).attack_type == attack_type


@pytest.mark.parametrize("lang, text, attack_type", [
    ("ar", "أعلن الحرس الثوري الإيراني هجوما صاروخيا على قاعدة عين الأسد.", "missile"),
    ("ru", "Российские войска выпустили четыре ракеты по военному аэродрому Миргород в ночь на среду.", "missile"),
    ("ar", "أطلقت الفصائل العراقية صواريخ على قاعدة عين الأسد.", "rocket"),  # a group's are rockets
])
def test_a_states_forces_fire_missiles_not_rockets(lang: str, text: str, attack_type: str) -> None:
    assert _report(text, lang).attack_type == attack_type


@pytest.mark.parametrize("text, attacker", [
    # a group named only in a background sentence (no attack word, no statement) is not carried over
    ("The PKK has fought the Turkish state since 1984. Two drones struck the Turkish base at Bamarni on Friday.",
     None),
    ("The PKK said on Saturday that its fighters had hit back. Two drones struck the Turkish base at Bamarni on Friday.",
     "PKK"),
])
def test_an_earlier_actor_carries_over_only_from_a_sentence_where_it_acts_or_speaks(text: str, attacker) -> None:
    assert _report(text).actor == attacker


@pytest.mark.parametrize("lang, text, attacker", [
    ("en", "Explosions shook Olenya air base overnight and several bombers burned. Local residents filmed the "
           "fires. Kyiv media said the drone attack was a special operation of the SBU.",
     "Security Service of Ukraine (SBU)"),
    ("id", "Bom mobil meledak di pangkalan militer di Dera Ismail Khan pada Selasa. Dua puluh tentara tewas. "
           "Kelompok Tehreek-e-Jihad Pakistan mengatakan anggotanya melakukan serangan itu.",
     "Tehreek-e-Jihad Pakistan"),
    # the attack's own subject, named only by what it is, still comes before a group in an overview
    ("en", "Heavily armed gunmen attacked the army camp at Bamba on Monday. Twenty soldiers died. Such attacks "
           "are often claimed by groups close to al-Qaeda and the Islamic State.", "Militants"),
])
def test_an_actor_named_further_down_with_an_attack_word(lang: str, text: str, attacker: str) -> None:
    assert _report(text, lang).actor == attacker


def test_a_groups_name_wins_over_the_state_it_holds() -> None:
    registry = default_registry()
    assert registry.resolve("Tahreek-e-Jihad Pakistan (TJP)").id == "tehreek-e-jihad-pakistan"
    assert registry.resolve("Pakistan army").id == "pakistan"


def test_a_bare_weapon_word_is_the_qualified_one_the_article_wrote() -> None:
    text = ("The government condemned overnight air raids in the west of the country. "
            "Officials said the raids against Al Watiya airbase destroyed a radar.")
    assert _report(text).attack_type == "airstrike"
    assert _report("Gunmen raided the army camp at Bamba on Monday.").attack_type == "ground_assault"


@pytest.mark.parametrize("lang, text", [
    ("en", "Unknown planes bombed Al Watiya air base overnight, the Libyan government said."),
    ("fr", "Des avions non identifiés ont bombardé la base aérienne d'Al-Watiya dans la nuit."),
    ("ar", "طائرات مجهولة قصفت قاعدة الوطية الجوية فجر اليوم."),
])
def test_warplanes_nobody_names_are_an_unidentified_air_force(lang: str, text: str) -> None:
    report = _report(text, lang)
    assert (report.actor, report.attack_type) == ("Unidentified air force", "airstrike")


@pytest.mark.parametrize("text, attacker", [
    # "россияне" (the Russians) names the attacking side, as Ukrainian "росіяни" does
    ("Ночью россияне ударили ракетами по военному аэродрому Миргород.", "Russia"),
    # at a Russian airfield the Russians are its own side
    ("Беспилотники атаковали аэродром Энгельс, россияне тушили пожар до утра.", None),
])
def test_russian_writes_the_russians_for_russias_forces(text: str, attacker: str | None) -> None:
    assert _report(text, "ru").actor == attacker


@pytest.mark.parametrize("text, attack_type", [
    # the group is named in the next sentence only; the attack's sentence counts its dead
    ("An attack on Camp Bastion late on Friday killed two Marines. The Taliban said the attack avenged an insult.",
     "ground_assault"),
    ("An attack on Camp Bastion late on Friday caused no casualties. The Taliban said the attack avenged an insult.",
     "other"),
])
def test_a_groups_attack_that_killed_without_a_weapon_is_a_ground_assault(text: str, attack_type: str) -> None:
    assert _report(text).attack_type == attack_type


@pytest.mark.parametrize("lang, text, attack_type", [
    ("en", "Three rockets struck a military base in eastern Syria housing US forces on Sunday.", "rocket"),
    ("en", "Rockets were fired at a military base in Syria that is home to a coalition led by the United States.",
     "rocket"),
    ("ar", "سقطت ثلاثة صواريخ على قاعدة عسكرية في شرق سوريا تضم القوات الأمريكية.", "rocket"),
    ("fr", "Des roquettes ont frappé une base dans l'est de la Syrie qui abrite des forces américaines.", "rocket"),
])
def test_the_garrison_written_after_a_host_word_is_the_target(lang: str, text: str, attack_type: str) -> None:
    report = _report(text, lang)
    assert (report.actor, report.attack_type) == (None, attack_type)


@pytest.mark.parametrize("text, attack_type", [
    ("Russian forces launched a heavy air strike on Myrhorod air base overnight. The attack was carried out "
     "with cruise missiles and attack drones, the air force said.", "missile"),
    # in its own sentence the warplanes are the means
    ("Israeli warplanes struck the T4 air base overnight with several missiles.", "airstrike"),
])
def test_an_air_attack_is_the_missiles_or_drones_the_next_sentence_names(text: str, attack_type: str) -> None:
    assert _report(text).attack_type == attack_type


@pytest.mark.parametrize("lang, text, attacker", [
    ("ur", "افغان طالبان نے رات گئے بگرام ایئر بیس پر راکٹ حملہ کیا۔", "Taliban"),
    ("ur", "القاعدہ کے جنگجوؤں نے بگرام ایئر بیس پر حملہ کیا۔", "al-Qaeda"),
    ("fa", "طالبان پاکستان به یک پایگاه نظامی در وزیرستان حمله کردند.", "TTP"),  # the longer name wins
])
def test_groups_in_the_scripts_their_press_uses(lang: str, text: str, attacker: str) -> None:
    assert _report(text, lang).actor == attacker


@pytest.mark.parametrize("text, attacker", [
    ("A Russian missile strike hit the Starokostiantyniv air base overnight, Ukraine's air force said.", "Russia"),
    ("Ukrainian drones attacked the Engels air base in Saratov region overnight.", "Ukraine"),
    ("Israeli jets struck the T4 air base in Homs province, Syrian state media said.", "Israel"),
    # the made-in country is not the attacker; the owner's own weapons are not the attack
    ("Iranian-made drones attacked the Starokostiantyniv air base overnight.", None),
    ("Russian air defence missiles were fired over Belbek airfield overnight after an attack.", None),
])
def test_a_weapon_qualified_by_a_nationality_is_that_states(text: str, attacker: str | None) -> None:
    assert _report(text).actor == attacker


@pytest.mark.parametrize("text, attacker", [
    # a party that tells of the attack after it ("..., the SDF said") did not make it: the weapon's state did
    ("Turkish drones hit an SDF position near Kobani on Monday, the SDF said.", "Turkey"),
    ("Turkish warplanes bombed a camp of the Syrian army near Manbij, the Kurdish-led SDF said.", "Turkey"),
    # with no state's weapon, the group whose word it is claims its own attack; one that speaks first acts after
    ("A drone struck the Harir air base on Monday, the Islamic Resistance in Iraq said.",
     "Islamic Resistance in Iraq"),
    ("Hezbollah said its fighters fired guided missiles at the Zarit barracks.", "Hezbollah"),
])
def test_a_party_that_tells_of_the_attack_yields_to_the_weapons_state(text: str, attacker: str) -> None:
    assert _report(text).actor == attacker


@pytest.mark.parametrize("text, attacker", [
    # a claimant described by an apposition set off by commas is the one described
    ("JNIM, the Sahel branch of al-Qaeda, claimed responsibility for Sunday's attack on the army camp in Djibo.",
     "JNIM"),
    ("Al-Shabaab, al-Qaeda's East African affiliate, claimed responsibility for the mortar attack on the Baledogle "
     "base on Sunday.", "al-Shabaab"),
    # a patron inside the apposition is no claimant either way
    ("The Islamic Resistance in Iraq, a coalition of Iran-backed militias, claimed the drone attack on the Harir base.",
     "Islamic Resistance in Iraq"),
])
def test_a_claimant_described_between_commas_is_the_one_described(text: str, attacker: str) -> None:
    assert _report(text).actor == attacker


def test_jets_that_strike_are_an_airstrike() -> None:
    assert _report("Israeli jets struck the T4 air base in Homs province, Syrian state media said.").attack_type \
        == "airstrike"


@pytest.mark.parametrize("lang, text", [
    ("en", "The Pentagon said Iran-backed militias launched a drone at Tower 22 in Jordan, killing three US soldiers."),
    ("ar", "فصائل موالية لإيران قصفت قاعدة التنف بالصواريخ."),
    ("it", "Due droni lanciati da milizie filo-iraniane hanno colpito la base di Tanf."),
])
def test_militias_described_by_their_patron_are_one_group(lang: str, text: str) -> None:
    assert _report(text, lang).actor == "Iran-aligned militias"  # not Iran, not left unnamed


@pytest.mark.parametrize("lang, text, attack_type", [
    # "a suicide attack" alone says neither bomb nor assault (as in English): the fighters' raid
    ("es", "Un ataque suicida de insurgentes talibanes contra Camp Bastion destruyó seis aviones el viernes.",
     "ground_assault"),
    ("es", "Un terrorista suicida hizo estallar un coche en la entrada de la base aérea de Bagram.", "ied"),
    ("pt", "Um homem-bomba atacou a entrada da base aérea de Bagram nesta sexta-feira.", "ied"),
])
def test_a_suicide_attack_is_a_bombing_only_when_a_bomber_or_bomb_is_named(lang: str, text: str,
                                                                           attack_type: str) -> None:
    assert _report(text, lang).attack_type == attack_type


@pytest.mark.parametrize("lang, text, attacker", [
    # a weapon phrase that holds the attackers ("militants stormed") names them too
    ("en", "Militants stormed an army camp in Bamba on Monday, killing twenty soldiers.", "Militants"),
    ("ar", "هاجم مسلحون مجهولون قاعدة عين الأسد الجوية فجر اليوم.", "Militants"),
    # verb first: attackers right after the attack verb are its subject, those after its subject its object
    ("ar", "قصف طيران مجهول قاعدة الوطية الجوية فجر اليوم.", "Unidentified air force"),
    ("ar", "قصفت الطائرات المسلحين قرب قاعدة عين الأسد الجوية.", None),
])
def test_attackers_named_by_what_they_are_in_phrases_and_verb_first(lang: str, text: str, attacker) -> None:
    assert _report(text, lang).actor == attacker


def test_persian_writes_jaish_al_adl_by_its_own_name_too() -> None:
    report = _report("افراد مسلح جیش العدل شب گذشته به پایگاه دریایی کنارک حمله کردند.", "fa")
    assert (report.actor, report.actor_written) == ("Jaish al-Adl", "جیش العدل")


def test_the_houthis_drone_arm_is_the_houthis() -> None:
    assert default_registry().canonical("سلاح الجو المسيَّر") == "Houthis"


@pytest.mark.parametrize("lang, text, written, attack_type", [
    ("en", "Heavily armed gunmen stormed an army camp in Nagrota before dawn, killing four soldiers.",
     "gunmen", "ground_assault"),
    # no weapon named: people who attacked in person are a ground assault
    ("fr", "Des terroristes lourdement armés ont attaqué le camp de Kati lundi matin.", "terroristes", "ground_assault"),
])
def test_attackers_named_only_by_what_they_are(lang: str, text: str, written: str, attack_type: str) -> None:
    report = _report(text, lang)
    assert (report.actor, report.actor_written, report.attack_type) == ("Militants", written, attack_type)


def test_a_named_group_wins_over_attackers_named_by_what_they_are() -> None:
    text = ("Hezbollah said it carried out the operation. "
            "Heavily armed gunmen stormed an army camp in Nagrota before dawn.")
    assert _report(text).actor == "Hezbollah"
    # militants the drone killed are its victims, not its subject
    assert _report("A drone struck Harir air base overnight, killing two militants held there.").actor is None


def test_people_named_by_what_they_are_have_one_english_name() -> None:
    registry = default_registry()
    assert registry.canonical("gunmen who told us nothing") == "Militants"
    assert registry.canonical("диверсанты") == registry.canonical("bir grup terörist") == "Militants"
    assert registry.canonical("Iran-backed Houthi rebels") == "Houthis"  # a named group's longer alias wins
    assert registry.canonical("Houthi militants") == "Houthis"  # a named group's alias wins, however short


@pytest.mark.parametrize("lang, text, attacker", [
    ("en", "Iran-backed Houthi rebels launched a missile at Camp Taji on Sunday.", "Houthis"),
    ("fr", "La Katiba Macina, affiliée à Al-Qaïda, a revendiqué l'attaque contre le camp de Kati.", "JNIM"),
    # the factions are described only by their patron: that description's group, never Iran
    ("ar", "أطلقت فصائل مدعومة من إيران طائرات مسيرة على قاعدة حرير.", "Iran-aligned militias"),
])
def test_the_patron_that_backs_the_attacker_is_not_the_attacker(lang: str, text: str, attacker: str | None) -> None:
    assert _report(text, lang).actor == attacker


@pytest.mark.parametrize("lang, text, attacker", [
    ("ar", "قالت إذاعة الجيش إن الفصائل العراقية أطلقت طائرة مسيرة على قاعدة حرير.", "Iraqi resistance"),
    ("en", "Palestinian factions fired rockets at Nevatim air base overnight.", "Palestinian factions"),
    # the Russian lexicon's country table lists "украина" itself: it is the actor too
    ("ru", "В субботу Украина атаковала беспилотниками аэродром Бельбек в Крыму.", "Ukraine"),
])
def test_factions_named_as_a_whole_and_a_country_as_the_subject(lang: str, text: str, attacker: str) -> None:
    assert _report(text, lang).actor == attacker


def test_saboteurs_who_blew_up_aircraft_at_an_airfield() -> None:
    report = _report("Ночью диверсанты взорвали два самолета на аэродроме \"Чкаловский\" в Подмосковье.", "ru")
    assert (report.base_id, report.actor, report.actor_written, report.attack_type) == (
        "ru-chkalovsky", "Militants", "диверсанты", "other")


def test_an_overview_of_attacks_that_names_the_group_around_them_leaves_the_means_unstated() -> None:
    """A claimed wave of attacks ("carried out four attacks ... included an attack on X") says who, not how."""
    from pipelines.detect import detect

    text = ("The Islamic Resistance in Iraq has carried out four attacks on US positions since Sunday night. "
            "The attacks included an attack on Harir air base in Erbil and another on Ain al-Asad air base. "
            "The attacks by the Islamic Resistance in Iraq fighters were the heaviest in months.")
    reports = detect(text, language="en").reports
    assert [(r.base_id, r.attack_type) for r in reports] == [("iq-harir", "other"), ("iq-ain-al-asad", "other")]
