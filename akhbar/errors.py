"""The exception tree.  Every error names the file and, where there is one, the field."""

from __future__ import annotations


class AkhbarError(Exception):
    """Base of every error the build reports."""


class InputError(AkhbarError):
    """A seed file that cannot be read as an article (skipped, reported)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OverrideError(AkhbarError):
    """An editor override file that is malformed (the article is published without it)."""

    def __init__(self, path: str, key: str, reason: str) -> None:
        where = f"'{key}' of " if key else ""
        super().__init__(f"Error reading {where}'{path}': {reason}")
        self.path = path
        self.key = key
        self.reason = reason


class OutputCollisionError(AkhbarError):
    """Two inputs would write the same output path."""


class BuildError(AkhbarError):
    """A stage of the build failed as a whole (nothing was published)."""


class KnowledgeError(AkhbarError, ValueError):
    """A knowledge file is missing, unreadable or breaks its schema."""


class FilingError(KnowledgeError):
    """``knowledge/filing.yml`` is missing, unreadable or breaks its schema."""


class CatalogError(AkhbarError):
    """A message catalog that cannot be read or fails Babel's checks."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"Error reading message catalog '{path}': {reason}")
        self.path = path
        self.reason = reason
