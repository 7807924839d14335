"""Stance of a statement toward its target: polarity composed from cue and content.

The target is what the speaker evaluates, demands or rejects; the stance is the sign of
what the sentence says about it. Signals compose, strongest first:

1. the cue's own polarity: "criticized", "rejected", "warned" oppose; "welcomed",
   "backed", "called for", "urged", "proposed" support; "declined to comment" is neutral;
   a light verb takes its object's polarity ("expressed willingness", "voiced concern");
   introducing or filing a measure backs it ("introduced a bill"); "said", "told",
   "added" have none;
2. the content's evaluation of its target: predicate adjectives and participles ("is
   doomed", "too rigid"), evaluative modifiers of the clause's arguments ("a reckless
   gamble"), predicate nominals ("is a problem") and verbs of harm or benefit when
   forecast or present ("would hurt"), scored with the VADER lexicon (English, shipped in
   the ``vaderSentiment`` package) plus a small table of policy words VADER lacks, and
   flipped under negation or "without"; what a thing would change or bring ("the levy
   would reduce poverty") judges the thing, and what is said of a date or an amount
   ("1985 was a good year") judges nothing;
3. negation, prevention and removal ("would not sign", "seek to prevent", "the withdrawal
   of X", "efforts to dismantle X", "demanded that X be withdrawn"), which turn an act into
   its rejection when an actor or the speaker's side does it ("the plan would cut costs"
   forecasts), and operators of wanting, obligation and commitment ("is ready to",
   "must", "we will", "would be offered"), which make the content a stand; attitudes and
   positions predicated in the content ("were unwilling to", "was against", "there is
   no need for") and demands to give up ("should resign") take their own side;
4. modality: hedged predictions ("could", "likely", "expected"), "must" of inference
   ("must be happy"), consequences under "if" said of others and what is said of an
   outlook or a mood ("the prospects are good") stay neutral; a passive of possibility
   with a means ("could be avoided by hiring X") proposes.

Some constructions take a side by their shape: setting oneself apart ("distanced herself
from X") or brushing off ("shrugged off X") opposes; keeping to ("stood by X") backs; an
"as" clause ("as urged by X") supports the act it hangs on; blame left undone ("did not
condemn") takes no side, blame forbidden ("don't blame X") defends; a merit or harm "of"
something ("the merits of X") or had by it ("X has flaws"), what it is aimed at
("aimed at punishing") and what follows "as" ("described X as reckless") or what a verb
names its object ("called X a disaster") judge it. Refraining ("held off on backing X")
rejects the act; a denied worry ("was not worried about X") and an indirect question
("asked whether X") take no side; reaction nouns ("drew anger") oppose what drew them.
Inside quotation marks only "I" and "we" are the speaker's side.

A clause under "while" or "although" is conceded: it is discounted in the evaluation and
is not the content of the verb it hangs on. A case argued ("argued", "contended") with no
other signal defends its claim. Otherwise no signal means no side: facts, assessments,
forecasts about others and procedure ("agreed to postpone the vote") are neutral.

Everything here is general English; nothing names a person, place or phrase of any text.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("He said he would not sign the treaty.")
    >>> classify_stance(doc[1], doc[3:], doc[:])
    'oppose'
"""

from .classify import classify_stance
from .cue import cue_polarity, felt_side
from .evaluation import (
    content_scope,
    evaluation,
)
from .valence import (
    EVALUATIVE,
    valence,
)
from .words import (
    BAN_NOUNS,
    COMMIT_MODALS,
    CUE_OPPOSE,
    CUE_SUPPORT,
    DEONTIC,
    EPISTEMIC,
    HEDGES,
    LIGHT_VERBS,
    OBSERVER_NOUNS,
    PREVENT_VERBS,
    PROCEDURE_NOUNS,
    PROCEDURE_VERBS,
    QUANTITY_VERBS,
    SCHEDULING_VERBS,
    SELF_WORDS,
    STATIVE,
    VOLITION,
)

__all__ = [
    "BAN_NOUNS",
    "COMMIT_MODALS",
    "CUE_OPPOSE",
    "CUE_SUPPORT",
    "DEONTIC",
    "EPISTEMIC",
    "EVALUATIVE",
    "HEDGES",
    "LIGHT_VERBS",
    "OBSERVER_NOUNS",
    "PREVENT_VERBS",
    "PROCEDURE_NOUNS",
    "PROCEDURE_VERBS",
    "QUANTITY_VERBS",
    "SCHEDULING_VERBS",
    "SELF_WORDS",
    "STATIVE",
    "VOLITION",
    "classify_stance",
    "content_scope",
    "cue_polarity",
    "evaluation",
    "felt_side",
    "valence",
]
