"""Parties a clause about a person states: the predicate of a clause whose subject is the
name ("Tom Hale is a Democratic consultant", "Ann Roe was a Republican") and the party
whose nomination the person seeks or won ("Ann Roe, who is seeking the Republican
nomination,", "Tom Hale won the Democratic nomination", "Ann Roe's bid for the Republican
nomination").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .index import ActorIndex, clean_label, entity_at, subject_clauses
from .kinds import source_noun
from .organizations import named_organization
from .parties import is_party, party_key, party_outranks

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token


# Verbs of a candidacy, whose "nomination" is the party's: "seeking", "running for",
# "won", "clinched", "lost" the party's nomination.
_CANDIDACY_VERBS = frozenset(
    {"seek", "win", "run", "pursue", "clinch", "secure", "capture", "lose", "accept", "want"}
)

# Nouns of a candidacy, whose "nomination" is the party's as the verbs' is: "Ann Roe's
# bid for the Republican nomination".
_CANDIDACY_NOUNS = frozenset(
    {"bid", "quest", "pursuit", "run", "candidacy", "campaign", "race", "path"}
)

# Copular verbs whose predicate says what the subject is: "is", "became", "remains" a
# party's nominee.
_COPULAS = frozenset({"be", "become", "remain"})

# Dependencies from a verb down to the noun of what the candidacy is for: "seeking the
# nomination", "running for the nomination", "hopes to win the nomination".
_CANDIDACY_PATH = frozenset({"dobj", "pobj", "prep", "xcomp"})


def clause_parties(index: ActorIndex, names: list[Span]) -> None:
    """Give each person with no side a party would not outrank the party a clause about
    them states: one their name is the subject of, or a relative clause on the name."""
    for person, root in _partyless_people(index, names):
        verbs = subject_clauses(root) + [c for c in root.children if c.dep_ == "relcl"]
        # "hopes to win the nomination": the clause the subject's verb completes
        verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
        # "Ann Roe's bid for the Republican nomination": the candidacy the name owns
        if root.dep_ == "poss" and root.head.lemma_.lower() in _CANDIDACY_NOUNS:
            verbs.append(root.head)
        gender = index.gender.get(person)
        found = _role_as(index, root)
        for verb in verbs:
            found = found or _predicate_party(index, verb) or _nomination_party(index, verb, gender)
        if found:
            index.drafts[person].affiliation = found


def _partyless_people(index: ActorIndex, names: list[Span]) -> Iterator[tuple[str, Token]]:
    """(person key, name head) of each name whose person has no side a party would not
    outrank (none, a chamber, a legislator's country)."""
    for name in names:
        person = index.by_token.get(name.start)
        if person is not None and party_outranks(index, person):
            yield person, name.root


def _party_word(index: ActorIndex, token: Token) -> str | None:
    """The party a word names, alone or as a word of the name it is part of ("the
    Republican Party's")."""
    ent = entity_at(token)
    if ent is not None and party_key(index, clean_label(ent.text)):
        return party_key(index, clean_label(ent.text))
    words = list(ent) if ent is not None else [token]
    return next((k for t in words if (k := party_key(index, t.text))), None)


def _predicate_party(index: ActorIndex, verb: Token) -> str | None:
    """The party of a copular clause's predicate: "is a Democrat", "is a Republican
    senator", "was Republican Senate majority leader", "became the Republican nominee"
    (a noun for people the party qualifies, alone or with the body it leads)."""
    if verb.lemma_.lower() not in _COPULAS:
        return None
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.pos_ not in ("NOUN", "PROPN"):
            continue
        party = party_key(index, attr.text)
        if party:
            return party
        if not source_noun(attr):
            continue
        for mod in attr.doc[attr.left_edge.i : attr.i]:
            # "a Democratic consultant", "Republican Senate majority leader"
            if mod.dep_ in ("amod", "compound") and (party := _party_word(index, mod)):
                return party
    return None


def _nomination_party(index: ActorIndex, verb: Token, gender: str | None = None) -> str | None:
    """The party whose nomination a verb of candidacy has its subject seek or win, a noun
    of candidacy its possessor pursue ("bid for the nomination"), or whatever the verb,
    the subject's own candidacy ("is ending his campaign for the Republican nomination"),
    its pronoun not of another gender than the subject's (``gender``, when known)."""
    candidacy = verb.lemma_.lower() in _CANDIDACY_VERBS | _CANDIDACY_NOUNS
    for token in verb.subtree:
        if token.lemma_.lower() != "nomination":
            continue
        step, own = token, False
        while step.i != verb.i and step.dep_ in _CANDIDACY_PATH:
            step = step.head
            own = own or _owned_candidacy(step, gender)
        if step.i != verb.i or not (candidacy or own):
            continue
        for mod in token.children:
            if mod.dep_ in ("amod", "compound", "poss", "nmod") and mod.i < token.i:
                party = _party_word(index, mod)
                if party:
                    return party
    return None


# Possessive pronouns of one person and the gender each says.
_POSSESSIVES = {"his": "male", "her": "female"}


def _owned_candidacy(noun: Token, gender: str | None) -> bool:
    """Whether ``noun`` is a candidacy a possessive pronoun owns ("his bid", "her
    campaign"), of the gender ``gender`` when it is known."""
    if noun.lemma_.lower() not in _CANDIDACY_NOUNS:
        return False
    pronouns = [_POSSESSIVES.get(c.lower_) for c in noun.children if c.dep_ == "poss"]
    return any(p is not None and (gender is None or p == gender) for p in pronouns)


# Nouns of a candidate, whose party a party word or owner before them names.
_CANDIDATE_NOUNS = frozenset(
    {"nominee", "candidate", "front-runner", "frontrunner", "standard-bearer", "hopeful"}
)


def _role_as(index: ActorIndex, name: Token) -> str | None:
    """The party of the candidacy an "as" phrase gives a person: the object of its verb
    ("refused to back Tom Hale as the party's nominee"), else its subject ("Ann Roe, as
    the Democratic nominee, said")."""
    verb = name.head
    persons = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (k := index.by_token.get(c.i)) and index.drafts[k].type == "Person"
    ]
    if name.dep_ == "dobj" or (name.dep_ in ("nsubj", "nsubjpass") and not persons):
        holders = [verb, name]
    elif name.dep_ in ("nsubj", "nsubjpass"):
        holders = [name]  # "Roe backed Hale as the nominee": the object is the nominee
    else:
        return None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for role in prep.children:
                if role.dep_ == "pobj" and role.lower_ in _CANDIDATE_NOUNS:
                    party = _candidacy_party(index, role)
                    if party:
                        return party
    return None


def _candidacy_party(index: ActorIndex, role: Token) -> str | None:
    """The party a candidate noun's modifiers or owner name ("the Republican nominee",
    "the party's nominee" after the party was named)."""
    for mod in role.doc[role.left_edge.i : role.i]:
        if mod.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        party = _party_word(index, mod)
        if party is None and mod.dep_ == "poss" and mod.lower_ == "party":
            named = named_organization(index, "party", mod.i)
            party = named if is_party(index, named) else None
        if party:
            return party
    return None
