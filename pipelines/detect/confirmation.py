"""Official confirmation of a reported attack: an official body stating it happened.

A report is confirmed when, in one of its sentences (or the sentence right after one), an
official body (a defence ministry, a military command or its spokesperson) is joined to a
statement verb ("confirmed", "said", "announced", "according to"). Hedges that sit just before
the verb ("did not confirm", "if confirmed", "declined to confirm", "denied") cancel it. The
terms are data: the `confirmation:` section of each lexicon file, normalised like every cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipelines.detect.lexicon import LEXICON_DIR, chosen_languages, optional_prefix, raw_lexicons, term_list
from pipelines.detect.normalize import AFTER, BEFORE, norm, raw_pattern, trie_pattern
from pipelines.detect.wordscan import word_finditer
from pipelines.errors import ConfigError

_KEYS = ("officials", "verbs", "hedges")
# How far apart (normalised characters) an official and its verb may stand. Verb-final
# languages put the whole clause between them, so "official ... verb" may be far.
OFFICIAL_BEFORE_VERB = 140
VERB_BEFORE_OFFICIAL = 40  # "said a Pentagon spokesman", "confirmed by CENTCOM"
HEDGE_BEFORE_VERB = 30  # "did not", "has yet to", "declined to" sit right before the verb
HEDGE_BEFORE_OFFICIAL = 12  # "ولم يحدد الجيش ...": a negated verb before the official
SPEAKS_FOR = 30  # "the spokesman for <the attacker>" speaks for the attacker: a claim


@dataclass(frozen=True)
class ConfirmationTerms:
    """One language's (plus English's) compiled official, verb and hedge patterns, and the English names
    of its officials (patterns of their terms, longest first)."""

    officials: re.Pattern[str]
    verbs: re.Pattern[str]
    hedges: re.Pattern[str]
    english: tuple[tuple[re.Pattern[str], str], ...] = ()


def _compile(terms: list[str], prefix: str) -> re.Pattern[str]:
    return re.compile(rf"{BEFORE}{prefix}(?P<t>{trie_pattern(terms)}){AFTER}")


@functools.lru_cache(maxsize=None)
def confirmation_terms(lang: str | None, directory: str = str(LEXICON_DIR)) -> ConfirmationTerms:
    """The terms for a language plus English (wire copy embeds it); all of them if unknown."""
    raw_all = raw_lexicons(directory)
    chosen = chosen_languages(lang, raw_all)
    lists: dict[str, list[str]] = {k: [] for k in _KEYS}
    names: dict[str, str] = {}
    prefixes = []
    for code in chosen:
        raw, file = raw_all[code]
        section = raw.get("confirmation") or {}
        if not isinstance(section, dict):
            raise ConfigError(file, "expected a mapping", field="confirmation")
        unknown = set(section) - set(_KEYS) - {"english"}
        if unknown:
            raise ConfigError(file, f"unknown keys {sorted(unknown)}", field="confirmation")
        for key in _KEYS:
            lists[key].extend(term_list(section, key, file))
        _english_names(section, file, names)
        if raw.get("prefix"):
            prefixes.append(raw["prefix"])
    prefix = optional_prefix(prefixes)
    english = tuple((re.compile(r"\S*".join(map(re.escape, words.split("*")))), name)
                    for words, name in sorted(names.items(), key=lambda kv: -len(kv[0])))
    return ConfirmationTerms(**{k: _compile(lists[k], prefix) for k in _KEYS}, english=english)


def _english_names(section: dict, file: str, names: dict[str, str]) -> None:
    """Add a lexicon's `english:` table (official term -> its English name) to `names`, keyed by the
    normalised term: a watch officer reads "Defence Ministry", not "Минобороны". A "*" ends a stem, as
    in the term lists ("генеральн* штаб*"); the first language's name for a term wins."""
    table = section.get("english") or {}
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise ConfigError(file, "expected a mapping of terms to English names", field="confirmation.english")
    for term, name in table.items():
        words = " ".join(norm(part).strip() + ("*" if part.endswith("*") else "") for part in str(term).split())
        names.setdefault(words, name)


def official_spans(ntext: str, terms: ConfirmationTerms,
                   verbs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the official bodies stating something in one normalised sentence, in text order
    (`verbs`: the spans of its statement verbs, when the caller has found them already)."""
    if verbs is None:
        verbs = statement_verbs(ntext, terms)
    if not verbs:
        return []
    hedges = [m.span("t") for m in word_finditer(terms.hedges, ntext)]
    verbs = [v for v in verbs if not any(v[0] - HEDGE_BEFORE_VERB <= h_end <= v[0] or h_start <= v[0] < h_end
                                         for h_start, h_end in hedges)]
    found = []
    for m in word_finditer(terms.officials, ntext) if verbs else ():
        start, end = m.span("t")
        if any(start - HEDGE_BEFORE_OFFICIAL <= h_end <= start for _, h_end in hedges):
            continue  # "did not name", "ولم يحدد الجيش": the official said nothing of it
        if any(0 <= v_start - end <= OFFICIAL_BEFORE_VERB or 0 <= start - v_end <= VERB_BEFORE_OFFICIAL
               for v_start, v_end in verbs):
            found.append((start, end))
    return found


def statement_verbs(ntext: str, terms: ConfirmationTerms) -> list[tuple[int, int]]:
    """Spans of the statement verbs of one normalised sentence, in text order."""
    return [m.span("t") for m in word_finditer(terms.verbs, ntext)]


def speaks_for(ntext: str, span: tuple[int, int], attacker: str | None) -> bool:
    """An official written just before the attacker ("the spokesman of the Yemeni armed forces")
    speaks for it: that is a claim, not a confirmation. `attacker` is normalised."""
    return bool(attacker) and attacker in ntext[span[1]:span[1] + SPEAKS_FOR]


def as_written(raw: str, ntext: str, span: tuple[int, int]) -> str:
    """The official's name as the raw sentence spells it (the normalised words when not found)."""
    words = ntext[span[0]:span[1]].strip()
    found = _spelled(words).search(raw)
    return " ".join((found.group(0) if found else words).split())


@functools.lru_cache(maxsize=1024)
def _spelled(words: str) -> re.Pattern[str]:
    """The raw-text pattern of an official's normalised words, compiled once: its word classes hold every
    Indic mark, so a compile takes milliseconds, and re's own cache (shared with every module) drops it."""
    return re.compile(raw_pattern(words), re.IGNORECASE)


def in_english(words: str, names: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    """The English name of an official's normalised words: the longest term that spells them whole."""
    words = words.strip()
    return next((english for pattern, english in names if pattern.fullmatch(words)), None)
