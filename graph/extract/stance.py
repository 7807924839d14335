"""Stance of a statement toward its topic: cue polarity, negation, modality, evaluation.

The stance is the speaker's attitude to what the content is about. Four signals decide it,
strongest first:

1. the cue's own polarity: "criticized", "rejected", "warned" oppose; "welcomed",
   "backed", "called for", "urged", "proposed" support; "declined to comment" is neutral;
   a light verb takes its object's polarity ("expressed willingness", "voiced concern");
2. negation of the content's main verb ("would not sign", "never", "no longer") and
   verbs of prevention ("prevent", "avoid", "stop"), which turn a proposal into its
   rejection;
3. evaluative words of the content ("wholly unacceptable", "necessary",
   "regrettable"), scored with the VADER lexicon (English, shipped in the
   ``vaderSentiment`` package) plus a small table of policy words VADER lacks, and
   flipped when under a negation;
4. modality: hedged predictions ("could", "likely", "appeared to") with no evaluation
   stay neutral; a plain report of one's own plans or claims supports its topic.

Everything here is general English; nothing names a person, place or phrase of any text.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("He said he would not sign the treaty.")
    >>> classify_stance(doc[1], doc[3:], doc[:])
    'oppose'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..records import StanceValue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


__all__ = [
    "CUE_OPPOSE",
    "CUE_SUPPORT",
    "EVALUATIVE",
    "HEDGES",
    "OBSERVER_NOUNS",
    "PREVENT_VERBS",
    "classify_stance",
    "content_scope",
    "cue_polarity",
    "evaluation",
    "valence",
]


def _table(words: str) -> frozenset[str]:
    """A word table written as prose: whitespace-separated, one entry per word."""
    return frozenset(words.split())


#: Cues that oppose their object or complement by their meaning alone (lemmas).
CUE_OPPOSE: frozenset[str] = _table(
    """
    criticize criticise oppose reject warn condemn deny denounce decry deplore accuse
    blame caution dismiss object protest refuse veto slam attack threaten fault question
    dispute challenge lament complain resist rebuff scorn mock ridicule assail lambaste
    blast bash castigate contest disagree disavow rebut counter doubt fear worry regret
    chide scold berate reproach repudiate renounce disparage belittle slam boycott
    sanction
    """
)

#: Cues that support their object or complement: backing, requests, proposals, pledges.
CUE_SUPPORT: frozenset[str] = _table(
    """
    support welcome back praise endorse propose request urge seek suggest advocate
    promise pledge commit approve agree recommend favor favour demand applaud hail
    defend champion embrace accept plan aim want intend offer push press ask encourage
    commend laud celebrate thank congratulate vow insist appeal petition lobby campaign
    prefer wish hope envision envisage outline pursue prioritize prioritise guarantee
    assure reassure
    """
)

#: Nouns that are cues of their own ("X's proposal", "X's criticism"), by polarity.
NOUN_SUPPORT: frozenset[str] = _table(
    """
    proposal proposals plan plans call calls demand demands request requests offer
    pledge promise insistence attempt effort bid push plea appeal support backing
    endorsement commitment readiness openness willingness suggestion recommendation
    initiative
    """
)
NOUN_OPPOSE: frozenset[str] = _table(
    """
    criticism objection objections opposition rejection denial warning warnings threat
    threats accusation accusations condemnation protest protests refusal veto concern
    concerns complaint complaints doubt doubts fear fears resistance
    """
)

#: "declined to comment", "refused to confirm": the speaker takes no side.
NO_COMMENT_VERBS: frozenset[str] = frozenset(["decline", "refuse"])
NO_COMMENT_OBJECTS: frozenset[str] = _table(
    """
    comment state confirm elaborate say discuss specify disclose speculate answer
    """
)

#: Verbs whose object is what the subject works against: "prevent a war" opposes a war.
PREVENT_VERBS: frozenset[str] = _table(
    """
    prevent avoid stop block halt end oppose hinder resist reject ban limit curb
    prohibit counter fight combat deter thwart obstruct undermine derail delay postpone
    abandon scrap cancel drop withdraw suspend freeze cut reduce restrict deny refuse
    shelve veto
    """
)

#: Words that mark a prediction or a guess rather than a position.
HEDGES: frozenset[str] = _table(
    """
    may might could perhaps possibly probably likely unlikely appear seem expect predict
    forecast anticipate speculate estimate suppose
    """
)

#: Speakers whose trade is to describe a dispute rather than take part in it; what they
#: say is neutral unless they clearly evaluate ("analysts said talks would drag on").
OBSERVER_NOUNS: frozenset[str] = _table(
    """
    analyst diplomat observer expert economist commentator newspaper paper journalist
    reporter correspondent scholar academic researcher historian pollster survey poll
    study
    """
)

#: Evaluative policy words VADER lacks or weighs for social media rather than news.
EVALUATIVE: dict[str, float] = {
    "essential": 1.5,
    "necessary": 1.2,
    "crucial": 1.5,
    "critical": 1.0,
    "vital": 1.5,
    "indispensable": 1.5,
    "important": 1.0,
    "key": 0.8,
    "imperative": 1.2,
    "constructive": 1.5,
    "productive": 1.5,
    "reasonable": 1.2,
    "fair": 1.2,
    "legitimate": 1.2,
    "robust": 1.0,
    "optimistic": 1.5,
    "unacceptable": -2.5,
    "inadmissible": -2.0,
    "illegitimate": -2.0,
    "illegal": -2.0,
    "unlawful": -2.0,
    "irresponsible": -2.0,
    "reckless": -2.0,
    "dangerous": -2.0,
    "draconian": -2.0,
    "meaningless": -2.0,
    "disappointing": -2.0,
    "provocative": -1.5,
    "provocation": -1.5,
    "aggression": -2.0,
    "aggressor": -2.0,
    "aggressors": -2.0,
    "hinder": -1.5,
    "decimate": -2.5,
    "avenge": -2.0,
    "retaliate": -1.5,
    "escalate": -1.5,
    "escalation": -1.5,
    "exacerbate": -1.5,
    "endanger": -2.0,
    "jeopardize": -2.0,
    "jeopardise": -2.0,
    "undermine": -1.5,
    "violate": -2.0,
    "violation": -2.0,
    "failure": -1.5,
    "flawed": -1.5,
    "misguided": -1.5,
    "obstacle": -1.0,
    "impasse": -1.0,
    "deadlock": -1.0,
    "not": 0.0,
}

#: Parts of speech whose words evaluate; nouns mostly name the topic ("war", "crisis")
#: and would make every statement about a conflict negative.
_EVALUATIVE_POS: frozenset[str] = frozenset({"ADJ", "ADV", "VERB"})
#: Dependents that state a clause's polarity.
_NEGATIONS: frozenset[str] = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing"}
)
#: Complements of a cue that hold its content.
_CONTENT_DEPS: frozenset[str] = frozenset(
    {"ccomp", "xcomp", "dobj", "obj", "advcl", "prep", "pobj", "attr", "acomp", "oprd", "dative"}
)
_STRONG = 1.0
#: Modals that turn an event verb into a forecast the speaker stands behind.
_FORECAST_MODALS: frozenset[str] = frozenset(
    {"would", "will", "'ll", "could", "might", "can"}
)  # |valence| at which evaluation alone decides


@cache
def _vader() -> dict[str, float]:
    """The VADER lexicon (word -> valence in [-4, 4]); empty if the package is missing."""
    from importlib.resources import files

    try:
        text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return lexicon


def valence(token: Token) -> float:
    """The evaluative weight of one word (0 for neutral words)."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in EVALUATIVE:
        return EVALUATIVE[lower]
    if lemma in EVALUATIVE:
        return EVALUATIVE[lemma]
    vader = _vader()
    return vader.get(lower, vader.get(lemma, 0.0))


def _negated(token: Token) -> bool:
    """True when a verb (or its auxiliaries) carries a negation: "would not sign"."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in _NEGATIONS:
            return True
        # "no foreign presence", "in no way": a negated argument negates the clause
        if child.dep_ in {"nsubj", "dobj", "obj"} and any(g.lower_ == "no" for g in child.children):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in child.children
        ):
            return True
    return False


def content_scope(cue: Token, content: Span | None, sentence: Span) -> list[Token]:
    """The tokens the stance is read from: ``content``, or the cue's complements."""
    if content is not None and len(content):
        return [t for t in content if t.i != cue.i]
    tokens: list[Token] = []
    for child in cue.children:
        if child.dep_ in _CONTENT_DEPS:
            tokens.extend(child.subtree)
    if not tokens and cue.head.i != cue.i:
        # A parenthetical or trailing attribution ("The mayor, aides noted, was ..."): the
        # clause the cue hangs from is the content.
        own = {t.i for t in cue.subtree}
        tokens = [t for t in cue.head.subtree if t.i not in own]
    if not tokens:
        tokens = [t for t in sentence if t.i != cue.i and t.head.i != cue.i]
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def _content_root(scope: list[Token]) -> Token | None:
    """The highest verb of the content (its main predicate), if any."""
    ids = {t.i for t in scope}
    roots = [t for t in scope if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    if verbs:
        return verbs[0]
    return roots[0] if roots else None


def _flipped(token: Token, ids: set[int]) -> bool:
    """True when a word sits under an odd number of negations or prevention verbs."""
    flips = 0
    node = token
    seen = 0
    while seen < 50:
        if node.pos_ in {"VERB", "AUX", "ADJ"} and _negated(node):
            flips += 1
        head = node.head
        if head.i == node.i or head.i not in ids:
            break
        if head.lemma_.lower() in PREVENT_VERBS and node.dep_ in {
            "dobj",
            "obj",
            "xcomp",
            "ccomp",
            "pobj",
            "prep",
        }:
            flips += 1
        node = head
        seen += 1
    return flips % 2 == 1


def _evaluative(token: Token, flipped: bool) -> float:
    """The valence a content word contributes, 0 for words that only name events or topics.

    Adjectives and adverbs evaluate; verbs and nouns mostly report events ("destroyed",
    "attacked") or name the topic ("war", "crisis"), so they count only when listed in
    :data:`EVALUATIVE`, for verbs when forecast ("would crash the economy"), and for nouns
    when negated ("did not expect a delay").
    """
    if token.ent_type_:
        return 0.0
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in EVALUATIVE or lemma in EVALUATIVE:
        return valence(token)
    if token.pos_ in {"ADJ", "ADV"} and token.tag_ != "VBN":
        return valence(token)
    if token.pos_ == "NOUN" and flipped and token.dep_ in {"dobj", "obj", "attr", "nsubj"}:
        return valence(token) if _negated(token.head) else 0.0
    if token.pos_ == "VERB" and any(c.lower_ in _FORECAST_MODALS for c in token.children):
        # a predicted consequence judges ("would trigger a crash"); a past event reports
        return valence(token)
    return 0.0


def evaluation(scope: Iterable[Token]) -> float:
    """Summed valence of the content's evaluative words, each flipped under negation."""
    tokens = list(scope)
    ids = {t.i for t in tokens}
    total = 0.0
    for token in tokens:
        flipped = _flipped(token, ids)
        value = _evaluative(token, flipped)
        if value:
            total += -value if flipped else value
    return total


def cue_polarity(cue: Token) -> int | None:
    """+1 support, -1 oppose, 0 no polarity of its own, ``None`` for "declined to comment"."""
    lemma = cue.lemma_.lower()
    if lemma in NO_COMMENT_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT_OBJECTS for c in cue.children
    ):
        return None
    refused = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NO_COMMENT_VERBS | {"fail"}
    if refused and lemma in NO_COMMENT_OBJECTS:
        return None  # the cue is "state" in "declined to state its view"
    if cue.pos_ in {"NOUN", "PROPN"}:
        polarity = 1 if lemma in NOUN_SUPPORT or cue.lower_ in NOUN_SUPPORT else 0
        polarity = -1 if lemma in NOUN_OPPOSE or cue.lower_ in NOUN_OPPOSE else polarity
        if not polarity:
            # "the bitter reply", "a welcome statement": the noun's adjectives judge it
            mood = sum(valence(c) for c in cue.children if c.dep_ == "amod")
            polarity = 1 if mood >= _STRONG else -1 if mood <= -_STRONG else 0
    elif cue.dep_ == "acomp" and (attitude := _attitude_polarity(cue)):
        # "was not happy with", "remained wary of": the adjective takes the side, and a
        # negated copula reverses it
        return -attitude if _negated(cue.head) or _negated(cue) else attitude
    elif lemma == "call":
        # "call for" and "call on" ask for something; "call X Y" only names it.
        polarity = 1 if any(c.lower_ in {"for", "on", "upon"} for c in cue.children) else 0
    elif lemma in CUE_OPPOSE:
        polarity = -1
    elif lemma in CUE_SUPPORT:
        polarity = 1
    else:
        polarity = 0
    if not polarity and cue.pos_ in {"VERB", "AUX"}:
        # "expressed openness", "announced plans", "voiced concern": the object judges
        for obj in (c for c in cue.children if c.dep_ in {"dobj", "obj"}):
            name = obj.lemma_.lower()
            polarity = 1 if name in NOUN_SUPPORT else -1 if name in NOUN_OPPOSE else polarity
    if lemma == "rule" and any(c.lower_ == "out" for c in cue.children):
        polarity = -1  # "ruled out talks"
    if polarity and cue.pos_ in {"VERB", "AUX"} and (_negated(cue) != refused):
        polarity = -polarity
    return polarity


def _attitude_polarity(cue: Token) -> int:
    """+1 for an adjective of favour ("pleased"), -1 of disfavour ("angry"), else 0."""
    from .lexicon import ATTITUDE_OPPOSE, ATTITUDE_SUPPORT

    words = {cue.lower_, cue.lemma_.lower()}
    return 1 if words & ATTITUDE_SUPPORT else -1 if words & ATTITUDE_OPPOSE else 0


def _hedged(root: Token | None) -> bool:
    """A prediction or guess: a hedging modal, adverb or verb governs the content."""
    if root is None:
        return False
    if _negated(root) and not any(c.lower_ in {"may", "might"} for c in root.children):
        # "did not expect a delay", "could not meet the deadline" assert
        return False
    near = [root, *(c for c in root.children if c.dep_ in {"aux", "advmod", "xcomp", "acomp"})]
    return any(t.lemma_.lower() in HEDGES or t.lower_ in HEDGES for t in near)


def classify_stance(cue: Token, content: Span | None, sentence: Span) -> StanceValue:
    """Support, oppose or neutral for one statement toward what its content is about.

    Args:
        cue: the reporting or position word ("criticized", "said", "proposal").
        content: what was said, when extraction found it; else the cue's complements are read.
        sentence: the evidence sentence.
    """
    return _classify(cue, content, sentence, depth=0)


def _classify(cue: Token, content: Span | None, sentence: Span, depth: int) -> StanceValue:
    polarity = cue_polarity(cue)
    if polarity is None:
        return "neutral"
    if polarity < 0:
        return "oppose"
    if polarity > 0 and (cue.pos_ in {"NOUN", "PROPN"} or not _has_complement(cue, content)):
        return "support"  # "X's proposal", "as sought by lenders": nothing more to read
    scope = content_scope(cue, content, sentence)
    root = _content_root(scope)
    value = evaluation(scope)
    observer = depth == 0 and _observer(cue)
    if polarity == 0 and observer and abs(value) < 1.5 * _STRONG:
        return "neutral"  # an analyst describing, not a party taking a side
    if polarity == 0 and cue.pos_ in {"VERB", "AUX"} and _negated(cue):
        return "neutral"  # "did not confirm", "would not say": the speaker withholds a view
    if (
        polarity == 0
        and depth == 0
        and root is not None
        and root.pos_ == "VERB"
        and root.lemma_.lower() in CUE_SUPPORT | CUE_OPPOSE
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children)
    ):
        # "said Norvale wants to prevent ...": the reported position decides.
        return _classify(root, None, sentence, depth + 1)
    negated = root is not None and _negated_content(root)
    if polarity > 0:
        # A request or pledge supports what it asks for, unless what it asks for is to
        # stop something ("seek to prevent a war") or is plainly hostile ("vowed to punish them").
        if negated or value <= -2 * _STRONG:
            return "oppose"
        return "support"
    hedged = _hedged(root)
    if hedged and (observer or abs(value) < 3 * _STRONG):
        return "neutral"
    if value >= _STRONG:
        return "support"
    if value <= -_STRONG:
        return "oppose"
    if (
        negated
        and root is not None
        and root.lemma_.lower() == "be"
        and not any(c.dep_ in {"acomp", "attr"} for c in root.children)
    ):
        return "neutral"  # "we are not at the table yet" describes; "not possible" judges
    if negated:
        return "oppose"
    return "support"


def _observer(cue: Token) -> bool:
    """The cue's subject is an observer ("analysts said", "an observer noted")."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.lemma_.lower() in OBSERVER_NOUNS for s in subjects)


def _has_complement(cue: Token, content: Span | None) -> bool:
    return (content is not None and len(content) > 0) or any(
        c.dep_ in _CONTENT_DEPS for c in cue.children
    )


def _negated_content(root: Token) -> bool:
    """The content's predicate is negated, or is an act of prevention with an object.

    A negated prevention ("would not stop") cancels out; a passive one ("would be
    limited") describes a constraint, not a stand against something.
    """
    prevents = root.lemma_.lower() in PREVENT_VERBS and any(
        c.dep_ in {"dobj", "obj", "xcomp", "ccomp"} for c in root.children
    )
    return _negated(root) != prevents
