"""Alias merging across articles: per-article actors -> canonical actors of a corpus.

Within one article extraction has already merged "Lopez" into "Maria Lopez".
Across articles the same person is often named differently: in full in one story, by
surname only in another. Resolution merges actors by key, then a person known only by a
surname (or the end of a name) into the one corpus person whose full name ends that way,
and rewrites every statement's speaker, reporter and target to the canonical keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .records import Actor, Extraction, Statement

__all__ = ["Resolution", "actor_key", "resolve"]

_SPACE = re.compile(r"\s+")

# When articles disagree on an actor's type, the more specific reading wins (as within
# one article): a person is a person even where one story's NER said organisation.
_TYPE_RANK: dict[str, int] = {
    "Group": 0,
    "Organization": 1,
    "Country": 2,
    "Outlet": 3,
    "Person": 4,
}


def actor_key(label: str) -> str:
    """The normalised identity of an actor name: case, accents and spacing folded."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return _SPACE.sub(" ", folded or label).strip().casefold()


@dataclass(frozen=True)
class Resolution:
    """Canonical actors of a corpus and its statements with speakers remapped to them."""

    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]


def _name_tails(key: str) -> set[str]:
    """Every ending of a full name after its first word: "antonio ruiz vega" -> "vega"..."""
    words = key.split()
    return {" ".join(words[i:]) for i in range(1, len(words))}


def _surname_targets(actors: dict[str, list[Actor]]) -> dict[str, str]:
    """Short person keys -> the one full-name person key they abbreviate in the corpus."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, versions in actors.items():
        if any(a.type == "Person" for a in versions) and len(key.split()) >= 2:
            for tail in _name_tails(key):
                owners[tail].add(key)
    targets: dict[str, str] = {}
    for key, versions in actors.items():
        if not any(a.type == "Person" for a in versions):
            continue
        full = owners.get(key, set()) - {key}
        if len(full) == 1:  # two people share the surname: leave it alone
            targets[key] = next(iter(full))
    return targets


def _merge(key: str, versions: list[Actor], canonical: dict[str, str]) -> Actor:
    """One actor from its per-article versions: the fullest label, every alias, the
    most frequent role and affiliation (ties: first in input order)."""
    label = max((a.label for a in versions), key=lambda s: (len(s.split()), len(s)))
    aliases = {alias for a in versions for alias in (a.label, *a.aliases)} - {label}
    type_ = max((a.type for a in versions), key=lambda t: _TYPE_RANK[t])
    roles = Counter(a.role for a in versions if a.role)
    affiliations = Counter(
        canonical.get(a.affiliation, a.affiliation) for a in versions if a.affiliation
    )
    affiliations.pop(key, None)
    return Actor(
        key=key,
        label=label,
        type=type_,  # type: ignore[arg-type]
        aliases=tuple(sorted(aliases)),
        role=roles.most_common(1)[0][0] if roles else None,
        affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
    )


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Canonical actors of a corpus and its statements remapped to them.

    Deterministic: the same extractions give the same actors in the same (key) order.
    """
    versions: dict[str, list[Actor]] = defaultdict(list)
    statements: list[Statement] = []
    for extraction in extractions:
        for actor in extraction.actors:
            versions[actor.key].append(actor)
        statements.extend(extraction.statements)
    canonical = _surname_targets(versions)
    merged: dict[str, list[Actor]] = defaultdict(list)
    for key, found in versions.items():
        merged[canonical.get(key, key)].extend(found)
    actors = tuple(_merge(key, merged[key], canonical) for key in sorted(merged))

    def remap(key: str | None) -> str | None:
        return canonical.get(key, key) if key else key

    remapped = tuple(
        replace(
            s,
            speaker=remap(s.speaker) or s.speaker,
            reported_by=remap(s.reported_by),
            target_actor=remap(s.target_actor),
        )
        for s in statements
    )
    return Resolution(actors, remapped)
