"""Claims a denial calls false: the installations an earlier line names in a report or claim of its own."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.document import Document

# The claims themselves are called false: the hearsay word is written right before the denial ("the claims are
# not true", "iddiaların gerçeği yansıtmadığını"). "denied the claims that troops left" and "the claims of
# casualties were false" deny some other content, and "Ölü olduğu iddiaları ise yalanlandı" has a word between.
BARE_GAP = 1


def told_as_hearsay(doc: Document, i: int) -> set[str]:
    """When a hearsay word of sentence i is written right before its denial (BARE_GAP), as its subject,
    the installations a line before names in a claim or report of its own (the lexicon's `hearsay`
    group: "İncirlik Hava Üssü'nün vurulduğu iddia edildi", "reports say the base was hit"): the claims a
    denial in sentence i calls false ("iddiaların gerçeği yansıtmadığını"). Only the nearest such line within
    WIN.COREF_SENTENCES counts; a base told as fact, with a report of some other detail after it, stays."""
    sent = doc.sents[i]
    if not any(0 <= d.start - h.end <= BARE_GAP for h in sent.of("hearsay") for d in sent.of("b_denial")):
        return set()
    for j in range(i - 1, max(-1, i - WIN.COREF_SENTENCES - 1), -1):
        if doc.sents[j].named and doc.sents[j].of("hearsay"):
            return {h.base.id for h in doc.sents[j].named if h.base is not None}
    return set()
