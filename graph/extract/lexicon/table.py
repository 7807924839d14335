"""How the word tables are written: running text, one entry per word."""

from __future__ import annotations

__all__ = [
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word list written as running text (one table per paragraph stays readable)."""
    return frozenset(text.split())
