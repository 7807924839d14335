"""Actors of one article: named entities, their titles, affiliations and aliases.

spaCy's NER finds names; news prose puts who someone speaks for in front of the name
("Bulgarian Foreign Minister Ivan Petrov", "OSCE Secretary General Anna Berg"), so the
words left of a name give its role and affiliation. Demonyms, capitals and seats of
government ("Bulgarian", "Lisbon", "the Elysee") resolve to countries through the
general tables of :mod:`.lexicon`. A surname alone is the person named in full elsewhere
in the article, whatever type NER gave it ("Petrov" tagged ORG is still Petrov).

Affiliation is the side an actor speaks for as the text states it: party, government,
company, union. It is read from the title or apposition attached to a mention of that
actor ("Rep. Ann Roe (D-Ohio)", "Republican Senator X", "X, president of the employers'
federation", "Hadley campaign spokesman X") or from the actor's earlier mentions in the
same article, never from a neighbouring name.

Only actors are actors: a mention becomes one only when it is a name (capitalised, as
names are), a noun phrase headed by a noun for people, groups or organisations ("a
diplomat", "the union", "a farmer"), a country or an outlet. Pronouns, interjections
("Meh"), an interview's "Question"/"Answer" labels, "My apologies", dates and markup
fragments, a lower-case word tagged as a name ("jabbed") and a common noun that names
no one by itself ("people", "company", "close look") are not (:func:`mention_kind`).
Documents and recordings ("the report said", "polls show", "the video shows") stay
sources. The type comes from the same evidence: "the company" is an Organization,
never a Person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Actor, ActorType, Mention
from ..names import actor_key
from .lexicon import (
    BUSINESS_NOUNS,
    CAPITALS,
    COMPANY_SUFFIXES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    LABOUR_WORDS,
    METONYMS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    OUTLETS,
    PARTIES,
    PARTY_LETTERS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PERSON_TITLES,
    TITLE_WORDS,
    country_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorIndex", "index_actors", "mention_kind"]

# NER labels that can name an actor; others (DATE, LAW, ...) never speak.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Tokens that may sit in a title left of a name: nouns, adjectives and names ("former",
# "Foreign", "U.S."); determiners, verbs and punctuation end it.
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_LEADING_DETS = frozenset({"the", "a", "an"})
_MISTYPED_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
# Words of office names every government has ("Foreign Ministry", "Ministry of Defence").
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
_QUOTE_CHARS = "\"'“”‘’«»"
# Titles of national government: with no country named, the official serves the
# government of the dateline's country ("LISBON - Prime Minister X said").
_GOVERNMENT_TITLES = frozenset(
    {"minister", "premier", "president", "chancellor", "ambassador", "government", "secretary"}
)


# Words that are never an actor whatever the tagger says: interjections, politeness,
# the labels of an interview transcript.
_NON_ACTOR_WORDS = frozenset(
    [
        "meh",
        "yes",
        "no",
        "ok",
        "okay",
        "well",
        "oh",
        "ah",
        "uh",
        "um",
        "hmm",
        "wow",
        "hey",
        "ugh",
        "sorry",
        "please",
        "thanks",
        "apologies",
        "apology",
        "question",
        "questions",
        "answer",
        "answers",
        "q",
        "a",
    ]
)
# Entity types of things said about time and amount, never of who says something.
# (Numbers are not among them: "nearly half said", "two said" count people.)
_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})
# Characters of markup left in a text ('date="March', "<p>"): no name holds them.
_MARKUP = frozenset("=<>{}[]|\\")
# Agent suffixes of English nouns for people ("farmer", "economist", "consultant",
# "proponent", "spokesman"); "-ment" nouns are things ("statement", "agreement").
_AGENT_SUFFIXES = (
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
    "man", "men",
)  # fmt: skip
_THING_SUFFIXES = ("ment", "ments", "percent")
# Shares of respondents in a poll ("56 percent said"): a group of people.
_SHARE_NOUNS = frozenset(
    {"percent", "pct", "%", "third", "thirds", "half", "majority", "share", "one"}
)
# Nouns that name no one by themselves: "people said", "the company said" with no
# company named are nobody in particular; "Ohio farmers", "people in the city" are.
_BARE_NOUNS = frozenset({"people", "person", "company", "companies", "firm", "firms", "group"})
# Quantifiers that do not make a bare noun anyone in particular ("many people").
_QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "other", "all", "more"})
_SOURCE_NOUNS = (
    GROUP_NOUNS
    | ORG_NOUNS
    | OUTLET_NOUNS
    | TITLE_WORDS
    | GOVERNMENT_NOUNS
    | BUSINESS_NOUNS
    | PERSON_NOUNS
    | _SHARE_NOUNS
)


def mention_kind(span: Span, proposed: ActorType) -> ActorType | None:
    """The type ``span`` has as an actor (``proposed`` unless its words say otherwise),
    or None when it names no one (the rule is in the module docstring)."""
    head = span.root
    text = span.text.strip()
    if not any(c.isalpha() for c in text) or any(c in _MARKUP for c in text):
        return None
    content = [t for t in span if not (t.is_punct or t.pos_ == "DET" or t.tag_ == "POS")]
    if not content or all(t.lower_ in _NON_ACTOR_WORDS or t.pos_ == "PRON" for t in content):
        return None  # "Meh", "Question:", "My apologies", "they"
    if all(t.ent_type_ in _NON_ACTOR_ENTS for t in content):
        return None  # "Last Tuesday", "$5 billion"
    if any(t.ent_type_ == "NORP" for t in content):
        return proposed  # "Democrats", "pro-Russian": a collective named for its people
    names = [t for t in content if t.pos_ == "PROPN" or t.ent_type_ in _ACTOR_LABELS]
    if any(t.text[:1].isupper() for t in names):
        return proposed  # a name is capitalised, however the parser tagged it
    if head.pos_ in ("INTJ", "PRON", "VERB", "AUX"):
        return None
    if head.pos_ == "NUM":
        return proposed  # "two of them", "Sixty percent": a count of people
    # a common noun (or a lower-case word tagged as a name, as "jabbed" may be)
    lemma, word = head.lemma_.lower(), head.lower_
    if lemma in DOCUMENT_NOUNS or word in DOCUMENT_NOUNS:
        return proposed  # "the report said", "polls show": a source, if not a person
    agent = lemma in _SOURCE_NOUNS or word in _SOURCE_NOUNS
    suffixed = word.endswith(_AGENT_SUFFIXES) and not word.endswith(_THING_SUFFIXES)
    if not (agent or (len(word) > 4 and suffixed and head.pos_ == "NOUN")):
        return None  # "the only sure way", "federal reserve policy", "a close look"
    if lemma in _BARE_NOUNS or word in _BARE_NOUNS:
        modifiers = [
            c
            for c in head.children
            if c.dep_ not in ("det", "punct") and c.lower_ not in _QUANTIFIERS
        ]
        if not modifiers:
            return None
    if word in ORG_NOUNS or lemma in ORG_NOUNS or word in BUSINESS_NOUNS:
        return "Organization" if head.tag_ == "NN" else "Group"
    return proposed


@dataclass
class _Draft:
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
    drafts: dict[str, _Draft] = field(default_factory=dict)
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
    home_country: str | None = None  # country of the dateline city, if it is a capital
    # (token of a name, of its title in apposition, the organisation noun the title is
    # of): "Jane Roe, chairman of the company"
    offices: list[tuple[int, int, str]] = field(default_factory=list)

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
            draft = self.drafts[key] = _Draft(key=key, label=label, type=type_)
        elif _TYPE_RANK[type_] > _TYPE_RANK[draft.type]:
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
        draft.aliases.add(_clean(span.text))
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


# When mentions of one actor disagree on its type, the more specific reading wins: a
# person is a person even where NER said ORG, an outlet is an outlet, not an org.
_TYPE_RANK: dict[str, int] = {
    "Group": 0,
    "Organization": 1,
    "Country": 2,
    "Outlet": 3,
    "Person": 4,
}


def _clean(text: str) -> str:
    """A name as a label: no surrounding quotes, possessive or leading article."""
    text = text.strip().strip(_QUOTE_CHARS).strip()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    if len(words) > 1 and words[0].casefold() in _LEADING_DETS:
        words = words[1:]
    return " ".join(words)


def _name_tokens(ent: Span) -> Span:
    """The entity without titles, articles or a possessive glued to its edges."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and (
        doc[start].lower_ in TITLE_WORDS or doc[start].lower_ in _LEADING_DETS
    ):
        start += 1
    while end > start + 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def _is_title_token(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS


# Degree adverbs: a word they modify is an evaluation ("most able"), never part of a title.
_DEGREE_WORDS = frozenset({"most", "more", "very", "so", "too", "least", "less", "quite"})


def _title_prefix(doc: Doc, name: Span) -> Span | None:
    """Words right before a name that modify it: "Bulgarian Foreign Minister" + name."""
    sent_start = name.sent.start
    i = name.start - 1
    while i >= sent_start:
        tok = doc[i]
        if any(c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in tok.children):
            return None  # "the most able candidate X argues": praise, not a title
        if tok.pos_ in _TITLE_POS and tok.ent_type_ not in ("PERSON", "DATE", "TIME"):
            office = tok.head.i == i - 1 and tok.head.lower_ in ("for", "of")
            # "Democratic presidential candidates Ann Roe and ...": the name is the
            # title's apposition, not its head
            titled = name.root.dep_ == "appos" and name.root.head.i == tok.i
            if not (name.start <= tok.head.i < name.end or tok.head.i > tok.i or office or titled):
                break
            if tok.i in index_dateline(doc):
                break
            i -= 1
        elif tok.text == ")" and i - 2 >= sent_start and doc[i - 2].text == "(":
            # "Grain Export Board (GEB) chairman": the acronym names the body
            if not _is_acronym(doc[i - 1]):
                break
            i -= 3
            while (
                i >= sent_start and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ == "PROPN"
            ):
                if i in index_dateline(doc):
                    break
                i -= 1
        elif tok.tag_ == "POS" and i - 1 >= sent_start and doc[i - 1].pos_ == "PROPN":
            # "Chile's labour minister": the possessor is who the office belongs to
            i -= 1
        elif tok.lower_ in ("for", "of") and i - 1 >= sent_start and _is_title_token(doc[i - 1]):
            # "Undersecretary for Energy", "Secretary of State": the office belongs to the title
            # (the parser often hangs the name below the office, so heads are no guide here)
            i -= 2
            while i >= sent_start and doc[i].pos_ in _TITLE_POS and doc[i].ent_type_ != "PERSON":
                if doc[i].head.i < doc[i].i and not _is_title_token(doc[i]):
                    break
                i -= 1
            break
        else:
            break
    return doc[i + 1 : name.start] if i + 1 < name.start else None


def _is_acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > 1


# Nouns that make a body of a person's name: "the Hadley campaign", "the Carter
# administration" speak for the person's side, and their staff for them.
_PERSONAL_BODIES = frozenset({"campaign", "administration", "camp", "team"})

_DASHES = frozenset({"-", "--", "—", "–"})


def _dateline(doc: Doc) -> tuple[set[int], str | None]:
    """Tokens of wire-copy datelines ("LISBON, May 4 -") and the country of the first.

    A dateline names where the story was filed, not an actor; its city, when a capital,
    says which government "the minister" or "government officials" belong to.
    """
    tokens: set[int] = set()
    country: str | None = None
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    for start in starts:
        first = doc[start]
        if not (first.is_upper and first.is_alpha and len(first) > 2):
            continue
        for tok in doc[start + 1 : start + 12]:
            if "\n" in tok.text:
                break
            if tok.text in _DASHES:
                tokens.update(range(start, tok.i + 1))
                if country is None:
                    city_end = start
                    while city_end < tok.i and doc[city_end].is_upper and doc[city_end].is_alpha:
                        city_end += 1
                    # a capital, not a country: stories filed from a regional bureau
                    # ("QATAR -") are about somewhere else
                    country = CAPITALS.get(doc[start:city_end].text.casefold())
                break
    return tokens, country


def _named_in_body(doc: Doc, country: str, dateline: set[int]) -> bool:
    """Whether the story names ``country`` (or its people) outside its dateline."""
    return any(
        ent.label_ in ("GPE", "NORP")
        and ent.start not in dateline
        and _country_of_tokens(ent) == country
        for ent in doc.ents
    )


def index_dateline(doc: Doc) -> set[int]:
    """Dateline tokens of ``doc`` (computed once per doc by :func:`index_actors`)."""
    return doc.user_data.get("stancegraph_dateline", set())


def _country_of_tokens(tokens: Span) -> str | None:
    """A country named or implied by demonym/capital in ``tokens``, as a country label."""
    text = _clean(tokens.text)
    return (
        country_name(text)
        or DEMONYMS.get(text.casefold())
        or CAPITALS.get(text.casefold())
        or (DEMONYMS.get(text.casefold().rstrip("s")) if text.endswith("s") else None)
    )


def _entity_actor(index: ActorIndex, ent: Span, label: str | None = None) -> str | None:
    """Key of the actor a non-person entity names (country, org, outlet), or None."""
    label = label or ent.label_
    text = _clean(ent.text)
    if not text:
        return None
    folded = text.casefold()
    if folded in index.acronyms:
        return index.add(text, "Organization", key=index.acronyms[folded], alias=text)
    surname = index.surnames.get(folded)
    if surname:
        # NER type error: a surname known from a full name earlier or later is that person
        return index.add(text, "Person", key=surname, alias=text)
    if folded in OUTLETS:
        return index.add(text, "Outlet", alias=text)
    party = _party_key(index, text)
    if party:
        if folded in PARTY_MEMBERS:
            # "Democrats said": members of the party, who speak for it
            return index.add(text, "Group", alias=text, affiliation=party)
        return party
    if label in ("GPE", "NORP"):
        country = _country_of_tokens(ent)
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
        country = _country_of_tokens(ent.doc[ent.start : j + 1])
        if country:
            alias = _clean(ent.doc[ent.start : j + 1].text)
            affiliation = index.add(country, "Country", alias=alias)
            possessed = possessed or ent.doc[j + 1].tag_ == "POS"
    words = {t.lower_ for t in ent}
    name = _name_tokens(ent)
    party = next(
        (p for n in (2, 1) if len(name) > n and (p := _party_key(index, name[:n].text))), None
    )
    if party and affiliation is None:
        # "Republican National Committee", "a Green MP": a body or member of the party
        head = ent[-1]
        if head.lemma_.lower() in PERSON_TITLES:
            member: ActorType = "Group" if head.tag_ in ("NNS", "NNPS") else "Person"
            return index.add(text, member, alias=text, affiliation=party)
        return index.add(text, "Organization", alias=text, affiliation=party)
    if affiliation is not None and (possessed or words & GOVERNMENT_NOUNS):
        # "Chilean Finance Ministry", "Lisbon's port board": a government's office speaks
        # for its country; a body whose name merely starts with it ("Chilean Copper
        # Board") speaks for itself, and its country is its own affiliation
        index.national.add(actor_key(text))
    elif words & GOVERNMENT_NOUNS:
        affiliation = index.home_country  # "the Foreign Ministry" of a LISBON story
        if affiliation and words <= _GENERIC_OFFICE_WORDS:
            # a name any government has ("the Foreign Ministry") is that government
            index.national.add(actor_key(text))
    return index.add(text, "Organization", alias=text, affiliation=affiliation)


def _names_the_office(ent: Span) -> bool:
    """ "State" of "Secretary of State", "Foreign Affairs" of "Minister for Foreign
    Affairs": words after a title's "of"/"for" that every government's offices share
    name the office, not a body the person speaks for."""
    doc = ent.doc
    after_office = ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "for")
    return after_office and {t.lower_ for t in ent} <= _GENERIC_OFFICE_WORDS


def _named_with_acronym(index: ActorIndex, prefix: Span, i: int) -> tuple[str, int] | None:
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
    if not _is_acronym(acronym):
        return None
    key = index.acronyms.get(acronym.lower_) or _entity_actor(index, doc[i:j], "ORG")
    if key is None:
        return None
    index.acronyms[acronym.lower_] = key
    index.add(acronym.text, index.drafts[key].type, key=key, alias=acronym.text)
    if i not in index.by_token:
        index.mention(doc[i:j], key)
    index.mention(doc[j + 1 : j + 2], key)
    return key, j + 3


def _personal_body(index: ActorIndex, words: Span) -> tuple[str, int] | None:
    """(key, end) of a body named for a person at the start of ``words`` ("Hadley
    campaign spokesman"): the campaign, not the person, is the side its staff speak for."""
    end = words.start
    while end < words.end and words.doc[end].pos_ == "PROPN" and words.doc[end].is_title:
        end += 1
    if end == words.start or end >= words.end or words.doc[end].lower_ not in _PERSONAL_BODIES:
        return None
    name = words.doc[words.start : end]
    person = index.by_token.get(name.start) or index.surnames.get(_clean(name.text).casefold())
    if not (person or name.root.ent_type_ == "PERSON"):
        return None
    label = f"{_clean(name.text)} {words.doc[end].lower_}"
    return index.add(label, "Organization", alias=label), end + 1


def _party_key(index: ActorIndex, text: str) -> str | None:
    """The party a capitalised party word names ("Democratic", "GOP", "Tories"), as an
    Organization; the member forms ("Democrats") are no alias of the party itself."""
    folded = " ".join(text.split()).casefold()
    party = PARTIES.get(folded)
    if party is None or not text[:1].isupper():
        return None
    return index.add(party, "Organization", alias=None if folded in PARTY_MEMBERS else text)


# "(D-Tex.)", "(R-Iowa)", "(D)", "(I-Vt.)" or ", R-Kan.," right after a name: U.S.
# party notation, in parentheses or (wire style) between commas.
_PARTY_NOTATION = re.compile(
    r"\s*(?:\(\s*([DRI])\s*(?:[-–—.,]\s*[A-Z][\w. ]{0,20})?\)"
    r"|,\s*([DRI])-[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?(?=[,;)]))"
)


def _party_notation(index: ActorIndex, name: Span) -> tuple[bool, str | None]:
    """(written, party key) of the party notation after ``name``, if any.

    The notation says which party a legislator sits for, the side the conventions of
    news English give as their affiliation; "(I-Vt.)" is written but names no party.
    """
    doc = name.doc
    match = _PARTY_NOTATION.match(doc.text, name.end_char)
    if match is None:
        return False, None
    party = PARTY_LETTERS[match.group(1) or match.group(2)]
    return True, index.add(party, "Organization") if party else None


def _prefix_role(index: ActorIndex, prefix: Span) -> tuple[str | None, str | None, bool]:
    """(role, affiliation key, names an outlet) read from the words left of a name."""
    doc = prefix.doc
    affiliation: str | None = None
    role_start = prefix.start
    i = prefix.start
    while i < prefix.end:
        tok = doc[i]
        named = _named_with_acronym(index, prefix, i)
        if named is not None:
            body_key, i = named
            affiliation = affiliation or body_key
            role_start = i if role_start < i else role_start
            continue
        body = _personal_body(index, doc[i : prefix.end])
        if body is not None:
            body_key, i = body
            affiliation = affiliation or body_key
            role_start = i if role_start < i else role_start
            continue
        if tok.ent_type_ in ("GPE", "NORP", "ORG") and tok.ent_iob_ == "B":
            ent_end = i + 1
            while ent_end < prefix.end and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            ent = doc[i:ent_end]
            if _names_the_office(ent):
                i = ent_end  # "Secretary of State": the office, not a body
                continue
            key = index.by_token.get(i) or _entity_actor(index, ent, tok.ent_type_)
            # a person is no side (their campaign is, above)
            if key and affiliation is None and index.drafts[key].type != "Person":
                affiliation = key
            if role_start == i:
                role_start = ent_end
            i = ent_end
            continue
        country = DEMONYMS.get(tok.lower_) or country_name(tok.text)
        party = None if country else _party_key(index, tok.text)
        if country or party:
            key = party or index.add(country, "Country", alias=tok.text)  # type: ignore[arg-type]
            affiliation = affiliation or key
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
    affiliation = _national(index, affiliation)
    role_span = doc[role_start : prefix.end]
    words = {t.lower_ for t in role_span}
    outlet = bool(words & OUTLET_NOUNS)
    role = role_span.text.strip() if role_span and not outlet else None
    if role and not any(
        _is_title_token(t) or t.is_title or t.lemma_.lower() in TITLE_WORDS for t in role_span
    ):
        role = None
    last = role_span[-1] if role_span else None
    if (
        role
        and last is not None
        and last.tag_ in ("NNS", "NNPS")
        and last.lemma_.lower() in TITLE_WORDS
    ):
        # "presidential candidates Ann Roe and Bill Dane": each is one candidate
        role = role[: len(role) - len(last.text)] + last.lemma_
    return role, affiliation, outlet


def _national(index: ActorIndex, affiliation: str | None) -> str | None:
    """A national body ("U.S. Defense Department") speaks for its country: so do its staff."""
    if affiliation in index.national:
        parent = index.drafts[affiliation].affiliation
        if parent and index.drafts[parent].type == "Country":
            return parent
    return affiliation


def _appos_role(index: ActorIndex, head: Token) -> tuple[str | None, str | None, bool]:
    """Role and affiliation from an apposition: "Petrov, Bulgaria's foreign minister"."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            if child.ent_type_ == "PERSON":
                continue  # another person's name: their title is theirs, not this one's
            party = _party_key(index, child.text)
            if party:
                return None, party, False  # "Tom Hale, a Democrat from Ohio,"
            span = head.doc[child.left_edge.i : child.right_edge.i + 1]
            role_tokens = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")]
            affiliation = None
            for t in span:
                key = index.by_token.get(t.i)
                if key is None and t.ent_type_ in ("GPE", "NORP", "ORG") and t.ent_iob_ == "B":
                    ent = next((e for e in head.doc.ents if e.start == t.i), None)
                    key = _entity_actor(index, ent) if ent is not None else None
                    if key and ent is not None:
                        index.mention(ent, key)
                if key and index.drafts[key].type != "Person":
                    affiliation = affiliation or key
            words = {t.lower_ for t in role_tokens}
            if words & OUTLET_NOUNS:
                return None, affiliation, True
            if words & TITLE_WORDS:
                affiliation = affiliation or _office_body(index, child)
                role_words = []
                for t in role_tokens:
                    if t.i in index.by_token or DEMONYMS.get(t.lower_) or t.i > child.i:
                        continue
                    role_words.append(t.text)
                return " ".join(role_words) or None, _national(index, affiliation), False
    return None, None, False


def _office_body(index: ActorIndex, title: Token) -> str | None:
    """The body an office is of when no entity names it: "director of the advocacy group
    Progress Action" (a name NER typed as a place or work), "president of the employers'
    federation" (a described body); "chairman of the company" is the company named before.
    """
    doc = title.doc
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "at"):
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
                label = _clean(span.text)
                key = index.add(label, "Organization", alias=label)
                index.mention(span, key)
            return key if index.drafts[key].type != "Person" else None
    return None


def _country_key(index: ActorIndex, token: Token) -> str | None:
    country = DEMONYMS.get(token.lower_) or country_name(token.text)
    return index.add(country, "Country", alias=token.text) if country else None


def _shared_prefix(name: Span) -> Span | None:
    """The plural title of the first of coordinated names ("Republican senators Ann Roe
    and Bill Dane"): every name of the coordination holds it. A singular title ("Senator
    Ann Roe and Bill Dane") is the first name's alone."""
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.i == name.root.i:
        return None
    doc = name.doc
    first = next((e for e in doc.ents if e.start <= root.i < e.end and e.label_ == "PERSON"), None)
    if first is None:
        return None
    prefix = _title_prefix(doc, _name_tokens(first))
    if prefix is None or prefix[-1].tag_ not in ("NNS", "NNPS"):
        return None
    return prefix


def _person(index: ActorIndex, name: Span, *, outlet_hint: bool = False) -> str:
    """Register a person (or an outlet NER mistook for one) named by ``name``."""
    doc = name.doc
    prefix = _title_prefix(doc, name) or _shared_prefix(name)
    role, affiliation, outlet = (None, None, False)
    if prefix is not None:
        role, affiliation, outlet = _prefix_role(index, prefix)
    if not outlet and not (role and affiliation):
        a_role, a_aff, a_outlet = _appos_role(index, name.root)
        role, affiliation, outlet = role or a_role, affiliation or a_aff, a_outlet
    if role and not affiliation and set(role.casefold().split()) & _GOVERNMENT_TITLES:
        affiliation = index.home_country
    ent_start = name.start
    text = _clean(name.text)
    if text.casefold() in OUTLETS or outlet or outlet_hint:
        key = index.add(text, "Outlet", alias=text)
        index.mention(name, key)
        return key
    written, party = _party_notation(index, name)
    if party:
        affiliation = party  # the party outranks the chamber: "House Speaker X (R-Wis.)"
    known = index.surnames.get(text.casefold()) or None
    if known is None:
        known = index.add(text, "Person", alias=text, role=role, affiliation=affiliation)
    else:
        index.add(text, "Person", key=known, alias=text, role=role, affiliation=affiliation)
    if written and party and party != known:
        index.drafts[known].affiliation = party
    index.mention(doc[ent_start : name.end], known)
    return known


def _name_runs(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """(start, end) of runs of capitalised proper nouns outside ``covered``, in one pass."""
    runs: list[tuple[int, int]] = []
    start = -1
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.i not in covered:
            if start < 0:
                start = tok.i
            continue
        if start >= 0:
            runs.append((start, tok.i))
            start = -1
    if start >= 0:
        runs.append((start, len(doc)))
    return runs


def _fallback_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Runs of capitalised names NER missed right after a title ("Undersecretary X Y")."""
    names: list[Span] = []
    for i, end in _name_runs(doc, covered):
        j = end - 1
        # titles NER folded into a name it got wrong ("General Ali Demir" as a work of
        # art) are the title, not the name
        while i < j and _is_title_token(doc[i]):
            i += 1
        if i == 0 or doc[i - 1].is_sent_end:
            continue
        before = doc[i - 1]
        after_office = before.lower_ in ("for", "of") and i >= 2
        if not (_is_title_token(before) or after_office):
            continue
        run = doc[i : j + 1]
        if len(run) < 2 or any(_is_title_token(t) for t in run):
            continue
        if after_office:
            # after "for"/"of" the first word is still the office ("for Policy")
            if len(run) < 3:
                continue
            run = doc[i + 1 : j + 1]
        names.append(run)
    return names


def _acronym_after(index: ActorIndex, ent: Span, key: str) -> None:
    """ "Bureau of Fair Wages (BFW)": the acronym in parentheses is the same body."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        acronym = doc[ent.end + 1]
        if acronym.is_upper and acronym.is_alpha and len(acronym) > 1:
            index.acronyms[acronym.lower_] = key
            index.add(acronym.text, index.drafts[key].type, key=key, alias=acronym.text)
            index.mention(doc[acronym.i : acronym.i + 1], key)


def _default_country(index: ActorIndex) -> None:
    """Officials of no named country serve the country the story is clearly most about.

    "President Smith" in a story that names one country ten times and another four:
    only when one country is named at least twice and more often than any other.
    """
    counts = Counter(k for _s, _e, k in index.spans if index.drafts[k].type == "Country")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    country = ranked[0][0]
    for draft in index.drafts.values():
        governs = bool(draft.role and set(draft.role.casefold().split()) & _GOVERNMENT_TITLES)
        if draft.type == "Person" and governs and not draft.affiliation:
            draft.affiliation = country


def _whole_name(ent: Span) -> Span:
    """A person's name with the surname NER left out because it is also a word ("Ann
    [Bishop]", "Tom [King]"): the capitalised name word the entity is a compound of."""
    doc = ent.doc
    last = ent[-1]
    if ent.end < len(doc) and ent.label_ == "PERSON":
        nxt = doc[ent.end]
        if (
            last.dep_ == "compound"
            and last.head.i == nxt.i
            and nxt.pos_ == "PROPN"
            and nxt.is_title
            and not nxt.ent_type_
        ):
            return doc[ent.start : ent.end + 1]
    return ent


def _titled_name(ent: Span) -> bool:
    """A name NER mistyped, right after a person's title ("Chancellor [Olaf Scholz]")."""
    if ent.start == 0 or not 2 <= len(ent) <= 3:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    if country_name(ent.text) or ent.text.casefold() in OUTLETS:
        return False
    return ent.doc[ent.start - 1].lower_ in PERSON_TITLES


_COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})


def _fits(draft: _Draft, noun: str) -> bool:
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
    return best[1] if best else None


def bare_definite(token: Token) -> bool:
    """ "the union", "the network": an organisation noun with only "the" in front."""
    return (
        token.tag_ == "NN"
        and token.lower_ in ORG_NOUNS
        and all(c.dep_ == "det" for c in token.lefts)
        and any(c.lower_ == "the" for c in token.lefts)
    )


def refer_back(index: ActorIndex, token: Token) -> str | None:
    """The organisation a bare "the union" names, recorded as a mention of it."""
    if not bare_definite(token):
        return None
    key = named_organization(index, token.lower_, token.i)
    if key:
        index.mention(token.doc[token.i - 1 : token.i + 1], key)
    return key


# Offices of a government's cabinet: their holders serve the administration in power.
_CABINET_TITLES = frozenset({"secretary", "undersecretary", "minister", "ambassador"})


def _administration_staff(index: ActorIndex) -> None:
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
    ]
    if len(admins) != 1 or len({d.affiliation for d in cabinet}) != 1:
        return
    for draft in cabinet:
        draft.affiliation = admins[0]


def _office_of_the_body_named(index: ActorIndex) -> None:
    """ "Jane Roe, chairman of the company": the company named before the title."""
    for name, title, noun in index.offices:
        person = index.by_token.get(name)
        org = named_organization(index, noun, title)
        if person and org and not index.drafts[person].affiliation:
            index.drafts[person].affiliation = org


def _office_of_organization(index: ActorIndex) -> None:
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


def index_actors(doc: Doc, article_id: str) -> ActorIndex:
    """Every actor the article names, with roles, affiliations and surname aliases."""
    index = ActorIndex(article_id=article_id)
    index.dateline, home = _dateline(doc)
    if home and not _named_in_body(doc, home, index.dateline):
        home = None  # a foreign correspondent's dateline: not whose officials speak
    index.home_country = index.add(home, "Country") if home else None
    doc.user_data["stancegraph_dateline"] = index.dateline
    persons: list[Span] = []
    others: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _ACTOR_LABELS or ent.start in index.dateline:
            continue
        if mention_kind(ent, "Person") is None:
            continue  # "Meh" or a markup fragment tagged as a name
        if ent.label_ == "PERSON" or _titled_name(ent):
            persons.append(_name_tokens(_whole_name(ent)))
        else:
            others.append(ent)
    # tokens NER typed as something that cannot be a person's name; a "work of art" or
    # "product" made of capitalised words after a title may well be one
    covered = {
        i
        for ent in doc.ents
        if ent.label_ not in _MISTYPED_LABELS
        for i in range(ent.start, ent.end)
    }
    persons.extend(_fallback_names(doc, covered))
    persons.sort(key=lambda s: s.start)
    # full names first, so a bare surname anywhere in the article finds its person; the
    # words after a first name all name the person ("Ruiz Vega", "Ruiz" of "Lucia
    # Ruiz Vega")
    for name in persons:
        words = _clean(name.text).split()
        if len(words) >= 2 and _clean(name.text).casefold() not in OUTLETS:
            key = actor_key(" ".join(words))
            rest = [w.casefold() for w in words[1:]]
            forms = {
                " ".join(rest[a:b]) for a in range(len(rest)) for b in range(a + 1, len(rest) + 1)
            }
            for form in forms:
                known = index.surnames.get(form, key)
                index.surnames[form] = key if known == key else None  # two people: ambiguous
    for name in persons:
        _person(index, name)
    for ent in others:
        if ent.start in index.by_token:
            continue
        entity_key = _entity_actor(index, ent)
        if entity_key:
            index.mention(ent, entity_key)
            _acronym_after(index, ent, entity_key)
    _office_of_the_body_named(index)
    _default_country(index)
    _administration_staff(index)
    _office_of_organization(index)
    # unnamed groups that are subjects ("health officials tried ..."), so that a
    # later "they said" can find them
    for token in doc:
        if _party_member_noun(index, token):
            group_actor(index, token)  # "a Green MP said": NER and the tagger call it a name
            continue
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.i not in index.by_token:
            if any(c.dep_ == "appos" and c.i in index.by_token for c in token.children):
                continue  # "the largest bank, Acme Corp, said": the name says who
            if refer_back(index, token):
                continue  # "the union walked out": the union named before
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            if not (definite and token.lower_ in TITLE_WORDS):  # "the minister" is someone
                group_actor(index, token)
    return index


def _party_member_noun(index: ActorIndex, token: Token) -> bool:
    """A capitalised source noun after a party word ("a Green MP", "Labour Councillors")."""
    if token.i in index.by_token or token.pos_ != "PROPN" or token.lower_ not in GROUP_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.is_title and PARTIES.get(c.lower_)
        for c in token.children
    )


# Determiners that make a group noun one unnamed member ("a diplomat", "another official").
_SINGLE_DETS = frozenset({"a", "an", "one", "another"})
# Short place phrases that are part of how a source is named ("bankers in the city").
_PLACE_PREPS = frozenset({"in", "at", "from", "of", "for", "close", "familiar"})


def _group_label(head: Token) -> Span:
    """The noun phrase of a group without its article, with a short trailing place phrase."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and doc[start].lower_ in _LEADING_DETS | _SINGLE_DETS:
        start += 1
    end = head.i + 1
    rights = list(head.rights)
    if head.dep_ == "conj" and not rights:
        # "bankers and traders in the city": the place phrase after the last
        # conjunct may hang on the first
        rights = [c for c in head.head.rights if c.i > head.i and c.dep_ == "prep"]
    end = trailing_phrase_end(head, rights)
    return doc[start:end]


def trailing_phrase_end(head: Token, rights: list[Token] | None = None) -> int:
    """End of a source's noun phrase with its short place or affiliation phrase.

    "bankers in the city", "a spokesman for the ministry": five words at most, or eight
    when the object is a name ("a lawyer for the Acme Mining Workers' Fund"), since a
    name says whom the source speaks for however many words it takes; a verb ends it.
    """
    doc = head.doc
    end = head.i + 1
    for child in head.rights if rights is None else rights:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            right = child.right_edge.i + 1
            named = any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
            limit = _NAMED_PHRASE if named else _PLACE_PHRASE
            if right - end <= limit and not any(t.pos_ == "VERB" for t in doc[end:right]):
                end = right
        break
    return end


# Words a trailing place phrase may take, and a phrase whose object is a name.
_PLACE_PHRASE = 5
_NAMED_PHRASE = 8


def phrase_affiliation(index: ActorIndex, head: Token, end: int) -> str | None:
    """Whom an unnamed source speaks for, from its trailing phrase ("for Lisbon's port
    authority" speaks for Portugal): the first country or organisation named in it."""
    for t in head.doc[head.i + 1 : end]:
        key = index.by_token.get(t.i)
        if key and index.drafts[key].type in ("Country", "Organization"):
            return _national(index, key)
    return None


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def group_actor(index: ActorIndex, head: Token) -> str | None:
    """A Group for an unnamed source or collective headed by ``head`` ("a diplomat").

    One unnamed member of a group named before ("Asian bankers ... one banker said")
    is that group, as analysts code it.
    """
    lemma = head.lemma_.lower()
    if head.lower_ not in GROUP_NOUNS and lemma not in GROUP_NOUNS:
        return None
    if head.tag_ == "NN" and head.lower_ in BUSINESS_NOUNS and _definite(head):
        return None  # "the company" is the organisation named before, not a new group
    doc = head.doc
    mods = [
        t
        for t in doc[head.left_edge.i : head.i]
        if t.dep_ in ("amod", "compound", "nmod", "poss")
        and t.pos_ != "DET"
        and t.i not in index.dateline
    ]
    affiliation = None
    business = head.lower_ in BUSINESS_NOUNS or lemma in BUSINESS_NOUNS
    for t in mods:
        key = index.by_token.get(t.i) or _country_key(index, t)
        key = key or _party_key(index, t.text)  # "Labour MPs", "a Democratic aide"
        if business and key and index.drafts[key].type == "Country":
            continue  # "Korean exporters" are from Korea, they do not speak for it
        if key and index.drafts[key].type in ("Country", "Organization", "Outlet"):
            affiliation = affiliation or _national(index, key)
    if affiliation is None:
        # "a spokeswoman for the club", "officials of the ministry"
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from", "with"):
                for pobj in prep.children:
                    key = index.by_token.get(pobj.i)
                    if key and index.drafts[key].type != "Group":
                        affiliation = _national(index, key)
                break
    bare_officials = not mods and lemma == "official"
    if affiliation is None and ({t.lower_ for t in mods} & GOVERNMENT_NOUNS or bare_officials):
        # "officials said" in a story filed from a capital it is about: that government's
        affiliation = index.home_country
    if affiliation is None:
        regional = [t for t in mods if t.ent_type_ == "NORP" and t.is_title]
        if regional:
            index.regional_mods[head.i] = " ".join(t.text for t in regional)
    span = _group_label(head)
    if span.start in index.dateline:
        span = doc[max(index.dateline) + 1 : span.end]
    label = span.text
    single = any(c.dep_ in ("det", "nummod") and c.lower_ in _SINGLE_DETS for c in head.children)
    key = None
    if single or not mods:
        key = index.groups.get(lemma)
    if key is None:
        key = actor_key(" ".join([t.lower_ for t in mods] + [lemma]))
        if not single:
            index.groups[lemma] = key
        if key in index.drafts and index.drafts[key].type != "Group":
            return key
    key = index.add(label, "Group", key=key, alias=label, affiliation=affiliation)
    if head.i in index.regional_mods:
        index.regional[key] = index.regional_mods.pop(head.i)
    if head.tag_ in ("NNS", "NNPS"):
        index.plural.add(key)
    index.mention(span, key)
    return key
