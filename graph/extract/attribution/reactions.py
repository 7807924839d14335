"""Verbs of feeling whose object feels it: "the plan angered Roe", "Roe was dismayed by
the plan", "the plan did not sit well with Roe".

Whoever feels (the experiencer) takes a side on what stirred the feeling (the stimulus),
as "Roe was unhappy with the plan" does: against it for anger or alarm, for it for
delight (the polarity is read by :func:`graph.extract.stance.cue_polarity`). What stirs
it is a matter, not someone ("Roe angered the union" tells of Roe's act). The verbs are
the object-experiencer verbs of English with a plain side ("amuse" verbs, VerbNet class
31.1, narrowed to feelings about a matter); only an actor a rule knows can feel, and a
feeling someone else guesses ("may anger Roe") or forecasts ("will anger Roe") is nobody's
stand yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..stance.syntax import is_agent
from ..stance.words import REACTION_VERBS
from .spans import _Candidate, _subtree_span
from .speakers import _Speakers

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reaction"]

# Modals of a feeling guessed or forecast, not felt: "could anger", "will upset".
_UNFELT_MODALS = frozenset({"may", "might", "could", "would", "will", "'ll", "can", "must"})
# Prepositions of a passive feeling's stimulus: "dismayed by", "angered over", "alarmed at".
_STIMULUS_PREPS = frozenset({"by", "at", "over", "about", "with"})


def reaction(verb: Token, lemma: str, speakers: _Speakers) -> _Candidate | None:
    """The experiencer's stand on the stimulus, when ``verb`` is a verb of feeling with an
    actor who feels it: its object ("angered Roe"), the subject of its passive ("Roe was
    angered by"), or the object of "with" after "sit well" ("did not sit well with Roe")."""
    if lemma not in REACTION_VERBS:
        return None
    if verb.i in speakers.in_quotes or any(
        c.dep_ == "aux" and c.lower_ in _UNFELT_MODALS for c in verb.children
    ):
        return None
    if lemma == "sit":
        return _sits_well(verb, speakers)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if passive:
        felt = [c for c in verb.children if c.dep_ == "nsubjpass"]
        stimulus = [
            g
            for c in verb.children
            if c.dep_ in {"agent", "prep"} and c.lower_ in _STIMULUS_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        felt = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        stimulus = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    return _candidate(verb, felt, stimulus, speakers)


def _sits_well(verb: Token, speakers: _Speakers) -> _Candidate | None:
    """ "the plan did not sit well with Roe": "sit well with" is a verb of feeling."""
    if not any(c.dep_ == "advmod" and c.lower_ == "well" for c in verb.children):
        return None
    felt = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    stimulus = [c for c in verb.children if c.dep_ == "nsubj"]
    cand = _candidate(verb, felt, stimulus, speakers)
    if cand is not None:
        cand.cue_text = "sit well"
    return cand


def _candidate(
    verb: Token, felt: list[Token], stimulus: list[Token], speakers: _Speakers
) -> _Candidate | None:
    if len(felt) != 1 or not stimulus or any(is_agent(s) for s in stimulus):
        # "Brown angered the union by saying ...": someone who stirs a feeling acts, and
        # what they said or did is theirs to answer for; the feeling is about a matter
        return None
    key = speakers.of(felt[0], set())
    if key is None:
        return None
    content = _subtree_span(verb.doc, stimulus)
    return _Candidate(verb, verb.lemma_.lower(), [key], content, False, subjects={key: felt[0]})
