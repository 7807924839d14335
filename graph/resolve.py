"""Alias merging within and across articles: mentions -> canonical actors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .records import Actor, Extraction, Statement

__all__ = ["Resolution", "actor_key", "resolve"]

_SPACE = re.compile(r"\s+")


def actor_key(label: str) -> str:
    """The normalised identity of an actor name: case, accents and spacing folded."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return _SPACE.sub(" ", folded or label).strip().casefold()


@dataclass(frozen=True)
class Resolution:
    """Canonical actors of a corpus and its statements with speakers remapped to them."""

    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge actors across articles by key (placeholder until cross-article resolution)."""
    actors: dict[str, Actor] = {}
    statements: list[Statement] = []
    for extraction in extractions:
        for actor in extraction.actors:
            actors.setdefault(actor.key, actor)
        statements.extend(extraction.statements)
    return Resolution(tuple(sorted(actors.values(), key=lambda a: a.key)), tuple(statements))
