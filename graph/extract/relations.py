"""Explicit agreement and disagreement between actors, stated in one sentence.

:func:`find_relation` answers: does this sentence say that the speaker agrees or disagrees
with another actor, and who is that actor? It reads the constructions news uses:

* "X agrees with Y", "X sided with Y", "X disagreed with Y" (a ``with`` object);
* "X backed Y's plan", "X rejected Y's proposal", "X criticized Danish suggestions",
  "X reiterated Y's position" (the owner of the object: a possessive, or a name or
  nationality modifying it, or "its" for the actor named before it); "Y's plan, backed
  by X" (X the agent of a passive verb);
* "X praised Y", "X accused Y of ...", "X warned Y" (a named object);
* "Contrary to Y's claim, X ...", "Unlike Y, X ...", "X's view contrasted with Y's"
  (disagreement); "Echoing Y, X ...", "In line with Y, X ..." (agreement);
* "X differs from Y", "X is at odds with Y", "X's views could not be more different from
  Y's", "X disagrees with what Y said" (disagreement);
* "X said Y's terms were unfair" (a position of Y's, judged in what X says);
* "X distanced itself from Y's remarks" (a ``from`` object), "X lobbied against Y's
  levy", "X will vote against the Y bill" (an ``against`` object of the speaker's verb).

A negated verb flips the relation ("did not agree with Y"). The target is returned as the
span of its name (a named entity when spaCy found one), for the caller to resolve to an
actor. Extraction stores it as ``Statement.target_actor`` with ``relation``.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("Ana Petrov said that she agrees with Jon Ames about the plan.")
    >>> relation, target = find_relation(doc[:], doc[0:2])
    >>> relation, target.text
    ('agree', 'Jon Ames')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .judged import judged_actor
from .lexicon import ATTITUDE_OPPOSE, ATTITUDE_SUPPORT, COPULAS
from .owners import (
    ACTOR_ENTS,
    POSITION_NOUNS,
    acted_on,
    by_agent,
    is_actor,
    its_owner,
    name_span,
    negated,
    owner_of,
    subject_ids,
)
from .stance import cue_polarity, valence
from .stance.words import WITHHOLDING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "AGREE_VERBS",
    "DISAGREE_VERBS",
    "POSITION_NOUNS",
    "find_relation",
]

Relation = Literal["agree", "disagree"]


def _table(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Verbs whose object (or "with" object) is an actor or an actor's position they agree with.
AGREE_VERBS: frozenset[str] = _table(
    """
    agree concur side align back support endorse praise welcome echo join applaud hail
    commend thank laud embrace accept second reiterate restate defend stand
    """
)
#: Verbs whose object (or "with" object) is an actor or position they stand against.
DISAGREE_VERBS: frozenset[str] = _table(
    """
    disagree reject criticize criticise oppose condemn denounce accuse blame warn attack
    slam dismiss rebuke contradict refute dispute challenge fault chide scold contrast
    rebut counter decry deride mock ridicule assail lambaste blast castigate clash differ
    distance
    """
)
#: Both, as the cue search tests them.
_AGREEMENT_VERBS = AGREE_VERBS | DISAGREE_VERBS
#: Adjectives of attitude ("happy with", "wary of"), either side.
_ATTITUDE_WORDS = ATTITUDE_SUPPORT | ATTITUDE_OPPOSE
#: Verbs whose partner is given with "with": "agree with", "clash with", "side with".
_WITH_VERBS: frozenset[str] = _table(
    "agree concur side align disagree contrast clash differ distance stand"
)
#: Prepositions that give the partner of a "with" verb: "differ from Y" as "differ with Y",
#: "stand by Y" and "stand behind Y" as "stand with Y".
_PARTNER_PREPS: frozenset[str] = _table("with from by behind")
#: Adjectives of difference: "X's view is different from Y's", "X is at odds with Y".
_DIFFERENT: frozenset[str] = _table("different odds opposite contrary")
#: Prepositional markers placed before the clause: "Contrary to Y's assertion, ...".
_MARKERS: dict[str, Relation] = {
    "contrary": "disagree",
    "unlike": "disagree",
    "contrast": "disagree",
    "echo": "agree",
    "line": "agree",  # "in line with"
    "agreement": "agree",  # "in agreement with"
}
_PRONOUNS: frozenset[str] = _table("he she they it we i who")
_POSSESSIVE_PRONOUNS: frozenset[str] = _table("his her their its our my your")
#: Pronouns of someone other than the speaker, resolved by the caller: "his stance".
_THIRD_PERSON: frozenset[str] = _table("he she him her his they them their")


@dataclass(frozen=True)
class _Cues:
    """Tokens of one sentence (document indices, in order) that can open each construction,
    whoever the speaker is: what the readers below walk instead of the whole sentence."""

    verbs: tuple[int, ...]  # an agree or disagree verb
    markers: tuple[int, ...]  # "contrary", "unlike", "echoing", "in line with"
    different: tuple[int, ...]  # "different", "at odds"
    attitudes: tuple[int, ...]  # "happy with", "wary of" under a copula
    reactions: tuple[tuple[int, int], ...]  # a reaction noun that takes a side, and its side
    judged: tuple[int, ...]  # a subject that names a position
    against: tuple[int, ...]  # "against" under a verb: "lobbied against Y's levy"


_CUES_KEY = "stancegraph_relation_cues"


def _cues(sentence: Span) -> _Cues:
    """The sentence's :class:`_Cues`, found once per sentence and kept in ``doc.user_data``
    (a sentence with many statements is read once, not once per statement)."""
    cache = sentence.doc.user_data.setdefault(_CUES_KEY, {})
    key = (sentence.start, sentence.end)
    if key not in cache:
        cache[key] = _find_cues(sentence)
    return cache[key]


def _find_cues(sentence: Span) -> _Cues:
    verbs, markers, different, attitudes, reactions, judged = [], [], [], [], [], []
    against = []
    for token in sentence:
        lemma = token.lemma_.lower()
        words = {token.lower_, lemma}
        if token.pos_ in {"VERB", "AUX"} and lemma in _AGREEMENT_VERBS:
            verbs.append(token.i)
        if lemma in _MARKERS and not (lemma == "contrast" and token.pos_ == "VERB"):
            markers.append(token.i)
        if words & _DIFFERENT:
            different.append(token.i)
        if (
            words & _ATTITUDE_WORDS
            and token.dep_ == "acomp"
            and token.head.lemma_.lower() in COPULAS
        ):
            attitudes.append(token.i)
        if token.pos_ == "NOUN":
            side = cue_polarity(token) or 0
            if side < 0 or (side > 0 and lemma in _SIDING_NOUNS):
                reactions.append((token.i, side))
        if token.dep_ in {"nsubj", "nsubjpass"} and lemma in POSITION_NOUNS:
            judged.append(token.i)
        if token.lower_ == "against" and token.dep_ == "prep" and token.head.pos_ == "VERB":
            against.append(token.i)
    return _Cues(
        tuple(verbs),
        tuple(markers),
        tuple(different),
        tuple(attitudes),
        tuple(reactions),
        tuple(judged),
        tuple(against),
    )


def _speaker_ids(speaker: Span | Token) -> set[int]:
    if hasattr(speaker, "i"):
        return {speaker.i}  # type: ignore[union-attr]
    return {t.i for t in speaker}  # type: ignore[union-attr]


def _attitude(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "X was not happy with Y's plan", "X is wary of Y": an attitude toward an actor or
    toward a position an actor owns, held by the speaker."""
    doc = sentence.doc
    for index in _cues(sentence).attitudes:
        adjective = doc[index]
        words = {adjective.lower_, adjective.lemma_.lower()}
        side = 1 if words & ATTITUDE_SUPPORT else -1 if words & ATTITUDE_OPPOSE else 0
        verb = adjective.head
        if not side or adjective.dep_ != "acomp" or verb.lemma_.lower() not in COPULAS:
            continue
        if not _owned_by(verb, speaker):
            continue
        for prep in adjective.children:
            if prep.dep_ != "prep":
                continue
            for token in prep.subtree:
                if token.pos_ not in {"NOUN", "PROPN"} or token.i in speaker:
                    continue
                denied = negated(verb) or negated(adjective)
                owner = owner_of(token, opposed=(side < 0) != denied)
                if owner is not None and owner.i not in speaker:
                    if denied:
                        side = -side
                    return ("agree" if side > 0 else "disagree"), owner
    return None


#: Nouns of a reaction that side with what they are toward ("X's backing for Y's plan");
#: others ("X's offer to Y") name a recipient, not a side, unless they oppose.
_SIDING_NOUNS: frozenset[str] = _table("support backing endorsement praise approval")
#: Prepositions that give what a reaction is toward: "response to", "criticism of".
_TOWARD: frozenset[str] = _table("to toward towards against over on of for")


def _reaction(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "the angry response of X to Y's tariffs", "X's sharp rejection of the Y plan": a
    reaction the speaker owns, toward an actor named in what it reacts to."""
    doc = sentence.doc
    for index, side in _cues(sentence).reactions:
        noun = doc[index]
        owned = [c for c in noun.children if c.dep_ == "poss" and c.i in speaker]
        owners = {
            g.i
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"of", "from", "by"}
            for g in c.children
            if g.dep_ == "pobj" and g.i in speaker
        }
        if not owned and not owners:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in _TOWARD:
                continue
            if any(g.i in owners for g in prep.children):
                continue  # "the response of X": the owner, not the target
            for token in prep.subtree:
                if token.i not in speaker and token.ent_type_ in ACTOR_ENTS:
                    return ("agree" if side > 0 else "disagree"), token
    return None


def _owned_by(verb: Token, speaker: set[int]) -> bool:
    """The verb is the speaker's: its subject is the speaker or a pronoun standing for it."""
    subject = subject_ids(verb)
    if subject & speaker:
        return True
    doc = verb.doc
    if subject and all(doc[i].lower_ in _PRONOUNS for i in subject):
        return True  # "Petrov said that she agrees": the pronoun is the caller's speaker
    if not subject:
        # a participle or a clause with no subject of its own ("saying ...") is the speaker's
        return any(t.i in speaker for t in verb.head.children) or verb.head.i in speaker
    return False


def _subject_owned(verb: Token, speaker: set[int]) -> bool:
    """ "X's view contrasted with ...": the speaker owns the subject."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "poss" and c.i in speaker for c in child.children)
        for child in verb.children
    )


def _with_partner(verb: Token) -> Token | None:
    """The partner of "agree with Y", "differ from Y", or the speaker of "with what Y said"."""
    for child in verb.children:
        # the parser may take the "by" of "stood by Y" for a passive's agent
        if child.dep_ in {"prep", "agent"} and child.lower_ in _PARTNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return owner_of(pobj)
                if pobj.dep_ == "pcomp":
                    # "with what she said": whoever said it
                    return next(
                        (s for s in pobj.children if s.dep_ == "nsubj" and _names_someone(s)),
                        None,
                    )
    return None


def _names_someone(token: Token) -> bool:
    """An actor's name, or a third-person pronoun the caller resolves to one."""
    return is_actor(token) or token.lower_ in _THIRD_PERSON


def _difference(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "X's views are different from Y's", "X is at odds with Y": a stated difference."""
    doc = sentence.doc
    for index in _cues(sentence).different:
        word = doc[index]
        if word.i in speaker:
            continue
        verb = word.head if word.dep_ in {"acomp", "pobj", "attr"} else word
        if word.dep_ == "pobj":
            verb = word.head.head  # "is at odds with": the adjective sits under "at"
        if not (
            _owned_by(verb, speaker)
            or _subject_owned(verb, speaker)
            or _own_view_reported(verb, speaker)
        ):
            continue
        # "could not be more different": a negated comparative says the most difference
        flipped = negated(verb) and not any(c.lower_ == "more" for c in word.children)
        for prep in (*word.children, *verb.children):
            if prep.dep_ != "prep" or prep.lower_ not in {"from", "to", "with"}:
                continue
            for pobj in prep.children:
                owner = owner_of(pobj) if pobj.dep_ == "pobj" else None
                if owner is not None and owner.i not in speaker:
                    return ("agree" if flipped else "disagree"), owner
    return None


def _own_view_reported(verb: Token, speaker: set[int]) -> bool:
    """ "X said her views were ...": the subject is a view the speaker reports as theirs."""
    owned = any(
        c.dep_ == "nsubj"
        and any(p.dep_ == "poss" and p.lower_ in _POSSESSIVE_PRONOUNS for p in c.children)
        for c in verb.children
    )
    return owned and any(subject_ids(a) & speaker for a in verb.ancestors if a.pos_ == "VERB")


def _marker(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "Contrary to Y's assertion", "Unlike Y", "Echoing Y", "In line with Y"."""
    doc = sentence.doc
    for index in _cues(sentence).markers:  # "contrast" as a verb is read with the verbs
        token = doc[index]
        relation = _MARKERS[token.lemma_.lower()]
        if token.i in speaker:
            continue
        objects: list[Token] = []
        if token.lemma_.lower() == "echo" and token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
        elif token.lower_ == "unlike":
            objects = [c for c in token.children if c.dep_ == "pobj"]
        else:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}:
                    objects.extend(c for c in prep.children if c.dep_ == "pobj")
        for obj in objects:
            owner = owner_of(obj)
            if owner is not None and owner.i not in speaker:
                return relation, owner
    return None


def _blamed_on(verb: Token) -> Token | None:
    """Who is blamed in "blamed Z on Y": the owner of the "on" object (which the parser
    may hang on Z)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    for prep in (*verb.children, *(c for o in objects for c in o.children)):
        if prep.dep_ == "prep" and prep.lower_ == "on":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return owner_of(pobj)
    return None


def _withheld(verb: Token) -> bool:
    """The verb's act is denied: negated ("did not back Y"), or the complement of a
    refusal ("refused to back Y", "declined to criticise Y")."""
    return negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS)


def find_relation(sentence: Span, speaker: Span | Token) -> tuple[Relation, Span] | None:
    """The explicit agreement or disagreement the speaker states in ``sentence``, if any.

    Args:
        sentence: the evidence sentence.
        speaker: the speaker's mention in the sentence (name or pronoun).

    Returns:
        ``("agree" | "disagree", target_name_span)`` or ``None``.
    """
    ids = _speaker_ids(speaker)
    doc = sentence.doc
    for index in _cues(sentence).verbs:
        verb = doc[index]
        lemma = verb.lemma_.lower()
        by_speaker = by_agent(verb, ids)
        if not (
            by_speaker
            or _owned_by(verb, ids)
            or (lemma == "contrast" and _subject_owned(verb, ids))
        ):
            continue
        relation: Relation = "agree" if lemma in AGREE_VERBS else "disagree"
        target: Token | None = None
        if lemma in _WITH_VERBS and not by_speaker:
            target = _with_partner(verb)
        if lemma == "blame":
            target = _blamed_on(verb)  # "blamed the attack on Y", "blamed by X on Y"
        if target is None and lemma not in {"agree", "disagree", "concur"}:
            for child in acted_on(verb, by_speaker):
                opposed = (relation == "disagree") != _withheld(verb)
                target = owner_of(child, opposed=opposed) or its_owner(child, ids)
                if target is not None:
                    break
        if target is None or target.i in ids:
            continue
        if _withheld(verb):
            if relation == "disagree" and not negated(verb):
                continue  # "declined to criticise Y": blame withheld takes no side
            relation = "disagree" if relation == "agree" else "agree"
        return relation, name_span(target)
    found = (
        _marker(sentence, ids)
        or _difference(sentence, ids)
        or _judged_position(sentence, ids)
        or _attitude(sentence, ids)
        or _reaction(sentence, ids)
        or _against(sentence, ids)
        or judged_actor(sentence, ids)
    )
    if found is not None:
        return found[0], name_span(found[1])
    return None


def _judged_position(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "X said Y's proposals were disappointing": the speaker judges another's position.

    The judged phrase must be owned by another actor ("Y's proposals", "the plan of Y")
    and the judgement must sit in something the speaker says (a clause under a verb whose
    subject is the speaker).
    """
    doc = sentence.doc
    for index in _cues(sentence).judged:
        subject = doc[index]
        if subject.i in speaker:
            continue
        verb = subject.head
        judged = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
        value = sum(valence(j) for j in judged)
        value += sum(valence(m) for j in judged for m in j.children if m.dep_ == "amod")
        if abs(value) < 1.0:
            continue  # only a subject naming a position is read: not "Norvale's bakery"
        owners = [c for c in subject.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS]
        owner = owners[0] if owners and owners[0].lower_ not in _POSSESSIVE_PRONOUNS else None
        if owner is None or owner.i in speaker:
            continue
        if not any(subject_ids(a) & speaker for a in verb.ancestors if a.pos_ == "VERB"):
            continue
        relation: Relation = "agree" if value > 0 else "disagree"
        if negated(verb):
            relation = "disagree" if relation == "agree" else "agree"
        return relation, owner
    return None


def _against(sentence: Span, speaker: set[int]) -> tuple[Relation, Token] | None:
    """ "X lobbied against Y's levy", "X will vote against the Y bill": whatever the
    speaker's verb, acting against an actor or an actor's measure is disagreement. Not
    acting against it ("did not vote against") says no side, so a negated verb is skipped."""
    doc = sentence.doc
    for index in _cues(sentence).against:
        prep = doc[index]
        verb = prep.head
        if negated(verb) or not _owned_by(verb, speaker):
            continue
        for pobj in prep.children:
            owner = owner_of(pobj) if pobj.dep_ == "pobj" else None
            if owner is not None and owner.i not in speaker:
                return "disagree", owner
    return None
