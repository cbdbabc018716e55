"""Identify a text's language (ISO 639-1), trusting the page's declaration when the text agrees.

The one language identifier of the project (extraction, Telegram posts, source discovery and the
detector all ask it), and the one reader of declared language tags.
"""

from __future__ import annotations

import functools
import re

import numpy as np

_MIN_LETTERS = 20  # below this, statistics say little and a declaration is the better guess
_SAMPLE_CHARS = 3000
_NGRAM = 4  # the longest byte n-gram of the model's features (the depth of its automaton)
_QUICK_SAMPLE_CHARS = 600  # identify(): enough for news text, and well under 1 ms
_PERSIAN_LETTERS = re.compile("[پچژگکی]")  # letters Persian writes and Arabic does not (or rarely)
_ARABIC_ONLY = re.compile("[ةيكى]")  # taa marbuta and Arabic kaf/yeh, which Persian text avoids
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Letters of Sorani Kurdish that Arabic, Persian, Urdu and Uyghur do not write (ڕ ڵ ێ): the model
# has no Sorani and takes it for Persian or Urdu.
_SORANI_LETTERS = "\u0695\u06b5\u06ce"
_SORANI_MIN = 3
_ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"})
_LETTER = re.compile(r"[^\W\d_]")
# Azerbaijani writes schwa (ə) in most sentences and Turkish never does: the model takes short
# Turkish for Azerbaijani ("... üsse havan topuyla saldırdı"), whose lexicon then reads none of it.
_SCHWA = re.compile("[əƏ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")
# Macro and legacy codes pages use, mapped to what the identifier answers.
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "nb": "no", "nn": "no", "per": "fa", "fas": "fa",
            "ara": "ar", "ckb": "ku", "kur": "ku", "eng": "en", "deu": "de", "ger": "de", "fre": "fr",
            "fra": "fr", "spa": "es"}



@functools.lru_cache(maxsize=1)
def _model():
    """py3langid's bundled model, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The tokenizer as arrays: its moves, and each state's features as a slice of one flat array
    (offset and count per state); and the model's feature weights widened once to the float64 that
    the sums take (the product widened the rows it read on every call)."""
    model = _model()
    moves = np.asarray(model.tk_nextmove, dtype=np.int64)
    states = len(moves) >> 8
    counts = np.zeros(states, dtype=np.int64)
    for state, features in model.tk_output.items():
        counts[state] = len(features)
    offsets = np.cumsum(counts) - counts
    flat = np.zeros(int(counts.sum()), dtype=np.int64)
    for state, features in model.tk_output.items():
        flat[offsets[state]:offsets[state] + len(features)] = features
    return moves, offsets, counts, flat, model.nb_ptc.astype(np.float64)


def _scores(sample: str) -> np.ndarray | None:
    """py3langid's naive Bayes log scores per language, None when the text has no feature.

    The model's own sums, over only the rows of the features present instead of a dense matrix
    product (a multi-threaded BLAS call that is slow on a busy machine). The tokenizer is an
    Aho-Corasick automaton over byte n-grams of at most _NGRAM bytes, so its state after a byte is
    the one reached from the start over that byte and the _NGRAM - 1 before it: every state is
    worked out at once with array steps instead of a Python loop over the bytes. Features come in
    the automaton's order and are counted in order of first occurrence, as the loop counted them:
    sorting the few hundred features found keeps that order without the passes over all of the
    model's features that arrays of its size took (most of the time on a short text).
    """
    model = _model()
    moves, offsets, counts, flat, ptc = _tables()
    data = np.frombuffer(sample.encode("utf8", errors="surrogatepass"), dtype=np.uint8).astype(np.int64)
    n = len(data)
    state = np.zeros(n, dtype=np.int64)
    for back in range(_NGRAM - 1, -1, -1):
        state[back:] = moves.take((state[back:] << 8) + data[:n - back])
    lengths = counts.take(state)
    total = int(lengths.sum())
    if not total:
        return None
    ends = np.cumsum(lengths)
    features = flat.take(np.repeat(offsets.take(state) - (ends - lengths), lengths) + np.arange(total))
    order = np.argsort(features)  # equal features together
    ranked = features[order]
    runs = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    firsts = np.argsort(np.minimum.reduceat(order, runs))  # the runs by where their feature first occurs
    rows = ranked[runs].take(firsts)
    weights = np.diff(np.append(runs, total)).take(firsts).astype(np.float64)
    return weights @ ptc.take(rows, axis=0) + model.nb_pc


def _ranking(sample: str, top: int = 5) -> dict[str, float]:
    """The top languages with probabilities that sum to one over all languages."""
    scores = _scores(sample)
    if scores is None:
        return {}
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    best = np.argsort(probs)[::-1][:top]
    classes = _model().nb_classes
    return {str(classes[i]): float(probs[i]) for i in best}


def identify(text: str) -> str | None:
    """The model's most likely ISO 639-1 code for text, with no declaration to weigh; None without letters."""
    sample = (text or "")[:_QUICK_SAMPLE_CHARS]
    if _sorani(sample):
        return "ku"
    scores = _scores(sample) if sample.strip() else None
    return None if scores is None else _turkish_unless_schwa(str(_model().nb_classes[int(np.argmax(scores))]), sample)


def _turkish_unless_schwa(code: str, sample: str) -> str:
    """Azerbaijani in the Latin script without a schwa is Turkish (see _SCHWA)."""
    return "tr" if code == "az" and not _SCHWA.search(sample) and not _CYRILLIC.search(sample) else code


def normalise_tag(declared: str | None) -> str | None:
    """The ISO 639-1 code of a declared language tag such as 'en-GB', 'fa_IR' or 'ara'."""
    if not declared:
        return None
    match = _TAG.match(declared.strip())
    if not match:
        return None
    code = match.group(1).lower()
    code = _ALIASES.get(code, code)
    return code if len(code) == 2 else None


def _sorani(text: str) -> bool:
    """Arabic-script text that writes the letters only Sorani Kurdish uses (a Kurdish name quoted
    in a text of another script does not make it Sorani)."""
    if sum(map(text.count, _SORANI_LETTERS)) < _SORANI_MIN:  # str.count: no regex pass over every text
        return False
    return len(_ARABIC_SCRIPT.findall(text)) * 2 > len(_LETTER.findall(text))


def _arabic_or_persian(text: str) -> str | None:
    """Tell Persian from Arabic by the letters each script variant uses."""
    persian = len(_PERSIAN_LETTERS.findall(text))
    arabic = len(_ARABIC_ONLY.findall(text))
    if persian + arabic < 5:
        return None
    return "fa" if persian > arabic * 1.5 else "ar" if arabic > persian * 1.5 else None


def identify_language(text: str, declared: str | None = None) -> str | None:
    """The language of text; the declared tag wins when the text is short or does not contradict it."""
    declared_code = normalise_tag(declared)
    sample = (text or "")[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < _MIN_LETTERS:
        return declared_code
    ranking = _ranking(sample)
    if not ranking:
        return declared_code
    best, best_prob = max(ranking.items(), key=lambda item: item[1])
    if len(_ARABIC_SCRIPT.findall(sample)) > letters / 2:
        if _sorani(sample):
            return "ku"
        by_letters = _arabic_or_persian(sample)
        if declared_code in _ARABIC_SCRIPT_LANGUAGES and (
            by_letters in (None, declared_code) or declared_code not in ("ar", "fa")
        ):
            return declared_code
        if by_letters:
            return by_letters
    if declared_code and (declared_code == best or ranking.get(declared_code, 0.0) >= 0.05):
        return declared_code
    return _turkish_unless_schwa(str(best), sample) if best_prob >= 0.5 or not declared_code else declared_code
