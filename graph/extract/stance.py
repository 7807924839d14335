"""Stance of a statement toward its topic: cue polarity, negation, modality, evaluation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import StanceValue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["classify_stance"]


def classify_stance(cue: Token, content: Span | None, sentence: Span) -> StanceValue:
    """Support, oppose or neutral for one statement (placeholder: neutral)."""
    return "neutral"
