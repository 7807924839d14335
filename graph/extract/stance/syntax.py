"""Small questions about a parse: negation, subject, auxiliaries, tense, argument roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import GOVERNMENT_NOUNS, GROUP_NOUNS, ORG_NOUNS, PERSON_NOUNS
from .words import FORECAST_MODALS, NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "aux_words",
    "has_to_clause",
    "has_to_marker",
    "in_quote",
    "is_agent",
    "is_core",
    "is_negated",
    "is_past",
    "lemma_of",
    "subject_of",
    "takes_against",
]


def is_negated(token: Token) -> bool:
    """True when a verb (or its auxiliaries) carries a negation: "would not sign"."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIONS:
            return True
        # "no foreign presence", "in no way": a negated argument negates the clause
        if child.dep_ in {"nsubj", "dobj", "obj", "attr"} and any(
            g.lower_ == "no" for g in child.children
        ):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in child.children
        ):
            return True
    return False


def in_quote(token: Token) -> bool:
    """The token stands inside quotation marks (its paragraph read from the start).

    A curly opening mark before it, with no closing mark after that, quotes it; straight
    marks quote it when an odd number of them come before it in its paragraph.
    """
    straight = 0
    for i in range(token.i - 1, -1, -1):
        text = token.doc[i].text
        if "\n" in text:
            break  # a quote left open at a paragraph's end is reopened in the next one
        if "\u201c" in text:
            return True
        if "\u201d" in text:
            return False
        straight += text.count('"')
    return straight % 2 == 1


def is_core(noun: Token) -> bool:
    """A noun that is an argument of a predicate (subject, object, predicate nominal)."""
    return noun.dep_ in {"nsubj", "nsubjpass", "attr", "dobj", "obj", "oprd", "ROOT", "appos"} or (
        noun.dep_ == "conj" and noun.head.i != noun.i and is_core(noun.head)
    )


def is_past(verb: Token) -> bool:
    """The verb reports a past event: simple past, or a past auxiliary ("was", "had")."""
    if any(c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def against_objects(word: Token) -> list[Token]:
    """The objects of the "against" the word takes: what it is against.

    The preposition may hang on the verb's particle or adverb ("pushed back against").
    """
    heads = [word, *(c for c in word.children if c.dep_ in {"advmod", "prt"})]
    return [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def takes_against(word: Token) -> bool:
    """The word takes "against" + an object: what it is against is opposed."""
    return bool(against_objects(word))


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)


def aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}}


def has_to_clause(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and has_to_marker(c) for c in verb.children)


def has_to_marker(verb: Token) -> bool:
    """The verb is an infinitive with "to": "(came) to lobby"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Contracted verbs, read alike whether written with a straight or a curly apostrophe.
_CONTRACTED: dict[str, str] = {"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "'d": "would"}


def lemma_of(token: Token) -> str:
    """The lowercased lemma; a contracted verb ("it’s", "we’re") is read as its full form."""
    text = token.lower_.replace("\u2019", "'")
    if token.pos_ in {"AUX", "VERB"} and text in _CONTRACTED:
        return _CONTRACTED[text]
    return token.lemma_.lower()


#: Nouns of people, groups and bodies: subjects that can act, refuse or prevent.
AGENT_NOUNS: frozenset[str] = GOVERNMENT_NOUNS | GROUP_NOUNS | ORG_NOUNS | PERSON_NOUNS


def is_agent(noun: Token) -> bool:
    """A noun that names someone who can act: a person, group, body or country."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in {"it", "this", "that", "which", "what"}
    return noun.lemma_.lower() in AGENT_NOUNS or noun.lower_ in AGENT_NOUNS
