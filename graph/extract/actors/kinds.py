"""Whether a mention names an actor at all, and of which type (the rule is in the
package docstring).
"""

from __future__ import annotations

from functools import cache
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
    import inflect
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


#: Nouns for people in general: a source only with words saying which ones ("people
#: close to the talks").
GENERIC_PEOPLE = frozenset({"people", "person"})


# Nouns that name no one by themselves: "people said", "the company said" with no
# company named are nobody in particular; "Ohio farmers", "people in the city" are.
_BARE_NOUNS = frozenset({"company", "companies", "firm", "firms", "group"}) | GENERIC_PEOPLE


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


# Dependents that describe which ones a noun means ("senior officials", "a friend of
# the family", "people briefed on the talks", "the city's mayor").
_DESCRIBING_DEPS = frozenset(
    {"amod", "compound", "nmod", "poss", "nummod", "prep", "acl", "relcl", "appos", "npadvmod"}
)


# Determiners of a noun that refers back to things the text already named.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# Determiners of a noun that means two or more actors named before ("both sides").
_PAIRED = frozenset({"both", "either", "neither"})


# Determiners of one unnamed member of a group ("a friend", "another official").
SINGLE_DETS = frozenset({"a", "an", "one", "another"})


def _describers(head: Token) -> list[Token]:
    """The dependents of a noun that say which ones it means ("one" is a determiner)."""
    return [c for c in head.children if c.dep_ in _DESCRIBING_DEPS and c.lower_ not in SINGLE_DETS]


def bare_noun(head: Token) -> bool:
    """Whether a common noun stands alone in its phrase, with at most a determiner ("the
    senator", "a friend", "people"): nothing says which one it means."""
    return head.pos_ == "NOUN" and not _describers(head)


def _determiner(head: Token) -> str | None:
    """The noun's determiner, "one" counted as one ("one official")."""
    dets = (c for c in head.children if c.dep_ in ("det", "predet") or c.lower_ in SINGLE_DETS)
    return next((c.lower_ for c in dets), None)


def anaphoric(head: Token) -> bool:
    """Whether a bare noun refers back to actors named before rather than naming one:
    one with a definite article ("the senator", "the man", "the campaign"), or a pair
    ("both men"). A government's body is not: "the ministry" is the government's."""
    det = _determiner(head)
    singular = head.tag_ == "NN" and det in _DEFINITE and not seat_of_government(head)
    return bare_noun(head) and (singular or det in _PAIRED)


def seat_of_government(head: Token) -> bool:
    """ "the government", "the ministry": the government of the country the story is
    about, an actor even when no sentence names it."""
    return head.lower_ in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS


def one_member(head: Token) -> bool:
    """Whether a bare singular noun is one unnamed member of its group ("a friend said",
    "an official said"): analysts code it as the group ("friends", "officials")."""
    # a clause on the noun is what the member said ("a farmer who said"), not which one
    lone = all(c.dep_ in ("relcl", "acl") for c in _describers(head))
    single = head.tag_ == "NN" and _determiner(head) in SINGLE_DETS
    return head.pos_ == "NOUN" and lone and single


def lone_singular(label: Span) -> bool:
    """Whether an actor's label would be one lower-case singular noun ("woman",
    "campaign"): a common noun alone names no one in particular."""
    return len(label) == 1 and label[0].tag_ == "NN" and label[0].text.islower()


def plural(head: Token) -> str:
    """The plural of a noun's word, as a group of its members is named ("a friend" ->
    "friends", "a spokesman" -> "spokesmen")."""
    return _english().plural_noun(head.lower_) or head.lower_


@cache
def _english() -> inflect.engine:
    """English inflection, made on first use (it costs start-up time)."""
    import inflect

    return inflect.engine()


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
    norp = [t for t in content if t.ent_type_ == "NORP"]
    if norp and (head in norp or head.pos_ == "PROPN" or source_noun(head)):
        if head.tag_ == "NN" and _org_noun(head) and proposed == "Person":
            return "Organization"  # "the Chinese trade ministry": a body, no one person
        return proposed  # "Democrats", "pro-Russian", "Democratic leaders": a collective
    if norp and head.pos_ == "NOUN":
        return None  # "the Republican debate": an event, named for a party
    names = [t for t in content if t.pos_ == "PROPN" or t.ent_type_ in ACTOR_LABELS]
    if any(t.text[:1].isupper() for t in names):
        # a name is capitalised, however the parser tagged it; a name before a noun for
        # bodies names a body ("the U.N. refugee agency", "the Hale campaign")
        body = head.pos_ == "NOUN" and head.tag_ == "NN" and _org_noun(head)
        thing = head.pos_ == "NOUN" and head not in names and not source_noun(head)
        if thing and not {head.lemma_.lower(), head.lower_} & DOCUMENT_NOUNS:
            return None  # "the Acme jet", "her Facebook profile": a name's thing, no one
        return "Organization" if proposed == "Person" and body else proposed
    if head.pos_ in ("INTJ", "PRON", "VERB", "AUX"):
        return None
    if head.pos_ == "NUM":
        return proposed  # "two of them", "Sixty percent": a count of people
    # a common noun (or a lower-case word tagged as a name, as "jabbed" may be)
    lemma, word = head.lemma_.lower(), head.lower_
    if anaphoric(head):
        return None  # "the senator", "both men": someone named before, or no one new
    if lemma in DOCUMENT_NOUNS or word in DOCUMENT_NOUNS:
        # "the Acme report said" is a source; "records show", "a statement said" with
        # no one named as their author are no one's
        return None if bare_noun(head) else proposed
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


def is_clause_subject(first: Token) -> bool:
    """Whether the mention starting at ``first`` is a clause's subject ("Ann Roe said")."""
    token = first
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
