"""The actor index of one article: actors being assembled from their mentions, and
which tokens mention whom.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...names import actor_key
from ...records import TYPE_RANK, Actor, ActorType, Mention
from ..lexicon import TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


LEADING_DETS = frozenset({"the", "a", "an"})


_QUOTE_CHARS = "\"'“”‘’«»"


# Which gender a personal pronoun refers to.
_PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}


@dataclass
class Draft:
    """An actor being assembled from its mentions (mutable until the article is done)."""

    key: str
    label: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None

    def freeze(self) -> Actor:
        aliases = tuple(sorted(a for a in self.aliases if a and a != self.label))
        return Actor(
            key=self.key,
            label=self.label,
            type=self.type,
            aliases=aliases,
            role=self.role,
            affiliation=self.affiliation if self.affiliation != self.key else None,
        )


@dataclass
class ActorIndex:
    """Actors of one article and which tokens mention them.

    ``by_token`` maps a token index to the key of the actor whose mention covers it, so
    finding the actor of a subject is one dict lookup, not a scan of the entities.
    """

    article_id: str
    drafts: dict[str, Draft] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, key
    surnames: dict[str, str | None] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)  # head lemma -> latest group key
    plural: set[str] = field(default_factory=set)  # groups named by a plural noun
    acronyms: dict[str, str] = field(default_factory=dict)  # "bft" -> key of its full name
    national: set[str] = field(default_factory=set)  # bodies whose name says their country
    author: str | None = None  # label of the article's writer, for "I" outside quotes
    regional: dict[str, str] = field(default_factory=dict)  # group key -> "Central Asian"
    regional_mods: dict[int, str] = field(default_factory=dict)
    # called with (token start, key) for mentions found after indexing (pronoun antecedents)
    observer: Callable[[int, str], None] | None = None
    dateline: set[int] = field(default_factory=set)  # tokens of "PARIS, May 3 -"
    quoted: set[int] = field(default_factory=set)  # tokens inside quotation marks
    home_country: str | None = None  # country of the dateline city, if it is a capital
    # the country the story is clearly most about (named most often), if one is
    main_country: str | None = None
    # (token of a name, of its title in apposition, the organisation noun the title is
    # of): "Jane Roe, chairman of the company"
    offices: list[tuple[int, int, str]] = field(default_factory=list)
    # (staff member, person served): "Roe spokesman X", "X, a former Roe aide"
    staff: list[tuple[str, str]] = field(default_factory=list)
    # (staff member, token of "his"/"her", the pronoun): "her campaign manager, X"
    staff_of_pronoun: list[tuple[str, int, str]] = field(default_factory=list)
    # "female"/"male" for people the text marks so ("Mrs. Roe", "spokeswoman Ann Roe")
    gender: dict[str, str] = field(default_factory=dict)

    def add(
        self,
        label: str,
        type_: ActorType,
        *,
        alias: str | None = None,
        role: str | None = None,
        affiliation: str | None = None,
        key: str | None = None,
    ) -> str:
        """Create or enrich the actor ``label``; returns its key."""
        key = key or actor_key(label)
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(key=key, label=label, type=type_)
        elif TYPE_RANK[type_] > TYPE_RANK[draft.type]:
            draft.type = type_
        if alias:
            draft.aliases.add(alias)
        if role and not draft.role:
            draft.role = role
        if affiliation and not draft.affiliation and affiliation != key:
            draft.affiliation = affiliation
        return key

    def mention(self, span: Span, key: str) -> None:
        """Record that ``span`` mentions actor ``key``."""
        for i in range(span.start, span.end):
            self.by_token.setdefault(i, key)
        draft = self.drafts[key]
        draft.aliases.add(clean_label(span.text))
        self.spans.append((span.start, span.end, key))
        if self.observer is not None:
            self.observer(span.start, key)
        self.mentions.append(
            Mention(
                article_id=self.article_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                type=draft.type,
                actor_key=key,
            )
        )

    def unlike(self, pronoun: str) -> set[str]:
        """People a personal pronoun cannot stand for: those the text marks as of the
        other gender ("she" is not "Mr. Blue")."""
        wanted = _PRONOUN_GENDER.get(pronoun.casefold())
        if wanted is None:
            return set()
        return {k for k, g in self.gender.items() if g != wanted}

    def actor_of(self, token: Token) -> str | None:
        """The actor a token belongs to, if it is part of a mention."""
        return self.by_token.get(token.i)

    def resolve_regions(self) -> None:
        """ "South Asian delegates" belong to "South Asia" when the story names it.

        English forms adjectives of region names by suffix (Africa -> African, Asia ->
        Asian, North -> Northern); only actors of this article are candidates.
        """
        if not self.regional:
            return
        by_adjective: dict[str, str] = {}
        for draft in self.drafts.values():
            if draft.type in ("Group", "Organization", "Country"):
                for suffix in ("n", "an", "ern"):
                    by_adjective.setdefault(draft.label + suffix, draft.key)
        for key, adjective in self.regional.items():
            region = by_adjective.get(adjective)
            if region and region != key and not self.drafts[key].affiliation:
                self.drafts[key].affiliation = region

    def actors(self, keys: set[str] | None = None) -> tuple[Actor, ...]:
        """Frozen actors (only ``keys`` and their affiliations, if given), sorted by key."""
        if keys is None:
            wanted = set(self.drafts)
        else:
            wanted = set()
            for key in keys:
                while key and key in self.drafts and key not in wanted:
                    wanted.add(key)
                    key = self.drafts[key].affiliation  # type: ignore[assignment]
        return tuple(self.drafts[k].freeze() for k in sorted(wanted))


def sideless_people(index: ActorIndex, names: Iterable[Span]) -> Iterator[tuple[str, Token]]:
    """(person key, name head) of each name whose person has no side yet."""
    for name in names:
        person = index.by_token.get(name.start)
        if person is not None and not index.drafts[person].affiliation:
            yield person, name.root


def subject_clauses(root: Token) -> list[Token]:
    """The verb a name's head is the subject of, as a list (empty when it is none)."""
    return [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []


def clean_label(text: str) -> str:
    """A name as a label: no surrounding quotes, possessive or leading article."""
    text = text.strip().strip(_QUOTE_CHARS).strip()
    for suffix in ("'s", "’s", "‘s"):  # web copy sets some apostrophes as opening quotes
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    if len(words) > 1 and words[0].casefold() in LEADING_DETS:
        words = words[1:]
    return " ".join(words)


def name_tokens(ent: Span) -> Span:
    """The entity without titles, articles, a possessive or a verb glued to its edges
    ("Ann Roe Says" in a title-case headline is Ann Roe)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and (
        doc[start].lower_ in TITLE_WORDS or doc[start].lower_ in LEADING_DETS
    ):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ in ("VERB", "AUX")):
        end -= 1
    return doc[start:end]


def is_title_token(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS


def is_acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > 1


def entity_at(token: Token) -> Span | None:
    """The named entity holding ``token``, as in ``doc.ents``, read off the tokens' entity
    tags around it: ``doc.ents`` builds every entity of the document on each call."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B":
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    from spacy.tokens import Span

    return Span(doc, start, end, label=doc[start].ent_type_)
