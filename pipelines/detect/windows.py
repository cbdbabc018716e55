"""Every distance the detector's rules measure, in one place: characters of normalised text unless named otherwise."""

from __future__ import annotations

# Candidates
NEAR_PLACE_CHARS = 50  # a generic installation noun this close to a known place is that place's base
LIST_HEAD_CHARS = 80  # how far back a coordinated list of names before a plural noun is read
LIST_HEAD_WORDS = 8
COUNT_CHARS = 12  # a number word this close before a plural noun counts installations
COUNT_DIGITS_CHARS = 6  # the same for a digit ("3 bases")
OWN_ATTACK_CHARS = 40  # an attack word this close before a repeated base makes it another attack
QUALIFIER_CHARS = 35  # a military qualifier this close to a weak noun ("US ... base")
OWNED_BY_CHARS = 70  # "موقعا في منطقة الطارمية يتبع للجيش": an owned-by word this far after a weak noun, in its clause
OWNED_QUALIFIER_CHARS = 20  # ... and the qualifier this close after that word ("للجيش", "the army")
TOLL_PEOPLE_CHARS = 25  # "killing four soldiers", "مقتل ثلاثة جنود": soldiers this close to a toll word after a weak noun
COREF_SENTENCES = 4  # how many sentences back "the base" may refer
DAMAGE_SENTENCES = 2  # how many sentences back a fire at an installation joins an attack sentence with no target

# Scoring
LEAD_SENTENCES = 3  # the headline and lead: a memorial, denial or drill there frames every sentence
MOTIVE_CHARS = 40  # "ردا على الاعتداءات على القرى": another target this far after a motive word, in its clause, is the cause
ORIGIN_CHARS = 12  # "launched from X": X this close after an origin word is not the target
HEARD_CHARS = 40  # "explosions were heard from X", "از X ... شنیده شد": a blast perceived there, no launch
OBJECT_MARK_CHARS = 4  # "strikes on Iran": a country this close after "on"/"against" (or before a postposition) is the object
OBJECT_VERB_CHARS = 20  # "İran'a karşı başlattığı saldırılar": a postposition this far before the attack word governs it
COORDINATED_CHARS = 25  # "a checkpoint and a nearby army camp": another target this close, joined by a conjunction
CONTRAST_CHARS = 5  # "not the base", "karakola değil": a contrast word this close to the installation ("not only X" is further)
WITHIN_CHARS = 5  # "inside the air base": a word putting the hit inside the installation this close before it
COUNTRY_OWNER_CHARS = 4  # "on Iran's Khordad base": a country right before the installation owns it
DISTANCE_CHARS = 15  # "kilometres from the X air base": a distance phrase this close before (or after) the installation
NOUN_NAME_CHARS = 4  # "la base aérea de Ain al Asad": a generic noun this close before a name begins its phrase
TOLL_CHARS = 40  # "denied that soldiers were killed": a casualty word this close to a denial is what it denies
PRIOR_SCOPE_CHARS = 80  # "a week after a drone attack on Tower 22": an installation this far after a prior word, with no comma between, is in that clause
PRIOR_CHARS = 40  # "days after militias threatened": a threat word this far after a prior word tells the earlier event
ATTACK_YEAR_CHARS = 25  # "the drone that struck the outpost in January 2024": a past year this close after the attack dates it
YEAR_BEFORE_ATTACK_CHARS = 12  # "the 2020 missile attack", "2016'daki saldırı": ... or this close before it
TIME_OF_DAY_CHARS = 20  # "in the early hours of 8 January 2020": a time of day this close before a stated day is that day's
OLD_DAYS = 45  # a sentence dated more than this many days before publication tells background
STALE_DAYS = 7  # ... a body sentence that states its day, more than this many days before
OLD_MONTHS = 2  # ... or a month named without a day this many months before the publication month
PAST_MARK_CHARS = 5  # a past word this close to a month name marks it as past ('juillet dernier', 'تیر ماه گذشته')

# Fields: the installation as written
PLACE_SPAN_CHARS = 60  # a place this close joins a generic mention's text
PLACE_AFTER_SENTENCES = 3  # an unplaced installation is placed by a place in this many lines after it
OWN_COUNTRY_CHARS = 80  # a country word farther from the installation in its sentence tells another clause
PHRASE_TAIL_CHARS = 45  # words that place a generic mention, up to the next punctuation
UNIT_NUMBER_AFTER_CHARS = 8  # "the brigade 39"
UNIT_NUMBER_BEFORE_CHARS = 10  # "39th brigade", "115. Tugay"
UNIT_CHARS = 60  # a numbered unit this close names a generic installation
UNIT_GLUE_CHARS = 12  # a unit right after the noun is part of its name ("camp of the 115th")
UNIT_EVENT_CHARS = 40  # a unit this close after an attack word in a neighbouring sentence
NAME_WORDS = 8  # proper names read before a generic noun (name-before-noun languages)

# Fields: attack, actor, casualties, dates
WEAPON_BEFORE_CHARS = 100  # "a drone attack on X": the weapon before its target
MEANS_AFTER_CHARS = 12  # "attacked X with mortars", "X au mortier": the means written right after the target
SPECIFIC_WEAPON_CHARS = 12  # "shelled with rockets": the named weapon next to a shelling word
QUALIFIER_GLUE_CHARS = 3  # an actor touching an installation noun qualifies it ("US base")
AGAINST_CHARS = 3  # an actor right after "against"/"on" is the target
OBJECT_CHARS = 12  # SVO languages: an actor right after an attack verb is its object
KILLED_OBJECT_CHARS = 25  # "killed four Chadian troops": soldiers this close after a killed word are its object
SUBJECT_CHARS = 40  # an attack word this close after an actor has it as its subject
CLAIM_CHARS = 40  # an actor up to this far before a claim word made the claim
PATRON_CHARS = 4  # an actor this close to a patron word backs the attacker ("Iran-backed", "مدعومة من إيران")
HOST_CHARS = 30  # an actor this far after a host word is the garrison ("a base that is home to a coalition led by the US")
CLAIM_OVERLAP_CHARS = 3  # ... or overlapping it by this much
CLAIM_NAME_CHARS = 80  # how far back a capitalised claimant's name is read
CASUALTY_CHARS = 30  # a number this close to "killed"/"wounded" is the count
YEAR_INTRO_CHARS = 30  # how far back the word introducing a year is looked for
DATELINE_CHARS = 400  # a dateline sits in the article's first characters
NAME_TITLE_WORDS = 5  # a headline this short that is an installation's name is a profile's title
REFERENCE_SENTENCES = 25  # a fact box's labels sit in the article's first sentences
EVIDENCE_CHARS = 600  # longest evidence sentence kept
