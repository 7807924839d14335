"""Organisations: named bodies and what they speak for, acronyms, and the named
organisation a bare "the union" or an office's "of the company" refers to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...names import actor_key
from ...records import ActorType
from ..lexicon import (
    COMPANY_SUFFIXES,
    GOVERNMENT_NOUNS,
    LABOUR_WORDS,
    LEGISLATURE_NOUNS,
    METONYMS,
    OFFICE_FIELDS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    OUTLETS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PUBLIC_BODY_WORDS,
)
from .countries import country_of_tokens
from .index import (
    ActorIndex,
    Draft,
    clean_label,
    is_acronym,
    name_tokens,
)
from .parties import is_party, national_side, party_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Words of office names every government has ("Foreign Ministry", "Ministry of Defence"):
# such a name alone is that government.
_GENERIC_OFFICE_WORDS = GOVERNMENT_NOUNS | frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "foreign",
        "affairs",
        "defense",
        "defence",
        "finance",
        "interior",
        "justice",
        "home",
        "state",
        "economy",
        "health",
        "education",
        "trade",
    ]
)


def entity_actor(index: ActorIndex, ent: Span, label: str | None = None) -> str | None:
    """Key of the actor a non-person entity names (country, org, outlet), or None."""
    label = label or ent.label_
    text = clean_label(ent.text)
    if not text:
        return None
    folded = text.casefold()
    if folded in index.acronyms:
        return index.add(text, "Organization", key=index.acronyms[folded], alias=text)
    if folded in index.surnames:
        # NER type error: a surname known from a full name earlier or later is that
        # person, or one of the people of that name ("Hartley" beside Dana and Mark
        # Hartley), whom the article's resolution picks; never a body named like them
        return index.add(text, "Person", key=index.surnames[folded], alias=text)
    if folded in OUTLETS:
        return index.add(text, "Outlet", alias=text)
    if label == "ORG" and folded in ORG_NOUNS:
        # "Committee chairman X" after "the Senate Fisheries Committee": a capitalised
        # "Committee" alone is the committee named before, as "the committee" is
        named = named_organization(index, folded, ent.start)
        if named:
            return named
    party = party_key(index, text)
    if party:
        if folded in PARTY_MEMBERS:
            # "Democrats said": members of the party, who speak for it
            return index.add(text, "Group", alias=text, affiliation=party)
        return party
    if label in ("GPE", "NORP"):
        country = country_of_tokens(ent)
        if country:
            return index.add(country, "Country", alias=text)
        if label == "NORP":
            return index.add(text, "Group", alias=text)
        return None  # a state or city that is not a capital: a place, not an actor
    # ORG: seats of government and bodies named after their country speak for it
    metonym = METONYMS.get(folded)
    if metonym:
        country = index.add(metonym, "Country")
        return index.add(text, "Organization", alias=text, affiliation=country)
    affiliation = None
    possessed = False
    for j in range(ent.start, ent.end - 1):
        country = country_of_tokens(ent.doc[ent.start : j + 1])
        if country:
            alias = clean_label(ent.doc[ent.start : j + 1].text)
            affiliation = index.add(country, "Country", alias=alias)
            possessed = possessed or ent.doc[j + 1].tag_ == "POS"
    if affiliation is None:
        # "Japan's Ministry of Finance", "the Community's Council of Ministers", "the Bank
        # of Japan": the owner named around the name
        # (a government's office among them speaks for the country, as below)
        affiliation = _owner(index, ent)
    words = {t.lower_ for t in ent}
    name = name_tokens(ent)
    party = next(
        (p for n in (2, 1) if len(name) > n and (p := party_key(index, name[:n].text))), None
    )
    if party and affiliation is None:
        # "Republican National Committee", "a Green MP": a body or member of the party
        head = ent[-1]
        if head.lemma_.lower() in PERSON_TITLES:
            member: ActorType = "Group" if head.tag_ in ("NNS", "NNPS") else "Person"
            return index.add(text, member, alias=text, affiliation=party)
        return index.add(text, "Organization", alias=text, affiliation=party)
    # a legislature is no government's office: its members speak for it or their party
    executive = words & GOVERNMENT_NOUNS and not words & LEGISLATURE_NOUNS
    if affiliation is not None and (possessed or executive):
        # "Chilean Finance Ministry", "Lisbon's port board": a government's office speaks
        # for its country; a body whose name merely starts with it ("Chilean Copper
        # Board") speaks for itself, and its country is its own affiliation
        index.national.add(actor_key(text))
    elif affiliation is None and words & GOVERNMENT_NOUNS:
        affiliation = index.home_country  # "the Foreign Ministry" of a LISBON story
        if affiliation and executive and words <= _GENERIC_OFFICE_WORDS:
            # a name any government has ("the Foreign Ministry") is that government
            index.national.add(actor_key(text))
    return index.add(text, "Organization", alias=text, affiliation=affiliation)


def _owner(index: ActorIndex, ent: Span) -> str | None:
    """The country or organisation that owns a named body: an organisation named as its
    possessor ("the Community's Council of Ministers"); for a government's office, also a
    country as possessor ("Japan's Ministry of Finance") or after "of" at the end of its
    name ("the Government of India"). Other bodies of a country ("the Tile Makers
    Association of Chile") speak for themselves."""
    office = any(t.lower_ in GOVERNMENT_NOUNS for t in ent)
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ != "poss" or ent.start <= child.i < ent.end:
            continue
        key = index.by_token.get(child.i)
        if key is None and office:
            country = country_of_tokens(doc[child.left_edge.i : child.i + 1])
            key = index.add(country, "Country", alias=child.text) if country else None
        kind = index.drafts[key].type if key else None
        if key and (kind == "Organization" or (kind == "Country" and office)):
            return key
    for child in ent.root.children:
        # "the West German Cartel Office": a nationality NER left out of the name, which
        # says the body's country as it would inside the name
        if child.dep_ in ("amod", "compound") and child.i == ent.start - 1:
            country = country_of_tokens(doc[child.left_edge.i : child.i + 1])
            if country:
                return index.add(country, "Country", alias=child.text)
    for of in ent[1:-1] if office else ():
        if of.lower_ == "of":
            country = country_of_tokens(doc[of.i + 1 : ent.end])
            if country:
                return index.add(country, "Country", alias=doc[of.i + 1 : ent.end].text)
    return None


def names_the_office(ent: Span) -> bool:
    """ "State" of "Secretary of State", "Foreign Affairs" of "Minister for Foreign
    Affairs": words after a title's "of"/"for" that every government's offices share
    name the office, not a body the person speaks for (as "the Labor Department" does)."""
    after_office = ent.start >= 2 and ent.doc[ent.start - 1].lower_ in ("of", "for")
    body = ent[-1].lower_ in ("department", "ministry")
    return after_office and not body and {t.lower_ for t in ent} <= GOVERNMENT_NOUNS | OFFICE_FIELDS


def portfolio_start(ent: Span) -> int:
    """Where the portfolio words ending a name begin (``ent.end`` when there are none):
    "Commerce" of "Commerce Secretary", "Agriculture" of "Ivory Coast Agriculture
    Minister". Before a title they name the office, not a body the holder speaks for."""
    start = ent.end
    while start > ent.start and ent.doc[start - 1].lower_ in OFFICE_FIELDS - {"the"}:
        start -= 1
    return start


def named_with_acronym(index: ActorIndex, prefix: Span, i: int) -> tuple[str, int] | None:
    """(key, end) of "Grain Export Board (GEB)" starting at token ``i`` of a title.

    The capitalised words before an acronym in parentheses are the body's name, whatever
    NER made of them (a dateline's date often swallows them).
    """
    doc = prefix.doc
    j = i
    while j < prefix.end and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN":
        j += 1
    if not (i < j and j + 2 < prefix.end and doc[j].text == "(" and doc[j + 2].text == ")"):
        return None
    acronym = doc[j + 1]
    if not is_acronym(acronym):
        return None
    key = index.acronyms.get(acronym.lower_) or entity_actor(index, doc[i:j], "ORG")
    if key is None:
        return None
    index.acronyms[acronym.lower_] = key
    index.add(acronym.text, index.drafts[key].type, key=key, alias=acronym.text)
    if i not in index.by_token:
        index.mention(doc[i:j], key)
    index.mention(doc[j + 1 : j + 2], key)
    return key, j + 3


def spelled_out_sides(index: ActorIndex) -> None:
    """ "IBC president X" read before "the Brazilian Coffee Institute (IBC)" is indexed:
    the acronym names the body spelled out in the article, so whoever served the acronym
    serves that body."""
    for draft in index.drafts.values():
        if draft.affiliation is None:
            continue
        folded = index.drafts[draft.affiliation].label.casefold()
        full = index.acronyms.get(folded)
        if full and full != draft.affiliation and full != draft.key:
            draft.affiliation = national_side(index, full)


# Nouns for people who comment on markets for a living: their employer is their job,
# not a side they speak for ("an oil analyst at Acme Securities").
COMMENTATOR_NOUNS = frozenset({"analyst", "analysts", "strategist", "strategists"})


def commentators_speak_for_no_firm(index: ActorIndex) -> None:
    """Analysts and strategists employed by a firm speak for no side: the firm is their
    job. A government's or party's analyst still serves it."""
    for draft in index.drafts.values():
        words = (draft.role or draft.key).casefold().split()
        if not words or words[-1] not in COMMENTATOR_NOUNS or draft.affiliation is None:
            continue
        if not public_body(index, draft.affiliation):
            draft.affiliation = None


def public_body(index: ActorIndex, key: str) -> bool:
    """Whether an actor is a country, a party, a body of either or an office. A firm is none."""
    body = index.drafts[key]
    if body.type != "Organization":
        return True
    parent = index.drafts[body.affiliation] if body.affiliation else None
    words = {w.casefold() for w in body.label.split()}
    return (
        body.key in index.national
        or is_party(index, body.key)
        or bool(words & (GOVERNMENT_NOUNS | {"office", "bureau"}))
        or (parent is not None and parent.type == "Organization")
    )


def acronym_after(index: ActorIndex, ent: Span, key: str) -> None:
    """ "Bureau of Fair Wages (BFW)": the acronym in parentheses is the same body."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        acronym = doc[ent.end + 1]
        if acronym.is_upper and acronym.is_alpha and len(acronym) > 1:
            index.acronyms[acronym.lower_] = key
            index.add(acronym.text, index.drafts[key].type, key=key, alias=acronym.text)
            index.mention(doc[acronym.i : acronym.i + 1], key)


_COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})


def _fits(draft: Draft, noun: str) -> bool:
    """Whether "the <noun>" can name this organisation: its name says it is one
    ("the fund" and the Monetary Fund), or its kind does (an outlet is "the network",
    "Acme Co" is "the company", a "... Workers" association is "the union")."""
    names = [draft.label, *draft.aliases]
    words = {w.strip(".,").casefold() for name in names for w in name.split()}
    if noun in words or noun + "s" in words:
        return True
    if noun in OUTLET_NOUNS and draft.type == "Outlet":
        return True
    if noun in _COMPANY_NOUNS:
        return any(
            name.split()[-1].strip(".,").casefold() in COMPANY_SUFFIXES
            for name in names
            if name.split()
        )
    return noun == "union" and bool(words & LABOUR_WORDS)


def named_organization(index: ActorIndex, noun: str, before: int) -> str | None:
    """The organisation a bare "the <noun>" stands for: the most recent one before token
    ``before`` that the noun can name, or None (a noun with no fitting antecedent is no
    one in particular)."""
    best: tuple[int, str] | None = None
    for start, _end, key in index.spans:
        draft = index.drafts[key]
        if start >= before or draft.type not in ("Organization", "Outlet"):
            continue
        if (best is None or start > best[0]) and _fits(draft, noun):
            best = (start, key)
    if best is None and noun in _COMPANY_NOUNS:
        # no name says "Co" or "Inc": the company is the business named last
        named = [(s, k) for s, _e, k in index.spans if s < before and _business(index.drafts[k])]
        best = max(named, default=None)
    return best[1] if best else None


def _business(draft: Draft) -> bool:
    """An organisation whose name is no acronym and names no public body, party, union
    or other kind of body ("Valmont Pharmaceuticals", not "the Budget Office")."""
    words = {w.strip(".,").casefold() for w in draft.label.split()}
    return (
        draft.type == "Organization"
        and not draft.label.replace(".", "").isupper()
        and not words & (GOVERNMENT_NOUNS | LEGISLATURE_NOUNS | LABOUR_WORDS | ORG_NOUNS)
        and not words & PUBLIC_BODY_WORDS
    )


def bare_definite(token: Token) -> bool:
    """ "the union", "the network": an organisation noun with only "the" in front."""
    return (
        token.tag_ == "NN"
        and token.lower_ in ORG_NOUNS
        and all(c.dep_ == "det" for c in token.lefts)
        and any(c.lower_ == "the" for c in token.lefts)
    )


def _latest_body(index: ActorIndex, before: int) -> str | None:
    """The organisation or country mentioned last before token ``before``."""
    best: tuple[int, str] | None = None
    for start, _end, key in index.spans:
        if start >= before or index.drafts[key].type not in ("Organization", "Country"):
            continue
        if best is None or start > best[0]:
            best = (start, key)
    return best[1] if best else None


def refer_back(index: ActorIndex, token: Token) -> str | None:
    """The organisation a bare "the union" names, recorded as a mention of it."""
    if not bare_definite(token):
        return None
    key = named_organization(index, token.lower_, token.i)
    if key:
        index.mention(token.doc[token.i - 1 : token.i + 1], key)
    return key


def office_of_the_body_named(index: ActorIndex) -> None:
    """ "Jane Roe, chairman of the company": the company named before the title; "its
    director" is the director of the organisation or country named last before it."""
    for name, title, noun in index.offices:
        person = index.by_token.get(name)
        if noun == "its":
            org = _latest_body(index, title)
        else:
            org = named_organization(index, noun, title)
        if person and org and not index.drafts[person].affiliation:
            index.drafts[person].affiliation = org


def office_of_organization(index: ActorIndex) -> None:
    """ "Jane Roe, a union official": the office belongs to the union the story named.

    A role led by an organisation noun ("union official", "company spokesman") with no
    affiliation of its own serves the most recent organisation that noun can name.
    """
    first: dict[str, int] = {}
    for start, _end, key in sorted(index.spans):
        first.setdefault(key, start)
    for draft in index.drafts.values():
        words = (draft.role or "").casefold().split()
        if draft.type != "Person" or draft.affiliation or len(words) < 2:
            continue
        if words[0] in ORG_NOUNS and draft.key in first:
            org = named_organization(index, words[0], first[draft.key])
            if org and org != draft.key:
                draft.affiliation = org
