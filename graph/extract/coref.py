"""Speakers named indirectly: pronouns, titles ("the minister") and relative pronouns.

News prose names a speaker once and then says "he", "the minister" or "who". A full
coreference model costs more than the parse itself; these recency rules cost one binary
search per speaker and are right for the common case, where the speaker is the most recent
actor of a compatible kind.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import ActorIndex
from .actors.kinds import is_clause_subject
from .lexicon import ORG_NOUNS, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["Antecedents", "antecedent"]

# Pronouns that stand for a person ("he said"), or for a collective ("they said").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_THING_PRONOUNS = frozenset({"it", "its"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Reflexive pronouns and the gender they show; the gender of plain personal pronouns.
_REFLEXIVES = {"himself": "male", "herself": "female"}
_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# How far back (in tokens) an antecedent may be: a few paragraphs of news prose.
_WINDOW = 400


@dataclass
class Antecedents:
    """Mentions of an article sorted by position, per actor kind, for recency lookups."""

    index: ActorIndex
    persons: list[tuple[int, str]]
    collectives: list[tuple[int, str]]
    groups: list[tuple[int, str]]
    organizations: list[tuple[int, str]]
    # tokens inside quotation marks: a name there is the quoted speaker's words, so "he"
    # outside the quotation ("“... Blue was wrong,” he said") cannot stand for it
    quoted: set[int] = field(default_factory=set)
    # people whose gender a reflexive pronoun shows ("Roe described herself as ...")
    genders: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, index: ActorIndex) -> Antecedents:
        persons: list[tuple[int, str]] = []
        collectives: list[tuple[int, str]] = []
        for start, _end, key in sorted(index.spans):
            kind = index.drafts[key].type
            if kind == "Person":
                persons.append((start, key))
            elif kind in ("Group", "Organization", "Country", "Outlet"):
                collectives.append((start, key))
        # "they" stands for people in the plural ("officials"), not "the government"
        groups = [(at, k) for at, k in collectives if k in index.plural]
        organizations = [
            (at, k) for at, k in collectives if index.drafts[k].type in ("Organization", "Outlet")
        ]
        found = cls(index, persons, collectives, groups, organizations)
        index.observer = found.add
        return found

    def add(self, start: int, key: str) -> None:
        """A mention found while reading statements ("a senior banker said ...")."""
        kind = self.index.drafts[key].type
        item = (start, key)
        if kind == "Person":
            insort(self.persons, item)
            return
        insort(self.collectives, item)
        if key in self.index.plural:
            insort(self.groups, item)
        if kind in ("Organization", "Outlet"):
            insort(self.organizations, item)

    def add_reflexive_genders(self, doc: Doc) -> None:
        """The gender a reflexive pronoun shows of the person it refers to.

        "Ann Roe described herself as a moderate": "herself" is Roe, so "he" later is not.
        Marks that disagree cancel out.
        """
        marks: dict[str, set[str]] = {}
        for token in doc:
            gender = _REFLEXIVES.get(token.lower_)
            if gender is None:
                continue
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            holders = [c for c in verb.children if c.dep_ == "nsubj"]
            if not holders and verb.dep_ == "acl":
                holders = [verb.head]  # "Roe, describing herself as ..."
            for holder in holders:
                key = self.index.actor_of(holder)
                if key and self.index.drafts[key].type == "Person":
                    marks.setdefault(key, set()).add(gender)
        self.genders.update({k: g.pop() for k, g in marks.items() if len(g) == 1})

    def unlike(self, pronoun: str) -> set[str]:
        """People a personal pronoun cannot stand for: of the other gender, as the text
        marks it (an honorific, a "-woman" title, a reflexive pronoun)."""
        wanted = _REFLEXIVES.get(pronoun.casefold()) or _GENDERS.get(pronoun.casefold())
        learned = {k for k, g in self.genders.items() if wanted and g != wanted}
        return self.index.unlike(pronoun) | learned

    def add_surnames(self, doc: Doc) -> None:
        """Bare surnames the entity recognizer missed, as mentions of their person.

        "Ann Roe spoke first. Roe told the panel ... . She also suggested ...": "Roe" not
        tagged as a name is still the last person named before "She".
        """
        for token in doc:
            if token.pos_ != "PROPN" or token.i in self.index.by_token:
                continue
            key = self.index.surnames.get(token.lower_)
            draft = self.index.drafts.get(key) if key else None
            if key and draft is not None and draft.type == "Person":
                insort(self.persons, (token.i, key))

    @staticmethod
    def _last_before(
        items: list[tuple[int, str]],
        i: int,
        skip: set[str],
        window: int = _WINDOW,
        unquoted: set[int] | None = None,
        where: Callable[[int], bool] | None = None,
    ) -> str | None:
        """The last item before ``i``; with ``unquoted``, none at those positions; with
        ``where``, only one at a position it accepts."""
        pos = bisect_left(items, (i, ""))
        while pos > 0:
            pos -= 1
            at, key = items[pos]
            if i - at > window:
                return None
            if key in skip or (unquoted is not None and at in unquoted):
                continue
            if where is None or where(at):
                return key
        return None

    def person_before(self, i: int, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The last person named before ``i``, outside quotations unless ``i`` is inside one."""
        unquoted = self.quoted if i not in self.quoted else None
        return self._last_before(self.persons, i, skip, unquoted=unquoted)

    def subject_before(self, token: Token, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The last person before ``token`` who is the subject of a clause, in its sentence
        or the one before: "Roe said Hale would lose. He said ..." is Roe, not Hale.
        Outside quotations unless ``token`` is inside one, as :meth:`person_before`."""
        doc = token.doc
        sent = token.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        unquoted = self.quoted if token.i not in self.quoted else None
        return self._last_before(
            self.persons,
            token.i,
            skip,
            window=token.i - start,
            unquoted=unquoted,
            where=lambda at: is_clause_subject(doc[at]),
        )

    def owner_before(self, token: Token, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """Whom "his" or "her" in an opposed position ("worried about his plan") stands
        for: the last person before ``token`` who was a clause's subject, a few paragraphs
        back, as the one the text is about; else the last person named."""
        skip = skip | self.unlike(token.lower_)
        doc = token.doc
        unquoted = self.quoted if token.i not in self.quoted else None
        return self._last_before(
            self.persons,
            token.i,
            skip,
            unquoted=unquoted,
            where=lambda at: is_clause_subject(doc[at]),
        ) or self.person_before(token.i, skip)

    def collective_before(self, i: int, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        return self._last_before(self.collectives, i, skip)

    def group_before(self, i: int, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The most recent group ("officials ... they said")."""
        return self._last_before(self.groups, i, skip)

    def organization_before(self, i: int, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The most recent organisation or outlet ("the network said")."""
        return self._last_before(self.organizations, i, skip, window=10_000)

    def titled_before(self, i: int, word: str) -> str | None:
        """The most recent person whose role contains ``word`` ("the minister")."""
        pos = bisect_left(self.persons, (i, ""))
        while pos > 0:
            pos -= 1
            _at, key = self.persons[pos]
            role = self.index.drafts[key].role
            words = (role or "").casefold().split()
            if word in words or word in (TITLE_ABBREVIATIONS.get(w) for w in words):
                return key
        return None


def antecedent(token: Token, antecedents: Antecedents, skip: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
    """The actor a pronoun, relative pronoun or bare title stands for, or None.

    ``skip`` holds actors that cannot be meant (the other half of "he and Peter Brown").
    """
    lower = token.lower_
    if lower in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        head = token.head.head
        return antecedents.index.actor_of(head)
    if lower in _PERSON_PRONOUNS:
        # "she" is not a person the text marks as a man ("Mr. Blue")
        skip = skip | antecedents.unlike(lower)
        # a pronoun continues the last subject: "Roe told Hale ... She said" is Roe
        return antecedents.subject_before(token, skip) or antecedents.person_before(token.i, skip)
    if lower in _PLURAL_PRONOUNS:
        return antecedents.group_before(token.i, skip) or antecedents.collective_before(
            token.i, skip
        )
    if lower in _THING_PRONOUNS:
        return antecedents.collective_before(token.i, skip)
    if token.pos_ == "NOUN":
        has_the = any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
        if has_the and lower in ORG_NOUNS:
            return antecedents.organization_before(token.i, skip)
        if has_the:
            return antecedents.titled_before(token.i, lower)
    return None
