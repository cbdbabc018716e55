"""Identify a text's language (ISO 639-1), trusting the page's declaration when the text agrees."""

from __future__ import annotations

import re
import threading

_MIN_LETTERS = 20  # below this, statistics say little and a declaration is the better guess
_SAMPLE_CHARS = 3000
_PERSIAN_LETTERS = re.compile("[پچژگکی]")  # letters Persian writes and Arabic does not (or rarely)
_ARABIC_ONLY = re.compile("[ةيكى]")  # taa marbuta and Arabic kaf/yeh, which Persian text avoids
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"})
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")
# Macro and legacy codes pages use, mapped to what the identifier answers.
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "nb": "no", "nn": "no", "per": "fa", "fas": "fa",
            "ara": "ar", "eng": "en", "deu": "de", "ger": "de", "fre": "fr", "fra": "fr", "spa": "es"}

_lock = threading.Lock()
_identifier = None


def _model():
    """The py3langid model with normalised probabilities, loaded once per process."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    return _identifier


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
    ranking = dict(_model().rank(sample)[:5])
    best, best_prob = max(ranking.items(), key=lambda item: item[1])
    if len(_ARABIC_SCRIPT.findall(sample)) > letters / 2:
        by_letters = _arabic_or_persian(sample)
        if declared_code in _ARABIC_SCRIPT_LANGUAGES and (
            by_letters in (None, declared_code) or declared_code not in ("ar", "fa")
        ):
            return declared_code
        if by_letters:
            return by_letters
    if declared_code and (declared_code == best or ranking.get(declared_code, 0.0) >= 0.05):
        return declared_code
    return str(best) if best_prob >= 0.5 or not declared_code else declared_code
