"""Parse the many ways feeds, pages and users write a time into timezone-aware UTC: the one date parser."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_Z_SUFFIX = re.compile(r"(?i)\s*(z|utc|gmt)$")
_COMPACT_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})$")
_LONGEST = 80  # characters: a longer string is prose, not a time
# Zone abbreviations pages print; dateutil only knows UTC/GMT on its own. Ambiguous ones take the
# reading that fits the regions watched (AST = Arabia, IST = India).
_ZONES = {name: int(hours * 3600) for name, hours in {
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3, "BST": 1, "IST": 5.5,
    "MSK": 3, "TRT": 3, "IRST": 3.5, "AST": 3, "GST": 4, "PKT": 5, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}.items()}


def parse_datetime(value: object) -> datetime | None:
    """A datetime, a date, an epoch number (seconds or milliseconds) or a string (ISO 8601, RFC 822, or
    anything else dateutil reads, with the zone abbreviations pages print). Naive times are UTC; unreadable is None."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            parsed = datetime.fromtimestamp(float(value) / (1000 if value > 1e11 else 1), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        parsed = _parse_string(value.strip())
    else:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):  # year 9999 west of UTC, or year 1 east of it: past what datetime holds
        return None


def _parse_string(text: str) -> datetime | None:
    """ISO 8601 first (fast, exact), then dateutil for the rest (RFC 822 too, with the zones above)."""
    if not text or len(text) > _LONGEST or not re.search(r"\d", text):
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
