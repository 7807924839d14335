"""Whether two surface forms name the same actor, as scoring decides it.

Forms are compared case- and accent-folded, without periods, possessive "'s" and
determiners: "the U.S." equals "US". A gold name matches a graph label or alias; a person
also matches by surname. PolNeAR sources are noun phrases as written, so
:func:`source_matches` is looser: same head word, or every word of one in the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Words that carry no identity: "the Pentagon" is "Pentagon", "a source" is "source".
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "another",
        "other",
        "some",
        "any",
        "one",
        "two",
        "several",
        "many",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)
_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
        "myself",
        "yourself",
        "who",
        "whom",
        "which",
        "this",
        "that",
    ]
)
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case- and accent-folded text with periods dropped, so "U.S." equals "US"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.casefold().replace(".", "")
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _words(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in _DETERMINERS]


def _singular(word: str) -> str:
    """A crude singular, enough to equate "sources" with "source", "officials" with "official"."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def names_match(gold_names: Iterable[str], predicted_names: Iterable[str], *, person: bool) -> bool:
    """True when some gold surface form is some predicted one (or, for people, a surname).

    Examples:
        >>> names_match(["Ivan Petrov", "Petrov"], ["Iwan Petrov"], person=True)
        True
        >>> names_match(["the United States"], ["United States"], person=False)
        True
        >>> names_match(["Anna Berg"], ["Anna Lind"], person=True)
        False
    """
    gold = {" ".join(_words(n)) for n in gold_names} - {""}
    pred = {" ".join(_words(n)) for n in predicted_names} - {""}
    if gold & pred:
        return True
    if not person:
        return False
    # A person is often named by surname only; the gold's surname must be the predicted
    # name's last word (not its first: "Anna Berg" is not "Anna Lind").
    gold_surnames = {n.split()[-1] for n in gold if len(n.split()[-1]) > 2}
    pred_surnames = {n.split()[-1] for n in pred}
    return bool(gold_surnames & pred_surnames)


def is_pronoun(text: str) -> bool:
    """True for a source that is only a pronoun ("he", "They")."""
    words = fold(text).split()
    return bool(words) and all(w in _PRONOUNS for w in words)


def is_description(text: str) -> bool:
    """A source that names a role, not a person: "the governor", "the president".

    Like a pronoun it points back to someone named earlier; it matches a speaker whose
    ``sg:role`` has the same head noun.
    """
    words = [w for w in text.split() if w.casefold() not in _DETERMINERS]
    return bool(words) and all(w[:1].islower() for w in words) and not is_pronoun(text)


def source_matches(source: str, predicted_names: Iterable[str]) -> bool:
    """Whether a PolNeAR source text names the predicted speaker.

    Sources are noun phrases as written ("Blue's campaign", "a senior official",
    "Jon Ames"), predictions are canonical labels, so this is looser than
    :func:`names_match`: equal after dropping determiners, or same head word (singular),
    or every word of the shorter contained in the longer.

    Examples:
        >>> source_matches("a source", ["sources"])
        True
        >>> source_matches("Republican nominee Jon Ames", ["Ames", "Jon Ames"])
        True
        >>> source_matches("Dana Blue", ["Tim Ross"])
        False
    """
    src = [_singular(w) for w in _words(source)]
    if not src:
        return False
    for name in predicted_names:
        pred = [_singular(w) for w in _words(name)]
        if not pred:
            continue
        if src == pred or src[-1] == pred[-1]:
            return True
        shorter, longer = sorted((src, pred), key=len)
        if set(shorter) <= set(longer):
            return True
    return False
