"""Bodies named inside a person's apposition: one spelled out before its acronym ("the
Norland High Commissioner for Fisheries (NHCF)"), one a name and common nouns describe
("the Norland refugee agency"), and a country that owns a body of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import GOVERNMENT_NOUNS, ORG_NOUNS
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
