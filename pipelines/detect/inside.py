"""A target written as inside an installation ("a convoy inside Ain al-Asad air base", "رتلا داخل قاعدة
عين الأسد", "بنوں چھاؤنی کے اندر گاڑیوں"): the hit is on the installation, so the nearer target does not
make it a landmark."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.document import Mention, Sentence


def put_inside(sent: Sentence, m: Mention) -> bool:
    """A word of the lexicon's `within` group ends right before the installation's phrase (its name, or the
    generic noun written right before the name: "داخل قاعدة عين الأسد", "внутри авиабазы Хмеймим"), or one of
    `within_after` starts right after it (postpositions: "کے اندر", "içindeki"). Russian writes the noun's
    genitive as its plural ("внутри авиабазы Хмеймим"), so a plural noun opens the phrase too."""
    starts = [m.start, *(c.start for c in sent.of("installation", "installation_plural", "weak")
                         if 0 <= m.start - c.end <= WIN.NOUN_NAME_CHARS)]
    return any(0 <= s - w.end <= WIN.WITHIN_CHARS for w in sent.of("within") for s in starts) or any(
        0 <= w.start - m.end <= WIN.WITHIN_CHARS for w in sent.of("within_after"))
