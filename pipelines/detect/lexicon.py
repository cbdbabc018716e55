"""Per-language lexicons (data files) compiled into one scanning regex per language."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipelines.errors import ConfigError
from pipelines.setup_cache import cached, cached_pattern
from pipelines.detect.actors import default_registry
from pipelines.detect.normalize import AFTER, BEFORE, norm_term, trie_pattern, wildcard_regex
from pipelines.vocabulary import ATTACK_KEYS, BLOCK_KEYS

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_DETECT_CODE = Path(__file__).resolve().parent  # the code a cached lexicon was built by

# Close relatives the language model confuses on short excerpts, read by one lexicon: Indonesian
# news is often taken for Malay and short Hindi for Nepali; Bokmål and Nynorsk share no.yaml.
_LEXICON_CODE = {"ms": "id", "ne": "hi", "nb": "no", "nn": "no"}


def lexicon_code(code: str) -> str:
    """The code whose lexicon reads a language (Malay -> id, Nepali -> hi, nb/nn -> no); else itself."""
    return _LEXICON_CODE.get(code, code)

# Scan order matters where terms overlap: earlier groups win at the same position.
LIST_GROUPS = (
    "nonmil", "excluded", "installation", "installation_plural", "weak", "weak_plural", "anaphora",
    *(f"t_{k}" for k in ATTACK_KEYS), "verb", "intercept",
    *(f"b_{k}" for k in BLOCK_KEYS), "current", "killed", "wounded", "origin", "origin_after", "contrast",
    "contrast_after", "distance", "distance_after", "prior", "prior_after", "direction", "town", "motive",
    "border", "border_after", "since", "since_after", "not_date", "undergo", "repeat", "claim", "unit", "conj", "against", "within", "within_after", "people", "blast", "patron", "patron_after", "host",
    "factcheck", "agent", "agent_by", "media", "role", "object_mark", "object_mark_after", "damage", "part",
    "accuse", "store", "past", "supply", "defence", "purpose", "hearsay", "siren", "tally", "superlative", "heard", "falsity", "guard",
    "discourse", "armed_owner", "armed_owner_after", "debris", "aftermath", "after", "departure", "aim", "nearby", "relative",
    "aim_after", "negator", "negator_after", "cause", "fault",
)
# Plain list groups a lexicon file may hold at its top level.
_TOP_LISTS = (
    "nonmil", "excluded", "installation", "installation_plural", "weak", "weak_plural", "anaphora",
    "verb", "intercept", "current", "killed", "wounded", "origin", "origin_after", "contrast",
    "contrast_after", "distance", "distance_after", "prior", "prior_after", "direction", "town", "motive", "qualifier",
    "border", "border_after", "since", "since_after", "not_date", "undergo",
    "repeat", "claim", "unit", "conj", "against", "within", "within_after", "people", "blast", "patron", "patron_after", "host",
    "factcheck", "agent", "agent_by", "media", "role", "object_mark", "object_mark_after", "damage", "part",
    "accuse", "store", "past", "supply", "defence", "purpose", "hearsay", "siren", "tally", "superlative", "heard", "falsity", "guard",
    "discourse", "armed_owner", "armed_owner_after", "debris", "aftermath", "after", "departure", "aim", "nearby", "relative",
    "aim_after", "negator", "negator_after", "cause", "fault",
)
# Grammar switches a lexicon file may set (the primary language's settings apply).
OPTIONS = {
    "name_before_noun": False,  # "Kamışlı ve Gediktepe üs bölgeleri": names precede the generic noun
    "object_after_verb": False,  # SVO: an actor right after an attack verb is its target
    "qualifier_after_noun": False,  # "قاعدة الاحتلال الأمريكي", "la base américaine" (else "US base")
    "subject_after_verb": False,  # VSO: attackers named right after an attack verb did it ("هاجم مسلحون")
    "verb_final": False,  # SOV: the attack verb's object is written before it ("üssün yakınındaki köye saldırdı")
    "postpositions": False,  # "against" follows its noun ("कैंप पर", "üsse yönelik"): the target is before it
    "object_clause_before_verb": False,  # "arkasında olduğu iddialarını yalanladı": what a verb denies is written before it
}
VALUE_GROUPS = ("actor", "number", "weekday", "month", "reldate", "country", "nationality")


@dataclass
class Lexicon:
    """One language's cues: one trie regex over every term, and what each term means."""

    lang: str
    regex: re.Pattern[str]
    qualifier: re.Pattern[str]
    terms: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> groups
    values: dict[str, dict[str, object]] = field(default_factory=dict)
    wild: list[tuple[re.Pattern[str], frozenset[str]]] = field(default_factory=list)
    options: dict[str, bool] = field(default_factory=lambda: dict(OPTIONS))
    # Field labels of a reference entry's fact box ("Date:", "Location:", "Casualties:"): matched
    # only at the start of a line before a colon, so they are not part of the scanning regex.
    infobox: frozenset[str] = frozenset()
    # Words that introduce a year ("in 2014"): looked up for the word before a number only.
    year_before: frozenset[str] = frozenset()
    # Articles that open a capitalised name but are not part of it ("The Islamic Resistance ...").
    articles: frozenset[str] = frozenset()
    # Conjunctions that join a list of names ("Kamışlı ve Gediktepe"): the conj terms, as words.
    joiners: frozenset[str] = frozenset()
    owner_links: frozenset[str] = frozenset()  # words between an armed group and the noun it owns (held.py)
    # Case endings glued to a month that make its date a bound ("5 માર્ચથી", "5 martdan": from, since, after):
    # read by fields/sentence_day.py, not by the scanning regex.
    since_suffixes: frozenset[str] = frozenset()
    # Case endings of the place a launch is aimed at, written before the launch participle ("İsrail'e
    # fırlattığı"): read by aimed.py.
    aim_suffixes: frozenset[str] = frozenset()
    # Clitic prefixes that say 'from' when glued to an installation's noun ("מבסיס", "מהבסיס"): the launch's
    # origin, not its target (clitic.py); read from the words before a cue, not by the scanning regex.
    origin_clitics: frozenset[str] = frozenset()
    # Words that give a weak noun its owner after the phrase that places it ("موقعا في قرية ... يتبع للجيش",
    # "a camp near X used by the army"): read by candidates._owned, not by the scanning regex.
    owned_by: frozenset[str] = frozenset()
    # Words after a speaker or its statement verb that make it the subject of what it tells ("أعلن الجيش أنه
    # شن", "a annoncé avoir frappé"): it claims the attack (fields/subjects.py).
    self_claims: frozenset[str] = frozenset()
    # Passive attack verbs with no doer ("уражено", it was hit) that a speaker's statement tells of its own strike.
    impersonal_claims: frozenset[str] = frozenset()
    # A word that is yesterday or tomorrow by the tense ("कल"), and the past-tense verbs that make it yesterday.
    past_days: frozenset[str] = frozenset()
    past_marks: frozenset[str] = frozenset()
    # Spans of days with no day of their own ("earlier this week", "на выходных"): read by fields/when.py, not by
    # the scanning regex (a longer phrase there would hide the blockers it holds, "last week").
    vague_days: frozenset[str] = frozenset()
    # Words that introduce the means right after an attack's target ("attacked the base with mortars", "au
    # mortier"): read by fields/weapon.py, not by the scanning regex ("with" is in every sentence).
    means_words: frozenset[str] = frozenset()
    # "N days ago" as the words before and after the count ("il y a <n> jours": ("il y a", "jours")),
    # read by fields/sentence_day.py, not by the scanning regex.
    days_ago: tuple[tuple[str, str], ...] = ()
    # "N days before" something ("<n> روز قبل از", "से <n> दिन पहले"): such a count dates no attack.
    days_before: tuple[tuple[str, str], ...] = ()
    # "N days after" an earlier event ("two days after the Friday attack"): the attack's day is N days after that
    # event's day (fields/after_day.py).
    days_after: tuple[tuple[str, str], ...] = ()
    # A day of the publication's month written with no month ("el día <n>", "ayın <n>", "<n> तारीख"): the words
    # before the day (split where another day <d> stands: "dans la nuit du <d> au <n>"), whether the words
    # after it join its digits ("on the <n>th"), those words, and whether the month follows in digits
    # ("ב <n> <m>": "ב-5.3", a day of the publication's year); read by fields/month_day.py.
    month_day: tuple[tuple[tuple[str, ...], bool, str, bool], ...] = ()
    # Words right after such a day that make it a count of something else ("el día 5 de la guerra": a day of the war).
    month_day_not_before: tuple[str, ...] = ()
    # Days of the month written as ordinal words before the month ("الخامس من مارس"): word -> day.
    day_words: dict[str, int] = field(default_factory=dict)
    # The words such a day follows ("في", "يوم"): after another word it is no date ("الأسبوع الثاني من").
    day_words_before: tuple[str, ...] = ()
    # Words that are a weekday only before a day and month in digits ("minggu 9 3"; bare "minggu" is "week"):
    # word -> weekday (Monday 0), read by fields/weekday_digits.py.
    weekday_digits: dict[str, int] = field(default_factory=dict)
    # Patterns and tables other modules derive from the lexicon, kept with it by name (never pickled: rebuilt on use).
    memo: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __getstate__(self) -> dict:
        # The scanning regex travels as its pattern: re would parse it again on loading (seconds
        # for all languages); cached_pattern builds it from the compiled program on disk.
        return {**self.__dict__, "regex": self.regex.pattern, "memo": {}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, regex=cached_pattern(f"lexicon-{state['lang']}", state["regex"]), memo={})

    def groups(self, matched: str) -> frozenset[str]:
        """Groups of a matched term: the exact term, else the longest stem that prefixes it."""
        key = matched.strip()
        found = self.terms.get(key)
        if found is not None:
            return found
        for k in range(len(key), 0, -1):
            if " " in key[k:]:
                break  # a stem stands for the end of one word, never for the words after it
            found = self.terms.get(key[:k] + "*")
            if found is not None:
                return found
        for rx, groups in self.wild:
            if rx.fullmatch(key):
                return groups
        return frozenset()

    def value(self, group: str, matched: str) -> object | None:
        """The value of a matched term (exact, else the longest stem that prefixes it)."""
        table = self.values.get(group, {})
        key = matched.strip()
        if key in table:
            return table[key]
        for k in range(len(key), 0, -1):
            if key[:k] + "*" in table:
                return table[key[:k] + "*"]
        for term, val in table.items():
            if "*" in term[:-1] and wildcard_regex(term).fullmatch(key):
                return val
        return None


def term_list(raw: dict, key: str, file: str) -> list[str]:
    """A list of strings at raw[key] (nested under attack/blockers allowed)."""
    value = raw.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(file, "expected a list of strings", field=key)
    return value


def _flatten(raw: dict, file: str) -> tuple[dict[str, list[str]], dict[str, dict[str, object]]]:
    """Map a lexicon file onto scan groups (term lists) and value tables."""
    lists: dict[str, list[str]] = {}
    for g in _TOP_LISTS:
        lists[g] = term_list(raw, g, file)
    attack = raw.get("attack", {}) or {}
    blockers = raw.get("blockers", {}) or {}
    for k in ATTACK_KEYS:
        lists[f"t_{k}"] = term_list(attack, k, file)
    for k in BLOCK_KEYS:
        lists[f"b_{k}"] = term_list(blockers, k, file)
    unknown = set(attack) - set(ATTACK_KEYS)
    if unknown:
        raise ConfigError(file, f"unknown attack types {sorted(unknown)}", field="attack")
    unknown = set(blockers) - set(BLOCK_KEYS)
    if unknown:
        raise ConfigError(file, f"unknown blockers {sorted(unknown)}", field="blockers")
    values: dict[str, dict[str, object]] = {}
    actors = raw.get("actors", {}) or {}
    values["actor"] = {}
    for name, patterns in actors.items():
        for p in [name, *(patterns or [])]:
            values["actor"][_key(p)] = name
    plural = {"country": "countries", "nationality": "nationalities"}
    for g in ("number", "weekday", "month", "reldate", "country", "nationality"):
        table = raw.get(plural.get(g, g + "s"), {}) or {}
        values[g] = {}
        for value, patterns in table.items():
            for p in patterns if isinstance(patterns, list) else [patterns]:
                values[g][_key(str(p))] = value
    return lists, values


def _key(term: str) -> str:
    """Normalised lookup key, keeping a stem marker."""
    stem = term.endswith("*")
    k = norm_term(term.rstrip("*"))
    return k + "*" if stem else k


def _build(lang: str, lists: dict[str, list[str]], values: dict[str, dict[str, object]], prefix: str,
           options: dict[str, bool] | None = None) -> Lexicon:
    """Compile every term of every group into one trie regex (longest match wins)."""
    terms: dict[str, set[str]] = {}
    for g in LIST_GROUPS:
        for t in lists.get(g, []):
            terms.setdefault(_key(t), set()).add(g)
    for g in VALUE_GROUPS:
        for k in values[g]:
            terms.setdefault(k, set()).add(g)
    terms.pop("", None)
    # The trie of every term is a huge pattern: its compiled program comes from the disk cache.
    regex = cached_pattern(f"lexicon-{lang}", rf"{BEFORE}{prefix}(?P<t>{trie_pattern(list(terms))}){AFTER}")
    qual = re.compile(rf"{BEFORE}{prefix}(?:{trie_pattern(lists.get('qualifier', []))}){AFTER}")
    frozen = {k: frozenset(v) for k, v in terms.items()}
    wild = [(wildcard_regex(k), g) for k, g in frozen.items() if "*" in k[:-1]]
    lex = Lexicon(lang, regex, qual, frozen, values, wild, dict(options or OPTIONS))
    _repeats_tell_their_attack(lex)
    return lex


def _repeats_tell_their_attack(lex: Lexicon) -> None:
    """A repeat phrase that holds an attack word ("nouvelle attaque", "serangan baru", "a new attack")
    tells that attack too: the scan's longest match would hide the word inside it from the attack cues
    ("Le camp a subi une nouvelle attaque" had none)."""
    for key, groups in list(lex.terms.items()):
        if "repeat" in groups and " " in key:
            held = {g for word in key.split() for g in lex.groups(word) if g == "verb" or g.startswith("t_")}
            if held:
                lex.terms[key] = groups | held


def _read(path: Path) -> dict:
    """Parse one lexicon file."""
    try:
        # libyaml when installed: the 25 files in 0.06 s of CPU instead of 0.4 s, in every cycle that detects
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(str(path), "expected a mapping")
    return raw


@functools.lru_cache(maxsize=None)
def raw_lexicons(directory: str) -> dict[str, tuple[dict, str]]:
    """All lexicon files in a directory, by language code."""
    out = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        raw = _read(path)
        out[path.stem] = (raw, str(path))
    return out


def chosen_languages(lang: str | None, raw_all: dict) -> list[str]:
    """The lexicons a language reads: its own plus English (wire copy embeds it); all if unknown."""
    if lang in raw_all:
        return [lang] + (["en"] if lang != "en" and "en" in raw_all else [])
    return list(raw_all)


@functools.lru_cache(maxsize=None)
def get_lexicon(lang: str | None, directory: str = str(LEXICON_DIR)) -> Lexicon:
    """The lexicon for a language plus English (wire copy embeds it); all of them if unknown.

    Built once per process, and kept on disk while the lexicon files, the actor registry and the
    detector's code are byte for byte the ones it was built from.
    """
    from pipelines.detect.actors import registry_path

    inputs = [*sorted(Path(directory).glob("*.yaml")), Path(registry_path()),
              *sorted(_DETECT_CODE.glob("*.py")), *sorted(_DETECT_CODE.parent.glob("*.py"))]
    return cached(f"lexicon-object-{lang or 'all'}", inputs, lambda: _assemble(lang, directory),
                  extra=str(Path(directory).resolve()))


def _assemble(lang: str | None, directory: str) -> Lexicon:
    """get_lexicon's build: the chosen lexicon files merged into one Lexicon."""
    raw_all = raw_lexicons(directory)
    chosen = chosen_languages(lang, raw_all)
    lists: dict[str, list[str]] = {}
    values: dict[str, dict[str, object]] = {g: {} for g in VALUE_GROUPS}
    prefixes = []
    for code in chosen:
        raw, file = raw_all[code]
        l, v = _flatten(raw, file)
        for g, terms in l.items():
            lists.setdefault(g, []).extend(terms)
        for g, table in v.items():
            for k, val in table.items():
                values[g].setdefault(k, val)
        if raw.get("prefix"):
            prefixes.append(raw["prefix"])
    # Actor cues come from the actor registry (config/actors.yaml), the language's and English's
    # aliases (every language's when the language has no lexicon); a lexicon's own `actors:`
    # table, if any, adds to them.
    for k, val in default_registry().cues(chosen if lang in raw_all else None).items():
        values["actor"].setdefault(k, val)
    prefix = optional_prefix(prefixes)
    options = dict(OPTIONS)
    if lang in raw_all:
        raw = raw_all[lang][0]
        for k in OPTIONS:
            if k in raw:
                if not isinstance(raw[k], bool):
                    raise ConfigError(raw_all[lang][1], "expected true or false", field=k)
                options[k] = raw[k]
    lex = _build(lang or "all", lists, values, prefix, options)
    for name, key in (("infobox", "infobox"), ("year_before", "year_before"), ("articles", "articles"),
                      ("joiners", "conj"), ("owner_links", "owner_link"), ("owned_by", "owned_by"),
                      ("self_claims", "self_claim"), ("since_suffixes", "since_suffix"), ("aim_suffixes", "aim_suffix"),
                      ("origin_clitics", "origin_clitic"),
                      ("impersonal_claims", "impersonal_claim"), ("past_days", "past_day"), ("past_marks", "past_mark"),
                      ("means_words", "means"), ("vague_days", "vague_day")):
        words = set()
        for code in chosen:
            raw, file = raw_all[code]
            words.update(norm_term(t) for t in term_list(raw, key, file))
        setattr(lex, name, frozenset(words - {""}))
    for key in ("days_ago", "days_before", "days_after"):
        pairs = set()
        for code in chosen:
            raw, file = raw_all[code]
            for t in term_list(raw, key, file):
                if t.count("<n>") != 1:
                    raise ConfigError(file, f"{t!r}: expected one <n> where the count goes", field=key)
                before, _, after = t.partition("<n>")
                pairs.add((norm_term(before), norm_term(after)))
        setattr(lex, key, tuple(sorted(pairs)))
    _month_days(lex, chosen, raw_all)
    for code in chosen:
        raw, file = raw_all[code]
        table = raw.get("day_words") or {}
        if not isinstance(table, dict):
            raise ConfigError(file, "expected a mapping of days (1-31) to lists of words", field="day_words")
        for day, words in table.items():
            if not (isinstance(day, int) and 1 <= day <= 31):
                raise ConfigError(file, f"{day!r}: expected a day of the month, 1-31", field="day_words")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ConfigError(file, f"day {day}: expected a list of words", field="day_words")
            for w in words:
                lex.day_words[norm_term(w)] = day
        lex.day_words_before += tuple(norm_term(w) for w in term_list(raw, "day_words_before", file))
        for wd, words in (raw.get("weekday_with_digits") or {}).items():
            if not (isinstance(wd, int) and 0 <= wd <= 6) or not isinstance(words, list):
                raise ConfigError(file, f"{wd!r}: expected a weekday (0-6) and a list of words",
                                  field="weekday_with_digits")
            lex.weekday_digits.update((norm_term(w), wd) for w in words)
    return lex


_CLASS_REPEAT = re.compile(r"(\[[^\]]+\])(?:\{1,(\d+)\})?")  # "[وفبلک]{1,2}", "[بو]"


def optional_prefix(prefixes: list[str]) -> str:
    """The clitic prefixes as the optional group the scanning regex opens with. One class of letters
    repeated from once ("[ובלמהשכ]{1,3}") is written "[ובלמהשכ]{0,3}": the same tries in the same order
    (longest first, none last), but `re` runs the optional group of a repeat as a general loop,
    with a repeat context made and freed at every word it tries."""
    if not prefixes:
        return ""
    one = _CLASS_REPEAT.fullmatch(prefixes[0]) if len(prefixes) == 1 else None
    if one is not None:
        return f"{one.group(1)}{{0,{one.group(2)}}}" if one.group(2) else f"{one.group(1)}?"
    return "(?:" + "|".join(prefixes) + ")?"


def _month_days(lex: Lexicon, chosen: list[str], raw_all: dict) -> None:
    """The month_day phrases (see Lexicon.month_day) and month_day_not_before words of the chosen lexicons."""
    phrases, after_words = set(), set()
    for code in chosen:
        raw, file = raw_all[code]
        for t in term_list(raw, "month_day", file):
            if t.count("<n>") != 1:
                raise ConfigError(file, f"{t!r}: expected one <n> where the day goes", field="month_day")
            before, _, after = t.partition("<n>")
            glued = bool(after[:1].isalpha())
            if "<m>" in after and after.split("<m>")[0].strip():
                raise ConfigError(file, f"{t!r}: expected <m> right after <n>", field="month_day")
            after = norm_term(after.split("<m>")[-1])
            phrases.add((tuple(norm_term(p) for p in before.split("<d>")), glued, after, "<m>" in t))
        after_words.update(norm_term(t) for t in term_list(raw, "month_day_not_before", file))
    lex.month_day = tuple(sorted(phrases))
    lex.month_day_not_before = tuple(sorted(after_words - {""}))


def languages(directory: str = str(LEXICON_DIR)) -> list[str]:
    """Languages that have a lexicon file."""
    return sorted(raw_lexicons(directory))


def has_lexicon(lang: str | None, directory: str = str(LEXICON_DIR)) -> bool:
    """Whether a language has a lexicon file (`lang in languages()`, without sorting them on every article)."""
    return lang in raw_lexicons(directory)
