"""What an amount or a percentage measures: the vocabulary lives with the language layer
(reader.language.roles), where alignment reads it too."""

from __future__ import annotations

from reader.language.roles import money_role, role, share_role

__all__ = ["money_role", "role", "share_role"]
