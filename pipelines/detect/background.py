"""Background lines: a sentence dated to a year, a day or a month well before the article's publication."""

from __future__ import annotations

import re
from datetime import date

from pipelines.detect import dates
from pipelines.detect import scoring as W
from pipelines.detect import windows as WIN
from pipelines.detect.document import Document, Mention, Sentence
from pipelines.detect.fields.when import years

# The day written between a since word and its month, with a short article or preposition around it
# ("el 7 de", "the 7th of", "dem 7.").
_DAY_GAP = re.compile(r"\s*(?:\w{1,3}\s+)?\d{1,2}\w{0,2}\.?\s+(?:\w{1,3}\s+)?")


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
            if any(y < ref.year - 1 for y in old) and not sent.of("current", "reldate", "weekday"):
                return [W.OLD_YEARS]
            # Last year opening a body line's attack ("In 2023, drones struck the base") tells the past too.
            if sent is not doc.sents[0] and not sent.of("current", "reldate", "weekday") and _opens_the_attack(
                    sent, [k.start() for k in dates._YEAR.finditer(sent.ntext) if int(k.group(1)) in old
                           and not _measured_from(sent, k.start(), k.end())]):
                return [W.OLD_YEARS]
            return [W.OLD_YEAR]
        long_before = dated_long_before(sent, ref)
        # A stated day ("On 12 March, rockets hit the base") is certain, unlike a month name alone: in
        # the body, with no word of today or a recent day, it tells the past, as years back do, once it
        # lies more than STALE_DAYS back. The first line is what the article reports, however late it is filed.
        # A month named well back with no "since" ("In February, drones struck the base") tells the past so too.
        if long_before in ("day", "stale", "named") and sent is not doc.sents[0] and not sent.of(
                "current", "reldate", "weekday"):
            m.notes.append("old-day" if long_before != "named" else "old-month")
            return [W.OLD_YEARS]
        if long_before in ("day", "month", "named"):
            m.notes.append("old-month")
            return [W.OLD_YEAR]
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
