"""What a content says about its target: summed valence of its evaluative words.

Each word is flipped under negation, "without" and verbs of prevention, discounted when a
contrast concedes it, and skipped inside nested descriptions and hypotheticals.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .syntax import is_agent, is_core, is_negated, is_past, lemma_of, subject_of
from .valence import EVALUATIVE, valence
from .words import (
    CAUSE_VERBS,
    CLAUSE_CHAIN,
    CONCEDED_WEIGHT,
    CONCESSIONS,
    CONDITIONS,
    CONTENT_DEPS,
    CONTRASTS,
    COPULAR_VERBS,
    EPISTEMIC,
    EXCESS,
    MEASURE_NOUNS,
    MERIT_NOUNS,
    OPINION_NOUNS,
    OUTLOOK_NOUNS,
    PREDICATIVE,
    PREVENT_VERBS,
    PURPOSE_VERBS,
    QUANTITY_VERBS,
    VOLITION,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "content_root",
    "content_scope",
    "evaluation",
]


def content_scope(cue: Token, content: Span | None, sentence: Span) -> list[Token]:
    """The tokens the stance is read from: ``content``, or the cue's complements."""
    if content is not None and len(content):
        return [t for t in content if t.i != cue.i]
    tokens: list[Token] = []
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS and not conceded_clause(child):
            tokens.extend(child.subtree)
    if not tokens and cue.head.i != cue.i:
        # A parenthetical or trailing attribution ("The mayor, aides noted, was ..."): the
        # clause the cue hangs from is the content.
        own = {t.i for t in cue.subtree}
        tokens = [t for t in cue.head.subtree if t.i not in own]
    if not tokens:
        tokens = [t for t in sentence if t.i != cue.i and t.head.i != cue.i]
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def conceded_clause(clause: Token) -> bool:
    """A clause under "while", "although", "though" or "whereas": a side granted, not the point.

    "hopes, while the ferry will not run, to keep the bridge open": the stance of "aims" is
    read from what it aims at, not from the conceded clause.
    """
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONCESSIONS for c in clause.children
    )


def content_root(scope: list[Token]) -> Token | None:
    """The highest verb of the content (its main predicate), if any."""
    ids = {t.i for t in scope}
    roots = [t for t in scope if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    if verbs:
        return verbs[0]
    if roots and roots[0].pos_ == "ADP":
        # "pointed to his fondness for ...": the preposition's object is the content
        return next((c for c in roots[0].children if c.dep_ == "pobj"), roots[0])
    return roots[0] if roots else None


def _flipped(token: Token, ids: set[int]) -> bool:
    """True when a word sits under an odd number of negations or prevention verbs."""
    flips = 0
    node = token
    seen = 0
    while seen < 50:
        if node.pos_ in {"VERB", "AUX", "ADJ"} and is_negated(node):
            flips += 1
        head = node.head
        if head.i == node.i or head.i not in ids:
            break
        if head.lower_ == "without" and node.dep_ in {"pobj", "pcomp"}:
            flips += 1  # "without courting a backlash"
        if head.lower_ == "from" and head.head.lower_ == "far" and node.dep_ in {"pobj", "pcomp"}:
            flips += 1  # "far from perfect"
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


def _evaluative(token: Token, ids: set[int]) -> float:
    """The valence a content word contributes, 0 for words that only name events or topics.

    Adjectives and adverbs evaluate; verbs and nouns mostly report events ("destroyed",
    "attacked") or name the topic ("war", "crisis"), so they count only when listed in
    :data:`EVALUATIVE`, for verbs when forecast ("would crash the economy"), and for nouns
    when negated ("did not expect a delay"; negation read within the content ``ids``).
    """
    if token.ent_type_:
        return 0.0
    lower, lemma = token.lower_, token.lemma_.lower()
    if _measures_up(token):
        # "fell short (of)" falls below what is wanted; "went far enough" meets it, and
        # "did not go far enough" is flipped by its negation
        return -EXCESS if lower == "short" else EXCESS
    role = token
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head  # "noisy and badly-run": the second is as the first
    predicative = role.dep_ in PREDICATIVE or _as_predicate(role)
    if token.pos_ == "ADJ" and predicative and any(c.lower_ == "too" for c in token.children):
        if lemma in {"early", "soon"}:
            return 0.0  # "too early to say": a judgement put off, not a complaint
        return -EXCESS  # "too rigid", "too slow": a complaint whatever the adjective
    if (
        (
            (token.pos_ == "ADV" and token.dep_ == "advmod")
            # "cannot spend too much" sets a limit: a negated amount is left to the clause
            or (
                token.pos_ == "ADJ"
                and token.dep_ in {"dobj", "obj", "npadvmod"}
                and not is_negated(token.head)
            )
        )
        and token.head.pos_ == "VERB"
        and any(c.lower_ == "too" for c in token.children)
    ):
        # "went too far", "moved too slowly", "would cost too much", "did too little"
        return -EXCESS
    if lower in EVALUATIVE or lemma in EVALUATIVE:
        return valence(token)
    if lemma in EPISTEMIC and token.head.lemma_.lower() in {"be", "seem", "appear", "look"}:
        return 0.0  # "it is plain what the board must do": certainty ("make sure" acts)
    if token.pos_ == "VERB" and lemma in QUANTITY_VERBS:
        return 0.0  # "exports will increase": a change in amount, not a judgement
    if lemma in VOLITION or (token.pos_ == "VERB" and lemma in PREVENT_VERBS):
        return 0.0  # "ready to", "avoid": they turn the stance, they do not judge
    if token.pos_ == "ADV" and token.head.lemma_.lower() in QUANTITY_VERBS:
        return 0.0  # "grew strongly", "fell sharply": the size of a change
    if token.pos_ == "ADV" and token.head.pos_ in {"ADJ", "ADV"}:
        return 0.0  # "pretty good", "awfully slow": a degree, the head word judges
    if token.pos_ in {"ADJ", "ADV"}:
        if role.dep_ == "amod" and _described(role.head):
            return 0.0  # "we have had strong reports": a fact
        compared = token.tag_ in {"JJR", "JJS"} and role.head.dep_ not in {"attr", "oprd"}
        if role.dep_ == "amod" and (not is_core(role.head) or compared):
            # "faced with an angry Congress": a side remark, not the point; "the lower
            # dollar": a comparison, not a judgement ("is the best candidate" judges)
            return 0.0
        if token.tag_ == "VBN" and not predicative:
            return 0.0  # a participle judges as a predicate ("is misguided"), not as a label
        return valence(token)
    if token.pos_ == "NOUN" and (token.dep_ in {"attr", "oprd"} or _as_predicate(token)):
        return valence(token)  # "is a problem", "called it a disaster", "saw it as a gift"
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "obj"} and _copular(token.head):
        return valence(token)  # "poses a threat", "represents a success"
    if token.pos_ == "NOUN" and _has_merit(token):
        return valence(token)  # "the plan has merit", "the deal had drawbacks"
    if token.pos_ == "NOUN" and _merit_of(token):
        return valence(token)  # "summarised the merits of X", "the risks of X are high"
    if token.pos_ == "NOUN" and _complement_of_nominal(token):
        return valence(token)  # "is a recipe for disaster", "a textbook case of fraud"
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "obj", "nsubj"} and _flipped(token, ids):
        if token.head.lemma_.lower() in QUANTITY_VERBS:
            return 0.0  # "the deficit will not fall": the change is negated, not the deficit
        return valence(token) if is_negated(token.head) else 0.0
    if token.pos_ == "VERB" and _purpose(token):
        return valence(token)  # "measures aimed at protecting X": the purpose judges them
    if token.pos_ == "VERB" and predicative and not is_past(token):
        # a predicted or present consequence judges ("would trigger a crash", "is doomed",
        # "has broken down"); a past event only reports ("destroyed the bridge")
        return valence(token)
    return 0.0


def _measures_up(token: Token) -> bool:
    """ "short" of "fall short" and "enough" of "go far enough": a verdict on a measure."""
    head = lemma_of(token.head)
    if token.lower_ == "short" and token.dep_ in {"advmod", "acomp"}:
        return head == "fall"
    if token.lower_ == "enough" and token.dep_ == "advmod":
        return head == "go" and any(c.lower_ == "far" for c in token.children)
    return False


def _as_predicate(token: Token) -> bool:
    """The word says what a verb's object is, after "as": "described the plan as reckless"."""
    prep = token.head
    return prep.lower_ == "as" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"


def _copular(verb: Token) -> bool:
    """A verb whose object says what its subject is: "poses a threat", "constitutes a
    breach", "represents a success"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in COPULAR_VERBS


def _has_merit(noun: Token) -> bool:
    """A merit or a harm that something has: "the plan has merit", "it had flaws"."""
    return (
        noun.lemma_.lower() in MERIT_NOUNS
        and noun.dep_ in {"dobj", "obj"}
        and lemma_of(noun.head) == "have"
    )


def _merit_of(noun: Token) -> bool:
    """The noun names a merit or a harm "of" something, as an argument of a clause:
    "summarised the merits of the night bus", "the drawbacks of the scheme would last".
    """
    return (
        noun.lemma_.lower() in MERIT_NOUNS
        and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "attr"}
        and noun.head.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
            for c in noun.children
        )
    )


def _purpose(verb: Token) -> bool:
    """The verb is the purpose of a passive of aiming: "(are) aimed at punishing",
    "geared towards helping"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"at", "towards", "toward"}:
        return False
    aimed = prep.head
    return aimed.lemma_.lower() in PURPOSE_VERBS and aimed.tag_ == "VBN"


def _described(noun: Token) -> bool:
    """The noun is what was had ("we have had strong sales"): its adjectives describe
    what happened, they do not judge a target."""
    verb = noun.head
    had = is_past(verb) or verb.tag_ == "VBN"  # "had", "have had"
    held = noun.lemma_.lower() in OPINION_NOUNS  # "had a favourable view of it": an attitude
    return noun.dep_ in {"dobj", "obj"} and lemma_of(verb) == "have" and had and not held


def _complement_of_nominal(noun: Token) -> bool:
    """The noun completes a predicate nominal that does not judge by itself: "a cause
    for war", "the definition of racism" judge through "war" and "racism"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or prep.head.i == prep.i:
        return False
    nominal = prep.head
    return nominal.pos_ == "NOUN" and nominal.dep_ in {"attr", "oprd"} and not valence(nominal)


#: Entity types of times and amounts: what is said of them assesses, it takes no side.
_MEASURES: frozenset[str] = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
)


def _judges_a_period(token: Token) -> bool:
    """The word predicates of a date, an amount, an outlook or a mood ("1985 was a good
    year", "five pct is too little", "the prospects are good", "the mood is grim"), or
    heads or modifies a level ("is a critical threshold"): the clause assesses a period,
    a figure or a climate, or forecasts."""
    node = token
    while node.dep_ in {"amod", "advmod", "conj", "attr", "acomp"} and node.head.i != node.i:
        if node.dep_ == "attr" and node.lemma_.lower() in MEASURE_NOUNS:
            return True  # "is a critical threshold": where a figure stands
        node = node.head
    subject = subject_of(node) if node.pos_ in {"AUX", "VERB"} else None
    if subject is None:
        return False
    # "its prospects are good", "the mood is grim": a forecast or an assessment, not a stand
    return subject.ent_type_ in _MEASURES or subject.lemma_.lower() in OUTLOOK_NOUNS


def _consequence(noun: Token, ids: set[int]) -> bool:
    """The noun is what a thing would change: "the levy would cut poverty", "would raise
    the risk". A verb of change without a judgement of its own, forecast or present, with
    a subject that is no actor: what it changes judges the thing (cutting it turns the sign).
    """
    if noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "would bring prosperity and profits"
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.i not in ids or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    change = lemma in QUANTITY_VERBS or lemma in PREVENT_VERBS or lemma in CAUSE_VERBS
    if not change or is_past(verb) or not _main_clause(verb, ids):
        return False
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        subject = subject_of(verb.head)
    return subject is not None and subject.dep_ == "nsubj" and not is_agent(subject)


def _under_prevention(token: Token, ids: set[int]) -> bool:
    node = token
    for _ in range(50):
        head = node.head
        if head.i == node.i or head.i not in ids:
            return False
        if (
            head.pos_ == "VERB"
            and head.lemma_.lower() in PREVENT_VERBS
            and node.dep_
            in {
                "dobj",
                "obj",
            }
        ):
            return True
        node = head
    return False


def _main_clause(token: Token, ids: set[int]) -> bool:
    """The predicate sits in the content's chain of clauses, not inside a noun phrase.

    "the plan is doomed", "he said it would fail and hurt farmers" are main predications;
    "hints that she will be an ally", "an exam that they flunked" describe a noun.
    """
    node = token
    for _ in range(50):
        head = node.head
        if head.i == node.i or head.i not in ids:
            return True
        if node.dep_ not in CLAUSE_CHAIN:
            return False
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children
        ):
            return False  # "if it thinks fit": a hypothetical, not a judgement
        node = head
    return True


def evaluation(scope: Iterable[Token]) -> float:
    """Summed valence of the content's evaluative words, each flipped under negation."""
    tokens = list(scope)
    ids = {t.i for t in tokens}
    conceded = _conceded(tokens, ids)
    total = 0.0
    for token in tokens:
        if not valence(token) and not _judges_degree(token):
            continue  # a word that weighs nothing whatever its place in the clause
        consequence = _consequence(token, ids)
        if _under_prevention(token, ids) and not consequence:
            continue  # "tackle any aggressors": the object is what is opposed, not a judgement
        predicate = token.dep_ in {"attr", "acomp", "oprd"} or token.pos_ == "VERB"
        if predicate and not _main_clause(token, ids):
            continue  # "hints that she will be an ally": a nested description
        if _judges_a_period(token):
            continue  # "1985 was a good year": a time or an amount is no target
        value = valence(token) if consequence else _evaluative(token, ids)
        if value:
            weight = CONCEDED_WEIGHT if token.i in conceded else 1.0
            # negation is read only for the words that weigh
            total += weight * (-value if _flipped(token, ids) else value)
    return total


def _judges_degree(token: Token) -> bool:
    """The word can weigh without a valence of its own: "fell short", "far enough",
    "too slow" (see :func:`_evaluative`); every other word weighs only by its valence."""
    return token.lower_ in {"short", "enough"} or token.i in _modified_by_too(token.doc)


#: ``doc.user_data`` key of the tokens "too" modifies.
_TOO_HEADS_KEY = "stancegraph.too_heads"


def _modified_by_too(doc: Doc) -> set[int]:
    """The tokens with "too" among their children, found once per doc (cached in
    ``doc.user_data``)."""
    found = doc.user_data.get(_TOO_HEADS_KEY)
    if found is None:
        found = {t.head.i for t in doc if t.lower_ == "too" and t.head.i != t.i}
        doc.user_data[_TOO_HEADS_KEY] = found
    return found


def _conceded(tokens: list[Token], ids: set[int]) -> set[int]:
    """Tokens of a clause that a contrast discounts: before "but", or under "although".

    "The plan has merits but is too costly" and "although it has merits, it is too
    costly" both come down on the side of the second judgement.
    """
    conceded: set[int] = set()
    for token in tokens:
        if token.dep_ == "cc" and token.lower_ in CONTRASTS:
            first = token.head
            second = next((c for c in first.children if c.dep_ == "conj" and c.i > token.i), None)
            after = {t.i for t in second.subtree} if second is not None else set()
            # "said the plan was good but the timing was wrong": the parser may hang the
            # second clause on the cue, outside the content; what precedes "but" concedes
            before = first.subtree if first.i in ids else tokens
            conceded |= {t.i for t in before if t.i < token.i and t.i not in after}
        if token.dep_ == "mark" and token.lower_ in CONCESSIONS and token.head.dep_ == "advcl":
            conceded |= {t.i for t in token.head.subtree}
    return conceded
