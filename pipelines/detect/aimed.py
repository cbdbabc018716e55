"""A weapon stopped on its way to somewhere else: an interception over or by an installation of a launch aimed
at a town, a region or a country. The installation saw it pass, or shot it down; it was not the target."""

from __future__ import annotations

from pipelines.detect.document import Sentence, inside
from pipelines.detect.supplied import weapon_noun

# How far after an aim word ("toward", "לעבר", "باتجاه") the place it aims at is written.
AIM_PLACE_CHARS = 30
# How long a case ending between the aimed place and the launch participle after it may be ("israil e").
AIM_SUFFIX_CHARS = 5


def intercepted_on_the_way(sent: Sentence, verb_final: bool = False,
                           aim_suffixes: frozenset[str] = frozenset()) -> bool:
    """The sentence intercepts a weapon whose launch is aimed at a place (the lexicon's `aim` group followed
    within AIM_PLACE_CHARS by a town, a place near an installation, a country or a direction, none inside an
    installation's name), and no installation is written in that aimed phrase. Every attack cue is an
    interception, a weapon noun or a verb written before the aim word (the launch: "a rocket fired toward
    Kiryat Shmona"); no claim. "Air defences intercepted a rocket fired toward Safed, but another struck the
    base" has a hit after the aim; "a drone heading toward Erbil air base was intercepted" aims at the base.
    In a verb-final language the launch verb follows the place it aims at ("موشک هایی را که به سمت اسرائیل شلیک
    شده بود رهگیری کرد"): a verb within AIM_PLACE_CHARS after that place, with no installation between, is the launch's."""
    if not sent.of("intercept") or sent.of("claim"):
        return False
    installations = [*sent.named, *sent.of("installation", "weak", "anaphora")]
    places = [p for p in (*sent.places, *sent.near, *sent.of("country", "direction"))
              if not inside(p.start, p.end, sent.named)]
    for aim in sent.of("aim"):
        target = [p for p in places if 0 <= p.start - aim.end <= AIM_PLACE_CHARS]
        if not target:
            continue
        end = min(p.start for p in target)
        if any(aim.end <= n.start < end + 1 for n in installations):
            continue
        launch = min(target, key=lambda p: p.start).end
        if all("intercept" in a.groups or weapon_noun(a) or a.end <= aim.start or inside(a.start, a.end, [aim])
               or (verb_final and 0 <= a.start - launch <= AIM_PLACE_CHARS
                   and not any(launch <= n.start < a.start for n in installations))
               for a in sent.attacks()):
            return True
    return _aimed_before(sent, places, aim_suffixes)


def _aimed_before(sent: Sentence, places: list, aim_suffixes: frozenset[str]) -> bool:
    """Where a launch participle follows the place it aims at (the lexicon's `aim_after`), with only a case
    ending of `aim_suffix` between them ("İran'ın İsrail'e fırlattığı füzeleri önledi"): every attack cue is an
    interception, a weapon noun or the participle itself."""
    for aim in sent.of("aim_after"):
        if not any(0 <= aim.start - p.end <= AIM_SUFFIX_CHARS and sent.ntext[p.end:aim.start].split()
                   and set(sent.ntext[p.end:aim.start].split()) <= aim_suffixes for p in places):
            continue
        if all("intercept" in a.groups or weapon_noun(a) or inside(a.start, a.end, [aim]) for a in sent.attacks()):
            return True
    return False
