"""Errors a user sees: always Dutch, always naming the file, never a traceback."""

from __future__ import annotations


class ConvenantlintError(Exception):
    """The run cannot do its job (exit code 2)."""

    def __init__(self, message: str, path: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class InputError(ConvenantlintError):
    """A path that does not exist, cannot be read or is not a text."""


class RuleError(ConvenantlintError):
    """An invalid rule file."""


class ConfigError(ConvenantlintError):
    """An invalid configuration file or option."""
