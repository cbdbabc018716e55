"""Read page dates into timezone-aware UTC and refuse dates after the fetch."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

# A page clock a few hours fast (local time labelled UTC) is common; more is a wrong date.
FUTURE_TOLERANCE = timedelta(hours=26)
_EARLIEST = datetime(1995, 1, 1, tzinfo=timezone.utc)
_Z_SUFFIX = re.compile(r"(?i)\s*(z|utc|gmt)$")
_COMPACT_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})$")
# Zone abbreviations pages print; dateutil only knows UTC/GMT on its own. Ambiguous ones take the
# reading that fits the regions watched (AST = Arabia, IST = India).
_ZONES = {name: int(hours * 3600) for name, hours in {
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3, "BST": 1, "IST": 5.5,
    "MSK": 3, "TRT": 3, "IRST": 3.5, "AST": 3, "GST": 4, "PKT": 5, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}.items()}


def parse_date(value: object) -> datetime | None:
    """A datetime from an ISO-like string or epoch number; naive values are read as UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        stamp = float(value) / (1000 if value > 1e11 else 1)
        try:
            parsed = datetime.fromtimestamp(stamp, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        parsed = _parse_string(value.strip())
    else:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


def _parse_string(text: str) -> datetime | None:
    """ISO 8601 first (fast, exact), then dateutil for the rest."""
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return None
    iso = _Z_SUFFIX.sub("+00:00", text)
    iso = _COMPACT_OFFSET.sub(r"\1\2:\3", iso) if "T" in iso else iso
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        from dateutil import parser as dateutil_parser

        return dateutil_parser.parse(text, fuzzy=False, tzinfos=_ZONES)
    except (ValueError, OverflowError, TypeError):
        return None


def plausible(value: datetime | None, fetched_at: datetime) -> datetime | None:
    """The date clamped to the fetch time when slightly ahead; None when far ahead or too old."""
    if value is None:
        return None
    if value < _EARLIEST:
        return None
    if value > fetched_at:
        if value - fetched_at > FUTURE_TOLERANCE:
            log.debug("date %s is after the fetch %s: rejected", value, fetched_at)
            return None
        return fetched_at
    return value


def first_plausible(candidates: list[object], fetched_at: datetime) -> datetime | None:
    """The first candidate that parses and is not in the future of the fetch."""
    for candidate in candidates:
        value = plausible(parse_date(candidate), fetched_at)
        if value is not None:
            return value
    return None


# A date a publisher stamps on its titles as a segment of its own: "Headline | DW | 28.04.2023".
_TITLE_STAMP = re.compile(r"(?:^|\s[|\-–—·•/]\s)(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*$")


def title_stamp(title: str | None) -> datetime | None:
    """The date a title ends with as its own segment (day.month.year, as written in Europe, or ISO)."""
    match = _TITLE_STAMP.search(title or "")
    if not match:
        return None
    day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
        match.group(6), match.group(5), match.group(4))
    try:
        return datetime(int(year), int(month), int(day), tzinfo=timezone.utc)
    except ValueError:
        return None


def htmldate_guess(tree: object, url: str, fetched_at: datetime, *, original: bool = True, extensive: bool = True) -> datetime | None:
    """htmldate's reading of the page (publication or last update), bounded by the fetch date."""
    try:
        from htmldate import find_date

        found = find_date(
            tree,
            url=url or None,
            original_date=original,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
            max_date=fetched_at.strftime("%Y-%m-%d"),
            extensive_search=extensive,
        )
    except Exception:  # noqa: BLE001 - htmldate failing only loses the date
        log.debug("htmldate failed on %s", url, exc_info=True)
        return None
    return plausible(parse_date(found), fetched_at) if found else None


def utc_now() -> datetime:
    """The current time, aware UTC."""
    return datetime.now(timezone.utc)
