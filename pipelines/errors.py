"""Errors that carry enough context for a clean message instead of a traceback."""

from __future__ import annotations


class ConfigError(Exception):
    """A config file is invalid: names the file, the entry and the field."""

    def __init__(self, file: str, message: str, entry: str | None = None, field: str | None = None,
                 line: int | None = None):
        self.file = file
        self.entry = entry
        self.field = field
        self.message = message
        self.line = line
        where = file if line is None else f"{file}:{line}"
        if entry is not None:
            where += f": entry {entry!r}"
        if field is not None:
            where += f": field {field!r}"
        super().__init__(f"{where}: {message}")


class ConfigErrors(ConfigError):
    """Every problem found in the config at once, one per line in file order; reads as its first for callers of one."""

    def __init__(self, problems: list[ConfigError]):
        first = problems[0]
        super().__init__(first.file, first.message, first.entry, first.field, first.line)
        self.problems = list(problems)
        self.args = ("\n".join(str(problem) for problem in self.problems),)

    def __str__(self) -> str:
        return self.args[0]


class SchemaError(Exception):
    """The database cannot be brought to the current schema (it is read-only): names the file."""


class DatabaseError(Exception):
    """The database cannot be opened or reached: one line naming the URL (without its password)."""
