"""Background lines: a sentence dated to a year, a day or a month well before the article's publication."""

from __future__ import annotations

import re
from datetime import date

from pipelines.detect import dates
from pipelines.detect import scoring as W
from pipelines.detect import windows as WIN
from pipelines.detect.document import Document, Mention, Sentence
from pipelines.detect.fields.when import years
from pipelines.detect.written import CLAUSE_MARK, marks_at

# The day written between a since word and its month, with a short article or preposition around it
# ("el 7 de", "the 7th of", "dem 7.").
_DAY_GAP = re.compile(r"\s*(?:\w{1,3}\s+)?\d{1,2}\w{0,2}\.?\s+(?:\w{1,3}\s+)?")
_RECENT = ("current", "reldate", "weekday")  # the cue groups of today or of a recent day


def old_news(doc: Document, sent: Sentence, m: Mention) -> list[float]:
    """A sentence dated to an earlier year than the article's, or to a day or month well before
    its publication ("last July", "juillet dernier", "on 3 March" in a May article), is background."""
    ref = doc.ref
    if ref is not None:
        old = [y for y in years(sent, doc.lex) if y < ref.year]
        if old and (ref.month > 2 or any(y < ref.year - 1 for y in old)):
            m.notes.append("old-year")
            # Years back, with no word of today or of a recent day ("the first attack since 2020 on
            # Sunday" has one): the sentence tells the past.
            if any(y < ref.year - 1 for y in old) and not _recent_words(sent, ref):
                return [W.OLD_YEARS]
            # Last year opening a body line's attack ("In 2023, drones struck the base") tells the past too.
            if sent is not doc.sents[0] and not sent.of(*_RECENT) and _opens_the_attack(
                    sent, [k.start() for k in dates._YEAR.finditer(sent.ntext) if int(k.group(1)) in old
                           and not _measured_from(sent, k.start(), k.end())]):
                return [W.OLD_YEARS]
            # The year dates the attack phrase itself ("the 2020 missile attack", "the drone that struck the outpost
            # in January 2024"): the recent day the sentence names is that of what came after it (a medal, an inquiry).
            if _dates_the_attack(doc, sent, [(k.start(), k.end()) for k in dates._YEAR.finditer(sent.ntext)
                                        if int(k.group(1)) in old and not _measured_from(sent, k.start(), k.end())]):
                return [W.OLD_YEARS]
            return [W.OLD_YEAR]
        long_before = dated_long_before(sent, ref)
        # A stated day ("On 12 March, rockets hit the base") is certain, unlike a month name alone: in
        # the body, with no word of today or a recent day, it tells the past, as years back do, once it
        # lies more than STALE_DAYS back. The first line is what the article reports, however late it is filed.
        # A month named well back with no "since" ("In February, drones struck the base") tells the past so too.
        if long_before in ("day", "stale", "named") and sent is not doc.sents[0] and not sent.of(*_RECENT):
            m.notes.append("old-day" if long_before != "named" else "old-month")
            return [W.OLD_YEARS]
        if long_before in ("day", "month", "named"):
            m.notes.append("old-month")
            # a month well back that dates the attack phrase ("during the missile barrage in April")
            return [W.OLD_YEARS if long_before == "month" and _dates_the_attack(doc, sent, _months_back(sent, ref)) else W.OLD_YEAR]
    elif doc.latest is not None and any(y < doc.latest for y in years(sent, doc.lex)):
        # No publication date: a sentence dated before the latest year the article mentions is background.
        m.notes.append("old-year")
        return [W.OLD_YEAR]
    return []


def dated_long_before(sent: Sentence, ref: date) -> str:
    """"day" when the sentence states a day more than OLD_DAYS before publication ("stale" when more
    than STALE_DAYS); "named" when it opens its attack with a month marked as past ("last July") or a month
    named without a day OLD_MONTHS or more before the publication month; "month" for such a month written
    after the attack or in a repeat, and for a stated day read as last year's; else "". A day or month
    right after a "since" word counts for none of these.
    Month names shorter than four letters count only with a past word: alone they double as common words
    (English "may", French "mai")."""
    named = sent.memo.get("months", [])
    if not named:
        return ""
    # A day or month after a "since" word opens the period the news is measured from ("the first attack
    # since October 7", "desde el 7 de octubre"): it dates no attack of its own.
    stated_all = dates.explicit_all(sent.ntext, named, ref)
    opened = [(a, b) for a, b, _ in stated_all if _measured_from(sent, a, b)]
    months = [mo for mo in named if not _measured_from(sent, mo[0], mo[1]) and not any(a <= mo[0] < b for a, b in opened)]
    stated = next((day for a, b, day in stated_all if (a, b) not in opened), None)
    if stated is not None:
        back = (ref - stated).days
        if back <= WIN.OLD_DAYS:
            return "stale" if back > WIN.STALE_DAYS else ""
        # A day a few weeks after publication is read as last year's (a late dateline, a time zone):
        # not certain, so it weighs as a month.
        return "day" if back < 365 - WIN.OLD_DAYS else "month"
    # A month marked as past ("last July", "juillet dernier", "تموز الماضي"), or named alone well back.
    far = [start for start, end, month, jalali in months if not jalali and (
        (_last_month(sent, start, end) and ((ref.month - month) % 12 or 12) >= WIN.OLD_MONTHS)
        or (end - start >= 4 and (ref.month - month) % 12 >= WIN.OLD_MONTHS and not _measured_from(sent, start, end)))]
    if not far:
        return "month" if any(not jalali and end - start >= 4 and (ref.month - month) % 12 >= WIN.OLD_MONTHS
                              for start, end, month, jalali in months) else ""
    return "named" if _opens_the_attack(sent, far) else "month"


def _opens_the_attack(sent: Sentence, starts: list[int]) -> bool:
    """A date written at one of `starts` opens the attack the sentence tells ("In February, drones struck
    the base"): it stands before the first attack cue, and no repeat word ("again") makes the attack a new
    one measured against it. An aside after the attack ("struck the base, also hit in February") dates an
    earlier one."""
    first = min((a.start for a in sent.attacks()), default=len(sent.ntext))
    return bool(starts) and min(starts) < first and not sent.of("repeat")


def _recent_words(sent: Sentence, ref: date) -> list:
    """The sentence's words of today or of a recent day, less a time of day written right before a day it
    states years back ("in the early hours of 8 January 2020": that day's early hours, not today's)."""
    recent = sent.of(*_RECENT)
    if not recent or not sent.memo.get("months"):
        return recent
    old = [a for a, _, day in dates.explicit_all(sent.ntext, sent.memo["months"], ref) if day.year < ref.year - 1]
    return [c for c in recent if not ("current" in c.groups and any(0 <= a - c.end <= WIN.TIME_OF_DAY_CHARS
                                                                     for a in old))]


def _months_back(sent: Sentence, ref: date) -> list[tuple[int, int]]:
    """Where the sentence names a month (four letters or more, not a Solar Hijri one) OLD_MONTHS or more before
    the publication month, with no "since" word opening a period at it."""
    return [(start, end) for start, end, month, jalali in sent.memo.get("months", []) if not jalali
            and end - start >= 4 and (ref.month - month) % 12 >= WIN.OLD_MONTHS and not _measured_from(sent, start, end)]


def _dates_the_attack(doc: Document, sent: Sentence, found: list[tuple[int, int]]) -> bool:
    """A past year or month (spans in `found`) qualifies the sentence's attack phrase: written within
    ATTACK_YEAR_CHARS after its last attack cue ("the missile strike in 2020", "in January 2024") or right
    before its first ("the 2020 missile attack", "2016'daki saldırı"), with no word of today or recent day and no
    clause mark from the first attack cue to the year, no repeat word and no claim, while the sentence names a
    recent day elsewhere: the day of what came after the attack (a medal, an inquiry). "Rockets struck the base on
    Sunday, as in 2020" dates its attack to Sunday; "Drones struck the base, which was also hit in 2023" an aside."""
    attacks = sent.attacks()
    recent = sent.of(*_RECENT)
    # only where the sentence also names a recent day, which is then another event's ("on Tuesday promoted")
    if not found or not attacks or not recent or sent.of("repeat", "claim"):
        return False
    first, last = min(a.start for a in attacks), max(a.end for a in attacks)
    # the attack phrase runs on to the installation written right after it ("slammed into Ain al-Asad air base
    # in 2020")
    last = max([last, *(n.end for n in (*sent.named, *sent.of("installation", "weak"))
                        if 0 <= n.start - last <= WIN.ATTACK_YEAR_CHARS)])
    for start, end in found:
        after = 0 <= start - last <= WIN.ATTACK_YEAR_CHARS
        before = 0 <= first - end <= WIN.YEAR_BEFORE_ATTACK_CHARS
        lo, hi = (first, start) if after else (end, last)
        if (after or before) and not any(lo <= d.start < hi for d in recent) \
                and not any(lo <= k < hi for k in marks_at(doc.text, sent, CLAUSE_MARK)):
            return True
    return False


def _last_month(sent: Sentence, start: int, end: int) -> bool:
    """A past word of the lexicon (`past`: "last", "dernier", "الماضي", "lalu", "שעבר") written right
    before or after the month name, with at most a month noun between ("تیر ماه گذشته"), and no "since"
    word just before or after the phrase: "the first attack since last July" measures the news from it."""
    for c in sent.of("past"):
        if 0 <= start - c.end <= WIN.PAST_MARK_CHARS or 0 <= c.start - end <= WIN.PAST_MARK_CHARS:
            return not _measured_from(sent, min(start, c.start), max(end, c.end))
    return False


def _measured_from(sent: Sentence, lo: int, hi: int) -> bool:
    """A "since" word of the lexicon just before the date phrase (a day number between counts as the
    phrase: "desde el 7 de octubre"), or its since_after form just after it."""
    return any(0 <= lo - k.end <= WIN.PAST_MARK_CHARS or _DAY_GAP.fullmatch(sent.ntext[k.end:lo])
               for k in sent.of("since") if k.end <= lo) or any(
        0 <= k.start - hi <= WIN.PAST_MARK_CHARS for k in sent.of("since_after"))
