"""Nicknames of a person the article names in full: an epithet before a first name
("Crooked Dana", "Sleepy Bob"), and a familiar form of the first name ("Peggy Roe" for
"Margaret Roe").

An epithet is an English adjective: the word lists are WordNet's, as the installed spaCy
pipeline's lemmatizer ships them (``lemma_index``). Without them no name is read as an
epithet. Familiar forms of English given names come from the ``nicknames`` package (a
hand-curated table of given names and their nicknames).
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from ...names import actor_key

__all__ = [
    "english_adjectives",
    "familiar_target",
    "full_first_names",
    "is_familiar",
    "nickname_target",
]


@cache
def english_adjectives() -> frozenset[str]:
    """WordNet's English adjectives from the installed spaCy pipeline (empty when absent)."""
    from spacy.lookups import Lookups

    from ...nlp import DEFAULT_PIPELINES

    for name in DEFAULT_PIPELINES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for base in spec.submodule_search_locations:
            for folder in sorted(Path(base).glob("*/lemmatizer/lookups")):
                tables = Lookups().from_disk(folder)
                if tables.has_table("lemma_index"):
                    return frozenset(tables.get_table("lemma_index").get("adj", ()))
    return frozenset()


def nickname_target(words: list[str], first_names: dict[str, str | None]) -> str | None:
    """The person a two-word name ``words`` is a nickname of, or None.

    "Crooked Dana" is one when "crooked" is an English adjective that is no other
    person's first name in the article, and "Dana" is the first name of exactly one
    person named in full (``first_names``: folded first name -> the key of the one
    person of the article with it, None when several share it).
    """
    if len(words) != 2:
        return None
    epithet, first = (w.casefold() for w in words)
    own = actor_key(" ".join(words))
    if first_names.get(epithet) != own or epithet not in english_adjectives():
        return None
    person = first_names.get(first)
    return person if person != own else None


@cache
def _familiar_forms() -> dict[str, frozenset[str]]:
    """Given name -> its familiar forms ("margaret" -> "peggy", "maggie", ...)."""
    from nicknames import NickNamer

    return {k: frozenset(v) for k, v in NickNamer().nickname_lookup.items()}


def familiar_target(words: list[str], full: list[list[str]]) -> str | None:
    """The person a name is a familiar form of: "Peggy Roe" when the article also names
    "Margaret Roe" (same words after the first, and "peggy" a familiar form of
    "margaret", see :func:`is_familiar`); the key of that full name, or None. The full
    form itself maps to none."""
    if len(words) < 2:
        return None
    first, rest = words[0].casefold(), [w.casefold() for w in words[1:]]
    for other in full:
        same_rest = [w.casefold() for w in other[1:]] == rest
        if same_rest and is_familiar(first, other[0].casefold()):
            return actor_key(" ".join(other))
    return None


def is_familiar(first: str, given: str) -> bool:
    """Whether ``first`` is a familiar form of the longer given name ``given`` ("peggy" of
    "margaret"). The table lists forms both ways and among familiar forms ("bill" beside
    "fred"), so only a longer given name counts as the full one."""
    return len(given) > len(first) and first in _familiar_forms().get(given, ())


def full_first_names(names: Iterable[tuple[str, str]]) -> Callable[[str, str], str]:
    """From (surname, first name) pairs, a function giving for a surname and first name
    the first name of that surname of which it is a familiar form ("peggy" -> "margaret"
    when a Margaret of that surname is among the pairs), else the first name itself."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for surname, first in names:
        firsts[surname].add(first)

    def canonical(surname: str, first: str) -> str:
        given = sorted(firsts[surname])
        return next((g for g in given if is_familiar(first, g)), first)

    return canonical
