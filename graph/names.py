"""Names of actors: the key an actor is known by, and a person's name taken apart.

A low layer with no spaCy in it: extraction keys the actors it finds with
:func:`actor_key`, resolution tells which names can be one person with
:func:`parse_name` and :func:`can_name`, and :func:`lookup_keys` gives the lower-cased
forms a user may look each actor of a graph up by.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .records import Actor

__all__ = [
    "PARTICLES",
    "SUFFIXES",
    "Name",
    "actor_key",
    "can_name",
    "lookup_keys",
    "match_key",
    "parse_name",
    "surname_of",
]

_SPACE = re.compile(r"\s+")
#: Generational suffixes: part of who someone is ("Dana Blue Jr." is not his father).
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Lower-case words inside surnames ("Bill de Blasio", "Ludwig van Beethoven").
PARTICLES = frozenset({"de", "da", "di", "del", "der", "den", "du", "van", "von", "la", "le"})
_INITIAL = re.compile(r"^(?:[a-z]\.)+$|^[a-z]$")
_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")
_POSSESSIVE = re.compile(r"['’]s?$")


def actor_key(label: str) -> str:
    """The normalised identity of an actor name: case, accents and spacing folded."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return _SPACE.sub(" ", folded or label).strip().casefold()


def match_key(text: str) -> str:
    """A name folded for matching a topic's words to an actor: case, a leading article,
    dots and spacing ignored ("the U.S." -> "us")."""
    words = text.casefold().replace(".", "").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Name:
    """A person's name taken apart, folded: titles dropped, middle names as initials."""

    first: str  # "" when only one word is left ("Blue", "Mr. Blue")
    surname: str  # the one word of a one-word name
    middle: str = ""  # initials of middle names: "Dana J. Blue" -> "j"
    suffix: str = ""  # "iii", "jr"
    titled: bool = False  # a title stood before it ("Mr. Blue"): the word is a surname

    @property
    def full(self) -> bool:
        return bool(self.first)


def parse_name(text: str, titles: frozenset[str] = frozenset()) -> Name | None:
    """``text`` as a person's name, or None when it does not read as one.

    A name is at most five capitalised words (surname particles aside) after leading
    ``titles`` (folded, as "mr." or "sen"); "popularity of Mr. Blue" or "Blue
    confidant" are not names.
    """
    words = [_POSSESSIVE.sub("", w.strip(",")) for w in text.split()]
    words = [w for w in words if w]
    titled = False
    while len(words) > 1 and words[0].casefold() in titles:
        words, titled = words[1:], True
    suffix = ""
    if len(words) > 1 and words[-1].casefold() in SUFFIXES:
        suffix, words = words[-1].casefold().rstrip("."), words[:-1]
    if not words or len(words) > 5:
        return None
    for word in words:
        lower = word.casefold()
        if not _WORD.match(word) or (not word[0].isupper() and lower not in PARTICLES):
            return None
    folded = [actor_key(w) for w in words]
    if len(folded) == 1:
        return Name("", folded[0], suffix=suffix, titled=titled)
    # a leading initial before a full name ("L. Brent Bozell") is the middle's kind
    while len(folded) > 2 and _INITIAL.match(folded[0]):
        folded = folded[1:]
    end = len(folded) - 1
    while end > 1 and folded[end - 1] in PARTICLES:
        end -= 1
    first, middle, surname = folded[0], folded[1:end], " ".join(folded[end:])
    if _INITIAL.match(first):
        return None  # "J. Smith" names no first name to tell people apart by
    initials = "".join(m.replace(".", "")[0] for m in middle if m.replace(".", ""))
    return Name(first, surname, initials, suffix, titled)


def surname_of(text: str, titles: frozenset[str] = frozenset()) -> str | None:
    """The folded surname of a person's full name ("Dana J. Blue Jr." -> "blue")."""
    name = parse_name(text, titles)
    return name.surname if name is not None and name.full else None


def can_name(short: Name, full: Name) -> bool:
    """Whether a one-word name can name the person with the full name: the surname (or
    its last word), or the first name when no title makes the word a surname."""
    word = short.surname
    if word == full.surname or word == full.surname.split()[-1]:
        return True
    return not short.titled and word == full.first


def lookup_keys(actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Actor key -> the lower-cased forms a user may look it up by.

    Each name and alias of the actor, and for a person the endings of those names after
    a space ("j. blue", "blue" of "Dana J. Blue") that no other actor of the graph is
    called or ends with: "blue" finds the Blue the texts call "Blue", never one named only
    in full beside them ("Eric Blue").
    """
    actors = list(actors)
    own: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}
    holders: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        names = {n.lower() for n in (actor.label, *actor.aliases) if n.strip()}
        own[actor.key] = names
        ends = set()
        if actor.type == "Person":
            ends = {n[i + 1 :] for n in names for i, ch in enumerate(n) if ch == " "}
            ends = {e for e in ends if e.strip()} - names
        endings[actor.key] = ends
        for form in names | ends:
            holders[form].add(actor.key)
    return {
        key: frozenset(own[key] | {e for e in endings[key] if holders[e] == {key}}) for key in own
    }
