"""What every `basewatch` command shares: usage errors, JSON lines in and out, config and database checks."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import IO

log = logging.getLogger("basewatch")


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def open_input(path: str) -> IO:
    """The input as bytes where possible, so a line that is not UTF-8 can be named."""
    if path == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UsageError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_jsonl(path: str, required: tuple[str, ...] = ()) -> Iterator[dict]:
    """Lines of JSON objects from a file or '-'; a bad line stops the run with an error naming its number.

    Contract tools fail loudly rather than skip: a line without a required key (`text` spelt `body`)
    would otherwise come out as a silent non-answer.
    """
    handle = open_input(path)
    try:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            except UnicodeDecodeError as exc:
                raise UsageError(f"{path}:{number}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                                 f"{exc.start + 1})") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
            if not isinstance(record, dict):
                raise UsageError(f"{path}:{number}: expected a JSON object")
            missing = [key for key in required if key not in record]  # null text (extract found none) is fine
            if missing:
                raise UsageError(f"{path}:{number}: no {' or '.join(repr(key) for key in missing)} "
                                 f"(each line needs {', '.join(repr(key) for key in required)}"
                                 f"{spelt_as(record, missing)})")
            yield record
    finally:
        if handle is not sys.stdin and handle is not getattr(sys.stdin, "buffer", None):
            handle.close()


def spelt_as(record: dict, missing: list[str]) -> str:
    from difflib import get_close_matches

    keys = [str(key) for key in record]
    hints = [f"{close[0]!r} instead of {key!r}?" for key in missing
             if (close := get_close_matches(key, keys, n=1, cutoff=0.6))]
    return f"; keys present: {', '.join(repr(key) for key in keys) or 'none'}" if not hints else f"; {' '.join(hints)}"


def write_line(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def parse_time(value) -> datetime | None:
    from pipelines.dates import parse_datetime

    return parse_datetime(value) if value else None


def load_args_config(args):
    from pipelines.config import load_config

    return load_config(args.config, database_url=args.database)


def require_database(url: str) -> None:
    """Read commands never create a database: a mistyped SQLite path is an error, not a new empty file."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not a URL: open_engine says so in one line
        return
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and "uri" not in parsed.query and not Path(parsed.database).is_file():
        raise UsageError(f"no database at {parsed.database} (check --database or database_url in settings.yaml; "
                         "`basewatch crawl --once` or `basewatch demo` creates one)")


def writable_folder(path: str) -> None:
    """A folder the command must write to: one line naming it when it cannot."""
    import tempfile
    from pathlib import Path

    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=path).close()
    except OSError as exc:
        raise UsageError(f"{path}: cannot write here: {exc.strerror or exc}") from None


def int_in(low: int, high: int):
    """An argparse type: an integer within [low, high], else a usage error naming the range."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({low} to {high})")
        return value
    return parse


def since_date(value: str | None):
    from datetime import date

    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise UsageError(f"--since: not a date (YYYY-MM-DD): {value}") from None
