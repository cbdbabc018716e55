"""Precision rules (issue 16, failure classes 1-3) on short texts written for these tests: old news
told as new, events that are not attacks, and a base named only as a landmark. Each negative is
paired with a positive that must stay a strike."""

from __future__ import annotations

from datetime import datetime, timezone

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def strike(text: str, **kw) -> bool:
    return detect(text, language=kw.pop("language", "en"), published=kw.pop("published", PUB), **kw).strike


# Not an attack: an explosion told with no attack word or weapon in its own sentence.

def test_explosion_alone_at_a_base_is_not_an_attack() -> None:
    text = ("A series of explosions shook Shindand air base, residents said. "
            "The army said it would look into how rockets and shells were stored at the depot.")
    assert not strike(text)


def test_explosion_with_an_attack_word_stays_a_strike() -> None:
    text = ("Militants fired rockets at Shindand air base on Sunday night, and explosions shook the base. "
            "The army said it would look into how the attackers came so close.")
    assert strike(text)


# Old news as new: a memorial, denial, drill or accident in the lead (not only the headline)
# frames every sentence of the article.

def test_memorial_in_the_lead_frames_the_attack_it_recalls() -> None:
    text = ("Families gather in Tikrit. A memorial service was held for the cadets of the air academy. "
            "Their army camp was attacked and dozens of cadets were killed.")
    assert not strike(text)


def test_same_story_without_the_memorial_stays_a_strike() -> None:
    text = ("Families flee Tikrit. Residents left their homes for the second night. "
            "Their army camp was attacked and dozens of cadets were killed.")
    assert strike(text)


# Not an attack: a denial of an attack on an unnamed base that a place resolves ("a base near
# the airport") weighs on every other sentence about that installation.

def test_denied_unnamed_base_weighs_on_the_report_it_denies() -> None:
    text = ("Iraq denied reports of a rocket attack on a military base near Baghdad airport. "
            "Earlier in the evening, local media said two rockets were fired at Camp Victory.")
    assert not strike(text)


def test_undenied_reports_stay_a_strike() -> None:
    text = ("Rockets hit a military base near Baghdad airport. "
            "Earlier in the evening, two rockets were fired at Camp Victory, local media said.")
    assert strike(text)


# Base as a landmark, or no base at all: a lexicon's multi-word non-military sense ("recreation
# base" with a stem in the middle) wins over the bare stem of the installation noun.

def test_holiday_base_is_not_a_military_base() -> None:
    assert not strike("Російська ракета атакувала базу відпочинку біля моря, загинули двоє людей.", language="uk")
    assert not strike("Российская ракета нанесла удар по базе отдыха у моря, погибли два человека.", language="ru")


def test_military_base_hit_by_a_missile_stays_a_strike() -> None:
    assert strike("Російська ракета атакувала військову базу біля моря, загинули двоє військових.", language="uk")
    assert strike("Российская ракета нанесла удар по военной базе у моря, погибли два военных.", language="ru")


# Old news as new: a reference entry's fact box laid out as a table ("Date | ...") is a fact box.

FACT_TABLE = ("Raid on Camp Taji | |\n"
              "Date | 12 March 2019 |\n"
              "Location | Taji, Iraq |\n"
              "Casualties | 3 killed |\n")


def test_fact_box_as_a_table_marks_a_reference_entry() -> None:
    assert not strike(FACT_TABLE + "Militants fired rockets at Camp Taji and killed three soldiers.")


def test_same_sentence_without_the_fact_box_stays_a_strike() -> None:
    assert strike("Raid on Camp Taji\nMilitants fired rockets at Camp Taji and killed three soldiers.")


# Old news as new: what satellite images show at a base is surveillance, not a report of an attack.

def test_satellite_images_of_construction_at_a_struck_base_are_not_a_strike() -> None:
    text = ("Satellite images show new hangars going up at a military base near Palmyra, "
            "despite air strikes on the site.")
    assert not strike(text)


def test_air_strikes_on_the_base_stay_a_strike() -> None:
    text = "Air strikes hit a military base near Palmyra, destroying new hangars on the site."
    assert strike(text)


# Old news as new: a headline that names the event by its year is a reference entry's title.

BODY = "Militants fired rockets at Camp Taji and killed three soldiers."


def test_headline_naming_the_event_by_its_year_is_a_reference_entry() -> None:
    assert not strike(BODY, title="2016 Camp Taji rocket attack")


def test_news_headline_without_a_year_stays_a_strike() -> None:
    assert strike(BODY, title="Rockets hit Camp Taji, three soldiers killed")


# Not an attack: a denial that refers back to the base ("no new attacks on that base") denies
# the named base the earlier report was about.

def test_denial_referring_back_to_the_base_denies_the_earlier_report() -> None:
    text = ("Syrian TV reported a missile attack on Shayrat air base overnight. By morning the army said "
            "it had been a false alarm and that there were no new attacks on that base.")
    assert not strike(text)


def test_confirmation_referring_back_to_the_base_stays_a_strike() -> None:
    text = ("Syrian TV reported a missile attack on Shayrat air base overnight. By morning the army said "
            "the base had been hit by three missiles.")
    assert strike(text)


# Old news as new: a lead sentence that only recalls (a memorial, no attack of its own) weighs
# more than one that tells today's attack next to last week's.

def test_memorial_sentence_in_the_lead_outweighs_a_named_base() -> None:
    text = ("Families gather in Tikrit. A memorial service was held for the cadets of the air academy. "
            "Gunmen stormed Camp Speicher and killed hundreds of cadets.")
    assert not strike(text)


def test_last_weeks_attack_in_the_lead_does_not_frame_todays() -> None:
    text = ("Tikrit on edge. Militants who attacked a checkpoint last week struck again. "
            "Gunmen stormed Camp Speicher and killed ten cadets.")
    assert strike(text)


def test_hebrew_memorial_ceremony_in_the_lead_frames_the_attack() -> None:
    # The plene spelling of "memorial" (with yod), as the press writes it.
    lead = "משפחות התכנסו בירושלים. "
    attack = "מחבלים תקפו את בסיס צבאי בנגב והרגו חיילים."
    assert not strike(lead + "הבוקר התקיים טקס הזיכרון לחללי הבסיס. " + attack, language="he")
    assert strike(lead + "הבוקר נפתחה ישיבת הממשלה. " + attack, language="he")


# Not an attack: a lead that denies an attack without naming the base denies the article's
# reports of it; "nothing was announced" is no denial.

def test_denied_attack_in_the_lead_weighs_on_the_reports_that_follow() -> None:
    assert not strike("The army denied reports of a rocket attack. "
                      "Earlier, local media said rockets were fired at Camp Taji.")
    assert not strike("نفى الجيش الأنباء عن هجوم صاروخي. "
                      "وكانت وسائل إعلام قد تحدثت عن استهداف قاعدة عين الأسد بالصواريخ.", language="ar")


def test_confirmed_attack_and_unannounced_losses_stay_strikes() -> None:
    assert strike("The army confirmed reports of a rocket attack. "
                  "Earlier, local media said rockets were fired at Camp Taji.")
    assert strike("هاجمت طائرات مسيرة قاعدة عين الأسد غربي العراق. "
                  "ولم يتم الإعلان عن أي خسائر في الهجوم.", language="ar")


# Not an attack: a lead sentence that explains the explosion as an accident frames the article.

STORE = "Two soldiers were wounded when something hit an ammunition store at Camp Taji. "


def test_explosion_explained_as_an_accident_is_not_a_strike() -> None:
    text = STORE + "The explosion was caused by a short circuit, the army said. The store held rockets and mortar shells."
    assert not strike(text)


def test_explosion_explained_as_a_rocket_stays_a_strike() -> None:
    text = STORE + "The explosion was caused by a rocket, the army said. The store held rockets and mortar shells."
    assert strike(text)


# Old news as new: a headline that is only an installation's name is a profile's title.

def test_headline_that_is_only_the_base_name_is_a_profile() -> None:
    assert not strike(BODY, title="Camp Taji")
    assert not strike("قاعدة حتسور الجوية\nقصف مسلحون قاعدة حتسور الجوية بالصواريخ.", language="ar")


def test_headline_with_a_verb_over_the_same_body_stays_a_strike() -> None:
    assert strike(BODY, title="Camp Taji attacked")
    assert strike("قصف قاعدة حتسور الجوية\nقصف مسلحون قاعدة حتسور الجوية بالصواريخ.", language="ar")


# Old news as new: a lead sentence about what satellite images show (no attack of its own)
# frames the strike the article recalls as background.

def test_satellite_images_in_the_lead_frame_an_earlier_strike() -> None:
    text = ("Work resumes near Palmyra. New satellite images taken on Sunday show hangars going up at the site. "
            "The T4 air base was partially destroyed in an air strike.")
    assert not strike(text)


def test_same_article_without_the_images_stays_a_strike() -> None:
    text = ("Work resumes near Palmyra. Builders worked through Sunday on new hangars at the site. "
            "The T4 air base was partially destroyed in an air strike.")
    assert strike(text)


# Recall: the passive "rockets were fired ... against a base" tells an attack, with the target
# phrase far from the verb (origin and time in between).

def test_rockets_fired_in_the_passive_at_a_base_are_a_strike() -> None:
    text = "Three rockets were fired overnight from the desert against a military base in eastern Syria, officials said."
    assert strike(text)


# Old news as new: an article that asks about an attack ("why did ...?", "did ... hit?") explains
# or checks it; a report of a new attack states it.

ANSWER = "Rockets struck Camp Taji and killed two soldiers, and the militia called it revenge."


def test_an_article_asking_about_the_attack_is_not_a_new_report() -> None:
    assert not strike("Why did the militia fire rockets at Camp Taji? " + ANSWER)
    assert not strike("هل أصابت الصواريخ قاعدة عين الأسد؟ سقطت الصواريخ على قاعدة عين الأسد وأصابت جنديين.",
                      language="ar")


def test_the_same_attack_stated_without_a_question_stays_a_strike() -> None:
    assert strike("The militia fired rockets at Camp Taji. " + ANSWER)
    assert strike("سقطت الصواريخ على قاعدة عين الأسد وأصابت جنديين.", language="ar")


# Base as a landmark: the attack word's object is a country ("the strikes on Iran"), and the
# installation is only talked about beside it.

def test_a_base_beside_an_attack_on_a_country_is_not_its_target() -> None:
    assert not strike("After the air strikes on Iran, lawmakers argued about the future of Incirlik air base.")
    assert not strike("İsrail'in İran'a karşı saldırıları sonrasında İncirlik Üssü'nün geleceği tartışıldı.",
                      language="tr")


def test_a_base_of_the_attacked_country_stays_the_target() -> None:
    assert strike("Air strikes on Iran's Shahid Nojeh air base wrecked two hangars overnight.")
    assert strike("Drones struck Incirlik air base after the strikes on Iran, officials said.")


# Base as a landmark: the attack took another target, placed by the installation ("a police
# station near the air base"); the toll after it ("killing two") is not the attack's object.

def test_a_target_near_a_base_makes_the_base_a_landmark() -> None:
    assert not strike("Gunmen attacked a police station near Bagram air base on Sunday, killing two officers.")
    assert not strike("Rockets hit a residential area close to Camp Taji, wounding three civilians.")


def test_a_target_inside_or_at_the_gate_of_a_base_stays_a_strike() -> None:
    assert strike("A drone hit a vehicle inside Harir air base, wounding two soldiers.")
    assert strike("A suicide bomber blew up a car at the gate of Bagram air base, killing three guards.")


# Old news, denials and crimes told with words the lexicon lacked: "N years after the attack",
# "the base was not hit", a shooting over "a personal dispute".

def test_years_after_an_attack_is_a_retrospective() -> None:
    assert not strike("Three years after the drone attack on Harir air base, its wounded still wait for care.")
    assert not strike("A year on from the rocket attack on Camp Taji, the hangars stand empty.")


def test_a_base_said_not_to_be_hit_is_not_a_strike() -> None:
    assert not strike("Drones attacked Erbil airport overnight, but officials said Harir air base was not hit.")


def test_a_shooting_over_a_personal_dispute_is_a_crime() -> None:
    assert not strike("A soldier opened fire at the army base in Kati after a personal dispute, police said.")


def test_the_same_bases_attacked_now_stay_strikes() -> None:
    assert strike("A drone attack hit Harir air base overnight and wounded two soldiers.")
    assert strike("Gunmen opened fire at the army base in Kati before dawn, killing two soldiers.")


# Not an attack, in Arabic: an official's account of plans to strike, and a fact-check calling
# pictures of a strike misleading.

def test_arabic_plans_to_strike_are_a_threat() -> None:
    assert not strike("قال مسؤول أمريكي إن لدى الحوثيين خططا لضرب قاعدة عين الأسد بطائرات مسيرة.", language="ar")


def test_arabic_pictures_called_misleading_are_a_denial() -> None:
    assert not strike("الصور المتداولة عن قصف صاروخي على قاعدة عين الأسد مضللة.", language="ar")


def test_arabic_strike_told_by_an_official_stays_a_strike() -> None:
    assert strike("قال مسؤول أمريكي إن الحوثيين ضربوا قاعدة عين الأسد بطائرات مسيرة.", language="ar")


# Hebrew fuses "from" to the noun ("מבסיס"): the take-off verb before the base makes it the origin.

def test_hebrew_jets_taking_off_from_a_base_are_not_a_strike_on_it() -> None:
    assert not strike("מטוסי קרב המריאו מבסיס נבטים ותקפו יעדים בתימן.", language="he")


def test_hebrew_rocket_hitting_the_base_stays_a_strike() -> None:
    assert strike("רקטה פגעה בבסיס נבטים הלילה ושני חיילים נפצעו.", language="he")


# Old news: a film, a book or a hearing about an attack retells it.

def test_a_film_or_a_hearing_about_an_attack_retells_it() -> None:
    assert not strike("A new documentary follows the drone attack on Harir air base through the eyes of its medics.")
    assert not strike("Senators held a hearing on the rocket attack on Camp Taji and the missing warning sirens.")


# Turkish writes "stationed" after the installation: troops stationed at a base who strike
# elsewhere make it the origin; "the base where US troops are stationed" only describes it.

def test_turkish_troops_stationed_at_a_base_strike_from_it() -> None:
    assert not strike("Suriye'deki üs bölgesinde konuşlu birlikler, terör hedeflerini topçu atışıyla vurdu.",
                      language="tr")


def test_turkish_base_described_by_its_troops_stays_the_target() -> None:
    assert strike("ABD askerlerinin konuşlandığı İncirlik Üssü'ne roketli saldırı düzenlendi.", language="tr")


# Class 6, unnamed installations: a checkpoint and a camp attacked together are both targets,
# and an army training centre is an installation.

def test_a_camp_attacked_together_with_a_checkpoint_stays_a_strike() -> None:
    assert strike("Insurgents attacked a military checkpoint and a nearby army camp in Balochistan.")


def test_an_army_training_centre_is_an_installation() -> None:
    assert strike("A suicide bomber attacked an army training centre in Mogadishu, killing 20 recruits.")


def test_a_car_on_the_road_outside_a_base_makes_the_base_a_landmark() -> None:
    assert not strike("A drone struck a car on the road outside Harir air base, killing two militants.")
    assert strike("A car bomb exploded at the gate of Camp Taji, killing two guards.")


# Not an attack on the base: the text says the installation was not the target ("not US bases",
# Turkish "karakola değil"); "not only X but also Y" still lists targets.

def test_an_installation_contrasted_with_the_target_is_not_a_strike() -> None:
    assert not strike("Drones launched from Iraq targeted Israel, not US bases, the Pentagon said.")
    assert not strike("Teröristler karakola değil, köydeki evlere saldırdı.", language="tr")


def test_not_only_one_base_but_another_lists_two_targets() -> None:
    det = detect("Drones attacked not only Ain al-Asad air base but also Harir air base overnight.",
                 language="en", published=PUB)
    assert [r.base_id for r in det.reports] == ["iq-ain-al-asad", "iq-harir"]


# Old news: "last January" (a month named after "last") and Indonesian "setahun lalu" (a year ago).

def test_an_attack_last_month_by_name_is_background() -> None:
    assert not strike("The drone attack on Harir air base last January killed three soldiers, and the base "
                      "is now being expanded.")
    assert not strike("Setahun lalu, drone menyerang pangkalan udara Ain al-Asad.", language="id")
    assert strike("Drone menyerang pangkalan udara Ain al-Asad di Irak pada Senin malam.", language="id")


# Base as a landmark, article-wide: a headline that tells an attack on another target (police
# checkposts) says what the unnamed posts of the body are.

OUTPOST_BODY = "The attackers also fired rockets at an outpost near the town before fleeing, officials said."


def test_a_headline_attack_on_police_posts_frames_the_unnamed_outpost() -> None:
    assert not strike(OUTPOST_BODY, title="Militants attack police checkposts in the hills")


def test_a_headline_attack_on_an_army_post_keeps_the_outpost_a_target() -> None:
    assert strike(OUTPOST_BODY, title="Militants attack army posts in the hills")
