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
federation", "Hadley campaign spokesman X"), from a clause about it in its sentence ("X,
who heads Brazil's delegation", "speaking for the union, X said", "X is president of the
union") or from the actor's other mentions in the same article, never from a
neighbouring name. A party outranks the chamber its member sits in; analysts employed
by a firm speak for no side.

Only actors are actors: a mention becomes one only when it is a name (capitalised, as
names are), a noun phrase headed by a noun for people, groups or organisations ("Ohio
farmers", "the Acme union", "people close to the talks"), a country or an outlet.
Pronouns, interjections ("Meh"), an interview's "Question"/"Answer" labels, "My
apologies", dates and markup fragments, a lower-case word tagged as a name ("jabbed"),
an event named for a party ("the Republican debate") and a common noun that names no
one by itself are not (:func:`mention_kind`). A common noun alone is resolved or
dropped, never an actor under its own word: "the senator", "the woman" are the person
the story titled or spoke of before (:mod:`..coref`), "both candidates" are two actors
named before, "a friend" is one of the friends (a group, as analysts code unnamed
sources), "people said" is no one, "Ann Roe's campaign" is named with its owner, and a
document ("records show", "the statement said") speaks for its author when one is named
("the Acme Institute's survey") and for no one otherwise. "The ministry" with no
ministry named is the government of the story's country. The type comes from the same
evidence: "the company" is an Organization, never a Person; a "radio host" is a person,
not the radio.

One job per module: :mod:`.index` (the article's actors as they are assembled),
:mod:`.kinds` (whether a mention is an actor), :mod:`.countries` (datelines, demonyms,
capitals), :mod:`.parties` (parties, party notation, campaigns and cabinets),
:mod:`.organizations` (named bodies, acronyms, "the union" referring back),
:mod:`.serving` (the body a clause around a name says the person serves),
:mod:`.prefixes` (where the title before a name begins), :mod:`.titles` (roles and
affiliations from titles and appositions), :mod:`.clauses` (parties a clause about a
person states), :mod:`.descriptions` (candidates resumed by their party: "the Republican
front-runner"), :mod:`.people` (person names), :mod:`.epithets` (nicknames),
:mod:`.groups` (unnamed sources and collectives) and :mod:`.article` (all of them over
one article).
"""

from __future__ import annotations

from .article import index_actors
from .groups import (
    group_actor,
    lone_noun_actor,
    member_body,
    phrase_affiliation,
    share_side,
    trailing_phrase_end,
)
from .index import ActorIndex
from .kinds import (
    anaphoric,
    lone_singular,
    mention_kind,
    one_member,
    plural,
)
from .organizations import refer_back
from .people import add_person
from .staff import staff_sides
from .titles import names_outlet

__all__ = [
    "ActorIndex",
    "add_person",
    "anaphoric",
    "group_actor",
    "index_actors",
    "lone_noun_actor",
    "lone_singular",
    "member_body",
    "mention_kind",
    "names_outlet",
    "one_member",
    "phrase_affiliation",
    "plural",
    "refer_back",
    "share_side",
    "staff_sides",
    "trailing_phrase_end",
]
