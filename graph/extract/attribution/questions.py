"""What was asked: a question put to someone is nobody's statement; the answer is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_question(token: Token) -> bool:
    """Whether a verb is a question put to someone, or inside one: "Asked by reporters
    if he would quit, X replied ...", "asked her which plan she believes will pass". What was
    asked is nobody's statement; the answer is."""
    if token.lemma_.lower() == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl":
        return True
    clause = token
    for head in token.ancestors:
        if head.lemma_.lower() == "ask" and (
            any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)
            # "asked X which plan she believes will pass": a question opened by a wh-word
            or any(_wh_question(c) for c in (clause, *clause.children))
        ):
            return True
        clause = head
    return False


def _wh_question(clause: Token) -> bool:
    """A clause opened by a wh-word whose verb has a subject of its own: "(asked) which plan
    she believes will pass", not "(asked the senator) who opposed the bill". A relative clause
    set off by a comma or opened by "whom", "whose", "which" or "that" ("asked X, whom Y
    has criticized, to resign") says who was asked, not what."""
    first = clause.left_edge
    if clause.dep_ == "relcl" and (
        first.lower_ in ("whom", "whose", "which", "that")
        or (first.i > 0 and clause.doc[first.i - 1].text == ",")
    ):
        return False
    return (
        clause.dep_ in ("ccomp", "relcl")
        and first.tag_ in ("WP", "WDT", "WRB")
        and any(c.dep_ == "nsubj" and c.i != first.i for c in clause.children)
    )
