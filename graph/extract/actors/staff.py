"""A person's staff: "Roe spokesman X", "Roe's strategist X", "X, a former Roe aide," and
"X, a spokesman for Roe," serve the person named, whose side is theirs: the person's
campaign when the story names it, else the side the person speaks for (not a chamber the
person sits in: "an aide to Senator Roe" speaks for no Senate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import GOVERNMENT_NOUNS, ORG_NOUNS, PUBLIC_BODY_WORDS, TITLE_WORDS
from .index import ActorIndex, clean_label
from .parties import legislative

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Offices that serve a person: titles, and a candidate's "running mate" (kin serve no one).
_SERVING_NOUNS = TITLE_WORDS | {"mate"}
# Words of a body's name: "Roe's Office of Budget" is a body, not Roe's staff.
_BODY_WORDS = ORG_NOUNS | PUBLIC_BODY_WORDS | GOVERNMENT_NOUNS

# Possessive pronouns of one person, with the gender each says.
_POSSESSIVES = {"his": "male", "her": "female"}

# Prepositions that tie an office to the person it serves: "a spokesman for Roe", "an
# aide to Roe".
_SERVING = frozenset({"for", "to"})


def possessor_of_staff(index: ActorIndex, token: Token) -> bool:
    """Whether ``token`` is a person's name with "'s" naming the office after it ("Roe's
    outreach director"), not the first word of a body named for the person."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "POS":
        return False
    if person_at(index, token) is None:
        return False
    end = token.i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not {t.lower_ for t in doc[token.i + 2 : end]} & _BODY_WORDS


def person_at(index: ActorIndex, token: Token, own: str | None = None) -> str | None:
    """The person a capitalised name word mentions, by the mention indexed there or by the
    surname, when it is not ``own`` (the staff member's own name)."""
    if not (token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")):
        return None
    key = index.by_token.get(token.i) or index.surnames.get(token.text.casefold())
    if key is None or key == own:
        return None
    # a surname of a person whose full name comes later is indexed later
    draft = index.drafts.get(key)
    return key if draft is None or draft.type == "Person" else None


def _principal_in(index: ActorIndex, tokens: list[Token], own: str | None) -> str | None:
    found = {k for t in tokens if (k := person_at(index, t, own)) is not None}
    return found.pop() if len(found) == 1 else None


def principal(index: ActorIndex, name: Span, prefix: Span | None, own: str) -> str | None:
    """The person whose staff the person ``name`` is, by the title before the name or
    in apposition to it; None when no title names one (or names two)."""
    root = name.root
    titles = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN":
        titles.append(root.head)  # "her campaign manager, X,": the name is the apposition
    titles = [t for t in titles if t.lower_ in _SERVING_NOUNS]
    if prefix is not None and not any(t.lower_ in _SERVING_NOUNS for t in prefix):
        prefix = None  # "Roe's son X": kin, no office
    words = [t.lower_ for t in (prefix or [])]
    words += [t.lower_ for c in titles for t in c.subtree if t.i < c.i]
    if "former" in words or "ex" in words:
        return None  # a former aide speaks for no one's side now
    if prefix is not None:
        key = _principal_in(index, list(prefix), own)
        if key is not None:
            return key
    for child in titles:
        mine = [c for c in child.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES]
        if mine:
            # "her campaign manager, X": the person "her" is, found once all are indexed
            index.staff_of_pronoun.append((own, mine[0].i, mine[0].lower_))
            return None
        # the title's own words before it ("a former Roe aide", "Roe's press secretary")
        before = [t for t in child.subtree if t.i < child.i]
        # and the person it serves ("a spokesman for Roe", "an aide to Roe")
        served = [
            pobj
            for prep in child.children
            if prep.dep_ == "prep" and prep.lower_ in _SERVING
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        served_words = [t for p in served for t in p.subtree if t.i <= p.i]
        key = _principal_in(index, before + served_words, own)
        if key is not None:
            return key
    return None


def _campaign_of(index: ActorIndex, person: str) -> str | None:
    """The campaign the story names for ``person`` ("the Roe campaign", "Roe's campaign")."""
    names = {a.casefold() for a in index.drafts[person].aliases}
    names |= {index.drafts[person].label.casefold()}
    names |= {form for form, key in index.surnames.items() if key == person}
    for draft in index.drafts.values():
        words = clean_label(draft.label).casefold().rsplit(" ", 1)
        if draft.type != "Person" and words[-1:] == ["campaign"] and words[0] in names:
            return draft.key
    return None


def _possessor(index: ActorIndex, staff: str, at: int, pronoun: str) -> str | None:
    """The person a possessive pronoun at token ``at`` stands for: the one mentioned last
    before it, not the staff member, of the gender the pronoun says."""
    gender = _POSSESSIVES[pronoun]
    found = None
    for start, _end, key in sorted(index.spans):
        if start >= at:
            break
        draft = index.drafts[key]
        if draft.type == "Person" and key != staff and index.gender.get(key) == gender:
            found = key
    return found


def staff_sides(index: ActorIndex) -> None:
    """Give each person's staff with no side of their own the side of the person served:
    the person's campaign when the story names it, else the person's own side unless that
    is only a chamber. A person is no side: staff of a person of no side get none."""
    for staff, at, pronoun in index.staff_of_pronoun:
        person = _possessor(index, staff, at, pronoun)
        if person is not None:
            index.staff.append((staff, person))
    index.staff_of_pronoun.clear()
    for staff, person in index.staff:
        draft = index.drafts[staff]
        if draft.affiliation or staff == person or person not in index.drafts:
            continue
        side = _campaign_of(index, person) or index.drafts[person].affiliation
        if side and side != staff and not legislative(index, side):
            draft.affiliation = side
