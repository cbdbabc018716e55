"""Errors that carry enough context for a clean message instead of a traceback."""

from __future__ import annotations


class ConfigError(Exception):
    """A config file is invalid: names the file, the entry and the field."""

    def __init__(self, file: str, message: str, entry: str | None = None, field: str | None = None):
        self.file = file
        self.entry = entry
        self.field = field
        self.message = message
        where = file
        if entry is not None:
            where += f": entry {entry!r}"
        if field is not None:
            where += f": field {field!r}"
        super().__init__(f"{where}: {message}")


class SchemaError(Exception):
    """The database cannot be brought to the current schema (it is read-only): names the file."""
