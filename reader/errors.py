"""Errors the user can act on.

Every failure that reaches the user is a `ReaderError` with a one-line message;
the CLI prints it and exits non-zero. Anything else is a bug.
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem with the input or the set-up, explained in one line."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class ModelNotFound(ReaderError):
    """No usable spaCy model is installed."""

    exit_code = 3
