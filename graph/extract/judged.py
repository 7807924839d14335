"""A speaker's judgement of another actor: "Y was reckless", "Y is plainly wrong".

A negative judgement a speaker passes on a named actor (the actor as the subject of a
judging adjective, in what the speaker says) is disagreement with that actor. Only
judgements of the actor are read, not its states: "Y was worried", "Y is unhappy with
the deal" say how Y feels (attitude words, or an adjective with a complement), not what
the speaker thinks of Y. Praise is not read: "Y was pleased" or "Y is popular" says
nothing of the speaker's side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .lexicon import ATTITUDE_OPPOSE, ATTITUDE_SUPPORT
from .owners import is_actor, negated, subject_ids
from .stance import valence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["JUDGED_AT", "judged_actor"]

#: How negative (VADER valence) the words judging an actor must be to count as blame.
JUDGED_AT = -1.0
#: Words of how an actor feels, not of what the speaker thinks of it ("Y was worried").
_ATTITUDES = ATTITUDE_OPPOSE | ATTITUDE_SUPPORT


def _judging_words(subject: Token) -> list[Token]:
    """The adjectives the clause of ``subject`` says it is: "Y was wrong", "Y were unyielding"
    (the parser may make the adjective the head), "Y is a reckless leader"."""
    head = subject.head
    if head.pos_ == "ADJ":
        return [head]
    if head.tag_ == "VBG" and head.lower_.startswith("un"):
        # "Y were unyielding": a negated adjective in -ing the tagger took for a
        # participle (no verb is negated with "un-" and then made progressive)
        return [head]
    words = [c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    for attr in (c for c in head.children if c.dep_ == "attr"):
        words.extend(m for m in attr.children if m.dep_ == "amod")
    return words


def judged_actor(sentence: Span, speaker: set[int]) -> tuple[Literal["disagree"], Token] | None:
    """ "X said Y was reckless": ``("disagree", Y)`` when the speaker blames a named
    actor; ``None`` otherwise (see the module docstring)."""
    for head in sentence:
        if head.dep_ != "nsubj" or head.i in speaker:
            continue
        # "Y and Z were reckless": the first of the coordinated subjects named as an actor
        subject = next((t for t in (head, *head.conjuncts) if is_actor(t)), None)
        if subject is None or subject.i in speaker:
            continue
        words = [
            w
            for w in _judging_words(head)
            if w.lower_ not in _ATTITUDES
            and w.lemma_.lower() not in _ATTITUDES
            and not any(c.dep_ in {"prep", "xcomp", "ccomp"} for c in w.children)
        ]
        if not words or sum(valence(w) for w in words) > JUDGED_AT:
            continue
        clause = head.head
        if negated(clause) or any(negated(w) for w in words):
            continue
        if any(subject_ids(a) & speaker for a in clause.ancestors if a.pos_ == "VERB"):
            return "disagree", subject
    return None
