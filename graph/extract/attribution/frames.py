"""Cues beside the reporting verb: a position held ("X wants to ..."), "quoted as saying",
declining to comment, unanswered requests for comment, "made it clear that" and "took aim
at"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import REPORTING_VERBS
from ..stance.words import ATTACK_OBJECTS, STAND_OBJECTS
from .cues import _CLAUSAL, _DESIRE_VERBS, _OBJECTS, _VIEW_VERBS
from .spans import _Candidate, _quoted, _subtree_span
from .speakers import _Speakers
from .subjects import _share
from .verbs import _subjects

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _cognition(cue: Token, lemma: str, speakers: _Speakers) -> _Candidate | None:
    """ "X wants to ...", "X knows that ...": a position held, when it takes a clause."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    if not clauses and lemma in _DESIRE_VERBS:
        # "X wants a new road", "half preferred the mayor": the object is what they want
        clauses = [c for c in cue.children if c.dep_ in ("dobj", "obj")]
    if not clauses and lemma in _VIEW_VERBS and any(c.lower_ == "as" for c in cue.children):
        # "X sees the plan as a mistake": a judgement, its object and what it is seen as
        clauses = [c for c in cue.children if c.dep_ in ("dobj", "obj") or c.lower_ == "as"]
    if not clauses:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    keys: dict[str, Token] = {}
    for subject in subjects:
        key = speakers.of(subject, set(), generic=_share(subject))
        if key:
            keys[key] = subject
    if not keys:
        return None
    return _Candidate(cue, lemma, list(keys), _subtree_span(cue.doc, clauses), False, subjects=keys)


def saying_as(cue: Token) -> Token | None:
    """The verb of speech in "quoted/reported/cited as saying": "saying", else ``None``."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for verb in prep.children:
                if verb.dep_ == "pcomp" and verb.lemma_.lower() in REPORTING_VERBS:
                    return verb
    return None


def _quoted_as(cue: Token, sentence: Span, speakers: _Speakers) -> _Candidate | None:
    """ "The agency quoted her as saying ...", "She was quoted by the agency as saying ...",
    "She was reported as saying ...": she is the speaker, the agency relays her."""
    quoted = next((c for c in cue.children if c.dep_ in _OBJECTS), None)
    passive = quoted is None
    if passive:
        quoted = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if quoted is None:
        return None
    speaker = speakers.of(quoted, set(), generic=True)
    if speaker is None:
        return None
    if passive:
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    else:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    reporter = speakers.of(subject, {speaker}, generic=True) if subject is not None else None
    saying = saying_as(cue)
    clauses = [c for c in cue.children if c.dep_ in _CLAUSAL]
    if not clauses and saying is not None:
        clauses = [c for c in saying.children if c.dep_ in _CLAUSAL]
    content = _subtree_span(cue.doc, clauses) if clauses else _quoted(sentence)
    cand = _Candidate(cue, "quote", [speaker], content, False, subjects={speaker: quoted})
    if saying is not None:
        cand.cue_text = f"{cue.text} as {saying.text}"
    cand.reported_by = reporter
    return cand


def _declined(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X declined to comment / to give details": a statement that takes no side."""
    for xcomp in cue.children:
        if xcomp.dep_ == "xcomp" and xcomp.lemma_.lower() in REPORTING_VERBS:
            subjects, _ = _subjects(cue)
            keys = [k for k in (speakers.of(s, set(), generic=True) for s in subjects) if k]
            if keys:
                end = max([xcomp.i] + [c.i for c in xcomp.children if c.dep_ in _OBJECTS])
                cand = _Candidate(cue, cue.lemma_.lower(), keys, None, False)
                cand.cue_text = cue.doc[cue.i : end + 1].text
                return cand
    return None


# Verbs of answering: "did not respond to requests for comment" declines to comment.
_ANSWER_VERBS = frozenset({"respond", "reply", "return", "answer"})

# What was not answered: a request, call or message.
_REQUEST_NOUNS = frozenset({"request", "call", "message", "inquiry", "query", "question", "email"})


def _unanswered(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X did not respond to requests for comment", "X didn't stop to answer questions":
    a statement of no position."""
    negated = cue.head if cue.dep_ == "xcomp" else cue
    if not any(c.dep_ == "neg" for c in negated.children):
        return None
    questions = next(
        (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() == "question"), None
    )
    if questions is not None and cue.lemma_.lower() == "answer":
        # "X did not answer questions", "X didn't stop to answer questions as she left":
        # the cue runs from the negation to the questions
        return _no_position(cue, negated, questions, speakers)
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for request in prep.children:
            if request.dep_ == "pobj" and request.lemma_.lower() in _REQUEST_NOUNS:
                comment = next((t for t in request.subtree if t.lemma_.lower() == "comment"), None)
                if comment is None:
                    return None
                return _no_position(cue, cue, comment, speakers)
    return None


def _no_position(cue: Token, first: Token, last: Token, speakers: _Speakers) -> _Candidate | None:
    """A statement of no position by the subjects of ``cue``, its cue written from
    ``first`` (with its auxiliaries and negation) to ``last``; None without a subject."""
    subjects, _ = _subjects(cue)
    keys = [k for k in (speakers.of(s, set(), generic=True) for s in subjects) if k]
    if not keys:
        return None
    cand = _Candidate(cue, cue.lemma_.lower(), keys, None, False)
    start = min([first.i] + [c.i for c in first.children if c.dep_ in ("aux", "neg")])
    cand.cue_text = cue.doc[start : last.i + 1].text
    return cand


def _made_clear(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X made it clear that ...", "X has made clear that ...": X states the clause."""
    clear = next(
        (c for c in cue.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp")),
        None,
    )
    if clear is None:
        return None
    clauses = [
        c
        for c in (*clear.children, *cue.children)
        if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > clear.i and c.pos_ in ("VERB", "AUX")
    ]
    if not clauses:
        return None
    subjects, inherited = _subjects(cue)
    keys = {k: s for s in subjects if (k := speakers.of(s, set()))}
    if not keys:
        return None
    cand = _Candidate(
        cue, "make clear", list(keys), _subtree_span(cue.doc, clauses), inherited, subjects=keys
    )
    cand.cue_text = cue.doc[cue.i : clear.i + 1].text
    return cand


# Objects that make "take" an attack or a stand ("took aim at", "took a swipe at", "took
# issue with", "took a stand against"), and the prepositions naming what it is against.
_TAKEN_STANDS = ATTACK_OBJECTS | STAND_OBJECTS
_TAKEN_PREPS = frozenset({"at", "with", "against", "on"})


def _taken_stand(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X took aim at Y", "X has taken a swipe at Y's plan", "X took issue with Y": X's
    stand on what the preposition names, as "X attacked Y" is."""
    taken = next(
        (c for c in cue.children if c.dep_ in _OBJECTS and c.lemma_.lower() in _TAKEN_STANDS),
        None,
    )
    if taken is None:
        return None
    preps = [
        c
        for c in (*taken.children, *cue.children)
        if c.dep_ == "prep" and c.lower_ in _TAKEN_PREPS and c.i > taken.i
    ]
    if not preps:
        return None
    subjects, inherited = _subjects(cue)
    # a name the tagger missed is still a name ("Ana Petrov took aim at ...")
    keys = {k: s for s in subjects if (k := speakers.of(s, set(), generic=s.pos_ == "PROPN"))}
    if not keys:
        return None
    prep = min(preps, key=lambda p: p.i)
    cand = _Candidate(
        cue, "take", list(keys), _subtree_span(cue.doc, [prep]), inherited, subjects=keys
    )
    cand.cue_text = cue.doc[cue.i : prep.i + 1].text
    return cand
