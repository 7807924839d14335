"""Helpers the extraction tests share: one article extracted from a sentence or two."""

from __future__ import annotations

from graph.extract import extract_article
from graph.records import Actor, Article, Extraction


def extract(nlp, text: str, attribution: str | None = None) -> Extraction:
    """The extraction of ``text`` as one article (with the default setting unless
    ``attribution`` names another)."""
    article = Article(id="test", text=text, source="test.txt")
    if attribution is None:
        return extract_article(nlp(text), article)
    return extract_article(nlp(text), article, attribution=attribution)


def actors_of(nlp, text: str) -> dict[str, Actor]:
    """The actors extracted from ``text``, by key."""
    return {a.key: a for a in extract(nlp, text).actors}
