"""The polarity of the reporting or position word itself ("criticized", "urged", "said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.speech import AGENT_SIDES
from .syntax import is_negated, takes_against
from .valence import valence
from .words import (
    ATTACK_OBJECTS,
    BLAME_VERBS,
    CANNOT_MODALS,
    COUNTER_VERBS,
    CUE_OPPOSE,
    CUE_SUPPORT,
    DISMISS_PARTICLES,
    DISMISS_VERBS,
    EXPRESSIVE_VERBS,
    GENERIC_SUBJECTS,
    LEGISLATION_NOUNS,
    LOYALTY_PREPS,
    NO_COMMENT_OBJECTS,
    NO_COMMENT_VERBS,
    NOUN_OPPOSE,
    NOUN_SUPPORT,
    PREVENT_VERBS,
    REACTION_VERBS,
    RETRACT_PARTICLES,
    SIDING_VERBS,
    SPEECH_NOUNS,
    STAND_OBJECTS,
    STRIVE_VERBS,
    STRONG,
    TABLING_VERBS,
    WITHHOLDING_VERBS,
    WORRY_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "asks_question",
    "cue_polarity",
    "felt_side",
    "names_object",
    "predicates_as",
    "stands_by",
]


def _stand_side(cue: Token) -> int:
    """-1 for the "against" of "was against X", +1 for "came out for X" or the "favor" of
    "is in favor of X"; 0 for any other word."""
    if cue.pos_ == "ADP" and cue.dep_ == "prep" and cue.lower_ in ("against", "for"):
        return -1 if cue.lower_ == "against" else 1
    if cue.dep_ == "pobj" and cue.head.lower_ == "in" and cue.lower_ in ("favor", "favour"):
        return 1
    return 0


def cue_polarity(cue: Token) -> int | None:
    """+1 support, -1 oppose, 0 no polarity of its own, ``None`` for a view withheld.

    "declined to comment" and withheld blame ("did not condemn", "declined to criticise")
    take no side.
    """
    lemma = cue.lemma_.lower()
    if lemma in NO_COMMENT_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT_OBJECTS for c in cue.children
    ):
        return None
    refused = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in WITHHOLDING_VERBS
    if refused and lemma in NO_COMMENT_OBJECTS:
        return None  # the cue is "state" in "declined to state its view"
    if lemma in NO_COMMENT_OBJECTS and cue.dep_ == "xcomp" and is_negated(cue.head):
        return None  # "didn't stop to answer questions", "did not wish to comment"
    if (felt := felt_side(cue)) is not None:
        # "the plan angered Roe", "did not sit well with Roe": Roe's feeling is the side;
        # a feeling denied backs nothing when it was against, and is against when it was for
        if is_negated(cue):
            return -1 if felt > 0 else 0
        return felt
    if side := _stand_side(cue):
        # "was against the levy", "came out in favor of the levy": the stand takes a side,
        # which a negation withdraws ("is not against it" backs nothing)
        return 0 if is_negated(cue.head) or is_negated(cue.head.head) else side
    if cue.pos_ == "NOUN" and lemma in AGENT_SIDES:
        return AGENT_SIDES[lemma]  # "a critic of the plan", "a supporter of the plan"
    if (taken := _taken(cue)) is not None:
        polarity = taken
    elif cue.pos_ in {"NOUN", "PROPN"}:
        polarity = 1 if lemma in NOUN_SUPPORT or cue.lower_ in NOUN_SUPPORT else 0
        polarity = -1 if lemma in NOUN_OPPOSE or cue.lower_ in NOUN_OPPOSE else polarity
        if not polarity:
            # "the bitter reply", "a welcome statement": the noun's adjectives judge it
            mood = sum(valence(c) for c in cue.children if c.dep_ == "amod")
            polarity = 1 if mood >= STRONG else -1 if mood <= -STRONG else 0
        if _retracted(cue):
            # "withdrew its proposal", "walked back her remarks": the speaker takes back
            # what the noun names; a position without a side of its own becomes a rejection
            polarity = -polarity if polarity else -1
    elif cue.dep_ == "acomp" and (attitude := _attitude_polarity(cue)):
        # "was not happy with", "remained wary of": the adjective takes the side, and a
        # negated copula reverses it; a worry denied ("was not worried about") backs nothing
        if is_negated(cue.head) or is_negated(cue):
            return 0 if lemma in WORRY_WORDS or cue.lower_ in WORRY_WORDS else -attitude
        return attitude
    elif asks_question(cue):
        polarity = 0  # "asked who she hired", "asked whether ...": a question, not a request
    elif lemma == "call":
        # "call for" and "call on" ask for something; "call X Y" only names it.
        polarity = 1 if any(c.lower_ in {"for", "on", "upon"} for c in cue.children) else 0
    elif lemma in CUE_OPPOSE:
        polarity = -1
    elif lemma in CUE_SUPPORT:
        polarity = 1
    elif lemma in PREVENT_VERBS and any(c.dep_ in {"dobj", "obj"} for c in cue.children):
        polarity = -1  # a position verb of prevention: "blocked the nomination"
    else:
        polarity = 0
    if not polarity and cue.pos_ in {"VERB", "AUX"} and not names_object(cue):
        # "expressed openness", "announced plans", "voiced concern": the object judges;
        # "described the plan as reckless", "called the plan a disaster" judge it by
        # what they name it
        for obj in (c for c in cue.children if c.dep_ in {"dobj", "obj"}):
            name = obj.lemma_.lower()
            polarity = 1 if name in NOUN_SUPPORT else -1 if name in NOUN_OPPOSE else polarity
            if not polarity and lemma in TABLING_VERBS and name in LEGISLATION_NOUNS:
                polarity = 1  # "introduced a bill", "filed an amendment"
            if not polarity and lemma in EXPRESSIVE_VERBS:
                # "expressed frustration", "voiced satisfaction": the feeling named judges
                mood = valence(obj)
                polarity = 1 if mood >= STRONG else -1 if mood <= -STRONG else 0
    if lemma == "rule" and any(c.lower_ == "out" for c in cue.children):
        polarity = -1  # "ruled out talks"
    if lemma == "appeal" and any(c.dep_ in {"dobj", "obj"} for c in cue.children):
        polarity = -1  # "appealed the ruling" contests it; "appealed for calm" asks for it
    if _distances(cue) or _brushes_off(cue):
        polarity = -1  # "distanced himself from the remarks", "shrugged off the criticism"
    if lemma in COUNTER_VERBS and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in cue.children
    ):
        polarity = -1  # "pushed back on the plan", "hit back at the critics"
    if lemma in SIDING_VERBS and _takes_prep(cue, "with"):
        polarity = 1  # "sided with the farmers"
    if lemma in STRIVE_VERBS and _takes_prep(cue, "for"):
        polarity = 1  # "voted for the bill", "fought for the subsidy"
    if takes_against(cue) or _out_at(cue):
        polarity = -1  # "campaigned against", "pushed back against", "lashed out at"
    if stands_by(cue):
        polarity = 1  # "stood by the agreement", "stuck to its plan"
    if lemma == "talk" and any(c.dep_ == "prt" and c.lower_ == "up" for c in cue.children):
        polarity = 1  # "talked up her strategy" promotes it
    if polarity and cue.pos_ in {"VERB", "AUX"} and (is_negated(cue) != refused):
        if polarity < 0 and lemma in BLAME_VERBS and _withheld(cue, refused):
            return None  # "did not condemn", "declined to criticise": blame withheld
        if polarity < 0 and lemma in WORRY_WORDS:
            return 0  # "did not worry about the audit": no alarm, and no backing either
        polarity = -polarity
    return polarity


def felt_side(verb: Token) -> int | None:
    """The side of a verb of feeling whose object or passive subject feels it ("angered
    Roe", "Roe was dismayed by", "sat well with Roe"), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in REACTION_VERBS or verb.pos_ != "VERB":
        return None
    if lemma == "sit":
        well = any(c.dep_ == "advmod" and c.lower_ == "well" for c in verb.children)
        return REACTION_VERBS[lemma] if well else None
    if any(c.dep_ in {"dobj", "obj", "nsubjpass", "auxpass"} for c in verb.children):
        return REACTION_VERBS[lemma]
    return None


def _taken(verb: Token) -> int | None:
    """-1 for "took aim at", "took issue with", "took a stand against"; 0 for a stand on
    no side ("took a stance on"); None when "take" has no such object."""
    if verb.lemma_.lower() != "take" or verb.pos_ != "VERB":
        return None
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"}):
        lemma = obj.lemma_.lower()
        if lemma in ATTACK_OBJECTS:
            return -1
        if lemma in STAND_OBJECTS:
            return -1 if takes_against(obj) or takes_against(verb) else 0
    return None


def stands_by(verb: Token) -> bool:
    """ "stand by", "stand behind", "stick to", "stick by": keeping to something backs it."""
    preps = LOYALTY_PREPS.get(verb.lemma_.lower(), frozenset())
    return any(
        c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def names_object(verb: Token) -> bool:
    """The verb says what its object is: "called it a disaster", "described it as reckless"."""
    return predicates_as(verb) or any(c.dep_ == "oprd" for c in verb.children)


def predicates_as(verb: Token) -> bool:
    """The verb says what its object is with "as": "described the plan as reckless"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.pos_ in {"ADJ", "NOUN"} for g in c.children)
        for c in verb.children
    )


def _withheld(verb: Token, refused: bool) -> bool:
    """The negated verb reports an act left undone ("did not condemn", "for not
    condemning", "will not condemn", "declined to criticise"); an imperative ("don't blame
    them") and "can't" with a personal subject ("you can't blame them") defend instead."""
    if refused:
        return True
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "met the mayor and did not condemn": the first verb's subject
    shared = first is not verb and any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children)
    imperative = verb.tag_ == "VB" and subject is None and verb.dep_ != "xcomp" and not shared
    cannot = any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in CANNOT_MODALS for c in verb.children
    )
    personal = subject is not None and subject.lower_ in GENERIC_SUBJECTS
    return not imperative and not (cannot and personal)


def _takes_prep(verb: Token, prep: str) -> bool:
    """The verb takes the preposition with an object that is no span of time: "voted for
    the bill", not "fought the tax for years"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == prep
        and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
        for c in verb.children
    )


def _out_at(verb: Token) -> bool:
    """ "lashed out at", "hit out at": a verb with "out" and "at" attacks its object."""
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children
    )


def _distances(verb: Token) -> bool:
    """ "distanced himself from X", "dissociated themselves from X": a verb taking a
    reflexive object and "from" sets its subject apart from X."""
    reflexive = any(
        c.dep_ in {"dobj", "obj"} and c.lower_.endswith(("self", "selves")) for c in verb.children
    )
    return reflexive and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _brushes_off(verb: Token) -> bool:
    """ "shrugged off", "brushed aside", "waved away": a verb of motion with a particle of
    removal dismisses an object that is something said or urged ("the criticism", "the
    warnings"); "waved off the ferry" sees a thing leave."""
    particle = any(c.dep_ == "prt" and c.lower_ in DISMISS_PARTICLES for c in verb.children)
    return (
        verb.lemma_.lower() in DISMISS_VERBS
        and particle
        and any(c.dep_ in {"dobj", "obj"} and _said_or_urged(c) for c in verb.children)
    )


def _said_or_urged(noun: Token) -> bool:
    """The noun names something said, urged or felt about a matter ("remarks", "calls")."""
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & (NOUN_OPPOSE | NOUN_SUPPORT | SPEECH_NOUNS))


def _retracted(noun: Token) -> bool:
    """The noun is the object of a verb of withdrawal ("dropped its demand", "walked back")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in RETRACT_PARTICLES:
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children)
    return lemma in PREVENT_VERBS or lemma in {"retract", "recant"}


def asks_question(cue: Token) -> bool:
    """The cue is "ask" with an indirect question: "asked who ...", "asked whether ..."."""
    if cue.lemma_.lower() != "ask":
        return False
    for clause in (c for c in cue.children if c.dep_ in {"ccomp", "dobj", "obj"}):
        words = [clause, *clause.children]
        if any(w.tag_ in {"WP", "WRB", "WDT"} or w.lower_ in {"if", "whether"} for w in words):
            return True
    return False


def _attitude_polarity(cue: Token) -> int:
    """+1 for an adjective of favour ("pleased"), -1 of disfavour ("angry"), else 0."""
    from ..lexicon import ATTITUDE_OPPOSE, ATTITUDE_SUPPORT

    words = {cue.lower_, cue.lemma_.lower()}
    return 1 if words & ATTITUDE_SUPPORT else -1 if words & ATTITUDE_OPPOSE else 0
