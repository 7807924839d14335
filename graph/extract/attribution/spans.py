"""The attribution record, a rule's candidate, and the spans of text they hold."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import _OPENING, _QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Attribution:
    """One speaker's statement in one sentence: cue, content and provenance."""

    cue: Token
    cue_text: str
    speaker: str
    content: Span | None
    sentence: Span
    reported_by: str | None = None
    target_actor: str | None = None
    relation: str | None = None  # "agree" | "disagree" with target_actor
    source: Token | None = None  # the speaker's mention in the sentence, when there is one
    #: False for a contrast the writer states ("X and Y differ on Z"): it says the two
    #: disagree, not which side either takes, so the statement is neutral
    takes_side: bool = True


def _beside(clause: Token) -> bool:
    """A clause set before its head with a semicolon between them ("X backs a tax; Y
    wants a fee"): a sentence of its own, not what the head's verb reports."""
    head = clause.head
    return clause.i < head.i and any(
        c.dep_ == "punct" and c.text == ";" and clause.i < c.i < head.i for c in head.children
    )


def _subtree_span(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    start = min(t.left_edge.i for t in tokens)
    end = max(t.right_edge.i for t in tokens) + 1
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return doc[start:end] if start < end else None


def _strip(span: Span) -> Span | None:
    """A span without the punctuation and spaces at its ends."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _quoted(sentence: Span) -> Span | None:
    """The text between the first pair of quotation marks in a sentence, if any."""
    opened = None
    for tok in sentence:
        if tok.text in _QUOTES:
            if opened is None:
                opened = tok.i + 1
            elif tok.i > opened:
                return sentence.doc[opened : tok.i]
    if opened is not None and opened < sentence.end - 1:
        # a quotation that runs on into the next sentence
        end = sentence.end
        while end > opened and (sentence.doc[end - 1].is_punct or sentence.doc[end - 1].is_space):
            end -= 1
        return sentence.doc[opened:end] if end > opened else None
    return None


# Words that may follow a sentence-final cue ("..., the Daily Planet reported in May.").
_TRAILER_DEPS = frozenset(
    {"prep", "pobj", "npadvmod", "det", "amod", "compound", "nummod", "dobj", "advmod"}
)


def _before_trailing_cue(cue: Token, sentence: Span) -> Span | None:
    """The claim around a cue set off by commas, when the parse gives it no complement.

    "It disbanded after the election, the Planet reported." (the clause before), "That, an
    aide explained, is by design." (the rest, around the aside) and "As the Planet noted,
    the mayor raised $1 million." (the clause the "as" phrase modifies).
    """
    doc = cue.doc
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return _rest(cue)
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > cue.i:
        return None
    start = subject.left_edge.i
    if start - sentence.start < 2 or doc[start - 1].text != ",":
        return None
    end = cue.i + 1
    while end < sentence.end and (doc[end].dep_ in _TRAILER_DEPS or doc[end].is_space):
        end += 1
    before = doc[sentence.start : start - 1]
    after = doc[end : sentence.end]
    if any(not (t.is_punct or t.is_space) for t in after):
        if after[0].text != ",":
            return None
        # an aside in the middle: the claim runs on after it
        before = before if len(before) >= len(after) else after[1:]
    elif len(before) < 4:
        return None
    return _subtree_span(doc, list(before)) if len(before) else None


@dataclass
class _Candidate:
    cue: Token
    lemma: str
    speakers: list[str]
    content: Span | None
    inherited: bool
    reported_by: str | None = None
    dropped: bool = False
    orphan: bool = False  # a cue whose subject is the outer cue's speaker
    cue_text: str | None = None  # when the cue is more than its verb
    noun: bool = False  # a noun cue ("X's proposal"): a statement of its own wherever it is
    subjects: dict[str, Token] = field(default_factory=dict)  # speaker key -> its mention


def _quote_before(cue: Token, sentence: Span, previous: Span | None) -> Span | None:
    """ "“Will prices rise?” Brown asked.": the question ended the sentence before."""
    if previous is None or cue.i - sentence.start > 4:
        return None
    tokens = [t for t in previous if not t.is_space]
    if len(tokens) < 3 or tokens[-1].text not in _QUOTES:
        return None
    if tokens[0].text not in _OPENING and any(t.text in _QUOTES for t in tokens[:-1]):
        return None  # the sentence before is not all quotation (nor its last part)
    return _subtree_span(cue.doc, [previous.root])


def _after_colon(cue: Token, sentence: Span) -> Span | None:
    """ "Brown continued:" ending a paragraph: what follows is what was said."""
    doc = cue.doc
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_space:
        end -= 1
    if end - 1 <= cue.i or doc[end - 1].text != ":" or end - 1 - cue.i > 4:
        return None
    if end >= len(doc):
        return None
    after = doc[end:]
    following = next((t.sent for t in after if not t.is_space), None)
    return _strip(following) if following is not None else None


def _rest(token: Token) -> Span | None:
    """The clause an "according to X" phrase modifies, without the phrase itself."""
    head = token.head
    if head.i == token.i:
        return None
    doc = token.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if token.left_edge.i <= start:
        start = token.right_edge.i + 1
    elif token.right_edge.i + 1 >= end:
        end = token.left_edge.i
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _opens_paragraph(token: Token) -> bool:
    """Whether a token opens the text or follows a line break. A paragraph's first word
    ends any quotation left open: a quotation that runs on into a new paragraph opens it
    with a mark again (:func:`_paragraph_reopens`)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space and "\n" in before.text


def _paragraph_reopens(token: Token) -> bool:
    """Whether a token is a quotation mark opening a paragraph: an opening mark, whatever
    marks the paragraph before left unmatched."""
    return token.text in _QUOTES and _opens_paragraph(token)


def _trim(span: Span) -> Span | None:
    """A span without the punctuation, conjunctions and "that" at its ends."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "mark")):
        end -= 1
    return doc[start:end] if start < end else None
