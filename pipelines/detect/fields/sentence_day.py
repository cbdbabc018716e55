"""The day one sentence writes for an attack: its stated dates, weekdays, relative words and counts of days ago,
less those of a statement, an earlier event, a period's start or a toll's later day (when.event_date asks it of
the attack's line and its neighbours)."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from pipelines.detect import dates
from pipelines.detect.document import Sentence, is_attack
from pipelines.detect.fields.after_day import after_earlier
from pipelines.detect.fields.earlier import earlier_clauses, in_earlier, toll_day
from pipelines.detect.fields.month_day import month_days
from pipelines.detect.fields.next_day import month_first_nights
from pipelines.detect.fields.subjects import verb_spans
from pipelines.detect.fields.tonight import stated_night
from pipelines.detect.fields.vague import vague
from pipelines.detect.fields.weekday_digits import weekday_digit_days
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import AFTER, BEFORE, WORD_TAIL

_DIGIT = re.compile(r"\d")
_WEEKDAY_DM = re.compile(r" (\d{1,2}) (\d{1,2})(?!\d)(?! \d{4}(?!\d))")  # "kamis 5 10": digits after a weekday, no year
_DAY_FIRST = re.compile(r"\d{1,2}\D{0,4}$")  # the day written before its month ("17 de ", "17 "), ending a gap
_INSTALLATION_GROUPS = ("installation", "installation_plural", "weak", "weak_plural", "anaphora")
SINCE_CHARS = 8  # "since 17 October", "منذ يوم الجمعة", "depuis le 7 octobre": a date this close to a since word
_NIGHT_CHARS = 16  # "mardi à mercredi", "Tuesday and early Wednesday": two days this close make one night
_ONE_DAY = timedelta(days=1)
_DATELINE_DATE_CHARS = 30  # "kyiv march 10": a date this near the start, after the town, is a wire dateline's
_DATELINE_GROUPS = frozenset({"country", "nationality", "town", "month"})  # "BEIRUT, Lebanon, March 10 (AP) -"
_SAID_CHARS = 6  # "said on Wednesday", "сообщили в среду": a weekday this close to a statement verb is the telling day
_SPEAKER_CHARS = 40  # "أعلن الجيش العراقي الأحد": who spoke, written between a statement verb and its day
_NOT_A_SPEAKER = frozenset({*_INSTALLATION_GROUPS, "reldate", "weekday", "month", "killed", "wounded"})
_INTO_CHARS = 8  # "overnight into Wednesday": a weekday this close to a word of today's night names its day
_MAX_DAYS_AGO = 31  # "four days ago", "il y a 12 jours": counts beyond a month are no day the press counts back
_DAYS_AGO: dict[int, tuple[Lexicon, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str]]] = {}  # per lexicon, built once
_SPELLED: dict[int, tuple[Lexicon, re.Pattern[str] | None]] = {}  # per lexicon, built once


def date_in(sent: Sentence, ref: date | None, lex: Lexicon, latest: int | None,
            text: str) -> tuple[date | None, str | None]:
    months = sent.memo.get("months", [])
    # "days after an attack on 1 November", "two days after a drone attack on the embassy in Baghdad on Sunday":
    # a date in the earlier event's clause is that event's.
    earlier = tuple(c.end for c in sent.of("prior"))
    clauses = earlier_clauses(text, sent)
    has_digits = bool(months or _DIGIT.search(sent.ntext))
    ntext = dates.spelled_days(sent.ntext, months, _spelled_pattern(lex), lex.day_words) if months else sent.ntext
    written = dates.explicit_all(ntext, months, ref) if has_digits else []
    stated = [d for d in written if not any(0 <= d[0] - e <= dates.EARLIER_CHARS for e in earlier)
              and not in_earlier(d[0], clauses)]
    stated = month_first_nights(text, sent, ntext, stated) if stated else stated
    told = _told_days(sent, _dateline_day(sent, stated, ref), lex) if ref is not None else []
    if ref is not None and has_digits:
        told += month_days(sent, ref, lex)  # "el día 5", "ayın 5'inde": a day of the publication's month
    numbers = _weekday_numbers(sent, ref, lex, latest) + weekday_digit_days(sent, ref, lex, latest) if has_digits else []
    told = [t for t in told if all(t[0] != n[0] for n in numbers)] + numbers  # the digits fix the weekday's day
    # "two days after a drone attack on Sunday": as a stated date there, that day is the earlier event's.
    before = [d for d in (*written, *told) if in_earlier(d[0], clauses)]
    told = [t for t in told if not in_earlier(t[0], clauses)]
    # "the third attack since Friday": a day that opens a period is not the attack's.
    # "on the night of May 31 to June 1": two days in a row make one night, the later day's (as weekdays do).
    stated = _night_into([d for d in stated if not _since(sent, lex, d[0], d[1])])
    told = stated_night(text, sent, [d for d in told if not _since(sent, lex, d[0], d[1])], stated, ref)
    stated, told = toll_day(text, sent, stated, told)
    if stated and len(stated) + len(told) > 1:
        stated = _statement_dated(sent, lex, stated, told)
    if stated or told:
        return _the_attacks(sent, stated, told, ref)
    # "two days after the Friday attack": no day of its own, counted from the earlier event's.
    if (after := after_earlier(sent, lex, clauses, before, ref)) is not None:
        return after
    if ref is None and months:
        # No publication date: a weekday written with a day and month fixes their year.
        wd = _first_weekday(sent, lex)
        found = dates.explicit(ntext, months, ref, weekday=wd, latest=latest, earlier=earlier)
        if found:
            how = "the weekday written with it" if wd is not None else f"the article's latest year {latest}"
            return found[0], f"day and month stated, year from {how}"
    return None, None


def _dateline_day(sent: Sentence, stated: list[tuple[int, int, date]], ref: date) -> date:
    """The day a wire dateline opening the sentence writes ("KYIV, March 10 (Reuters) - ... overnight"): the
    relative words and weekdays after it count from that day, not from a later publication. The date stands
    within _DATELINE_DATE_CHARS of the start with no other cue before it but the town, and is no later than ref."""
    first = stated[0] if stated else None
    if first is None or first[0] > _DATELINE_DATE_CHARS or first[2] > ref:
        return ref
    if any(c.start < first[0] and not c.groups & _DATELINE_GROUPS for c in sent.cues):
        return ref
    return first[2]


def _weekday_numbers(sent: Sentence, ref: date | None, lex: Lexicon, latest: int | None) -> list[tuple[int, int, date, str]]:
    """Day and month in digits right after a weekday, with no year: "Kamis (5/10)", "Sabtu, 5/10", the
    Indonesian press's way to date the news (see dates.numeric_on_weekday)."""
    out = []
    for c in sent.of("weekday"):
        m = _WEEKDAY_DM.match(sent.ntext, c.end)
        v = lex.value("weekday", c.text)
        if m is None or v is None:
            continue
        made = dates.numeric_on_weekday(int(m.group(1)), int(m.group(2)), int(str(v)), ref, latest)
        if made is not None:
            out.append((c.start, m.end(), made, f"day and month {m.group(1)}/{m.group(2)} written with {c.text!r}"))
    return out


def _since(sent: Sentence, lex: Lexicon, start: int, end: int) -> bool:
    """Whether a date is written as the start of a period: right after a since word ("since October
    17", "منذ الجمعة", "depuis vendredi") or right before one where it follows ("17 Ekim'den bu yana",
    "از جمعه تاکنون"), with nothing between but a case ending ("कल रात ड्रोन से" is "by drone"). A stated date
    starts at its month: a day written before the month ("desde el 17 de septiembre") is part of the date, not
    of the gap. Another number left in the gap is what the since word
    opens, a range whose end is the date ("в ночь с 4 на 5 марта", "from 4 to 5 March")."""
    # A day phrase may open with the since word's own last word ("depuis le" and "le 5": the date starts inside it).
    return (_since_suffix(sent, lex, start)
            or any(c.start < start and len(gap := _DAY_FIRST.sub("", sent.ntext[c.end:start])) <= SINCE_CHARS
                   and not _DIGIT.search(gap) for c in sent.of("since"))
            or any(0 <= c.start - end <= SINCE_CHARS and set(sent.ntext[end:c.start].split()) <= lex.since_suffixes
                   for c in sent.of("since_after")))


def _since_suffix(sent: Sentence, lex: Lexicon, start: int) -> bool:
    """Whether the month a stated date starts at carries a glued case ending of the lexicon's since_suffixes
    ("17 સપ્ટેમ્બરથી", "5 martdan sonra", "5 mart tan" once the apostrophe is gone): from, since or after that
    day, a bound of a period and not the attack's day."""
    if not lex.since_suffixes or not any(m[0] == start for m in sent.memo.get("months", [])):
        return False
    word_end = sent.ntext.find(" ", start)
    word = sent.ntext[start:word_end if word_end >= 0 else len(sent.ntext)]
    after = sent.ntext[start + len(word):].split(maxsplit=1)
    return any(word.endswith(x) and len(word) > len(x) for x in lex.since_suffixes) \
        or bool(after) and after[0] in lex.since_suffixes


def _the_attacks(sent: Sentence, stated: list[tuple[int, int, date]], told: list[tuple[int, int, date, str]],
                 ref: date | None) -> tuple[date, str]:
    """The attack's date among those one sentence writes, and its rule.

    Several dates: the one written nearest the installation ("The Pentagon said on Monday that drones
    attacked the base on Sunday"); with no installation named, a stated date before a weekday or a
    relative word. The publication date written into the sentence is its dateline ("Baghdad (Agency -
    22nd Apr, 2024) Rockets were fired late Sunday ..."): a day counted back from it dates the attack.
    """
    found = [(start, end, day, "stated date") for start, end, day in stated] + told
    anchors = [*sent.named, *sent.near, *sent.of(*_INSTALLATION_GROUPS)]
    if len(found) > 1 and anchors:
        _, _, day, rule = min(found, key=lambda f: min(_apart(f[0], f[1], a) for a in anchors))
    else:
        _, _, day, rule = found[0]
    if day == ref and rule == "stated date":
        other = next((t for t in told if t[2] != ref), None)
        if other is not None:
            return other[2], f"{other[3]} (the stated {ref} is the dateline)"
    return day, rule


def _apart(start: int, end: int, a) -> int:
    """Characters between two spans (0 when they touch)."""
    return a.start - end if end <= a.start else max(0, start - a.end)


def _told_days(sent: Sentence, ref: date, lex: Lexicon) -> list[tuple[int, int, date, str]]:
    """Each day the sentence's relative words and weekdays count back from ref: (start, end, date, rule)."""
    offsets, weekdays = [], []
    for c in sent.of("reldate", "weekday"):
        group = "reldate" if "reldate" in c.groups else "weekday"
        v = lex.value(group, c.text)
        if v is None:
            continue
        if group == "reldate":
            offsets.append((c.start, c.end, int(str(v)), c.text))
        else:
            weekdays.append((c.start, c.end, dates.weekday(ref, int(str(v))), f"weekday {c.text!r} counted back from {ref}"))
    offsets += _past_day(sent, lex, offsets)
    offsets = _apposed(offsets, weekdays, ref)
    # "Drones struck the base overnight, officials said on Wednesday": the relative words count from the day
    # the statement was made, which is no attack day of its own.
    said = _said_day(sent, lex, weekdays)
    today, told = (said[2], ", the day it was told") if said else (ref, "")
    others = [w for w in weekdays if w is not said]
    days = [(start, end, dates.relative(today, offset), f"relative word {text!r} from {today}{told}")
            for start, end, offset, text in offsets]
    # "overnight into Wednesday", "в понедельник ночью": the weekday beside a word of today's night names its day.
    days = [d for d in days if d[2] != today or not any(max(w[0] - d[1], d[0] - w[1]) <= _INTO_CHARS for w in others)]
    ago = _days_ago(sent, today, lex, days + weekdays)
    if said and not offsets and not ago:
        # "said on Wednesday that drones struck the base": no other day. A statement is made on or after the attack
        # ("قال مسؤول اليوم الأربعاء إن قاعدة حرير تعرضت لهجوم مساء الاثنين"): another day on or before it wins.
        kept = _night_into(weekdays, verb_spans(sent, lex))
        earlier = [w for w in kept if w is not said and w[2] <= said[2]]
        if not earlier and vague(sent, lex):
            return []  # "attacked the base earlier this week, an official said on Wednesday": no day of the attack
        return sorted(earlier or kept)
    return sorted(days + _night_into(others, verb_spans(sent, lex))) + ago


def _apposed(offsets: list[tuple[int, int, int, str]], weekdays: list[tuple[int, int, date, str]],
             ref: date) -> list[tuple[int, int, int, str]]:
    """The relative words left once those written beside a weekday of the same day are read as one phrase with
    it ("أمس الثلاثاء", "yesterday, Tuesday", "اليوم الأربعاء"): the weekday, its span widened over the word
    (in place), stands for both, so the word is neither a second day nor counted from the weekday as the
    statement's day ("... مساء أمس الثلاثاء، بحسب مصادر أمنية")."""
    kept = []
    for o in offsets:
        day = dates.relative(ref, o[2])
        k = next((k for k, w in enumerate(weekdays)
                  if w[2] == day and max(w[0] - o[1], o[0] - w[1]) <= _INTO_CHARS), None)
        if k is None:
            kept.append(o)
        else:
            w = weekdays[k]
            weekdays[k] = (min(w[0], o[0]), max(w[1], o[1]), w[2], w[3])
    return kept


def _past_day(sent: Sentence, lex: Lexicon, offsets: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """A word that is yesterday or tomorrow by the verb's tense (lexicon past_day: Hindi "कल"), read as yesterday
    where a past-tense verb of the lexicon's past_mark follows it in the sentence ("कल ड्रोन से हमला हुआ")."""
    out = []
    for w in lex.past_days:
        for m in _whole_word(w).finditer(sent.ntext):
            if any(o[0] <= m.start() < o[1] for o in offsets):
                continue  # read already as part of a longer phrase ("कल रात")
            if any(x in lex.past_marks for x in sent.ntext[m.end():].split()):
                out.append((m.start(), m.end(), -1, w))
    return out


@functools.lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    """A lexicon word as a whole word, compiled once (its word classes hold every Indic mark: slow to compile,
    and re's own cache is shared with every module)."""
    return re.compile(rf"{BEFORE}{re.escape(word)}{AFTER}")


def _said_day(sent: Sentence, lex: Lexicon, weekdays: list[tuple[int, int, date, str]]) -> tuple[int, int, date, str] | None:
    """The weekday written as the day of a statement ("said on Wednesday", "a indiqué mercredi", "сообщили в
    среду"): within _SAID_CHARS of one of the lexicon's statement verbs (confirmation.verbs)."""
    if not weekdays:
        return None
    verbs = verb_spans(sent, lex)
    # The day written after the verb first: "lundi, a indiqué mardi" was told on Tuesday.
    return next((w for w in weekdays for v in verbs if 0 <= w[0] - v[1] <= _SAID_CHARS
                 or 0 <= w[0] - v[1] <= _SPEAKER_CHARS and _only_the_speaker(sent, v[1], w[0])),
                next((w for w in weekdays for v in verbs if 0 <= v[0] - w[1] <= _SAID_CHARS), None))


def _statement_dated(sent: Sentence, lex: Lexicon, stated: list[tuple[int, int, date]],
                     told: list[tuple[int, int, date, str]]) -> list[tuple[int, int, date]]:
    """The stated dates less a statement's own ("11 марта беспилотники атаковали ..., сообщили 12 марта", "said
    on March 12"), written after a statement verb as _said_day reads a weekday, when another date written
    is on or before it: a statement is made on or after the day it tells of."""
    verbs = verb_spans(sent, lex)
    said = [d for d in stated for v in verbs
            if d[0] >= v[1] and (len(gap := _DAY_FIRST.sub("", sent.ntext[v[1]:d[0]])) <= _SAID_CHARS
                                 or len(gap) <= _SPEAKER_CHARS and _only_the_speaker(sent, v[1], d[0]))]
    days = [d[2] for d in stated if d not in said] + [t[2] for t in told]
    return [d for d in stated if d not in said or not any(day <= d[2] for day in days)]


def _only_the_speaker(sent: Sentence, start: int, end: int) -> bool:
    """Whether the words between a statement verb and a weekday after it can only name who spoke ("kata juru
    bicara TNI pada Minggu", "أعلن الجيش العراقي الأحد", "teilte das Militär am Sonntag mit"): no attack or
    weapon word, no installation and no other date between. "said drones struck the base on Sunday" is the
    attack's day."""
    if any(start < h.end and h.start < end for h in (*sent.named, *sent.near)):
        return False
    return not any(start <= c.start and c.end <= end and (is_attack(c.groups) or c.groups & _NOT_A_SPEAKER)
                   for c in sent.cues)


def _night_into(weekdays: list[tuple[int, int, date, str]],
                verbs: list[tuple[int, int]] = ()) -> list[tuple[int, int, date, str]]:
    """A night written as two weekdays in a row dates the attack to the later day, as "the night to
    Wednesday" does: "dans la nuit de mardi à mercredi", "в ночь со вторника на среду", "ليل الاثنين
    الثلاثاء", "late Tuesday and early Wednesday". The earlier day of such a pair is dropped. A statement
    verb between makes no night ("lundi, a indiqué mardi": the attack's day and the telling day)."""
    return [t for t in weekdays
            if not any(0 <= u[0] - t[1] <= _NIGHT_CHARS and u[2] - t[2] == _ONE_DAY
                       and not any(t[1] <= v[0] and v[1] <= u[0] for v in verbs) for u in weekdays)]


def _days_ago(sent: Sentence, ref: date, lex: Lexicon, told: list[tuple[int, int, date, str]]) -> list[tuple[int, int, date, str]]:
    """Days counted back with a count ("four days ago", "vor 4 Tagen", "قبل أربعة أيام"): the words of the
    lexicon's days_ago list around a digit or a number word. A relative word already read there wins, and
    a count of days before something ("۴ روز قبل از انتخابات", "चुनाव से चार दिन पहले") dates nothing."""
    ago, before, count = _days_ago_patterns(lex)
    if ago is None:
        return []
    out = []
    for m in ago.finditer(sent.ntext):
        if any(t[0] < m.end() and m.start() < t[1] for t in told):
            continue
        if before is not None and any(b.start() < m.end() and m.start() < b.end() for b in before.finditer(sent.ntext)):
            continue
        n = count.search(m.group())
        v = (int(n.group()) if n.group().isdigit() else lex.value("number", n.group())) if n else None
        if v is not None and 0 < int(str(v)) <= _MAX_DAYS_AGO:
            out.append((m.start(), m.end(), dates.relative(ref, -int(str(v))), f"days ago {m.group()!r} from {ref}"))
    return out


def _days_ago_patterns(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str]]:
    """The lexicon's days_ago and days_before phrases as one regex each, and the regex of a count (digits
    or a number word of the lexicon)."""
    entry = _DAYS_AGO.get(id(lex))
    if entry is None or entry[0] is not lex:
        words = sorted((k for k, v in lex.values.get("number", {}).items() if str(v).isdigit()), key=len, reverse=True)
        count = "(?:" + "|".join([r"\d{1,2}", *(_words_pattern(w) for w in words)]) + ")"

        def phrases(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
            alts = [" +".join(p for p in (_words_pattern(b), count, _words_pattern(a)) if p) for b, a in pairs]
            return re.compile(rf"{BEFORE}(?:{'|'.join(alts)}){AFTER}") if alts else None

        entry = _DAYS_AGO[id(lex)] = (lex, phrases(lex.days_ago), phrases(lex.days_before),
                                      re.compile(rf"{BEFORE}{count}{AFTER}"))
    return entry[1], entry[2], entry[3]


def _spelled_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The lexicon's days in words, after a word they follow ("في الخامس من "), as one regex that ends where
    a month starts; built once."""
    entry = _SPELLED.get(id(lex))
    if entry is None or entry[0] is not lex:
        words = sorted(lex.day_words, key=len, reverse=True)
        alts = "|".join(_words_pattern(w) for w in words)
        leads = "|".join(_words_pattern(w) for w in lex.day_words_before)
        entry = _SPELLED[id(lex)] = (lex, re.compile(rf"{BEFORE}(?:{leads}) +({alts}) +$")
                                     if words and leads else None)
    return entry[1]


def _words_pattern(words: str) -> str:
    """A normalised lexicon phrase as regex: spaces as runs of spaces, * as the rest of a word ("*dan")."""
    return WORD_TAIL.join(re.escape(p).replace(r"\ ", " +") for p in words.split("*"))


def _first_weekday(sent: Sentence, lex: Lexicon) -> int | None:
    """The first weekday the sentence names (Monday=0), or None."""
    for c in sent.of("weekday"):
        v = lex.value("weekday", c.text)
        if v is not None:
            return int(str(v))
    return None
