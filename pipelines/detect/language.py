"""Language identification for texts that arrive without a language."""

from __future__ import annotations

import functools
from collections import Counter

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

_SAMPLE = 600  # characters; enough for news text, and keeps identification well under 1 ms
# Close relatives the model confuses on short excerpts, answered as the code whose lexicon reads
# them: Indonesian news is often taken for Malay and short Hindi for Nepali; Bokmål and Nynorsk
# share the Norwegian lexicon (no.yaml).
_LEXICON_CODE = {"ms": "id", "ne": "hi", "nb": "no", "nn": "no"}


def lexicon_code(code: str) -> str:
    """The code whose lexicon reads a language (Malay -> id, Nepali -> hi, nb/nn -> no); else itself."""
    return _LEXICON_CODE.get(code, code)


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """Load py3langid's bundled model once."""
    return LanguageIdentifier.from_pickled_model(MODEL_FILE)


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid's model, sparse scoring; close relatives mapped)."""
    sample = text[:_SAMPLE]
    if not sample.strip():
        return None
    ident = _identifier()
    # Same naive Bayes as LanguageIdentifier.classify, but summing only the rows of the
    # features present instead of a dense matrix product (a multi-threaded BLAS call that
    # is slow on a busy machine).
    state, indexes = 0, []
    nextmove, output = ident.tk_nextmove, ident.tk_output
    for byte in sample.encode("utf8", errors="surrogatepass"):
        state = nextmove[(state << 8) + byte]
        indexes.extend(output.get(state, ()))
    if not indexes:
        return None
    counts = Counter(indexes)
    rows = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    scores = weights @ ident.nb_ptc[rows] + ident.nb_pc
    return lexicon_code(str(ident.nb_classes[int(np.argmax(scores))]))
