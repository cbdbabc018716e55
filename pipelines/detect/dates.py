"""Event dates: explicit dates, weekdays and relative words resolved against publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

# The patterns below say "no digit before" after their first character ("1(?<!\d1)" is "(?<!\d)1"):
# a pattern that opens with a character lets `re` skip to its candidates; one that opens with a
# lookbehind is tried at every position of every sentence.
# Numeric dates with a Gregorian year (19xx, 20xx) or a Solar Hijri one (13xx, 14xx: Iran's
# civil calendar, "۱۴۰۲/۱۱/۸").
_ISO = re.compile(r"((?:1(?<!\d1)[934]|2(?<!\d2)0)\d\d) (\d{1,2}) (\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d(?<!\d\d)\d?) (\d{1,2}) ((?:19|20|13|14)\d\d)(?!\d)")
_FIRST_GREGORIAN_YEAR = 1900  # numeric years below it are Solar Hijri, or Hijri (see _solar_or_lunar)
_HIJRI_MARK = re.compile(r" ?ه(?! ش)(?!\w)")  # "1445هـ", "1445 ه ق" (normalised); "ه ش" marks a Solar Hijri year
_YEAR = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d\d)(?!\d)")
_JALALI_YEAR = re.compile(r"(1(?<!\d1)[34]\d\d)(?!\d)")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
# A day written before its month: up to four other characters between ("3 de dezembro"), or an
# English ordinal with "of" ("the 3rd of December").
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:\D{0,4}|(?:st|nd|rd|th) of )$")
YEAR_BEFORE_CHARS = 12  # "In 2020, on 8 January", "في عام 2020، في 8 يناير": a year this close before the day
EARLIER_CHARS = 40  # "days after an attack on 1 November": a date this close after such words is the earlier event's
JALALI_PREFIX = "j"  # a month value "j11" in a lexicon is a Solar Hijri month (Bahman)
HIJRI_PREFIX = "h"  # a month value "h8" is a month of the Hijri calendar (Sha'ban), Umm al-Qura reckoning
CURRENT_MONTH = 0  # a month value 0 is the publication's month ("4 الجاري", "le 4 courant")
SPELLED_DAY_CHARS = 30  # "الحادي والعشرين من ": how far before a month a day written in words may start


def may_hold_year(ntext: str) -> bool:
    """Whether a numeric year can be written in the text: every year, ISO and day-month-year pattern
    needs a "1" or "2" (a year 19xx, 20xx, 13xx, 14xx). Two substring tests, where a regex opening
    with a digit class would test the class at every character of every sentence."""
    return "1" in ntext or "2" in ntext


def month_of(value: object) -> tuple[int, str]:
    """A lexicon month value as (month number, calendar): "" Gregorian, "j" Solar Hijri, "h" Hijri."""
    text = str(value)
    calendar = text[0] if text[0] in (JALALI_PREFIX, HIJRI_PREFIX) else ""
    return int(text.removeprefix(calendar)), calendar


def explicit(
    ntext: str,
    months: list[tuple[int, int, int, str]],
    ref: date | None,
    *,
    weekday: int | None = None,
    latest: int | None = None,
    earlier: tuple[int, ...] = (),
) -> tuple[date, int] | None:
    """First explicit date in normalised text, with its offset (see explicit_all)."""
    found = explicit_all(ntext, months, ref, weekday=weekday, latest=latest, earlier=earlier)
    return (found[0][2], found[0][0]) if found else None


def explicit_all(
    ntext: str,
    months: list[tuple[int, int, int, str]],
    ref: date | None,
    *,
    weekday: int | None = None,
    latest: int | None = None,
    earlier: tuple[int, ...] = (),
) -> list[tuple[int, int, date]]:
    """Every explicit date in normalised text as (start, end, date), in text order.

    months are (start, end, month, calendar) spans of month-name cues in ntext (see month_of). A day
    and month written without a year take ref's year (in the month's calendar); with no ref, a
    Gregorian one takes the year the weekday written with them fixes, else the latest year the
    article mentions (see year_of_day). A date that starts within
    EARLIER_CHARS after an offset in `earlier` (the end of "days after") is another event's.
    """
    found: list[tuple[int, int, date]] = []
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy")) if may_hold_year(ntext) else ():
        for m in rx.finditer(ntext):
            a, b, c = (int(x) for x in m.groups())
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a)
            made = _safe(y, mo, d) if y >= _FIRST_GREGORIAN_YEAR else _solar_or_lunar(ntext, m.end(), y, mo, d, ref)
            if made is None and order == "dmy" and y >= _FIRST_GREGORIAN_YEAR:
                made = _safe(y, d, mo)  # "10/28/2023": no 28th month, so the month came first (US order)
            if made:
                found.append((m.start(), m.end(), made))
    taken = 0  # where the last date read ends: "March 10 to March 11" reads no second day before "March 11"
    for start, end, month, calendar in months:
        before = ntext[max(0, start - 9):start]  # "3 de dezembro", "14 de septiembre": up to 4 between
        after = ntext[end:end + 12]
        day = None
        mb = _DAY_BEFORE.search(before)
        if mb and start - len(before) + mb.start() < taken:
            mb = None
        ma = re.match(r"\D{0,2}(\d{1,2})(?!\d)", after)
        if mb:
            day = int(mb.group(1))
        elif ma:
            day = int(ma.group(1))
        if day is None:
            continue
        if month == CURRENT_MONTH:
            # "يوم 4 الجاري": a day written before it, of the publication's month and not after it
            made = _safe(ref.year, ref.month, day) if ref and mb else None
            if made and made <= ref + timedelta(days=2):
                found.append((start, end, made))
            continue
        year_rx, make, year_of = _CALENDARS[calendar]
        ym = year_rx.search(ntext[end:end + 16])
        ref_year = year_of(ref) if ref else None
        yb = None if ym else _year_before(ntext, start - len(before) + mb.start() if mb else start, year_rx)
        year = int(ym.group(1)) if ym else yb or ref_year
        if year is None and not calendar:
            year = year_of_day(month, day, weekday, latest)
        elif year is None and calendar == JALALI_PREFIX and weekday is not None:
            year = jalali_year_of_day(month, day, weekday, latest)
        if year is None:
            continue
        made = make(year, month, day)
        if made and not (ym or yb) and ref and made > ref + timedelta(days=2):
            made = make(year - 1, month, day)
        if made:
            last = end + (ym.end() if ym else ma.end() if ma and not mb else 0)
            found.append((start, last, made))
            taken = last
    return sorted(f for f in found if not any(0 <= f[0] - e <= EARLIER_CHARS for e in earlier))


def spelled_days(ntext: str, months: list[tuple[int, int, int, str]], words: re.Pattern[str] | None,
                 values: dict[str, int]) -> str:
    """The text with each day written as an ordinal word right before a month ("الخامس من مارس",
    "الحادي والعشرين من أكتوبر") written as its digits instead, in place and at the same length
    ("         5 مارس"), so every offset holds and explicit_all reads the day. words is a regex of the
    lexicon's day words (with their joining word, "الخامس من") that ends where the month starts; values
    gives each word's day."""
    if words is None:
        return ntext
    out = ntext
    for start, _end, _month, _calendar in months:
        head = ntext[max(0, start - SPELLED_DAY_CHARS):start]
        m = words.search(head)
        if m is None:
            continue
        digits = str(values[m.group(1)])
        size = len(m.group())
        at = start - size
        out = out[:at] + digits.rjust(size - 1) + " " + out[start:]
    return out


def _solar_or_lunar(ntext: str, end: int, y: int, m: int, d: int, ref: date | None) -> date | None:
    """A numeric date with a 13xx or 14xx year: Hijri when "هـ" (or "ه.ق") follows it, as the Arabic press
    writes it ("24/08/1445هـ"), else Solar Hijri ("۱۴۰۲/۱۱/۸"); a Solar Hijri reading in the future
    ("1445/8/24" is 2066) is the Hijri date when that one is not."""
    if _HIJRI_MARK.match(ntext, end):
        return _hijri(y, m, d)
    limit = (ref or date.today()) + timedelta(days=2)
    made = _jalali(y, m, d)
    if made is not None and made > limit:
        lunar = _hijri(y, m, d)
        return lunar if lunar is not None and lunar <= limit else None
    return made


def _year_before(ntext: str, first: int, year_rx: re.Pattern[str]) -> int | None:
    """The year written just before a day and month ("In 2020, on 8 January", "في عام 2020، في 8 يناير")."""
    ahead = list(year_rx.finditer(ntext[max(0, first - YEAR_BEFORE_CHARS):first]))
    return int(ahead[-1].group(1)) if ahead else None


def year_of_day(month: int, day: int, wd: int | None, latest: int | None, this_year: int | None = None) -> int | None:
    """The year of a day and month written without one, when no publication date is known.

    "Saturday 20 January": a weekday written with the date fixes the year up to the calendar's
    cycle, so take the year nearest the latest one the article mentions (else this year) in which
    that day falls on that weekday, never a future year. Without a weekday, the latest year.
    """
    top = this_year or date.today().year
    if wd is None:
        return latest
    anchor = min(latest or top, top)
    for k in range(12):  # the weekday of a day-month repeats within 11 years
        for y in (anchor + k, anchor - k) if k else (anchor,):
            made = _safe(y, month, day)
            if y <= top and made and made.weekday() == wd:
                return y
    return latest


def numeric_on_weekday(first: int, second: int, wd: int, ref: date | None, latest: int | None) -> date | None:
    """A day and month written in digits with no year beside a weekday ("Kamis (5/10)"), read with the
    weekday as its check. With ref: the day first, else the month first ("Saturday 10/5"), in ref's year (the
    year before when that lies after ref), and only a reading that falls on the weekday. Without ref: the day
    first, its year the one the weekday fixes (see year_of_day)."""
    if ref is None:
        year = year_of_day(second, first, wd, latest) if 1 <= second <= 12 else None
        made = _safe(year, second, first) if year else None
        return made if made and made.weekday() == wd else None
    for d, m in ((first, second), (second, first)):
        made = _safe(ref.year, m, d)
        if made and made > ref + timedelta(days=2):
            made = _safe(ref.year - 1, m, d)
        if made and made.weekday() == wd:
            return made
    return None


def jalali_year_of_day(month: int, day: int, wd: int, latest: int | None, today: date | None = None) -> int | None:
    """The Solar Hijri year of a Solar Hijri day and month written with a weekday and no year ("شنبه ۱۴ مهر"),
    when no publication date is known: as year_of_day does for Gregorian ones, the year nearest the latest
    (Gregorian) year the article mentions, else this year, in which that day falls on that weekday and is
    not in the future."""
    top = today or date.today()
    anchor = jdatetime.date.fromgregorian(date=date(min(latest or top.year, top.year), 7, 1)).year
    for k in range(12):  # the weekday of a day-month repeats within 11 years
        for y in (anchor + k, anchor - k) if k else (anchor,):
            made = _jalali(y, month, day)
            if made and made <= top and made.weekday() == wd:
                return y
    return None


def weekday(ref: date, wd: int) -> date:
    """The latest date on or before ref that falls on weekday wd (Monday=0)."""
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def relative(ref: date, offset: int) -> date:
    """ref shifted by offset days."""
    return ref + timedelta(days=offset)


def years(ntext: str) -> list[int]:
    """Four-digit years mentioned in normalised text."""
    return [int(y) for y in _YEAR.findall(ntext)]


def _safe(y: int, m: int, d: int) -> date | None:
    """A date, or None when the numbers are not one."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _jalali(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of a Solar Hijri one, or None when the numbers are not one."""
    try:
        return jdatetime.date(y, m, d).togregorian()
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of a Hijri one (Umm al-Qura), or None when the numbers are not one or out of its range."""
    try:
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_year(day: date) -> int | None:
    """The Hijri year a Gregorian day falls in, or None outside the Umm al-Qura table."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


# A month's calendar: its year pattern, the maker of its dates, the year a Gregorian day falls in.
_CALENDARS = {
    "": (_YEAR, _safe, lambda day: day.year),
    JALALI_PREFIX: (_JALALI_YEAR, _jalali, lambda day: jdatetime.date.fromgregorian(date=day).year),
    HIJRI_PREFIX: (_JALALI_YEAR, _hijri, _hijri_year),  # Hijri years of the press are 13xx and 14xx too
}
