"""Extraction: a parsed spaCy ``Doc`` of one article -> actors and statements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Article, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_article"]


def extract_article(doc: Doc, article: Article) -> Extraction:
    """Everything one article says: its actors and attributed statements."""
    return Extraction(article=article, actors=(), statements=())
