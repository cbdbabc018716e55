"""Read page dates into timezone-aware UTC and refuse dates after the fetch."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone

from pipelines.dates import parse_datetime

log = logging.getLogger(__name__)

# A page clock a few hours fast (local time labelled UTC) is common; more is a wrong date.
FUTURE_TOLERANCE = timedelta(hours=26)
_EARLIEST = datetime(1995, 1, 1, tzinfo=timezone.utc)


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
        value = plausible(parse_datetime(candidate), fetched_at)
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
    return plausible(parse_datetime(found), fetched_at) if found else None


def utc_now() -> datetime:
    """The current time, aware UTC."""
    return datetime.now(timezone.utc)
