"""Whose position a phrase names, for the relation readers of :mod:`.relations`.

"Y's plan", "the plan of Y", "the Y proposal", "the plan Y announced", "its bid" after
"Norvale's hopes", and the actor a passive verb's "by" names ("backed by X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "ACTOR_ENTS",
    "POSITION_NOUNS",
    "acted_on",
    "by_agent",
    "is_actor",
    "its_owner",
    "name_span",
    "negated",
    "owner_of",
    "subject_ids",
]


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Entity labels of actors: people, organisations, places that act, nationalities.
ACTOR_ENTS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PRONOUNS: frozenset[str] = _words("he she they it we i who")
#: Nouns that name a position someone holds, which a speaker can judge ("Y's proposal").
POSITION_NOUNS: frozenset[str] = _words(
    """
    proposal plan policy idea offer demand decision claim statement remark comment position
    stance view approach strategy move measure action bill law reform deal agreement
    suggestion call request insistence assertion argument response answer program programme
    record
    """
)
#: Possessives of someone other than the speaker when what they own is opposed: one
#: attacks "his record" or is wary of "her plan" of another actor's, not one's own.
_OTHERS: frozenset[str] = _words("his her their")


def name_span(token: Token) -> Span:
    """The named entity holding ``token``, else the token with its compound words."""
    doc = token.doc
    if token.ent_type_:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    left = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    return doc[left : token.i + 1]


def is_actor(token: Token) -> bool:
    """A named actor: an entity of an actor's kind, or a proper noun."""
    return token.ent_type_ in ACTOR_ENTS or (token.pos_ == "PROPN" and not token.is_stop)


def by_agent(verb: Token, speaker: set[int]) -> bool:
    """The speaker is who does a passive verb: "Y's plan, backed by X", "was backed by
    Ostia and X"."""
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for pobj in agent.children:
            if pobj.dep_ == "pobj" and any(t.i in speaker for t in (pobj, *pobj.conjuncts)):
                return True
    return False


def acted_on(verb: Token, passive: bool) -> list[Token]:
    """What a verb acts on: its object; for a passive one, its subject or the noun it
    modifies ("the plan, backed by X": the plan)."""
    if not passive:
        return [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects or ([verb.head] if verb.dep_ == "acl" else [])


def its_owner(obj: Token, speaker: set[int]) -> Token | None:
    """Whom "its" in "its bid" stands for: the actor named last before it in the sentence
    as a subject or an owner ("Norvale's hopes rose, with its bid backed by Ostia")."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
        return None
    for token in reversed(obj.doc[obj.sent.start : obj.i]):
        if token.i in speaker:
            continue
        if token.dep_ in {"poss", "nsubj", "nsubjpass"} and is_actor(token):
            return token
    return None


def owner_of(obj: Token, *, opposed: bool = False) -> Token | None:
    """Whose position an object is: "Y's plan", "those of Y", "Western suggestions", "Y";
    when ``opposed``, also "his record" (the pronoun, resolved by the caller)."""
    if is_actor(obj):
        return obj
    if opposed and obj.lemma_.lower() in POSITION_NOUNS:
        for child in obj.children:
            if child.dep_ == "poss" and child.lower_ in _OTHERS:
                return child
    for child in obj.children:
        if child.dep_ == "poss" and (is_actor(child) or child.lower_ not in _PRONOUNS):
            if child.lower_ in {"his", "her", "their", "its", "our", "my"}:
                continue
            return child
    for child in obj.children:  # "those of Y", "the proposal of Y", "remarks from Y"
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "by"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_actor(pobj):
                    return pobj
    for child in obj.children:  # "Danish suggestions", "Lisbon proposal"
        if child.dep_ in {"amod", "compound", "nmod"} and (
            is_actor(child)
            or (
                child.pos_ == "ADJ"
                and child.is_title
                and not child.is_sent_start
                and not child.doc[child.i - 1].is_punct
            )
        ):
            return child
    for child in obj.children:  # "the measures Y was taking", "the plan Y announced"
        if child.dep_ == "relcl":
            for subject in child.children:
                if subject.dep_ == "nsubj" and is_actor(subject):
                    return subject
    return None


def negated(verb: Token) -> bool:
    """The word carries a negation ("did not back", "not different")."""
    return any(c.dep_ == "neg" for c in verb.children)


def subject_ids(verb: Token) -> set[int]:
    """Tokens of the verb's subject, inherited through conjunctions and open complements."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return {t.i for s in subjects for t in s.subtree}
        if node.dep_ in {"conj", "xcomp", "advcl"} and node.head.i != node.i:
            node = node.head
        else:
            break
    return set()
