"""Stance of a statement toward its target: polarity composed from cue and content.

The target is what the speaker evaluates, demands or rejects; the stance is the sign of
what the sentence says about it. Signals compose, strongest first:

1. the cue's own polarity: "criticized", "rejected", "warned" oppose; "welcomed",
   "backed", "called for", "urged", "proposed" support; "declined to comment" is neutral;
   a light verb takes its object's polarity ("expressed willingness", "voiced concern");
   "said", "told", "added" have none;
2. the content's evaluation of its target: predicate adjectives and participles ("is
   doomed", "too rigid"), evaluative modifiers of the clause's arguments ("a reckless
   gamble"), predicate nominals ("is a problem") and verbs of harm or benefit when
   forecast or present ("would hurt"), scored with the VADER lexicon (English, shipped in
   the ``vaderSentiment`` package) plus a small table of policy words VADER lacks, and
   flipped under negation or "without";
3. negation and prevention ("would not sign", "seek to prevent"), which turn an act into
   its rejection, and operators of wanting, obligation and commitment ("is ready to",
   "must", "we will", "would be offered"), which make the content a stand;
4. modality: hedged predictions ("could", "likely", "expected") stay neutral.

No signal means no side: facts, assessments, forecasts about others and procedure
("agreed to postpone the vote") are neutral.

Everything here is general English; nothing names a person, place or phrase of any text.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("He said he would not sign the treaty.")
    >>> classify_stance(doc[1], doc[3:], doc[:])
    'oppose'
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..records import StanceValue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
    assure reassure tout promote announce
    """
)

#: Nouns that are cues of their own ("X's proposal", "X's criticism"), by polarity.
NOUN_SUPPORT: frozenset[str] = _table(
    """
    proposal proposals plan plans call calls demand demands request requests offer
    pledge promise insistence attempt effort bid push plea appeal support backing
    endorsement commitment readiness openness willingness suggestion recommendation
    initiative advocacy
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
    shelve veto tackle confront shut repeal overturn reverse abolish dismantle rescind
    revoke defeat eliminate
    """
)

#: Verbs and adjectives of wanting, planning and readiness: what they take is what their
#: subject stands for ("is considering sending troops", "were prepared to take over").
VOLITION: frozenset[str] = _table(
    """
    want wish hope plan intend aim seek try attempt strive work prepare consider mean
    vote decide choose opt ready prepared willing determined committed eager keen resolved
    """
)

#: Modals of obligation ("must", "should", "need to", "have to"): the content is a demand.
DEONTIC: frozenset[str] = _table("must should ought need")

#: Modals of the future and of ability: "would not send", "will open", "cannot accept".
COMMIT_MODALS: frozenset[str] = _table("will would 'll shall can could 'd wo ca")

#: Predicates that state a belief or a state of affairs rather than an act of the subject.
STATIVE: frozenset[str] = _table(
    """
    be have know think believe see feel seem appear look understand remember realize
    realise hear find note notice mean matter exist remain consider
    """
)

#: Pronouns that, as the subject of reported speech, refer back to the speaker's side:
#: "the company said it would", "we will", "its proposals would".
SELF_WORDS: frozenset[str] = _table("i we me us my our ours it its they their he his she her")

#: Verbs of scheduling: put on "talks", "a vote", "discussion" they are procedure, not a
#: stand against the thing discussed ("agreed to postpone the vote").
SCHEDULING_VERBS: frozenset[str] = _table("shelve postpone delay defer adjourn suspend")
PROCEDURE_NOUNS: frozenset[str] = _table(
    """
    discussion discussions talk talks debate debates vote votes meeting meetings session
    hearing hearings decision consideration negotiation negotiations
    """
)

#: Verbs that take their object's polarity inside the content ("had concerns about").
LIGHT_VERBS: frozenset[str] = _table("have express voice raise share")

#: Verbs of examining a matter: "would be reviewed" announces procedure, not a decision.
PROCEDURE_VERBS: frozenset[str] = _table(
    "review consider discuss examine study debate decide evaluate assess investigate"
)

#: Nouns of prohibition: backing "a ban on X" or "an end to X" opposes X.
BAN_NOUNS: frozenset[str] = _table("ban moratorium embargo prohibition halt end")

#: Adjectives of certainty, which VADER scores as if they praised: "it is clear that".
EPISTEMIC: frozenset[str] = _table("clear obvious evident certain sure true apparent plain")

#: Verbs of a change in amount, which VADER scores as if they judged ("gain", "lose").
QUANTITY_VERBS: frozenset[str] = _table(
    """
    increase decrease rise fall drop decline gain lose grow shrink climb slip slide surge
    jump plunge soar tumble rebound double triple halve
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
    "appropriate": 1.2,
    "inappropriate": -1.5,
    # policy judgements VADER does not list
    "sensible": 1.2,
    "prudent": 1.2,
    "pragmatic": 1.0,
    "balanced": 1.0,
    "workable": 1.2,
    "unworkable": -1.5,
    "unrealistic": -1.5,
    "counterproductive": -1.5,
    "excessive": -1.5,
    "arbitrary": -1.2,
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
    # concern and obstruction, which VADER leaves out or scores near zero
    "concerned": -1.5,
    "obstruction": -1.5,
    "obstruct": -1.5,
    "stumbling": -1.0,  # "a stumbling block"
    "unyielding": -1.5,
    "exclude": -1.5,
    "impoverish": -2.0,
    "cripple": -2.0,
    # failing to heed something judges whoever did it, past or not ("overlooked the cost")
    "overlook": -1.5,
    "neglect": -1.5,
    "ignore": -1.5,
    "disregard": -1.5,
    "bolster": 1.2,
    "strengthen": 1.2,
    "safeguard": 1.2,
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
#: |valence| at which evaluation alone decides.
_STRONG = 1.0
#: Conjunctions and subordinators of contrast, and how much the conceded side counts.
_CONTRASTS: frozenset[str] = frozenset({"but", "yet"})
_CONCESSIONS: frozenset[str] = frozenset({"although", "though", "while", "whereas"})
_CONCEDED_WEIGHT = 0.5
#: Subordinators of a hypothetical condition.
_CONDITIONS: frozenset[str] = frozenset({"if", "unless", "whether"})
#: Links from a predicate up to the content's main clause.
_CLAUSE_CHAIN: frozenset[str] = frozenset(
    {
        "ROOT",
        "ccomp",
        "xcomp",
        "conj",
        "advcl",
        "acomp",
        "attr",
        "oprd",
        "pcomp",
        "prep",
        "parataxis",
    }
)
#: The valence of an adjective under "too".
_EXCESS = 2.0
#: Dependencies of a predicate adjective or participle ("was doomed", "seemed concerned").
_PREDICATIVE: frozenset[str] = frozenset({"acomp", "oprd", "ROOT", "ccomp", "conj", "xcomp"})
#: Modals that turn an event verb into a forecast the speaker stands behind.
_FORECAST_MODALS: frozenset[str] = frozenset({"would", "will", "'ll", "could", "might", "can"})


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
        if child.dep_ in {"nsubj", "dobj", "obj", "attr"} and any(
            g.lower_ == "no" for g in child.children
        ):
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
    if roots and roots[0].pos_ == "ADP":
        # "pointed to her advocacy for ...": the preposition's object is the content
        return next((c for c in roots[0].children if c.dep_ == "pobj"), roots[0])
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
        if head.lower_ == "without" and node.dep_ in {"pobj", "pcomp"}:
            flips += 1  # "without risking a flare-up"
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
    role = token
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head  # "powerful and profit-motivated": the second is as the first
    predicative = role.dep_ in _PREDICATIVE
    if token.pos_ == "ADJ" and predicative and any(c.lower_ == "too" for c in token.children):
        return -_EXCESS  # "too rigid", "too slow": a complaint whatever the adjective
    if lower in EVALUATIVE or lemma in EVALUATIVE:
        return valence(token)
    if lemma in EPISTEMIC and token.head.lemma_.lower() in {"be", "seem", "appear", "look"}:
        return 0.0  # "it is clear what has to be done": certainty ("make sure" acts)
    if token.pos_ == "VERB" and lemma in QUANTITY_VERBS:
        return 0.0  # "exports will increase": a change in amount, not a judgement
    if lemma in VOLITION or (token.pos_ == "VERB" and lemma in PREVENT_VERBS):
        return 0.0  # "ready to", "avoid": they turn the stance, they do not judge
    if token.pos_ == "ADV" and token.head.pos_ in {"ADJ", "ADV"}:
        return 0.0  # "pretty good", "awfully slow": a degree, the head word judges
    if token.pos_ in {"ADJ", "ADV"}:
        if role.dep_ == "amod" and (not _core(role.head) or token.tag_ in {"JJR", "JJS"}):
            # "faced with an angry Congress": a side remark, not the point; "the lower
            # dollar": a comparison, not a judgement
            return 0.0
        if token.tag_ == "VBN" and not predicative:
            return 0.0  # a participle judges as a predicate ("is misguided"), not as a label
        return valence(token)
    if token.pos_ == "NOUN" and token.dep_ in {"attr", "oprd"}:
        return valence(token)  # "is a problem", "called it a disaster"
    if token.pos_ == "NOUN" and flipped and token.dep_ in {"dobj", "obj", "nsubj"}:
        return valence(token) if _negated(token.head) else 0.0
    if token.pos_ == "VERB" and predicative and not _past(token):
        # a predicted or present consequence judges ("would trigger a crash", "is doomed",
        # "has broken down"); a past event only reports ("destroyed the bridge")
        return valence(token)
    return 0.0


def _core(noun: Token) -> bool:
    """A noun that is an argument of a predicate (subject, object, predicate nominal)."""
    return noun.dep_ in {"nsubj", "nsubjpass", "attr", "dobj", "obj", "oprd", "ROOT", "appos"} or (
        noun.dep_ == "conj" and noun.head.i != noun.i and _core(noun.head)
    )


def _past(verb: Token) -> bool:
    """The verb reports a past event: simple past, or a past auxiliary ("was", "had")."""
    if any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


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
    "signs that he is going to be a supporter", "a test that he failed" describe a noun.
    """
    node = token
    for _ in range(50):
        head = node.head
        if head.i == node.i or head.i not in ids:
            return True
        if node.dep_ not in _CLAUSE_CHAIN:
            return False
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children
        ):
            return False  # "if it sees fit": a hypothetical, not a judgement
        node = head
    return True


def evaluation(scope: Iterable[Token]) -> float:
    """Summed valence of the content's evaluative words, each flipped under negation."""
    tokens = list(scope)
    ids = {t.i for t in tokens}
    conceded = _conceded(tokens, ids)
    total = 0.0
    for token in tokens:
        if _under_prevention(token, ids):
            continue  # "tackle any aggressors": the object is what is opposed, not a judgement
        predicate = token.dep_ in {"attr", "acomp", "oprd"} or token.pos_ == "VERB"
        if predicate and not _main_clause(token, ids):
            continue  # "signs that he is going to be a supporter": a nested description
        flipped = _flipped(token, ids)
        value = _evaluative(token, flipped)
        if value:
            weight = _CONCEDED_WEIGHT if token.i in conceded else 1.0
            total += weight * (-value if flipped else value)
    return total


def _conceded(tokens: list[Token], ids: set[int]) -> set[int]:
    """Tokens of a clause that a contrast discounts: before "but", or under "although".

    "The plan has merits but is too costly" and "although it has merits, it is too
    costly" both come down on the side of the second judgement.
    """
    conceded: set[int] = set()
    for token in tokens:
        if token.dep_ == "cc" and token.lower_ in _CONTRASTS:
            first = token.head
            second = next((c for c in first.children if c.dep_ == "conj" and c.i > token.i), None)
            after = {t.i for t in second.subtree} if second is not None else set()
            # "said the plan was good but the timing was wrong": the parser may hang the
            # second clause on the cue, outside the content; what precedes "but" concedes
            before = first.subtree if first.i in ids else tokens
            conceded |= {t.i for t in before if t.i < token.i and t.i not in after}
        if token.dep_ == "mark" and token.lower_ in _CONCESSIONS and token.head.dep_ == "advcl":
            conceded |= {t.i for t in token.head.subtree}
    return conceded


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
        if _retracted(cue):
            # "withdrew its proposal", "walked back his comments": the speaker takes back
            # what the noun names; a position without a side of its own becomes a rejection
            polarity = -polarity if polarity else -1
    elif cue.dep_ == "acomp" and (attitude := _attitude_polarity(cue)):
        # "was not happy with", "remained wary of": the adjective takes the side, and a
        # negated copula reverses it
        return -attitude if _negated(cue.head) or _negated(cue) else attitude
    elif lemma == "ask" and _asks_question(cue):
        polarity = 0  # "asked who he was", "asked whether ...": a question, not a request
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
    if lemma == "appeal" and any(c.dep_ in {"dobj", "obj"} for c in cue.children):
        polarity = -1  # "appealed the ruling" contests it; "appealed for calm" asks for it
    if _against(cue):
        polarity = -1  # "campaigned against", "voted against", "spoke out against"
    if lemma == "talk" and any(c.dep_ == "prt" and c.lower_ == "up" for c in cue.children):
        polarity = 1  # "talked up her strategy" promotes it
    if polarity and cue.pos_ in {"VERB", "AUX"} and (_negated(cue) != refused):
        polarity = -polarity
    return polarity


#: Verb + particle that take back what their object says: "walked back", "took back".
_RETRACT_PARTICLES: frozenset[str] = frozenset({"walk", "take", "row"})


def _retracted(noun: Token) -> bool:
    """The noun is the object of a verb of withdrawal ("dropped its demand", "walked back")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _RETRACT_PARTICLES:
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children)
    return lemma in PREVENT_VERBS or lemma in {"retract", "recant"}


def _against(word: Token) -> bool:
    """The word takes "against" + an object: what it is against is opposed."""
    return any(
        c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" for g in c.children)
        for c in word.children
    )


def _asks_question(cue: Token) -> bool:
    """The cue's clause is an indirect question: "asked who ...", "asked whether ..."."""
    for clause in (c for c in cue.children if c.dep_ in {"ccomp", "dobj", "obj"}):
        words = [clause, *clause.children]
        if any(w.tag_ in {"WP", "WRB", "WDT"} or w.lower_ in {"if", "whether"} for w in words):
            return True
    return False


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
        return _classify(root, None, sentence, depth + 1, own)
    negated = root is not None and _negated_content(root)
    if polarity > 0 and root is not None and _procedural(root):
        return "neutral"  # "agreed to postpone the vote": procedure, not a side
    if polarity > 0:
        # A request or pledge supports what it asks for, unless what it asks for is to
        # stop something ("seek to prevent a war") or is plainly hostile ("vowed to punish them").
        if negated or value <= -2 * _STRONG or _bans(root):
            return "oppose"
        if value <= -_STRONG and _claim(root):
            return "oppose"  # "insisted the plan was flawed": the claim's judgement decides
        return "support"
    if root is not None and _conditional_need(root):
        return "support"  # "cannot grow unless it is given more funds": asks for the funds
    if root is not None and _procedural(root):
        return "neutral"  # "agreed to postpone the vote"
    if root is not None and (noun := _position_noun(root)):
        # "(had) serious concerns about X": the noun is the position, whatever X is like
        return "support" if noun > 0 else "oppose"
    if cue.lemma_.lower() in HEDGES and abs(value) < 3 * _STRONG:
        return "neutral"  # "expected prices to drop": a forecast
    hedged = _hedged(root)
    if hedged and (observer or abs(value) < 3 * _STRONG):
        return "neutral"
    if value >= _STRONG:
        return "support"
    if value <= -_STRONG:
        return "oppose"
    if root is None:
        return "neutral"
    if _stand(root, negated, own):
        return "oppose" if negated else "support"
    return "neutral"  # a fact, an assessment or a forecast: no side


def _position_noun(root: Token) -> int:
    """The polarity of a content that is a position noun, or a light verb's object."""
    if root.pos_ in {"NOUN", "PROPN"}:
        return _noun_polarity(root)  # "serious concerns about ..."
    if root.lemma_.lower() in LIGHT_VERBS and not _negated(root):
        # "he had serious concerns about ...", "it has the support of ...": the object judges
        for obj in (c for c in root.children if c.dep_ in {"dobj", "obj"}):
            if noun := _noun_polarity(obj):
                return noun
    return 0


def _noun_polarity(noun: Token) -> int:
    lemma = noun.lemma_.lower()
    return 1 if lemma in NOUN_SUPPORT else -1 if lemma in NOUN_OPPOSE else 0


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)


def _self_subject(verb: Token, own: frozenset[str] = frozenset()) -> bool:
    """The clause's subject refers back to the speaker's side: "we", "it", "its plan"."""
    subject = _subject(verb)
    if subject is None:
        # "said it would ... and would drill": a conjoined verb shares its head's subject;
        # "voted to ban X": the act of an infinitive complement is the speaker's own
        if verb.dep_ == "xcomp":
            return True
        return verb.dep_ == "conj" and _self_subject(verb.head, own)
    if subject.lower_ in SELF_WORDS:
        return True
    if own and _names_own_side(subject, own):
        return True  # "U.S. warships destroyed ...", said by a U.S. official
    # "its proposals would ...", "our plan is ...": a third party's "their" is too loose
    return any(c.dep_ == "poss" and c.lower_ in {"its", "our", "my"} for c in subject.children)


def _names_own_side(subject: Token, own: frozenset[str]) -> bool:
    """The subject is, or is modified by, a name of the speaker's side."""
    words = [subject, *(c for c in subject.children if c.dep_ in {"compound", "amod", "poss"})]
    if any(w.lower_ in own for w in words):
        return True
    phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det" and not t.is_punct)
    return phrase in own


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}}


def _stand(root: Token, negated: bool, own: frozenset[str] = frozenset()) -> bool:
    """The content commits to, demands or refuses an act rather than describing one.

    Demands ("must", "should", "need to"), wants and readiness ("is considering", "were
    prepared to") and the speaker's own side acting ("we will", "it had licensed") take a
    side; so does an announced decision in the agentless passive ("would be offered",
    "will not be deployed"). A forecast about others ("the deficit will remain high") and a
    state of affairs ("there is a tendency") do not.
    """
    conjoined = (c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")
    if any(_stand(c, negated, own) for c in conjoined):
        return True  # "would be represented by the union and would be phased in"
    lemma = root.lemma_.lower()
    aux = _aux_words(root)
    if negated and aux & COMMIT_MODALS:
        return True  # "would not send", "cannot accept": a refusal, whoever acts
    has_object = any(c.dep_ in {"dobj", "obj"} for c in root.children)
    if aux & DEONTIC or (lemma in {"need", "have"} and _to_clause(root) and not has_object):
        return True
    # "we consider the matter closed" judges; "is considering sending troops" wants
    judges = lemma == "consider" and any(c.dep_ in {"oprd", "ccomp"} for c in root.children)
    if (lemma in VOLITION and not judges) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in VOLITION for c in root.children
    ):
        return True
    if lemma == "go" and _to_clause(root) and root.lower_ == "going":
        return _self_subject(root, own)  # "we're going to win"
    subject = _subject(root)
    if subject is not None and subject.dep_ == "expl":
        # "there will be no reforms": an existential is a stand only when it rules out
        return negated and bool(aux & COMMIT_MODALS)
    passive = subject is not None and subject.dep_ == "nsubjpass"
    agentless = passive and not any(c.dep_ == "agent" for c in root.children)
    if agentless and aux & COMMIT_MODALS:
        return lemma not in PROCEDURE_VERBS  # "would be offered", not "would be reviewed"
    if lemma in HEDGES or (lemma in STATIVE and not (negated and aux & COMMIT_MODALS)):
        return False  # "he expected prices to drop", "there is a tendency": no act
    return _self_subject(root, own)


def _to_clause(verb: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _claim(root: Token | None) -> bool:
    """The content is a finite clause with its own subject: a claim, not a request."""
    return (
        root is not None
        and root.dep_ == "ccomp"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
    )


def _bans(root: Token | None) -> bool:
    """The content is a ban on something: "(supported) a ban on cloning", "an end to X"."""
    return (
        root is not None
        and root.lemma_.lower() in BAN_NOUNS
        and root.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ in {"on", "to", "of"} for c in root.children)
    )


def _procedural(root: Token) -> bool:
    """ "postpone the vote", "shelve discussion": scheduling a procedure takes no side."""
    return root.lemma_.lower() in SCHEDULING_VERBS and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in PROCEDURE_NOUNS for c in root.children
    )


def _conditional_need(root: Token) -> bool:
    """ "cannot do X unless Y": a negated act made conditional on Y asks for Y."""
    return _negated(root) and any(
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
    prevents = prevents or _against(root)  # "would vote against the bill"
    ready = next(
        (c for c in root.children if c.dep_ == "acomp" and c.lemma_.lower() in VOLITION), None
    )
    act = next((c for c in (ready or root).children if c.dep_ == "xcomp"), None)
    if act is not None and (ready is not None or root.lemma_.lower() in VOLITION):
        # "were ready to tackle X", "is trying to stop X": the wanted act decides
        prevents = prevents != _negated_content(act)
    return _negated(root) != prevents
