"""Tell an installation that sounds or smoke came from apart from one that attacks were launched from."""

from __future__ import annotations

from typing import Callable

from pipelines.detect import windows as WIN
from pipelines.detect.document import Mention, Sentence


def heard_from(sent: Sentence, m: Mention, marks: Callable[[], list[int]]) -> bool:
    """A word of hearing or seeing (lexicon group 'heard') written within HEARD_CHARS of the
    installation, in its clause (no mark of `marks()` between them): "explosions were heard from
    the base", "صدای انفجار از پایگاه ... شنیده شد", "с авиабазы были слышны взрывы". Its origin
    word tells where the blasts or smoke were perceived, that is where the attack hit, not a
    launch point ("jets took off from the base; blasts were heard in the city" keeps its origin)."""
    for h in sent.of("heard"):
        lo, hi = (h.end, m.start) if h.end <= m.start else (m.end, h.start)
        if 0 <= hi - lo <= WIN.HEARD_CHARS and not any(lo <= k < hi for k in marks()):
            return True
    return False
