"""Topics: what a stance is about, normalised so that different wordings share one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Topic

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["topic_for"]


def topic_for(cue: Token, content: Span | None, sentence: Span) -> Topic:
    """The topic of one statement (placeholder: the sentence's first noun chunk)."""
    chunks = list((content or sentence).noun_chunks)
    label = chunks[0].text if chunks else (content or sentence).text[:60]
    return Topic(key=label.casefold(), label=label)
