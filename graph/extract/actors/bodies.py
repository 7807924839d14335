"""Bodies named inside a person's apposition: one spelled out before its acronym ("the
Norland High Commissioner for Fisheries (NHCF)"), one a name and common nouns describe
("the Norland refugee agency"), and a country that owns a body of its own; and the
description written before a body's name ("the official Norland news agency Tass").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import GOVERNMENT_NOUNS, ORG_NOUNS, OUTLET_NOUNS, demonym_country
from .countries import country_of_tokens
from .index import ActorIndex, clean_label, entity_at, is_acronym

if TYPE_CHECKING:
    from spacy.tokens import Span


# Small words inside a body's name: "High Commissioner for Fisheries".
_NAME_LINKS = frozenset({"for", "of", "and", "on"})


def spelled_out(index: ActorIndex, span: Span) -> tuple[str | None, int]:
    """The body an apposition spells out before its acronym in parentheses ("the Norland
    High Commissioner for Fisheries (NHCF)"), and the token after it; (None,
    start) when there is none."""
    doc = span.doc
    for j in range(span.start + 1, min(span.end, len(doc) - 2)):
        if doc[j].text != "(" or doc[j + 2].text != ")" or not is_acronym(doc[j + 1]):
            continue
        i = j
        while i > span.start and (doc[i - 1].is_title or doc[i - 1].lower_ in _NAME_LINKS):
            i -= 1
        while i < j and not doc[i].is_title:
            i += 1
        if i == j:
            return None, span.start
        acronym = doc[j + 1]
        label = clean_label(doc[i:j].text)
        key = index.acronyms.get(acronym.lower_) or index.add(label, "Organization", alias=label)
        index.acronyms[acronym.lower_] = key
        index.add(acronym.text, index.drafts[key].type, key=key, alias=acronym.text)
        index.mention(doc[i:j], key)
        index.mention(doc[j + 1 : j + 2], key)
        return key, j + 3
    return None, span.start


def described_body(index: ActorIndex, ent: Span, owner: str) -> str | None:
    """The body a name and the common nouns after it describe ("the Norland refugee
    agency"): a side of its own, whose side is the name's (``owner``); None when no
    organisation noun follows, or when a government's office does (a ministry speaks for
    its government)."""
    doc = ent.doc
    head = ent.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Norland refugee agency": each noun a compound of the next
    if ent.root.dep_ != "compound" or head.i < ent.end or head.pos_ != "NOUN":
        return None
    if head.lower_ not in ORG_NOUNS or head.lower_ in GOVERNMENT_NOUNS:
        return None
    if any(t.pos_ not in ("NOUN", "ADJ") for t in doc[ent.end : head.i]):
        return None
    span = doc[ent.start : head.i + 1]
    label = clean_label(span.text)
    key = index.add(label, "Organization", alias=label, affiliation=owner)
    index.mention(span, key)
    return key


def owns_a_body(ent: Span) -> bool:
    """Whether ``ent`` is a possessor of a body named after it ("Chile's Tile Makers
    Association"), whose own name says whom it speaks for; a central bank is the state's."""
    body = entity_at(ent.root.head) if ent.root.dep_ == "poss" else None
    return (
        body is not None
        and body.label_ == "ORG"
        and not {"central", "bank"} <= {t.lower_ for t in body}
    )


# Nouns that describe a body named beside them: organisations and outlets.
_BODY_NOUNS = ORG_NOUNS | OUTLET_NOUNS

# Words that make a body the state's ("the official news agency", "the state oil
# company"): only then does the country in its description say whom it speaks for ("the
# British newspaper X" is from Britain, not its voice).
_STATE_WORDS = frozenset(
    {"official", "state", "state-run", "state-owned", "government", "government-run"}
)


def described_around(index: ActorIndex, ent: Span, key: str) -> None:
    """The common nouns beside a body's name that describe it: before it ("the official
    Norland news agency Tass", "Norland's state oil company Petro"), in apposition after
    it ("Tass, Norland's official news agency,") or around it ("Norland's official Tass
    news agency"). They are words of the body, though no name of it, and the country
    among them is its side when they say the body is the state's and it has none."""
    if index.drafts[key].type not in ("Organization", "Outlet"):
        return
    doc = ent.doc
    sent_start = ent.sent.start
    described: list[Span] = []
    head = ent.start - 1
    # "the Norland news agency [Tass]", or "Norland's official [Tass news agency]": the
    # words before a name that is, or follows, a noun for bodies
    named = ent[-1].lower_ in _BODY_NOUNS
    if head >= sent_start and (
        named or (doc[head].pos_ == "NOUN" and doc[head].lower_ in _BODY_NOUNS)
    ):
        start = head + 1 if named else head
        while start - 1 >= sent_start and (
            doc[start - 1].pos_ in ("NOUN", "ADJ")
            or doc[start - 1].tag_ == "POS"
            or doc[start - 1].ent_type_ in ("GPE", "NORP")
        ):
            start -= 1
        described.append(doc[start : head + 1])
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.lower_ in _BODY_NOUNS:
            described.append(doc[child.left_edge.i : child.i + 1])
    noun = ent.root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Tass news agency": each noun a compound of the next
    if noun.i >= ent.end and noun.lower_ in _BODY_NOUNS:
        described.append(doc[noun.left_edge.i : noun.i + 1])
    for span in described:
        state = any(t.lower_ in _STATE_WORDS for t in span)
        country = state and next(
            (
                c
                for t in span
                if not ent.start <= t.i < ent.end
                and (t.ent_type_ in ("GPE", "NORP") or demonym_country(t.text))
                and (c := demonym_country(t.text) or country_of_tokens(doc[t.i : t.i + 1]))
            ),
            None,
        )
        for token in span if span.end <= ent.start else ():
            if token.pos_ == "NOUN":
                index.by_token.setdefault(token.i, key)  # the same body, no name of it
        if country and index.drafts[key].affiliation is None:
            index.drafts[key].affiliation = index.add(country, "Country", alias=None)
