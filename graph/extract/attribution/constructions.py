"""Cues that are no plain verb: nouns, attitudes, stands, "according to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    BELIEF_ADJECTIVES,
    CALL_PARTICLES,
    COPULAS,
    GROUP_NOUNS,
    NOUN_CUES,
    SIDE_DECLARING_VERBS,
)
from ..stance import valence
from ..stance.words import OPINION_NOUNS
from .cues import _CLAUSAL, _NOT_SOURCES, _OBJECTS, _OF_TARGET_NOUNS, _STATEMENT_VERBS
from .spans import _Candidate, _rest, _subtree_span
from .speakers import _Speakers, _subject_keys

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token


# Prepositions that name who holds a reaction: "support within X", "anger among X".
_AMONG = frozenset({"within", "among", "amongst", "inside"})

# Nouns of a public reaction: a stand when someone drew or voiced it ("drew anger in
# Madrid", "Madrid's anger at the plan").
_REACTIONS = frozenset({"anger", "outrage", "fury", "ire"})

# Verbs of acting on someone's reaction to lessen it ("defuse anger", "ease the ire").
_SOOTHING = frozenset(
    {"defuse", "ease", "calm", "soothe", "placate", "appease", "assuage", "allay", "avert"}
)


def _soothed(noun: Token) -> bool:
    """Whether a reaction noun is what someone acts to lessen ("to defuse American anger")."""
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _SOOTHING


# Words that make a noun cue the marker of a relation, not a statement ("Contrary to
# X's assertion, ..."): the relation is read by .relations.
_MARKER_HEADS = frozenset({"contrary", "unlike", "despite", "contrast"})


# Verbs whose subject holds the opinion their object names ("voters have a view of X").
_HOLDING_VERBS = frozenset({"have", "hold", "take", "share", "form"})


def _view_held(noun: Token) -> bool:
    """An opinion noun whose "of" object is what it is about: one judged by an adjective
    ("a favorable view of X") or had by the verb's subject ("most voters have a view of
    X"), not the holder of "the view of the ministry"."""
    if noun.lemma_.lower() not in OPINION_NOUNS:
        return False
    judged = any(c.dep_ == "amod" and valence(c) != 0 for c in noun.children)
    held = noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _HOLDING_VERBS
    return judged or held


def _counted_holders(cue: Token, verb: Token) -> bool:
    """Whether a reaction a document reports names a share of people who hold it ("the
    survey showed support for the toll from 35 pct of drivers"): they take the stand, the
    document only relays it."""
    if cue.lemma_.lower() not in _OF_TARGET_NOUNS or cue.dep_ != "dobj":
        return False
    after = [c for c in (*cue.children, *verb.children) if c.i > cue.i]
    return any(g.lemma_.lower() in _NOT_SOURCES or g.lower_ == "pct" for g in _holders(after))


def _called_for(cue: Token) -> bool:
    """Whether a "call" says what is called for ("X's call for a ban", "calls to resign",
    "a call that Y step down", "a call on Congress to act"): a "video call", "the
    call centers", "listened in on the call", "her call on Monday" or "her call that
    morning" is a telephone call, no demand. The word after "call" is read too, as the
    parser may hang "to bring ..." on another verb; "on" before a date and "that" as a
    determiner do not count."""
    doc = cue.doc
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if nxt is not None and _demanding(nxt):
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in CALL_PARTICLES and _demanding(c))
        or (
            c.dep_ in ("acl", "relcl", "ccomp", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children)
        )
        for c in cue.children
    )


def _demanding(word: Token) -> bool:
    """Whether a word after "call" opens what is called for: "for", "on"/"upon" someone
    (not a date: "on Monday"), "to", or "that" opening a clause (not "that morning")."""
    lower = word.lower_
    if lower == "to":
        return True
    if lower == "that":
        return word.dep_ != "det"
    if lower not in CALL_PARTICLES:
        return False
    if lower == "for":
        return True
    pobj = next((g for g in word.children if g.dep_ == "pobj"), None)
    if pobj is None and word.i + 1 < len(word.doc):
        pobj = word.doc[word.i + 1]
    return pobj is None or pobj.ent_type_ not in ("DATE", "TIME")


def _supported(cue: Token) -> Token | None:
    """The possessive of "Roe's support among farmers" or "her backing from the unions":
    with the holders named after "among" or "from", the possessor is the one they
    support or oppose, not the one who does."""
    if cue.lemma_.lower() not in _OF_TARGET_NOUNS:
        return None
    poss = next((c for c in cue.children if c.dep_ == "poss"), None)
    return poss if _holders(cue.children) else None


def _holders(children: Iterable[Token]) -> list[Token]:
    """The objects of "from" or "among" in ``children``: who holds a reaction ("support
    from the unions", "backing among farmers")."""
    return [
        g
        for p in children
        if p.dep_ == "prep" and p.lower_ in ("from", *_AMONG)
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _noun_cue(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X's proposal to ...", "the sharp reply of X", "a Danish attempt to ...".

    The owner is a possessive, an "of"/"from"/"by" object, or a name modifying the noun;
    only actors a rule already knows (or a possessive pronoun's antecedent) qualify. A
    "call" is a cue only when it says what is called for (:func:`_called_for`).
    """
    if cue.lemma_.lower() == "call" and not _called_for(cue):
        return None
    head = cue.head
    if head.lower_ in ("to", "with") and head.head.lower_ in _MARKER_HEADS:
        return None
    verb = head.head if cue.dep_ == "pobj" else head
    # "the angry reply of X highlighted the rift": a subject that an adjective judges
    # is a statement of its own, unless its verb reports what it says ("X's statement
    # said that ..."); "X's plan offers ..." describes the plan, not a reaction
    said = (
        cue.dep_ != "nsubj"
        or any(c.dep_ in _CLAUSAL for c in verb.children)
        or not any(c.dep_ == "amod" and abs(valence(c)) >= 1.0 for c in cue.children)
    )
    first = cue
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "rejected X's offer and its demand": both are targets
    if first is not cue and first.dep_ in ("dobj", "pobj"):
        outer = first.head.head if first.dep_ == "pobj" else first.head
        if outer.lemma_.lower() in _STATEMENT_VERBS:
            return None
    if (
        cue.dep_ in ("dobj", "pobj", "nsubj")
        and (
            verb.lemma_.lower() in _MARKER_HEADS
            or (said and (verb.lemma_.lower() in _STATEMENT_VERBS or verb.lemma_.lower() == "cite"))
        )
        and not _counted_holders(cue, head)
    ):
        return None  # "opposed X's proposal": the target of another statement
    owner: Token | None = None
    supported = _supported(cue)
    for child in cue.children:
        if supported is not None and child.i == supported.i:
            continue
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod", "nmod")
            and child.i in speakers.index.by_token
            # "to defuse American anger": a mood someone else acts on, not a stand
            and not (cue.lemma_.lower() in _REACTIONS and _soothed(cue))
        ):
            owner = child
            break
        if child.dep_ == "prep" and (
            child.lower_ in ("of", "from", "by")
            # "support within the party", "opposition among farmers": who holds it
            or (child.lower_ in _AMONG and cue.lemma_.lower() in _OF_TARGET_NOUNS)
        ):
            if child.lower_ == "of" and (cue.lemma_.lower() in _OF_TARGET_NOUNS or _view_held(cue)):
                continue  # "criticism of X": X is the target, not the critic
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            named = pobj is not None and (
                pobj.i in speakers.index.by_token
                or pobj.pos_ == "PROPN"
                # "the reply of European exporters": a group of people or businesses
                or (pobj.pos_ == "NOUN" and pobj.lemma_.lower() in GROUP_NOUNS)
            )
            if named or (pobj is not None and child.lower_ in ("from", "by", *_AMONG)):
                owner = pobj
                break
    if owner is None and cue.dep_ == "dobj":
        # "the plan drew criticism from X", "faced calls from X": the source hangs on
        # the verb that receives the reaction
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "in") and prep.i > cue.i:
                owner = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if prep.lower_ == "in" and (owner is None or owner.ent_type_ != "GPE"):
                    # "drew anger in the capital": a place's government reacts, not a year
                    owner = None
                    continue
                break
    if owner is None:
        return None
    key = speakers.of(owner, set(), generic=owner.pos_ == "NOUN" and owner.dep_ == "pobj")
    if key is None:
        return None
    content_tokens = [c for c in cue.children if c.i != owner.i and c.dep_ not in ("det", "poss")]
    if supported is not None:
        # "Roe's support among farmers": Roe is what the farmers' support is for
        # (the possessor alone: "broad" in "Roe's broad support" says how much, not for whom)
        content_tokens = [supported]
    if owner.head.head.i == head.i and cue.dep_ == "dobj":
        # what drew the reaction is what it is about
        content_tokens = [c for c in head.children if c.dep_ == "nsubj"] or content_tokens
    content = _subtree_span(cue.doc, content_tokens) if content_tokens else None
    cand = _Candidate(cue, cue.lemma_.lower(), [key], content, False, subjects={key: owner})
    cand.noun = True
    return cand


# What an attitude is toward: "happy with", "wary of", "angry at", "opposed to".
_ATTITUDE_PREPS = frozenset(
    {"with", "about", "at", "over", "by", "of", "on", "to", "toward", "towards", "regarding"}
)

# Modals of inference: "must be pleased", "may be unhappy" guess at someone's attitude.
_GUESS_MODALS = frozenset({"must", "may", "might", "could"})


def _attitude(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X was not happy with Y", "X is wary of Y", "X remained reluctant to Y".

    An attitude adjective predicated of an actor, with what it is toward (a
    prepositional object or a clause), states the actor's position as much as "X
    opposed Y" does. Only actors a rule knows qualify as subjects ("the market was
    happy" is nobody's position). An adjective of belief states a view only with a
    "that" clause ("X is confident that Y"; not "X is sure to win"), and only of someone
    ("it is certain that Y" is of no one).
    """
    # "X was outraged by Y": the parser may read the adjective as a passive participle
    passive = cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children)
    verb = cue if passive else cue.head
    # the parser may call the adjective after "appear" or "seem" a predicate (oprd)
    if not passive and (cue.dep_ not in ("acomp", "oprd") or verb.lemma_.lower() not in COPULAS):
        return None
    if cue.i in speakers.in_quotes or any(c.lower_ in _GUESS_MODALS for c in verb.children):
        # "“Y must be happy with it”": a quotation is its speaker's words, and a guess
        # about Y's feelings is not Y's position
        return None
    objects = [
        c
        for c in cue.children
        if (c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS)
        or c.dep_ in ("ccomp", "xcomp")
        or (passive and c.dep_ == "agent")
    ]
    if cue.lower_ in BELIEF_ADJECTIVES:
        objects = [c for c in objects if c.dep_ == "ccomp"]
        if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
            return None  # "it is certain that ...": no one's belief
    if not objects:
        return None
    keys = _subject_keys(verb, speakers, passive=passive)
    if not keys:
        return None
    cand = _Candidate(
        cue, cue.lemma_.lower(), list(keys), _subtree_span(cue.doc, objects), False, subjects=keys
    )
    if passive:
        aux = next(c for c in cue.children if c.dep_ == "auxpass")
        cand.cue_text = cue.doc[aux.i : cue.i + 1].text  # "was outraged"
    elif verb.i < cue.i <= verb.i + 3:
        cand.cue_text = cue.doc[verb.i : cue.i + 1].text  # "was not happy"
    return cand


# Nouns that make a stance of "in": "X is in favor of Y", "X is in support of Y".
_STAND_NOUNS = frozenset({"favor", "favour", "support"})

# Cue lemmas of a stated stand, relayed like an attitude ("X said Y was against Z").
_STANDS = _STAND_NOUNS | {"against", "for"}


def _stand(prep: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X is against Y", "X remains in favor of Y", "X came out for Y": a position stated
    with a preposition.

    As with attitude adjectives, only actors a rule knows qualify as subjects, and a
    guess ("X may be against it") is nobody's position.
    """
    verb = prep.head
    declared = verb.lemma_.lower() in SIDE_DECLARING_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    if prep.dep_ != "prep" or not (verb.lemma_.lower() in COPULAS or declared):
        return None
    if prep.lower_ == "for" and not declared:
        return None  # "the hall is for members": a purpose, no side
    if declared and any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not come out for X": no side declared yet
    if any(c.lower_ in _GUESS_MODALS for c in verb.children):
        return None
    # "X is against raising the levy": what one is against may be a gerund's clause
    cue, target = prep, next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is not None and prep.lower_ == "in":
        if target.lemma_.lower() not in _STAND_NOUNS:
            return None
        cue = target  # "in favor of Y": the noun carries the stance, its "of" the target
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of else None
    if target is None:
        return None
    keys = _subject_keys(verb, speakers)
    if not keys:
        return None
    content = _subtree_span(prep.doc, [target])
    cand = _Candidate(cue, cue.lemma_.lower(), list(keys), content, False, subjects=keys)
    end = prep.i if cue.i == prep.i else cue.i + 1  # "is against", "is in favor of"
    cand.cue_text = prep.doc[verb.i : end + 1].text if verb.i < prep.i <= verb.i + 3 else None
    return cand


# Words that may head a phrase naming whose words a clause is: "according to X", "in the
# words of X", "in X's words", "per X", "as X put it".
SOURCE_HEADS = frozenset({"according", "words", "per", "put"})


def _according_to(token: Token, speakers: _Speakers) -> _Candidate | None:
    """ "according to X", "in the words of X", "in X's words", "per X", "as X put it": X
    is the speaker of the clause the phrase modifies."""
    doc = token.doc
    lower = token.lower_
    source: Token | None = None
    cue, last = token, token  # the phrase's first word and the cue's last
    if lower == "according":
        prep = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    elif lower == "words" and token.dep_ == "pobj" and token.head.lower_ == "in":
        cue = token.head
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        source = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        source = source or next((c for c in token.children if c.dep_ == "poss"), None)
        last = of or token  # "in the words of", "in X's words"
    elif lower == "per" and token.dep_ == "prep":
        # "per capita", "per year": only a name is a source
        source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is not None and source.i not in speakers.index.by_token:
            source = None
    elif lower == "put" and token.dep_ == "advcl":
        marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        it = next((c for c in token.children if c.dep_ in _OBJECTS and c.lower_ == "it"), None)
        if marked and it is not None:
            source = next((c for c in token.children if c.dep_ == "nsubj"), None)
            last = it  # "put it"
    if source is None:
        return None
    key = speakers.of(source, set(), generic=lower != "per")
    if key is None:
        return None
    cand = _Candidate(cue, "according to", [key], _rest(cue), False)
    if lower != "according":
        cand.cue_text = doc[min(cue.i, token.i) : last.i + 1].text
    return cand


def _cited(cite: Token, speakers: _Speakers) -> str | None:
    """Who a "citing ..." participle names: "citing X", "citing a report by X"."""
    for obj in cite.children:
        if obj.dep_ not in _OBJECTS:
            continue
        key = speakers.index.actor_of(obj)
        if key:
            return key
        if obj.lower_ in NOUN_CUES or obj.lemma_.lower() in NOUN_CUES:
            for child in obj.children:
                if child.dep_ == "poss":
                    return speakers.of(child, set())
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return speakers.of(pobj, set())
        return speakers.of(obj, set())
    return None


def _stance_agent(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X is a vocal critic of Y", "X, a longtime supporter of Y, ...": a noun for one
    who holds a side, said of X (the subject it is predicated of, or the name it stands
    in apposition to), with the "of" object as what the side is on."""
    target = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if target is None or not any(g.dep_ == "pobj" for g in target.children):
        return None
    head = cue.head
    holder: Token | None = None
    if cue.dep_ == "appos" and head.pos_ in ("PROPN", "NOUN", "PRON"):
        holder = head
    elif cue.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if holder is None:
        return None
    key = speakers.of(holder, set(), generic=holder.pos_ == "PROPN")
    if key is None:
        return None
    content = _subtree_span(cue.doc, [target])
    cand = _Candidate(cue, cue.lemma_.lower(), [key], content, False, noun=True)
    cand.subjects = {key: holder}
    cand.cue_text = f"{cue.text} of"
    return cand
