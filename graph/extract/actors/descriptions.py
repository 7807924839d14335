"""Candidates named by their party: campaign news names a candidate once and then calls
them "the Republican front-runner" or "the presumptive Democratic nominee". Such a
description, as the subject of a clause or the owner of something, is the candidate the
story was just speaking of, and states the candidate's party.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .index import ActorIndex
from .kinds import is_clause_subject
from .organizations import named_organization
from .parties import is_party, party_key, party_outranks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns for someone running for office, which a party word before makes that party's.
_CANDIDATE_NOUNS = frozenset(
    {
        "candidate",
        "nominee",
        "front-runner",
        "frontrunner",
        "hopeful",
        "contender",
        "standard-bearer",
        "flag-bearer",
    }
)

# Words that make the description someone not yet known or no longer in the race ("the
# eventual nominee", "the next Republican candidate", "the 2012 nominee"), or one set
# against another of the race ("the current nominee" beside a past one).
_NOT_NOW = frozenset(
    {
        "eventual",
        "next",
        "future",
        "potential",
        "possible",
        "ultimate",
        "former",
        "last",
        "previous",
        "past",
        "would-be",
        "prospective",
        "new",
        "then",
        "current",
    }
)

# Where the description stands: a clause's subject ("the Republican front-runner said")
# or an owner ("the Democratic nominee's plan"), the places a story resumes its subject.
_RESUMING = frozenset({"nsubj", "nsubjpass", "poss"})


def party_descriptions(index: ActorIndex, doc: Doc) -> None:
    """Record each party description of a candidate ("the GOP front-runner said") as a
    mention of the person it resumes, and give that person the party when it outranks
    the side they have (none, a chamber, a legislator's country). The person is the last
    one the story made a clause's subject in this sentence or the one before, else the
    last one it named there; never one the description's own clause has as subject ("Roe
    blasted the Republican nominee's plan" is not Roe's), one of another stated side, or
    one quoted when the description is not."""
    quoted = index.quoted
    persons = sorted(
        (start, key) for start, _end, key in index.spans if index.drafts[key].type == "Person"
    )
    for token in doc:
        party = _described_party(index, token)
        if party is None or token.i in quoted:
            continue
        person = _resumed(index, token, party, persons, quoted)
        if person is None:
            continue
        start = token.left_edge.i
        for child in token.lefts:
            if child.dep_ in ("det", "poss"):
                start = child.right_edge.i + 1  # the owner is no word of the person's
        index.mention(doc[start : token.i + 1], person)
        if party_outranks(index, person):
            index.drafts[person].affiliation = party


def _described_party(index: ActorIndex, token: Token) -> str | None:
    """The party of a definite description of a candidate headed by ``token`` ("the
    presumptive Republican nominee"), or None when ``token`` heads none, or the
    description names its person beside it ("the Republican nominee, Tom Hale,")."""
    if token.tag_ != "NN" or token.lower_ not in _CANDIDATE_NOUNS or token.dep_ not in _RESUMING:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    # "the Republican nominee", or one the definite owner of which says whose: "the
    # GOP's nominee", "the party's nominee"
    if token.i in index.by_token or not (_definite(token) or (owner and _definite(owner))):
        return None
    doc = token.doc
    if any(c.dep_ == "appos" for c in token.children):
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
        return None  # "the Republican nominee Tom Hale": the title of the name after it
    words = doc[token.left_edge.i : token.i]
    if any(t.lower_ in _NOT_NOW or t.like_num for t in words):
        return None
    party = next((k for t in words if (k := party_key(index, t.text)) is not None), None)
    if party is None and owner is not None and owner.lower_ == "party":
        named = named_organization(index, "party", owner.i)  # the party named before
        party = named if is_party(index, named) else None
    return party


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _resumed(
    index: ActorIndex,
    token: Token,
    party: str,
    persons: list[tuple[int, str]],
    quoted: set[int],
) -> str | None:
    """The person a party description at ``token`` resumes, or None."""
    doc = token.doc
    sent = token.sent
    since = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own = _clause_subjects(token)
    named = None
    pos = bisect_left(persons, (token.left_edge.i, ""))
    while pos > 0:
        pos -= 1
        at, key = persons[pos]
        if at < since:
            break
        side = index.drafts[key].affiliation
        if at in own or at in quoted or (side and side != party):
            continue
        if is_clause_subject(doc[at]):
            return key
        named = named or key
    return named


def _clause_subjects(token: Token) -> set[int]:
    """Tokens of the subjects of the clauses ``token`` stands in: who they name is not
    who the description names."""
    found: set[int] = set()
    head = token
    while head.head.i != head.i:
        head = head.head
        for child in head.children:
            theirs = child.i == token.i or child.is_ancestor(token)
            if child.dep_ in ("nsubj", "nsubjpass") and not theirs:
                found.update(range(child.left_edge.i, child.right_edge.i + 1))
    return found
