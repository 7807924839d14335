"""Parties and the sides officials serve: party words and U.S. party notation, bodies
named for a person ("the Hadley campaign") and an administration's cabinet.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import (
    GROUP_NOUNS,
    LEGISLATURE_NOUNS,
    METONYMS,
    PARTIES,
    PARTY_LETTERS,
    PARTY_MEMBERS,
)
from .index import ActorIndex, clean_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Nouns that make a body of a person's name: "the Hadley campaign", "the Carter
# administration" speak for the person's side, and their staff for them.
PERSONAL_BODIES = frozenset({"campaign", "administration", "camp", "team"})


def personal_body(index: ActorIndex, words: Span) -> tuple[str, int] | None:
    """(key, end) of a body named for a person at the start of ``words`` ("Hadley
    campaign spokesman"): the campaign, not the person, is the side its staff speak for."""
    end = words.start
    # the tagger often reads a surname before a noun as an adjective or a common noun
    # ("Hadley/ADJ campaign"): capitalised words are the name whatever their tag
    while end < words.end and words.doc[end].is_title and words.doc[end].is_alpha:
        end += 1
    name = words.doc[words.start : end]
    end = skip_body_modifiers(words.doc, end, words.end)  # "Roe's presidential campaign"
    if not name or end >= words.end or words.doc[end].lower_ not in PERSONAL_BODIES:
        return None
    # a surname two people of the article share ("the Hartley campaign" beside Dana and
    # Mark Hartley) still names the campaign, whichever of them runs it
    known = clean_label(name.text).casefold() in index.surnames
    if not (index.by_token.get(name.start) or known or name.root.ent_type_ == "PERSON"):
        return None
    label = f"{clean_label(name.text)} {words.doc[end].lower_}"
    return index.add(label, "Organization", alias=label), end + 1


# Bodies named for a person that a story may name anywhere and their staff serve.
_NAMED_BODIES = frozenset({"campaign", "administration"})


def named_campaigns(index: ActorIndex, doc: Doc) -> None:
    """Index every campaign or administration the story names for a person ("the Hale
    campaign", "Ann Roe's presidential campaign", "the Hale administration"), wherever
    it stands, so that staff titled only by the word ("a campaign spokesman", "campaign
    manager X") serve the campaign named before, and a cabinet the administration."""
    for token in doc:
        if token.lower_ not in _NAMED_BODIES or token.tag_ != "NN" or token.i in index.by_token:
            continue
        at = token.i
        while at > 0 and doc[at - 1].pos_ in ("ADJ", "NUM") and doc[at - 1].is_lower:
            at -= 1  # "presidential", "re-election"
        if at > 0 and doc[at - 1].tag_ == "POS":
            at -= 1
        start = at
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start == at:
            continue
        body = personal_body(index, doc[start : token.i + 1])
        if body is not None:
            index.mention(doc[start : token.i + 1], body[0])


def skip_body_modifiers(doc: Doc, at: int, end: int) -> int:
    """The token after a possessive "'s" and the adjectives that qualify a body named for
    a person ("'s presidential", "re-election"), from ``at`` up to ``end``."""
    if at < end and doc[at].tag_ == "POS":
        at += 1
    while at < end and doc[at].pos_ in ("ADJ", "NUM") and doc[at].lower_ not in PERSONAL_BODIES:
        at += 1
    return at


_PARTY_NAMES = frozenset(PARTIES.values())


def is_party(index: ActorIndex, key: str | None) -> bool:
    """Whether ``key`` is a political party."""
    return key is not None and index.drafts[key].label in _PARTY_NAMES


def members_party(index: ActorIndex, key: str | None) -> str | None:
    """The party whose members ``key`` names ("Republicans Ann Roe and Tom Hale" are of
    the Republican Party), else ``key`` itself."""
    if key is None:
        return None
    draft = index.drafts[key]
    if draft.type == "Group" and draft.label.casefold() in PARTY_MEMBERS and draft.affiliation:
        return draft.affiliation if is_party(index, draft.affiliation) else key
    return key


def legislative(index: ActorIndex, key: str | None) -> bool:
    """Whether ``key`` is a legislature, a chamber or one of their committees ("the
    House", "the Senate Finance Committee", "the Ways and Means Committee")."""
    if key is None:
        return False
    words = index.drafts[key].label.casefold().split()
    return bool(words) and (bool(set(words) & LEGISLATURE_NOUNS) or words[-1] in _COMMITTEES)


_COMMITTEES = frozenset({"committee", "subcommittee"})


def side(index: ActorIndex, affiliation: str | None, key: str) -> str | None:
    """The side of a title after reading ``key`` in it: the first body it names, but a
    party outranks the chamber or committee its member sits in ("House Democratic Leader
    X", "a member of the Senate Republican leadership")."""
    if affiliation is None:
        return key
    if is_party(index, key) and legislative(index, affiliation):
        return key
    return affiliation


# Words of a legislator's title: a country before one ("U.S. Senator", "U.S. House
# Speaker") says whose legislature it is, not that they speak for its government.
_LEGISLATOR_WORDS = LEGISLATURE_NOUNS | frozenset(
    {
        "senator",
        "sen.",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "speaker",
    }
)


def party_outranks(index: ActorIndex, person: str) -> bool:
    """Whether a party the text states for ``person`` outranks the side they have: none,
    a chamber or committee, or the country of a legislator ("U.S. Senator Ann Roe ...
    Roe, a Republican,")."""
    draft = index.drafts[person]
    return draft.affiliation is None or seat_of(index, draft.affiliation, draft.role)


def seat_of(index: ActorIndex, affiliation: str, role: str | None) -> bool:
    """Whether ``affiliation`` only says where a legislator sits: a chamber or committee,
    or the country of a legislator's title (``role``: "U.S. Senator", "U.S. House
    Speaker"), which a party outranks."""
    if legislative(index, affiliation):
        return True
    words = set((role or "").casefold().split())
    return index.drafts[affiliation].type == "Country" and bool(words & _LEGISLATOR_WORDS)


def party_key(index: ActorIndex, text: str) -> str | None:
    """The party a capitalised party word names ("Democratic", "GOP", "Tories"), as an
    Organization; the member forms ("Democrats") are no alias of the party itself."""
    folded = " ".join(text.split()).casefold()
    party = PARTIES.get(folded)
    if party is None or not text[:1].isupper():
        return None
    return index.add(party, "Organization", alias=None if folded in PARTY_MEMBERS else text)


# "(D-Tex.)", "(R-Iowa)", "(R., Iowa)", "(D)", "(I-Vt.)" or ", R-Kan.," after a name: U.S.
# party notation, in parentheses or (wire style) between commas, or a comma and the
# sentence's end ("said Sen. Ann Roe, R-Kan.").
_PARTY_NOTATION = re.compile(
    r"\s*(?:\(\s*([DRI])\s*(?:[-–—.,]{1,2}\s*[A-Z][\w. ]{0,20})?\)"
    r"|,\s*([DRI])-[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?(?=[,;)]|(?<=\.)\s*$|(?<=\.)\s))"
)

#: Tokens after a name that hold any party notation with room to spare ("(" "D" "-" up to
#: twenty characters of state ")", and whitespace tokens between them).
_NOTATION_TOKENS = 40


def party_notation(index: ActorIndex, name: Span) -> tuple[bool, str | None]:
    """(written, party key) of the party notation after ``name``, if any.

    The notation says which party a legislator sits for, the side the conventions of
    news English give as their affiliation; "(I-Vt.)" is written but names no party.
    """
    doc = name.doc
    following = doc[name.end : name.end + _NOTATION_TOKENS]
    first = next((t.text for t in following if not t.is_space), "")
    if not first.startswith(("(", ",")):
        return False, None  # a notation opens with its bracket or comma
    # The text right after the name, read off a bounded run of tokens rather than
    # ``doc.text`` (which joins the whole document anew): longer than any notation.
    space = name[-1].whitespace_ if len(name) else ""
    after = space + following.text_with_ws
    match = _PARTY_NOTATION.match(after)
    if match is None:
        return False, None
    party = PARTY_LETTERS[match.group(1) or match.group(2)]
    return True, index.add(party, "Organization") if party else None


# Titles of someone seeking an office: the body before them is the office sought.
_CANDIDACY_TITLES = frozenset(
    {"candidate", "hopeful", "contender", "nominee", "front-runner", "frontrunner", "challenger"}
)


def sought_office(index: ActorIndex, affiliation: str | None, title: Token) -> str | None:
    """The side a title gives, save the office a candidate seeks: "Senate candidate X",
    "White House hopeful X", "a candidate for the Senate" run for a chamber or a seat of
    government, they do not speak for it; a party ("Republican Senate candidate"), a
    country or a school ("a doctoral candidate at Acme University") stays."""
    if affiliation is None or title.lemma_.lower() not in _CANDIDACY_TITLES:
        return affiliation
    seat = index.drafts[affiliation].label.casefold() in METONYMS
    return None if seat or legislative(index, affiliation) else affiliation


def national_side(index: ActorIndex, affiliation: str | None) -> str | None:
    """A national body ("U.S. Defense Department") speaks for its country: so do its staff."""
    if affiliation in index.national:
        parent = index.drafts[affiliation].affiliation
        if parent and index.drafts[parent].type == "Country":
            return parent
    return affiliation


def party_member_noun(index: ActorIndex, token: Token) -> bool:
    """A capitalised source noun after a party word ("a Green MP", "Labour Councillors")."""
    if token.i in index.by_token or token.pos_ != "PROPN" or token.lower_ not in GROUP_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.is_title and PARTIES.get(c.lower_)
        for c in token.children
    )


# Offices of a government's cabinet: their holders serve the administration in power.
_CABINET_TITLES = frozenset({"secretary", "undersecretary", "minister", "ambassador"})


def administration_staff(index: ActorIndex) -> None:
    """ "U.S. Commerce Secretary X" in a story that names "the Carter Administration":
    the secretary serves that administration, the side the story names, not the country
    at large. Only with one named administration and officials of one country."""
    admins = [
        d.key
        for d in index.drafts.values()
        if d.type in ("Organization", "Group")
        and len(d.label.split()) == 2
        and d.label.split()[0][:1].isupper()
        and d.label.split()[1].casefold() == "administration"
    ]
    cabinet = [
        d
        for d in index.drafts.values()
        if d.type == "Person"
        and d.affiliation
        and index.drafts[d.affiliation].type == "Country"
        and set((d.role or "").casefold().split()) & _CABINET_TITLES
        and "former" not in (d.role or "").casefold().split()  # no longer serves it
    ]
    if len(admins) != 1 or len({d.affiliation for d in cabinet}) != 1:
        return
    for draft in cabinet:
        draft.affiliation = admins[0]


# Adjectives that say which party governs: "the ruling party" is the one named so before.
_RULING = frozenset({"ruling", "governing"})
# and which do not: "opposition party leaders" are of a party named as in opposition.
OPPOSITION = frozenset({"opposition"})


def ruling_party(index: ActorIndex, token: Token) -> str | None:
    """The party "the ruling party" (``token`` its noun) stands for: the organisation
    named last before it with "ruling" or "governing" in front ("Japan's ruling Liberal
    Democratic Party"), recorded as a mention of it; None when none was."""
    if token.lower_ != "party" or not any(c.lower_ in _RULING for c in token.lefts):
        return None
    found = party_named_as(index, token, _RULING)
    if found is not None:
        index.mention(token.doc[token.left_edge.i : token.i + 1], found)
    return found


def party_named_as(index: ActorIndex, token: Token, words: frozenset[str]) -> str | None:
    """The organisation named last before ``token`` with one of ``words`` in front ("the
    opposition Unity Party"), or None."""
    doc = token.doc
    found = None
    for start, _end, key in sorted(index.spans):
        if start >= token.i:
            break
        if start > 0 and doc[start - 1].lower_ in words:
            found = key if index.drafts[key].type == "Organization" else found
    return found
