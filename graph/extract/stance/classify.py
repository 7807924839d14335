"""Support, oppose or neutral for one statement: the cue, the content and its operators."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ...records import StanceValue
from ..lexicon import ATTITUDE_OPPOSE, ATTITUDE_SUPPORT, REPORTING_VERBS
from .cue import asks_question, cue_polarity, predicates_as, stands_by
from .evaluation import content_root, content_scope, evaluation
from .operators import (
    epistemic_must,
    hedged,
    negated_content,
    passive_request,
    proposed_means,
    rejects_a_stand_against,
    stands_against,
    time_to,
)
from .syntax import (
    aux_words,
    has_to_clause,
    has_to_marker,
    in_quote,
    is_agent,
    is_negated,
    lemma_of,
    subject_of,
)
from .words import (
    ARGUING_VERBS,
    COMMIT_MODALS,
    CONTENT_DEPS,
    CUE_OPPOSE,
    CUE_SUPPORT,
    DECISION_NOUNS,
    DEONTIC,
    EFFORT_VERBS,
    FINDING_VERBS,
    FIRST_PERSON,
    HEDGES,
    LIGHT_VERBS,
    NEED_NOUNS,
    NOUN_OPPOSE,
    NOUN_SUPPORT,
    OBSERVER_NOUNS,
    OPENNESS,
    PROCEDURE_NOUNS,
    PROCEDURE_VERBS,
    QUANTITY_VERBS,
    SCHEDULING_VERBS,
    SELF_WORDS,
    STATIVE,
    STRONG,
    VOLITION,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "classify_stance",
]


def _hypothetical(root: Token, own: frozenset[str]) -> bool:
    """A consequence under a condition, said of others: "if the choir took one more singer, it
    would be awkward to turn away the rest" forecasts; "if elected, we would cut taxes" pledges."""
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in root.children
    )
    subject = subject_of(root)
    # "it would be awkward to ...": the dummy subject of a judgement refers to no one
    dummy = subject is not None and subject.lower_ == "it" and lemma_of(root) == "be"
    return conditional and "would" in aux_words(root) and (dummy or not _self_subject(root, own))


def classify_stance(
    cue: Token, content: Span | None, sentence: Span, own: Collection[str] = ()
) -> StanceValue:
    """Support, oppose or neutral for one statement toward what its content is about.

    Neutral unless the cue, the content's evaluation or a stand-taking operator (a demand,
    a want, the speaker's own act, a refusal) gives a side; see the module docstring.

    Args:
        cue: the reporting or position word ("criticized", "said", "proposal").
        content: what was said, when extraction found it; else the cue's complements are read.
        sentence: the evidence sentence.
        own: names of the speaker and of the side it speaks for ("Petrov", "Turkey",
            "Turkish"): a content whose subject is one of them reports the speaker's own act.
    """
    names = frozenset(n.lower() for n in own if n)
    return _classify(cue, content, sentence, depth=0, own=names)


def _classify(
    cue: Token, content: Span | None, sentence: Span, depth: int, own: frozenset[str]
) -> StanceValue:
    polarity = cue_polarity(cue)
    if polarity is None:
        return "neutral"
    if polarity < 0:
        # "dismissed criticism of the toll", "rejected calls to scrap the toll": a stand
        # against a stand against the toll, which is what the topic is read as, backs it
        return "support" if rejects_a_stand_against(cue) else "oppose"
    if polarity > 0 and (cue.pos_ in {"NOUN", "PROPN"} or not _has_complement(cue, content)):
        return "support"  # "X's proposal": nothing more to read
    if polarity > 0 and _as_clause(cue):
        # "would not reopen the pool yet, as urged by parents": the act the clause hangs on is
        # what was urged, whatever the main clause's speaker says of it
        return "support"
    if polarity == 0 and (named := _named_as(cue)):
        # "called the plan reckless", "deemed it unworkable", "described it as a gift":
        # what the speaker names the object judges it, whatever the object is
        said = evaluation(named)
        return "support" if said >= STRONG else "oppose" if said <= -STRONG else "neutral"
    scope = content_scope(cue, content, sentence)
    root = content_root(scope)
    value = evaluation(scope)
    if root is not None and (judged := subject_of(root)) is not None and stands_against(judged):
        # "said the ban on X was a mistake": judging a stand against X judges X the other way
        value = -value
    if polarity == 0 and depth == 0 and asks_question(cue):
        # "asked whether the board would sell the mill": a question takes no side, unless
        # its own words judge plainly ("asked why they had wasted money on a reckless plan")
        loaded = 2 * STRONG
        return "support" if value >= loaded else "oppose" if value <= -loaded else "neutral"
    observer = depth == 0 and _observer(cue)
    if polarity == 0 and observer and abs(value) < 1.5 * STRONG:
        return "neutral"  # an analyst describing, not a party taking a side
    if polarity == 0 and cue.pos_ in {"VERB", "AUX"} and is_negated(cue):
        return "neutral"  # "did not confirm", "would not say": the speaker withholds a view
    if (
        polarity == 0
        and depth == 0
        and root is not None
        and root.pos_ == "VERB"
        and root.lemma_.lower() in CUE_SUPPORT | CUE_OPPOSE
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children)
        # "said the council will approve X": what someone else will do is a forecast
        and not (aux_words(root) & _FORECAST and not _self_subject(root, own))
    ):
        # "said Norvale wants to prevent ...": the reported position decides.
        return _classify(root, None, sentence, depth + 1, own)
    if polarity == 0 and depth < 2 and not observer and root is not None and _retold(root):
        # "I have said that I would not ...", "..., he added": words reported inside the
        # content are read from their own complement
        return _classify(root, None, sentence, depth + 1, own)
    negated = root is not None and negated_content(root)
    if root is not None and (due := time_to(root)) is not None:
        # "it is time to end the subsidy": a demand for the act
        return "oppose" if negated_content(due) else "support"
    if polarity > 0 and root is not None and _procedural(root):
        return "neutral"  # "agreed to postpone the vote": procedure, not a side
    if polarity > 0:
        # A request or pledge supports what it asks for, unless what it asks for is to
        # stop something ("seek to prevent a war") or is plainly hostile ("vowed to punish them").
        if negated or value <= -2 * STRONG:
            return "oppose"
        if value <= -STRONG and _claim(root):
            return "oppose"  # "insisted the plan was flawed": the claim's judgement decides
        return "support"
    if root is not None and _conditional_need(root):
        return "support"  # "cannot expand unless it gets more grants": asks for the grants
    if root is not None and _procedural(root):
        return "neutral"  # "agreed to postpone the vote"
    if root is not None and (noun := _position_noun(root)):
        # "(had) serious concerns about X": the noun is the position, whatever X is like
        return "support" if noun > 0 else "oppose"
    if root is not None and root.pos_ == "VERB" and stands_by(root):
        return "oppose" if is_negated(root) else "support"  # "his party stood by the deal"
    if root is not None and (side := _prepositional_position(root)):
        return "support" if side > 0 else "oppose"  # "he was against the levy"
    if root is not None and (attitude := _content_attitude(root)):
        # "the clerks were unwilling to share records": the attitude is the position
        return "support" if attitude > 0 else "oppose"
    if cue.lemma_.lower() in HEDGES and abs(value) < 3 * STRONG:
        return "neutral"  # "expected prices to drop": a forecast
    guessed = hedged(root) or (root is not None and _hypothetical(root, own))
    if guessed and (observer or abs(value) < 3 * STRONG):
        return "neutral"
    if value >= STRONG:
        return "support"
    if value <= -STRONG:
        return "oppose"
    if root is None:
        return "neutral"
    if _stand(root, negated, own):
        return "oppose" if negated else "support"
    if depth == 0 and cue.lemma_.lower() in ARGUING_VERBS and not observer:
        return "support"  # "argued the cuts were not to blame": a case made for a side
    return "neutral"  # a fact, an assessment or a forecast: no side


# Auxiliaries of what will or may happen.
_FORECAST = frozenset({"will", "would", "'ll", "may", "might", "could"})


def _named_as(cue: Token) -> list[Token]:
    """What a verb names its object: "called it a disaster", "described it as reckless"."""
    if cue.pos_ != "VERB" or not any(c.dep_ in {"dobj", "obj"} for c in cue.children):
        return []
    named = [c for c in cue.children if c.dep_ == "oprd"]
    if predicates_as(cue):
        named += [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"]
    return sorted((t for c in named for t in c.subtree), key=lambda t: t.i)


def _as_clause(cue: Token) -> bool:
    """The cue heads an "as" clause about its head's act: "as urged by", "as requested"."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _retold(root: Token) -> bool:
    """The content's predicate is a plain verb of saying with a clause of its own."""
    return (
        root.pos_ == "VERB"
        and root.lemma_.lower() in REPORTING_VERBS
        and cue_polarity(root) == 0
        and not is_negated(root)
        and any(c.dep_ == "ccomp" for c in root.children)
    )


def _content_attitude(root: Token) -> int:
    """+1 or -1 when the content predicates an attitude toward something of its subject.

    "were unwilling to share records" opposes sharing them, "was unhappy with the deal"
    opposes the deal; a negated copula or a negated act turns the side. Adjectives of
    readiness ("willing", "eager") are left to the operators of wanting.
    """
    subject = subject_of(root)
    if subject is None or subject.dep_ == "expl" or subject.lower_ == "it":
        return 0
    if epistemic_must(root):
        return 0  # "they must be delighted with X": a feeling guessed, not a position
    # "was unwilling to ...", "is open to ..."; a participle of feeling is the predicate
    # itself in "was disappointed by the decision"
    felt = [root] if root.tag_ == "VBN" and subject.dep_ == "nsubjpass" else []
    for adj in [*felt, *(c for c in root.children if c.dep_ == "acomp")]:
        words = {adj.lower_, adj.lemma_.lower()}
        if words & VOLITION:
            continue
        favour = ATTITUDE_SUPPORT | OPENNESS
        sign = 1 if words & favour else -1 if words & ATTITUDE_OPPOSE else 0
        act = next((c for c in adj.children if c.dep_ == "xcomp"), None)
        toward = any(c.dep_ in {"prep", "agent"} for c in adj.children)
        if not sign or (act is None and not toward):
            continue
        if is_negated(root) or (adj is not root and is_negated(adj)):
            sign = -sign
        if act is not None and negated_content(act):
            sign = -sign
        return sign
    return 0


def _position_noun(root: Token) -> int:
    """The polarity of a content that is a position noun, or a light verb's object."""
    if root.pos_ in {"NOUN", "PROPN"}:
        if root.dep_ in {"dobj", "obj"} and predicates_as(root.head):
            return 0  # "described the proposal as unworkable": the noun is what is judged
        return _noun_polarity(root)  # "serious concerns about ..."
    subject = subject_of(root)
    if lemma_of(root) == "be" and subject is not None and subject.dep_ == "expl":
        # "there is no need for X", "there was strong support for X"
        for attr in (c for c in root.children if c.dep_ == "attr"):
            if noun := _noun_polarity(attr) or _need_for(attr):
                return -noun if is_negated(root) else noun
    if root.lemma_.lower() in FINDING_VERBS:
        # "saw no need for a new fee", "found no reason to wait"
        for obj in (c for c in root.children if c.dep_ in {"dobj", "obj"}):
            if _need_for(obj):
                return -1 if is_negated(root) else 1
    if root.lemma_.lower() in LIGHT_VERBS:
        # "he had serious concerns about ...", "it has the support of ...": the object
        # judges; "had no objection" turns it
        for obj in (c for c in root.children if c.dep_ in {"dobj", "obj"}):
            if noun := _noun_polarity(obj):
                return -noun if is_negated(root) else noun
    return 0


def _need_for(noun: Token) -> int:
    """+1 for a need or a reason with what it is for: "reason to wait", "need for rules"."""
    if noun.lemma_.lower() not in NEED_NOUNS:
        return 0
    purpose = any(
        (c.dep_ in {"acl", "relcl"} and has_to_marker(c))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in noun.children
    )
    return 1 if purpose else 0


def _noun_polarity(noun: Token) -> int:
    lemma = noun.lemma_.lower()
    return 1 if lemma in NOUN_SUPPORT else -1 if lemma in NOUN_OPPOSE else 0


def _self_subject(verb: Token, own: frozenset[str] = frozenset()) -> bool:
    """The clause's subject refers back to the speaker's side: "we", "it", "its plan"."""
    subject = subject_of(verb)
    if subject is None:
        # "said it would ... and would drill": a conjoined verb shares its head's subject;
        # "voted to ban X": the act of an infinitive complement is the speaker's own
        if verb.dep_ == "xcomp":
            return True
        if (
            verb.dep_ in {"acl", "relcl"}
            and has_to_marker(verb)
            and verb.head.lemma_.lower() in DECISION_NOUNS
        ):
            return True  # "the club's decision to close the bar": the holder's own act
        return verb.dep_ == "conj" and _self_subject(verb.head, own)
    if subject.lower_ in SELF_WORDS:
        # in the speaker's own words only "I" and "we" are the speaker: "he backs the plan"
        # quoted is someone else's act
        return subject.lower_ in FIRST_PERSON or not in_quote(subject)
    if own and _names_own_side(subject, own):
        return True  # "Norlandic ships sank ...", said by a Norlandic official
    # "its proposals would ...", "our plan is ...": a third party's "their" is too loose
    return any(c.dep_ == "poss" and c.lower_ in {"its", "our", "my"} for c in subject.children)


def _names_own_side(subject: Token, own: frozenset[str]) -> bool:
    """The subject is, or is modified by, a name of the speaker's side ("Norlandic troops",
    "the teams of Norland and its partners")."""
    words = [subject, *(c for c in subject.children if c.dep_ in {"compound", "amod", "poss"})]
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words += [obj, *(g for g in obj.children if g.dep_ in {"conj", "compound"})]
    if any(w.lower_ in own for w in words):
        return True
    phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det" and not t.is_punct)
    return phrase in own


def _stand(root: Token, negated: bool, own: frozenset[str] = frozenset()) -> bool:
    """The content commits to, demands or refuses an act rather than describing one.

    Demands ("must", "should", "need to"), wants and readiness ("is considering", "were
    prepared to") and the speaker's own side acting ("we will", "it had licensed") take a
    side; so does an announced decision in the agentless passive ("would be offered",
    "will not be deployed"). A forecast about others ("the river will stay high") and a
    state of affairs ("there is a tendency") do not.
    """
    conjoined = (
        c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _circumstance(c)
    )
    if any(_stand(c, negated, own) for c in conjoined):
        return True  # "would be insured by the guild and would be paid monthly"
    lemma = lemma_of(root)
    aux = aux_words(root)
    if negated and aux & COMMIT_MODALS and _refusal(root, lemma, own):
        return True  # "would not send", "cannot accept": a refusal
    has_object = any(c.dep_ in {"dobj", "obj"} for c in root.children)
    if aux & DEONTIC or (lemma in {"need", "have"} and has_to_clause(root) and not has_object):
        return True
    if lemma in DEONTIC or lemma == "ought":
        return True  # the modal is the predicate: "he really should", "he ought to go"
    # "we deem the question settled" judges; "is considering sending troops" wants
    judges = lemma == "consider" and any(c.dep_ in {"oprd", "ccomp"} for c in root.children)
    # "we are working to define it" wants; "you are pushing it hard" labours; "the board
    # will decide next week" wants nothing yet
    goals = {"xcomp", "ccomp", "prep"} | (set() if lemma in EFFORT_VERBS else {"dobj", "obj"})
    labours = not any(c.dep_ in goals for c in root.children)
    if (lemma in VOLITION and not judges and not labours) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in VOLITION for c in root.children
    ):
        return True
    if lemma == "go" and has_to_clause(root) and root.lower_ == "going":
        return _self_subject(root, own)  # "we're going to prevail"
    subject = subject_of(root)
    if subject is None and root.dep_ == "conj":
        subject = subject_of(root.head)  # "would be insured ... and would be paid monthly"
    if subject is not None and subject.dep_ == "expl":
        # "there will be no new fees": an existential is a stand only when it rules out
        return negated and bool(aux & COMMIT_MODALS)
    passive = subject is not None and subject.dep_ == "nsubjpass"
    agentless = passive and not any(c.dep_ == "agent" for c in root.children)
    if proposed_means(root):
        return True  # "delays could be avoided by hiring more inspectors"
    if agentless and passive_request(root):
        return True  # "tenants are being urged to recycle"
    if agentless and aux & COMMIT_MODALS:
        # "would be offered" announces; "would be reviewed" is procedure and "will be
        # seen as" a perception
        return lemma not in PROCEDURE_VERBS and lemma not in STATIVE
    if lemma in HEDGES or (lemma in STATIVE and not (negated and aux & COMMIT_MODALS)):
        return False  # "he expected prices to drop", "there is a tendency": no act
    return _self_subject(root, own)


def _refusal(verb: Token, lemma: str, own: frozenset[str]) -> bool:
    """A negated or preventive act under "will"/"would"/"can" is a refusal, not a forecast.

    The speaker's side or another actor ruling an act out ("we will not sign", "the party
    would block the bill") and an agentless passive ("troops will not be sent") refuse; so
    does anything's plainly negated act ("the offer would not be accepted"). Prevention by
    a thing ("the plan would cut costs") and a negated change in amount ("the deficit will
    not fall") forecast.
    """
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return not any(c.dep_ == "agent" for c in verb.children) or is_negated(verb)
    if _self_subject(verb, own) or (subject is not None and is_agent(subject)):
        return True  # "the party would block the bill"
    return is_negated(verb) and lemma not in QUANTITY_VERBS


def _prepositional_position(root: Token) -> int:
    """+1 for "(is) in favour of X", -1 for "(is) against X" predicated of the subject."""
    if lemma_of(root) != "be" or subject_of(root) is None:
        return 0
    sign = 0
    for prep in (c for c in root.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "against" and objects:
            sign = -1
        elif prep.lower_ == "in" and any(
            o.lemma_.lower() in {"favor", "favour"} and any(g.lower_ == "of" for g in o.children)
            for o in objects
        ):
            sign = 1
    return -sign if is_negated(root) else sign


def _circumstance(verb: Token) -> bool:
    """A clause the parser conjoined that is a circumstance: "and once the buyers have left"."""
    return any((c.dep_ == "advmod" and c.tag_ == "WRB") or c.dep_ == "mark" for c in verb.children)


def _claim(root: Token | None) -> bool:
    """The content is a finite clause with its own subject: a claim, not a request."""
    return (
        root is not None
        and root.dep_ == "ccomp"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
    )


def _procedural(root: Token) -> bool:
    """ "postpone the vote", "shelve discussion": scheduling a procedure takes no side."""
    return root.lemma_.lower() in SCHEDULING_VERBS and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in PROCEDURE_NOUNS for c in root.children
    )


def _conditional_need(root: Token) -> bool:
    """ "cannot do X unless Y": a negated act made conditional on Y asks for Y."""
    return is_negated(root) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in root.children
    )


def _observer(cue: Token) -> bool:
    """The cue's subject is an observer ("analysts said", "an observer noted")."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Jane Roe, an analyst at a bank, said": the apposition names the trade
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return any(s.lemma_.lower() in OBSERVER_NOUNS for s in subjects)


def _has_complement(cue: Token, content: Span | None) -> bool:
    return (content is not None and len(content) > 0) or any(
        c.dep_ in CONTENT_DEPS for c in cue.children
    )
