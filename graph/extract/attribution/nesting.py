"""One attribution inside another (reporter versus speaker), and two claims in one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    RELAY_VERBS,
    REPORTING_VERBS,
)
from .constructions import _STANDS, _cited
from .cues import _ATTITUDES, _NEUTRAL_RELAYS, _QUOTES, _RELAYED_CUES
from .spans import _beside, _Candidate, _subtree_span, _trim
from .speakers import _Speakers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _nearest_cue(token: Token, cues: dict[int, _Candidate]) -> tuple[_Candidate | None, bool]:
    """The closest ancestor cue of ``token`` and whether the path crossed an adverbial clause."""
    crossed = False
    while token.head.i != token.i:
        # "..., with some saying ...": a clause of its own under a preposition
        own = (token.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in token.children)) or (
            token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.lower_ == "with"
        )
        crossed = crossed or own or token.dep_ in ("advcl", "conj", "relcl") or _beside(token)
        token = token.head
        if token.i in cues:
            return cues[token.i], crossed
    return None, crossed


def _in_adjunct(cue: Token, outer: Token) -> bool:
    """Whether ``cue`` sits in a prepositional phrase of what ``outer`` introduces.

    "X said prospects are good, [with the bid backed by Y]": Y's position is a detail
    of X's own claim, unlike "X said [that Y backed the bid]".
    """
    token = cue
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head  # "was [in favor] of": the stand's own phrase is no adjunct
    while token.i != outer.i and token.head.i != token.i:
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


# Verbs of plain saying: a quotation that opens with one reports someone else's words.
_PLAIN_SAYING = frozenset({"say", "tell"})


# Subjects that name someone other than the one quoted: third persons and names.
_THIRD_PERSONS = frozenset({"he", "she", "they"})


# Modals that make a cue a forecast or a guess ("will say", "might claim").
_FORECAST_MODALS = frozenset({"will", "would", "shall", "may", "might", "could", "'ll"})


def _quoted_third_party(cand: _Candidate, outer: _Candidate) -> bool:
    """ "“The Dairy Board keeps claiming that goat cheese is unsafe,” Roe said": a
    quotation that tells what someone else, named, says reports that one's stand too."""
    named = [t for t in cand.subjects.values() if t.pos_ in ("PROPN", "NOUN")]
    return (
        cand.lemma in REPORTING_VERBS
        and any(c.dep_ == "ccomp" for c in cand.cue.children)  # "claiming that ..."
        # "X will find that ...": a forecast of what X will say is no stand of X's
        and not any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in cand.cue.children)
        and bool(named)
        and len(named) == len(cand.subjects)
        and not set(cand.speakers) & set(outer.speakers)
    )


def _quote_opens_with_other(cand: _Candidate, outer: _Candidate, quoted: set[int]) -> bool:
    """Whether a quotation opens by saying what someone else said ("“She told us it is
    over,” Roe said"): the quotation's first words are the subject of a verb of plain
    saying, a third person or a name, not the one quoted."""
    if cand.lemma not in _PLAIN_SAYING or not cand.speakers or cand.noun:
        return False
    if set(cand.speakers) & set(outer.speakers):
        return False
    subject = cand.subjects.get(cand.speakers[0])
    if subject is None or subject.i not in quoted or subject.i - 1 in quoted:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _THIRD_PERSONS
    return subject.pos_ == "PROPN"


def _quote_runs_on(cue: Token, quoted: set[int]) -> bool:
    """Whether the quotation of ``cue``'s sentence runs on into the next one: that sentence
    is all quotation (a new paragraph reopening with a mark counts, as it continues the
    quote), with no cue of its own outside the marks (“The board voted,” Berg said)."""
    doc = cue.doc
    after = cue.sent.end
    while after < len(doc) and (doc[after].is_space or doc[after].text in _QUOTES):
        after += 1
    if after >= len(doc) or after not in quoted:
        return False
    return all(t.i in quoted for t in doc[after].sent if t.is_alpha)


def _resolve_nesting(
    cands: dict[int, _Candidate],
    cites: list[Token],
    speakers: _Speakers,
    quoted: set[int],
) -> None:
    """Reporter versus speaker when one attribution sits inside another's content.

    ``quoted`` holds the tokens inside quotation marks: a cue there is part of what the
    outer speaker said ("“I get endorsed by X,” Y said" is Y's statement only).
    """
    for cite in cites:
        outer, _ = _nearest_cue(cite, cands)
        if outer is None or outer.lemma not in RELAY_VERBS or not outer.speakers:
            continue
        cited = _cited(cite, speakers)
        if cited and cited not in outer.speakers:
            outer.reported_by = outer.speakers[0]
            outer.speakers = [cited]
            reporter = speakers.index.drafts[outer.reported_by]
            if reporter.type == "Organization" and reporter.affiliation is None:
                reporter.type = "Outlet"  # reports citing its sources: a news organisation
    for cand in sorted(cands.values(), key=lambda c: c.cue.i):
        outer, crossed = _nearest_cue(cand.cue, cands)
        if outer is None or outer.dropped or not outer.speakers:
            continue
        if cand.lemma == "according to":
            # "X said ..., according to Z": Z relays X's statement
            outer.reported_by = outer.reported_by or cand.speakers[0]
            cand.dropped = True
            continue
        if cand.noun or cand.lemma == ":":
            continue  # a noun cue or a speaker label is a statement wherever it hangs
        if cand.orphan:
            cand.speakers = list(outer.speakers)
            cand.reported_by = outer.reported_by
            continue
        if cand.cue.i in quoted and outer.cue.i not in quoted:
            if _quote_opens_with_other(cand, outer, quoted):
                # "“She said it is over,” Roe added": Roe relays her words
                cand.reported_by = outer.speakers[0]
                # the quotation running on into the next sentence answers in the
                # speaker's own voice: "“She keeps saying I cannot win,” Roe said. “I will.”"
                outer.dropped = not _quote_runs_on(outer.cue, speakers.in_quotes)
                continue
            if not _quoted_third_party(cand, outer):
                cand.dropped = True  # a verb inside the quotation is part of what was said
            continue
        if crossed:
            continue  # "..., though she voiced hope": a separate act of its own
        if cand.inherited:
            cand.dropped = True  # "urged to reject": one act, already counted
            continue
        if set(cand.speakers) <= set(outer.speakers):
            cand.dropped = True  # "X said that she agrees": the content of one act
            continue
        if _demanded(cand.cue):
            cand.dropped = True  # "X said voters should reject Y": X's demand, not theirs
            continue
        if (
            cand.lemma not in _RELAYED_CUES
            and cand.cue.lower_ not in _ATTITUDES
            and cand.lemma not in _STANDS
        ):
            # "officials said Chile is trying ...": an aim, not a statement; "X said Y was
            # unhappy with Z" reports Y's position, like "X said Y opposed Z"
            cand.dropped = True
            continue
        if set(cand.speakers) <= speakers.generic:
            cand.dropped = True  # "X said that a survey showed ...": the survey is X's evidence
            continue
        cand.reported_by = outer.reported_by or outer.speakers[0]
        if outer.lemma in RELAY_VERBS or outer.lemma in _NEUTRAL_RELAYS:
            cand.reported_by = outer.speakers[0]
            # "X reported that Y said": X only relays Y; but in "X said prospects are
            # good, with the plan backed by Y" X's own claim is the clause around Y's
            outer.dropped = outer.dropped or not _in_adjunct(cand.cue, outer.cue)


# Modals of obligation: "X said Y should reject Z" asks Y to, it reports nothing of Y.
_OBLIGATION_MODALS = frozenset({"should", "must", "ought"})


def _demanded(cue: Token) -> bool:
    """The cue is what someone else is told they should do ("should reject", "must back")."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in cue.children)


# Conjunctions that set one claim against another: "while X, Y" states X and Y.
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _clause(token: Token) -> bool:
    """Whether a verb heads a clause of its own (it has a subject)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _claims(content: Span | None, cue: Token) -> list[Span | None]:
    """The claims of one complement: two when it sets one clause against another.

    "said that while troops would not go, the government aims to help" and "that prices
    would rise and that wages would not" are two claims with their own targets, each a
    statement; anything else is one. Only a complement after its cue is split: "While
    A, B, they said" opens with the scene for one claim.
    """
    if content is None or content.start < cue.i:
        return [content]
    root = content.root
    doc = content.doc
    for child in root.children:
        if not (content.start <= child.i < content.end) or not _clause(child):
            continue
        contrast = child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _CONTRAST_MARKS for g in child.children
        )
        # "that A and that B": the second "that" marks a second complement
        second = child.dep_ == "conj" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        )
        leading = child.left_edge.i <= content.start + 1
        # a contrast set first is the speaker's ("while A, B"); one trailing the claim
        # ("A, though B") is as often the writer's aside
        if not ((contrast and leading) or second):
            continue
        part = _subtree_span(doc, [child])
        if leading:
            rest = _trim(doc[child.right_edge.i + 1 : content.end])
        else:
            rest = _trim(doc[content.start : child.left_edge.i])
        if part is not None and rest is not None and len(rest) > 2:
            return [part, rest] if part.start < rest.start else [rest, part]
    return [content]
