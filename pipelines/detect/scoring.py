"""Weights of the evidence for and against one candidate report (tuned on the dev set)."""

from __future__ import annotations

THRESHOLD = 0.5

MENTION = {
    "named": 0.45,  # a gazetteer alias
    "near": 0.40,  # a generic installation next to a place the gazetteer knows
    "strong": 0.35,  # "air base", "military camp"
    "weak": 0.30,  # "US positions", "occupation base"
    "coref": 0.30,  # "the base" after a named one
    "plural": 0.22,  # "US bases in the region"
}
TYPED = 0.25  # a weapon or attack mode in the sentence
VERB = 0.20  # a generic attack verb or noun
INTERCEPT = 0.10
ATTACK_CAP = 0.45
CLOSE = 0.10  # attack cue within CLOSE_CHARS of the mention
CLOSE_CHARS = 60
CURRENT = 0.05

BLOCK = {
    "threat": 0.50, "denial": 0.70, "hypothetical": 0.30, "history": 0.40, "exercise": 0.45,
    "accident": 0.40, "disaster": 0.50, "visit": 0.30, "withdrawal": 0.30, "protest": 0.35,
    "plot": 0.45,
}
FAR_FACTOR = 0.5  # blockers far from the mention count half
FAR_CHARS = 90
TITLE_BLOCK = 0.20  # a blocker in the headline weighs on every candidate
EXCLUDED = 0.30  # a convoy/city/ship is the nearer target
ORIGIN = 0.60  # "launched from X"
OLD_YEAR = 0.30  # the sentence dates itself to an earlier year
