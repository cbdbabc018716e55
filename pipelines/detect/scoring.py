"""Weights of the evidence for and against one candidate report (tuned on the dev set)."""

from __future__ import annotations

from pipelines.vocabulary import BLOCK_WEIGHTS, WEAPON_NOUNS

THRESHOLD = 0.55

MENTION = {
    "named": 0.40,  # a gazetteer alias
    "near": 0.35,  # a generic installation next to a place the gazetteer knows
    "strong": 0.30,  # "air base", "military camp"
    "weak": 0.25,  # "US positions", "occupation base"
    "coref": 0.25,  # "the base" after a named one
    "linked": 0.20,  # an attack sentence with no target, right after a sentence naming one installation
    "plural": 0.12,  # "US bases in the region"
}
MILITARY_PLURAL = 0.05  # a plural noun that is military by itself ("military camps", "airfields")
WEAPONS = WEAPON_NOUNS  # nouns that can appear without any attack
TYPED = 0.10  # a weapon or attack mode in the sentence
VERB = 0.25  # an attack verb, or an attack-event noun (air strike, car bomb, stormed)
INTERCEPT = 0.10
ATTACK_CAP = 0.45
CLOSE = 0.10  # attack cue within CLOSE_CHARS of the mention
CLOSE_CHARS = 60
CURRENT = 0.05

BLOCK = BLOCK_WEIGHTS  # per blocker, in pipelines/vocabulary.py
BLAST_ONLY = 0.25  # the sentence tells only an explosion: no attack word or weapon
UNEXPLAINED_BLAST = 0.25  # ... and no weapon, attacker or claim anywhere in the article
STORED = 0.40  # munitions went off at a store of arms, no attack verb, attacker or claim in the sentence
DEBRIS = 0.60  # debris of a downed weapon fell near the installation (debris.py)
NO_ATTACK_TOLD = 0.45  # air defences sent to the installation, sirens sounded there: no attack told (quiet.py)
AFTERMATH = 0.60  # the attack is the topic of a hearing, lawsuit or honour: an earlier one (aftermath.py)
AIMED_ELSEWHERE = 0.60  # an interception over the installation of a launch aimed at a town or country (aimed.py)
NEGATED = 0.60  # every attack word of the sentence negated: "no projectiles hit the base" (negated.py)
FRAME_WEIGHT = {"debris-fell": DEBRIS, "attack-negated": NEGATED, "attack-discussed": AFTERMATH, "intercepted-elsewhere": AIMED_ELSEWHERE}  # quiet.py frames that weigh more
DOC_BLOCK = 0.20  # an article about a storm/accident/exercise with no weapon anywhere
BLOCK_CLOSE = 0.05  # a blocker within CLOSE_CHARS of the installation weighs this much more
FAR_FACTOR = 0.5  # blockers far from the mention count half
FAR_CHARS = 90
TITLE_BLOCK = 0.20  # a blocker in the headline or lead (windows.LEAD_SENTENCES) weighs on every candidate
LEAD_HISTORY = 0.40  # ... a memorial, anniversary or explainer there, more
EXCLUDED = 0.45  # a convoy/city/ship is the nearer target
ORIGIN = 0.60  # "launched from X"
COUNTRY_OBJECT = 0.45  # "the strikes on Iran": the attack's object is a country, not the installation beside it
EARLIER_EVENT = 0.45  # the installation is in a clause about an earlier attack ("a week after a drone attack on Tower 22")
OLD_YEAR = 0.30  # the sentence dates itself to an earlier year
OLD_YEARS = 0.45  # ... two or more years back, with no word of today or a recent day in it
DENIED_BASE = 0.25
FOILED = 0.45  # the headline tells an attack foiled and the body no launch, hit or interception
QUARREL = 0.30  # the article tells a quarrel or plot (b_plot) and names no attacker, claim or weapon of war
HEADLINE_OTHER_TARGET = 0.30  # the headline's attack hit another target (police posts, a convoy); weighs on unnamed installations
FACT_CHECK = 0.45  # a sentence of the article uses a fact-checker's words ("fact check", "الخبر المتداول")
QUESTION = 0.35  # a sentence of the article asks about an attack: an explainer or a fact-check
REFERENCE = 0.40  # the article is a reference entry (a fact box: "Date: ... Location: ... Casualties: ...")  # another sentence of the article says this installation was not attacked
