"""Whether a mention names an actor at all, and of which type (the rule is in the
package docstring).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import ActorType
from ..lexicon import (
    BUSINESS_NOUNS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# NER labels that can name an actor; others (DATE, LAW, ...) never speak.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


MISTYPED_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})


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


def source_noun(head: Token) -> bool:
    """Whether a common noun can name someone who speaks: a noun for people, groups or
    organisations ("diplomat", "union", "farmer"), or one with an agent suffix
    ("strategist", "consultant"), not a thing ("statement")."""
    lemma, word = head.lemma_.lower(), head.lower_
    agent = lemma in _SOURCE_NOUNS or word in _SOURCE_NOUNS
    suffixed = word.endswith(_AGENT_SUFFIXES) and not word.endswith(_THING_SUFFIXES)
    return agent or (len(word) > 4 and suffixed and head.pos_ == "NOUN")


def _org_noun(token: Token) -> bool:
    return token.lower_ in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS


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
    names = [t for t in content if t.pos_ == "PROPN" or t.ent_type_ in ACTOR_LABELS]
    if any(t.text[:1].isupper() for t in names):
        # a name is capitalised, however the parser tagged it; a name before a noun for
        # bodies names a body ("the U.N. refugee agency", "the Hale campaign")
        body = head.pos_ == "NOUN" and head.tag_ == "NN" and _org_noun(head)
        return "Organization" if proposed == "Person" and body else proposed
    if head.pos_ in ("INTJ", "PRON", "VERB", "AUX"):
        return None
    if head.pos_ == "NUM":
        return proposed  # "two of them", "Sixty percent": a count of people
    # a common noun (or a lower-case word tagged as a name, as "jabbed" may be)
    lemma, word = head.lemma_.lower(), head.lower_
    if lemma in DOCUMENT_NOUNS or word in DOCUMENT_NOUNS:
        return proposed  # "the report said", "polls show": a source, if not a person
    if not source_noun(head):
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
