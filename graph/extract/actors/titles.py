"""Titles and offices: the role and affiliation a title before a name ("Bulgarian Foreign
Minister") or an apposition after it ("Petrov, Bulgaria's foreign minister") gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    OFFICE_FIELDS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PARTIES,
    PLURAL_TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    country_name,
    demonym_country,
)
from .bodies import described_body, owns_a_body, spelled_out
from .countries import country_of_tokens
from .index import (
    ActorIndex,
    clean_label,
    entity_at,
    is_title_token,
)
from .kinds import source_noun
from .organizations import entity_actor, named_with_acronym, names_the_office, portfolio_start
from .parties import (
    PERSONAL_BODIES,
    is_party,
    members_party,
    national_side,
    party_key,
    personal_body,
    side,
    skip_body_modifiers,
    sought_office,
)
from .staff import person_at, possessor_of_staff

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Outlet nouns that name other bodies too, an outlet only with a word of the news
# trade: "news agency" is an outlet, "refugee agency" is not.
_SHARED_OUTLET_NOUNS = frozenset({"agency"})
_NEWS_WORDS = frozenset({"news", "press", "wire", "wires"})


def names_outlet(words: set[str]) -> bool:
    """Whether a title's words make its holder an outlet ("the newspaper", "the news
    agency"), not a person or a body of another trade ("the U.N. refugee agency")."""
    nouns = words & OUTLET_NOUNS
    return bool(nouns - _SHARED_OUTLET_NOUNS) or bool(nouns and words & _NEWS_WORDS)


# Courtesy titles, which say how a person is addressed, not what office they hold.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle"})


def works_for_an_outlet(head: Token) -> bool:
    """Whether a title's head noun is someone, not the outlet its other words name
    ("radio host", "newspaper columnist", "network anchor")."""
    word, lemma = head.lower_, head.lemma_.lower()
    return not {word, lemma} & OUTLET_NOUNS and source_noun(head)


def _nationality(token: Token) -> bool:
    """Whether ``token`` names a country or its people ("American", "U.S.")."""
    return bool(demonym_country(token.text) or country_name(token.text))


def _an_office(token: Token) -> bool:
    """Whether a word of a title names an office, which a country's name before it makes
    that government's: "Russian Foreign Minister", "U.S. Sen.", a capitalised office
    ("Committeeman"), not "American novelist"."""
    word, lemma = token.lower_, token.lemma_.lower()
    return (
        word in TITLE_WORDS
        or lemma in TITLE_WORDS
        or (token.is_title and token.pos_ == "PROPN" and not _nationality(token))
    )


def prefix_role(index: ActorIndex, prefix: Span) -> tuple[str | None, str | None, bool]:
    """(role, affiliation key, names an outlet) read from the words left of a name."""
    doc = prefix.doc
    affiliation: str | None = None
    role_start = prefix.start
    own = index.by_token.get(prefix.end) or index.surnames.get(doc[prefix.end].lower_)
    i = prefix.start
    while i < prefix.end:
        tok = doc[i]
        named = named_with_acronym(index, prefix, i)
        if named is not None:
            body_key, i = named
            affiliation = affiliation or body_key
            role_start = i if role_start < i else role_start
            continue
        body = personal_body(index, doc[i : prefix.end])
        if body is not None:
            body_key, i = body
            affiliation = affiliation or body_key
            role_start = i if role_start < i else role_start
            continue
        served = None if is_title_token(tok) else person_at(index, tok, own)
        if role_start == i and served is not None:
            # "Roe strategist": the person served is no word of the role
            role_start = i + 1
        # an entity's start, or the first word of the title inside one whose article the
        # title left out ("[the Acme Research Service's] Tom Hale")
        entity_start = tok.ent_iob_ == "B" or (i == prefix.start and tok.ent_iob_ == "I")
        if tok.ent_type_ in ("GPE", "NORP", "ORG") and entity_start:
            ent_end = i + 1
            while ent_end < prefix.end and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            ent = doc[i:ent_end]
            if names_the_office(ent):
                i = ent_end  # "Secretary of State": the office, not a body
                continue
            if ent_end < prefix.end and doc[ent_end].lower_ == "state" and i == role_start:
                # "Washington state senator": a state named like a capital, no government's
                role_start = i = ent_end
                continue
            label = tok.ent_type_
            title_at = ent_end
            while title_at < prefix.end and doc[title_at].lower_ in OFFICE_FIELDS - {"the"}:
                title_at += 1  # "Foreign Affairs [and Trade] Minister": more portfolios
            if title_at < prefix.end and doc[title_at].lower_ in TITLE_WORDS:
                field = portfolio_start(ent)
                if field == i or (field == i + 1 and tok.lower_ in ORG_NOUNS):
                    # "Commerce Secretary": the office; "Committee chairman": the
                    # committee named before, found once every body is indexed
                    i = ent_end
                    continue
                if field < ent_end:
                    # "Ivory Coast Agriculture Minister": the country's office
                    ent_end = field
                    ent = doc[i:ent_end]
                    label = "GPE" if country_of_tokens(ent) else label
            key = members_party(index, index.by_token.get(i) or entity_actor(index, ent, label))
            # a person is no side (their campaign is, above)
            if key and index.drafts[key].type != "Person":
                affiliation = side(index, affiliation, key)
            if role_start == i:
                role_start = ent_end
            i = ent_end
            continue
        country = demonym_country(tok.text) or country_name(tok.text)
        party = None if country else party_key(index, tok.text)
        if country or party:
            key = party or index.add(country, "Country", alias=tok.text)  # type: ignore[arg-type]
            affiliation = side(index, affiliation, key)
            if role_start == i:
                role_start = i + 1
        elif tok.is_upper and tok.is_alpha and len(tok) > 1 and tok.pos_ == "PROPN":
            # an acronym before a title is the body the title belongs to ("OECD president")
            key = index.add(tok.text, "Organization", alias=tok.text)
            index.mention(doc[i : i + 1], key)
            affiliation = affiliation or key
            if role_start == i:
                role_start = i + 1
        elif (tok.tag_ == "POS" or tok.is_punct) and role_start == i:
            role_start = i + 1
        i += 1
    affiliation = sought_office(index, national_side(index, affiliation), doc[prefix.end - 1])
    role_span = doc[role_start : prefix.end]
    words = {t.lower_ for t in role_span}
    outlet = names_outlet(words) and not (role_span and works_for_an_outlet(role_span[-1]))
    role = role_span.text.strip() if role_span and not outlet else None
    if role and not any(
        is_title_token(t) or (t.is_title and not _nationality(t)) or t.lemma_.lower() in TITLE_WORDS
        for t in role_span
    ):
        role = None  # "the great American nationalist": a description, no office
    of_country = affiliation is not None and index.drafts[affiliation].type == "Country"
    if of_country and not any(map(_an_office, prefix)):
        affiliation = None  # "British novelist X": a nationality, not a government's side
    if role and all(t.lower_.rstrip(".") in _HONORIFICS or t.is_punct for t in role_span):
        role = None  # "Mr. Roe": a courtesy, not an office
    last = role_span[-1] if role_span else None
    if (
        role
        and last is not None
        and last.tag_ in ("NNS", "NNPS")
        and last.lemma_.lower() in TITLE_WORDS
    ):
        # "presidential candidates Ann Roe and Bill Dane": each is one candidate
        role = role[: len(role) - len(last.text)] + last.lemma_
    if role and last is not None and last.lower_ in PLURAL_TITLE_ABBREVIATIONS:
        role = role[: len(role) - len(last.text)] + PLURAL_TITLE_ABBREVIATIONS[last.lower_]
    return role, affiliation, outlet


def appos_role(index: ActorIndex, head: Token) -> tuple[str | None, str | None, bool]:
    """Role and affiliation from an apposition: "Petrov, Bulgaria's foreign minister", or
    a title the name is in apposition to: "the Republican nominee, Dan Morrow,"."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            if child.ent_type_ == "PERSON":
                continue  # another person's name: their title is theirs, not this one's
            if not _beside(head, child):
                continue  # a clause between: the parser hung another name's title here
            found = _appos_phrase(
                index, child, head.doc[child.left_edge.i : child.right_edge.i + 1]
            )
            if found is not None:
                _its_office(index, head, child, found[1])
                return found
    title = head.head
    if (
        head.dep_ == "appos"
        and title.i < head.i
        and title.pos_ in ("NOUN", "PROPN")
        and title.ent_type_ != "PERSON"
        and (title.lower_ in TITLE_WORDS | PARTIES.keys() or title.lemma_.lower() in TITLE_WORDS)
    ):
        # with the title's own "of" phrase: "the head of the Norland delegation, X,"
        found = _appos_phrase(index, title, head.doc[title.left_edge.i : head.left_edge.i])
        if found is not None:
            _its_office(index, head, title, found[1])
            return found
    return None, None, False


def _beside(name: Token, appos: Token) -> bool:
    """Whether an apposition stands beside the name it describes: only punctuation and
    the name's own words ("Tom Hale of Ohio, a Republican,") come between them, no verb
    of the sentence ("Hale and Roe met at the institute founded by Ann Berg, its
    chairman": the chairman is Berg)."""
    between = name.doc[name.i + 1 : appos.left_edge.i]
    return all(t.is_punct or t.is_space or name.is_ancestor(t) for t in between)


def _its_office(index: ActorIndex, name: Token, title: Token, affiliation: str | None) -> None:
    """ "Acme Corp said ... Its director, Ann Roe,": an office of "its" belongs to the body
    named last before it, looked up once every body is indexed."""
    if affiliation is None and any(c.dep_ == "poss" and c.lower_ == "its" for c in title.children):
        index.offices.append((name.i, title.i, "its"))


def _appos_phrase(
    index: ActorIndex, child: Token, span: Span
) -> tuple[str | None, str | None, bool] | None:
    """(role, affiliation, names an outlet) of the noun phrase ``span`` headed by
    ``child`` that stands in apposition with a name, or None when it holds no title."""
    party = party_key(index, child.text)
    if party:
        return None, party, False  # "Tom Hale, a Democrat from Ohio,"
    role_tokens = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    affiliation, skip = spelled_out(index, span)
    for t in span:
        if t.i < skip or _portfolio_of_a_title(t):
            continue  # "an aide to Agriculture Secretary X": the office, not a body
        key = index.by_token.get(t.i)
        if key is None and possessor_of_staff(index, t):
            # "Roe's Latino outreach director": Roe's staff, not a body NER saw there
            key = _possessed_body(index, t)
        elif key is None and t.ent_type_ in ("GPE", "NORP", "ORG") and t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent is not None and names_the_office(ent):
                continue  # "the secretary of state": the office, not a body
            if ent is not None and ent.end < len(t.doc) and t.doc[ent.end].lower_ == "state":
                continue  # "a Washington state delegate": a state, no government's
            if ent is not None and owns_a_body(ent):
                continue  # "of Chile's Tile Makers Association": the body's name decides
            key = members_party(index, entity_actor(index, ent) if ent is not None else None)
            if key and ent is not None:
                index.mention(ent, key)
        if key is None and (person_at(index, t) is not None or t.lower_ in index.surnames):
            # "a spokeswoman for the Hale campaign", also where two Hales are named
            key = _possessed_body(index, t)
        elif key and index.drafts[key].type == "Person":
            key = _possessed_body(index, t)  # "Hale's campaign manager": the campaign
        if key and index.drafts[key].type != "Person":
            ent = entity_at(t) if t.ent_iob_ == "B" else None
            key = (described_body(index, ent, key) if ent is not None else None) or key
            affiliation = side(index, affiliation, key)
    words = {t.lower_ for t in role_tokens}
    if names_outlet(words) and not works_for_an_outlet(child):
        return None, affiliation, True
    # the title is a common noun head's, its modifiers' or a coordinated head's: "son of
    # the party's nominee" holds none (a name's complement may hold it: the parser hangs
    # "X's Office of Y director" below "Office")
    own = [t for t in role_tokens if child.pos_ != "NOUN" or not _in_complement(t, child)]
    if not {t.lower_ for t in own} & TITLE_WORDS:
        # "a member of the Farmers Union": membership gives the side, not a role;
        # "a Democratic strategist": a party's people speak for it
        if child.lemma_.lower() == "member":
            affiliation = affiliation or _office_body(index, child)  # "of the union"
        member = child.lemma_.lower() == "member" and affiliation is not None
        rival = child.lemma_.lower() in _RIVAL_NOUNS  # "a Democratic rival"
        member = member or (is_party(index, affiliation) and (source_noun(child) or rival))
        return (None, national_side(index, affiliation), False) if member else None
    affiliation = sought_office(index, affiliation or _office_body(index, child), child)
    role_words = []
    for t in role_tokens:
        if t.i in index.by_token or demonym_country(t.text) or t.i > child.i:
            continue
        if person_at(index, t) is not None:
            continue  # the person served: "Roe's outreach director"
        role_words.append(t.text)
    return " ".join(role_words) or None, national_side(index, affiliation), False


# Nouns for a rival in a race, whom a party word before makes that party's candidate.
_RIVAL_NOUNS = frozenset({"rival", "challenger"})


def _portfolio_of_a_title(token: Token) -> bool:
    """Whether ``token`` begins an entity that is only the portfolio words of the title
    after it ("Agriculture" of "Agriculture Secretary")."""
    ent = entity_at(token) if token.ent_iob_ == "B" else None
    if ent is None or ent.end >= len(token.doc) or ent.text.casefold() in PARTIES:
        return False  # "a Labour spokeswoman": the party's
    return token.doc[ent.end].lower_ in TITLE_WORDS and portfolio_start(ent) == ent.start


def _in_complement(token: Token, head: Token) -> bool:
    """Whether ``token`` sits in an "of" phrase completing ``head`` ("son of the
    nominee"), whose title is another person's, rather than in ``head``'s own words."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "of":
            return True
        token = token.head
    return False


def _possessed_body(index: ActorIndex, name: Token) -> str | None:
    """The body named for a person by a possessive ("Hale's campaign", "Roe's
    administration") or with the name as its first word ("the Hale campaign"), when
    ``name`` is the last word of the person's name."""
    doc = name.doc
    at = skip_body_modifiers(doc, name.i + 1, len(doc))  # "Hale's presidential campaign"
    if at >= len(doc):
        return None
    body = doc[at]
    if body.lower_ not in PERSONAL_BODIES:
        return None
    ent = entity_at(name)
    label = f"{clean_label(ent.text if ent is not None else name.text)} {body.lower_}"
    return index.add(label, "Organization", alias=label)


def _office_body(index: ActorIndex, title: Token) -> str | None:
    """The body an office is of or for when no entity names it: "director of the advocacy
    group Harbor Watch" (a name NER typed as a place or work), "president of the
    employers' federation" (a described body); "chairman of the company", "a spokesman for
    the union" are the company or union named before.
    """
    doc = title.doc
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "at", "for"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lower_ not in ORG_NOUNS:
                continue
            name = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is not None:
                span = doc[name.left_edge.i : name.i + 1]
            elif any(c.dep_ != "det" for c in pobj.lefts):
                start = pobj.left_edge.i
                while start < pobj.i and doc[start].dep_ == "det":
                    start += 1
                span = doc[start : pobj.i + 1]
            else:
                # organisations are indexed after people: look it up when they are
                index.offices.append((title.head.i, title.i, pobj.lower_))
                return None
            key = index.by_token.get(span.root.i)
            if key is None:
                label = clean_label(span.text)
                key = index.add(label, "Organization", alias=label)
                index.mention(span, key)
            return key if index.drafts[key].type != "Person" else None
    return None
