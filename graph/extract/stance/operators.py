"""Operators on a content's act: hedges and inference, proposals, negation and prevention.

"could", "likely", "must be happy" and "must have known" guess; "could be avoided by hiring"
proposes; "would not", "seek to prevent", "should resign", "ruled out" turn an act into
its rejection; "it is time to X" asks for X; "rejected calls to scrap X" backs X.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.kinds import source_noun
from .syntax import (
    against_objects,
    aux_words,
    has_to_marker,
    is_agent,
    is_negated,
    lemma_of,
    takes_against,
)
from .words import (
    BAN_NOUNS,
    CUE_OPPOSE,
    CUE_SUPPORT,
    DEONTIC,
    DISMISS_VERBS,
    EMOTIONS,
    HEDGES,
    IMPRESSION_VERBS,
    NOUN_OPPOSE,
    PREVENT_VERBS,
    QUIT_PARTICLES,
    QUIT_VERBS,
    REFRAIN_PARTICLES,
    UNDERTAKING_NOUNS,
    VOLITION,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "bans",
    "epistemic_must",
    "hedged",
    "negated_content",
    "passive_request",
    "proposed_means",
    "refrains",
    "rejects_a_stand_against",
    "rules_out",
    "stands_against",
    "time_to",
    "withdraws",
]


def hedged(root: Token | None) -> bool:
    """A prediction or guess: a hedging modal, adverb or verb governs the content."""
    if root is None:
        return False
    if proposed_means(root):
        return False  # "delays could be avoided by hiring more inspectors": a remedy
    if is_negated(root) and not any(c.lower_ in {"may", "might"} for c in root.children):
        # "did not expect a delay", "could not meet the deadline" assert
        return False
    near = [root, *(c for c in root.children if c.dep_ in {"aux", "advmod", "xcomp", "acomp"})]
    if root.lemma_.lower() in IMPRESSION_VERBS and any(
        c.dep_ == "acomp" or (c.dep_ == "prep" and c.lower_ == "like") for c in root.children
    ):
        return True  # "it looks good to me": an impression, like "it seems"
    if epistemic_must(root):
        return True  # "they must be relieved", "he must have known": an inference
    return any(t.lemma_.lower() in HEDGES or t.lower_ in HEDGES for t in near)


def proposed_means(verb: Token) -> bool:
    """A passive of possibility with a means: "delays could be avoided by hiring more
    inspectors" puts forward how to do it."""
    means = any(
        c.dep_ in {"agent", "prep"}
        and c.lower_ == "by"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    aux = aux_words(verb)
    passive = "be" in aux or any(c.dep_ == "auxpass" for c in verb.children)
    return means and passive and bool(aux & {"could", "can"}) and not is_negated(verb)


def epistemic_must(root: Token) -> bool:
    """ "must" of inference, not of obligation: with the perfect ("must have known") or
    with a feeling, as an adjective ("must be happy") or a participle ("must be thrilled"),
    which no one can be obliged to have."""
    aux = aux_words(root)
    if "must" not in aux:
        return False
    if root.tag_ == "VBN" and ("have" in aux or root.lower_ in EMOTIONS):
        return True
    return lemma_of(root) == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in EMOTIONS for c in root.children
    )


def passive_request(verb: Token) -> bool:
    """An agentless passive request with its act: "were being urged to recycle"."""
    return (
        verb.lemma_.lower() in CUE_SUPPORT
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def time_to(root: Token) -> Token | None:
    """The act in "it is time to X" / "it was high time we X", else ``None``."""
    if lemma_of(root) != "be" or is_negated(root):
        return None
    for attr in (c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() == "time"):
        for act in attr.children:
            if act.dep_ in {"relcl", "acl"} and act.pos_ == "VERB":
                return act
    return None


def rules_out(verb: Token) -> bool:
    """ "rule out", "rules out": excluding something works against it."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def withdraws(verb: Token) -> bool:
    """The subject gives up its post or race: "resign", "step down", "drop out"."""
    lemma = verb.lemma_.lower()
    if lemma in QUIT_VERBS:
        return not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    # the parser reads "out" of "drop out of" as a preposition too
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
    return bool(particles & QUIT_PARTICLES.get(lemma, frozenset()))


def _asked_of_another(act: Token) -> bool:
    """The act is asked of someone the request names ("urged X to resign", "called on X
    to step down"): the head verb has an object, or "on" with one."""
    head = act.head
    return any(
        c.dep_ in {"dobj", "obj"}
        or (c.dep_ in {"prep", "prt"} and c.lower_ == "on" and any(c.children))
        for c in head.children
    )


def refrains(verb: Token) -> bool:
    """The subject keeps from an act: "refrain from", "abstain from", "hold off on"."""
    preps = REFRAIN_PARTICLES.get(verb.lemma_.lower())
    if not preps:
        return False
    particles = [
        c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"off", "back"}
    ]
    if verb.lemma_.lower() == "hold" and not particles:
        return False  # "held talks on": no refraining without "off" or "back"
    # the parser may hang "from" on the particle: "hold back from signing"
    heads = [verb, *particles]
    return any(
        c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ == "pcomp" for g in c.children)
        for head in heads
        for c in head.children
    )


def bans(root: Token) -> bool:
    """The content is a ban on or a removal of something: "a ban on cloning", "an end to
    X", "the withdrawal of X"."""
    return (
        root.pos_ == "NOUN"
        and root.lemma_.lower() in BAN_NOUNS
        and any(c.dep_ == "prep" and c.lower_ in {"on", "to", "of"} for c in root.children)
    )


def _undertaken(root: Token) -> list[Token]:
    """The act of an undertaking noun: "dismantle" in "efforts to dismantle the board"."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in UNDERTAKING_NOUNS:
        return []
    # the parser may read the infinitive as a relative clause ("calls to scrap X")
    return [c for c in root.children if c.dep_ in {"acl", "relcl"} and has_to_marker(c)]


def _subjunctive_passive(verb: Token) -> bool:
    """ "(demanded) that the levy be abolished": a bare "be" with no modal or tense."""
    return any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children
    )


def negated_content(root: Token) -> bool:
    """The content's predicate is negated, or is an act of prevention with an object.

    A negated prevention ("would not stop") cancels out; a passive one ("would be
    limited") describes a constraint, not a stand against something.
    """
    excludes = root.lemma_.lower() in PREVENT_VERBS or rules_out(root)
    prevents = excludes and any(c.dep_ in {"dobj", "obj", "xcomp", "ccomp"} for c in root.children)
    prevents = prevents or takes_against(root)  # "would vote against the bill"
    prevents = prevents or refrains(root)  # "would hold off on signing"
    # "he should resign", "she must step down": a demand that the subject give up; and
    # "called on X to resign", "urged X to step down": asked of someone else
    asked = root.dep_ == "xcomp" and _asked_of_another(root)
    prevents = prevents or (withdraws(root) and (bool(aux_words(root) & DEONTIC) or asked))
    # "the levy should be abolished", "demanded that the levy be abolished": a demand
    # (a modal of obligation, or the subjunctive "be" with no other auxiliary) that the
    # subject be stopped
    prevents = prevents or (
        root.lemma_.lower() in PREVENT_VERBS
        and any(c.dep_ == "nsubjpass" for c in root.children)
        and (bool(aux_words(root) & DEONTIC) or _subjunctive_passive(root))
    )
    # "a ban on X", "the withdrawal of X"; "efforts to dismantle X": the act undertaken
    prevents = prevents or bans(root)
    prevents = prevents or any(negated_content(act) for act in _undertaken(root))
    # "would travel there to campaign against the levy": the purpose is what is opposed
    prevents = prevents or any(
        c.dep_ == "advcl" and has_to_marker(c) and takes_against(c) for c in root.children
    )
    ready = next(
        (c for c in root.children if c.dep_ == "acomp" and c.lemma_.lower() in VOLITION), None
    )
    act = next((c for c in (ready or root).children if c.dep_ == "xcomp"), None)
    if act is not None and (
        ready is not None or root.lemma_.lower() in VOLITION or passive_request(root)
    ):
        # "were ready to curb X", "is trying to stop X": the wanted act decides
        prevents = prevents != negated_content(act)
    return is_negated(root) != prevents


# Verbs that reject or dismiss what they take: criticising, refusing, brushing aside.
_REJECTING = CUE_OPPOSE | PREVENT_VERBS | DISMISS_VERBS

# Prepositions by which a noun of objection names what it objects to.
_OBJECTED_PREPS = frozenset({"of", "about", "over", "on", "to", "against", "regarding"})


# Nouns of objection that also name a danger or a feeling: "a threat to exports" is a
# danger to them, no one's stand against them.
_DANGERS_AND_FEELINGS = frozenset(
    {"threat", "threats", "fear", "fears", "anger", "outrage", "fury", "ire"}
)


def stands_against(noun: Token) -> bool:
    """Whether a noun is a stand against something it names: an objection with what it
    objects to ("criticism of X", "concerns about X"), or a ban, a removal or a call to
    end something ("a ban on X", "calls to scrap X"); not a danger or a feeling ("a
    threat to X")."""
    if noun.pos_ != "NOUN" or {noun.lower_, noun.lemma_.lower()} & _DANGERS_AND_FEELINGS:
        return False
    objects_to = any(
        c.dep_ == "prep"
        and c.lower_ in _OBJECTED_PREPS
        # "the warnings of the auditors" names who warned, not what about; and an actor
        # is no topic, so "concerns about the union" stay the matter judged
        and any(g.dep_ == "pobj" and not (is_agent(g) or source_noun(g)) for g in c.children)
        for c in noun.children
    )
    if {noun.lower_, noun.lemma_.lower()} & NOUN_OPPOSE and objects_to:
        return True
    return negated_content(noun) and not is_negated(noun)


def rejects_a_stand_against(cue: Token) -> bool:
    """Whether a verb rejects a stand against something its object names (see
    :func:`stands_against`): "dismissed criticism of X", "rejected calls to scrap X",
    "pushed back against efforts to end X"."""
    if cue.pos_ != "VERB":
        return False
    # "warned against efforts to scrap X": whatever the verb, "against" takes a side
    if any(stands_against(g) for g in against_objects(cue)):
        return True
    if cue.lemma_.lower() not in _REJECTING:
        return False  # "reiterated its opposition to X": the object is the stand itself
    for obj in (c for c in cue.children if c.dep_ in {"dobj", "obj"}):
        if stands_against(obj):
            return True
        # "opposed the ban on X": the parser may hang the ban's "on" on the verb
        if obj.lemma_.lower() in BAN_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in {"on", "of", "to"} and c.i > obj.i
            for c in cue.children
        ):
            return True
    return False
