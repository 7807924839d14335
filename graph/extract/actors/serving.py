"""The body a person serves, as the clause around the name states it: an office of the
body ("Tom Hale, president of the Farmers Union,"), speaking for it ("Tom Hale, speaking
for the Farmers Union,"), or a clause whose subject the name is ("Tom Hale heads the
Farmers Union", "Tom Hale is president of the Farmers Union").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    GROUP_NOUNS,
    METONYMS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    demonym_country,
)
from .index import (
    ActorIndex,
    Draft,
    sideless_people,
    subject_clauses,
)
from .organizations import COMMENTATOR_NOUNS, refer_back
from .parties import legislative, national_side, party_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs of leading a body: "X, who heads the union," speaks for the union.
_LEAD_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "represent"})


# Nouns of a body of people, or of people: what a person can head and serve.
_PEOPLE_NOUNS = ORG_NOUNS | GROUP_NOUNS | PERSON_NOUNS


def attached_bodies(index: ActorIndex, names: list[Span]) -> None:
    """A body attached to a person's name gives their side when nothing else did: "Tom
    Hale of the Farmers Union", "Tom Hale, who heads the Farmers Union,", "Tom Hale, from
    the Farmers Union,", "Tom Hale, speaking for the Farmers Union,", "Speaking for the
    Farmers Union, Tom Hale said" (the participle's subject is the sentence's), and the
    clause the name is the subject of: "Tom Hale heads the Farmers Union", "Tom Hale is
    president of the Farmers Union"."""
    for person, root in sideless_people(index, names):
        clauses = subject_clauses(root)
        # "Ann Roe heads the union", "Ann Roe is president of the union": the clause
        # the name is the subject of
        own = [obj for v in clauses for obj in _spoken_for(v) + _office_held(v)]
        for child in [None, *root.children, *(c for v in clauses for c in v.children)]:
            bodies_only = (
                child is not None and child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS
            )
            for obj in own if child is None else _attached_objects(child, root):
                key = _body_of(index, obj)
                if bodies_only and key and not _employer(index.drafts[key]):
                    continue  # "of Brazil" may say whose; "from Brazil" only where from
                if key and key != person:
                    index.drafts[person].affiliation = national_side(index, key)
                    break


def _attached_objects(child: Token, name: Token) -> list[Token]:
    """Nouns a dependent of a name (or of the clause it is the subject of) attaches the
    person to: "of"/"from"/"at"/"with" objects of the name, the bodies a relative clause
    or a participle says they head or speak for."""
    if child.dep_ == "prep" and child.head.i == name.i:
        if child.lower_ == "of" or child.lower_ in _MEMBER_PREPS:
            return [g for g in child.children if g.dep_ == "pobj"]
        return []
    if child.dep_ == "relcl" and child.head.i == name.i:
        return _spoken_for(child) + _office_held(child)
    participle = child.dep_ in ("acl", "advcl") and child.tag_ == "VBG"
    if participle and (child.dep_ == "acl" or not any(c.dep_ == "nsubj" for c in child.children)):
        return _spoken_for(child)
    return []


def _employer(draft: Draft) -> bool:
    """Whether "at"/"from"/"with" a body says who employs someone: an organisation, but
    not a seat of government, which is also a place ("Ann Roe at the White House")."""
    return draft.type == "Organization" and draft.label.casefold() not in METONYMS


# Prepositions that attach a person to the organisation they work for ("Tom Hale, from
# the Farmers Union", "Ann Roe at Acme Bank", "a trader with Acme Securities").
_MEMBER_PREPS = frozenset({"from", "at", "with"})


def _office_held(verb: Token) -> list[Token]:
    """The bodies whose office a clause gives its subject: "is president of the union",
    "was named chairman of the federation", "is the union's president"."""
    found: list[Token] = []
    for title in verb.children:
        if title.dep_ not in ("attr", "oprd") or title.lemma_.lower() not in TITLE_WORDS:
            continue
        if title.lower_ in COMMENTATOR_NOUNS:
            continue  # "is an analyst at Acme Securities": the firm is the job
        for c in title.children:
            if c.dep_ == "poss":
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "at"):
                found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _spoken_for(verb: Token) -> list[Token]:
    """The bodies a verb says its subject heads or speaks for: "heads the union",
    "representing the union", "speaking for the union", "speaking on behalf of it"."""
    lemma = verb.lemma_.lower()
    if lemma in _LEAD_VERBS:
        return [g for g in verb.children if g.dep_ == "dobj"]
    if lemma != "speak":
        return []
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "on"):
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lower_ == "behalf":  # "on behalf of the union"
                    found += [g for p in pobj.children if p.lower_ == "of" for g in p.children]
                elif prep.lower_ == "for":
                    found.append(pobj)
    return found


def _body_of(index: ActorIndex, obj: Token) -> str | None:
    """The organisation or country a body noun names: itself when named ("the Farmers
    Union"), else the one that owns or qualifies it ("Brazil's delegation", "the
    Philippine delegation", "the Acme Corp negotiating team"); a party its words name
    outranks the chamber it sits in ("leads House Republicans", "heads the Senate
    Democratic caucus")."""
    words = (obj, *(c for c in obj.children if c.dep_ in ("poss", "amod", "compound")))
    body = _named_body(index, obj, words)
    if body is None or legislative(index, body):
        party = next((k for t in words if (k := party_key(index, t.text)) is not None), None)
        return party or body
    return body


def _named_body(index: ActorIndex, obj: Token, words: tuple[Token, ...]) -> str | None:
    """The organisation or country the noun ``obj`` or its modifiers ``words`` name."""
    for token in words:
        key = index.by_token.get(token.i) or refer_back(index, token)  # "heads the union"
        if key is None and token is not obj:
            country = demonym_country(token.text)
            key = index.add(country, "Country", alias=token.text) if country else None
        if key and index.drafts[key].type in ("Organization", "Country"):
            return key
        if token is obj and obj.lower_ not in _PEOPLE_NOUNS:
            return None  # "who heads Brazil's cheapest restaurant": no body of people
    return None
