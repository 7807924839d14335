"""Extraction of a shard of articles in the current process: parse with spaCy, extract.

The unit every way of running extraction shares (this process, a pool of processes, Dask
workers): records, not spaCy objects, come out, so the graph does not depend on where a
shard ran.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from .extract import extract_article
from .extract.learned import DEFAULT_ATTRIBUTION, load_model, needs_model, tag_roles
from .nlp import load_pipeline
from .records import Article, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["chunked", "extract_chunk", "parse", "shard_size", "warm"]

T = TypeVar("T")


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive shards of at most ``size`` items, in order."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def shard_size(count: int, workers: int, *, most: int = 64) -> int:
    """Shards small enough to keep every worker busy to the end, big enough to batch."""
    return max(1, min(most, math.ceil(count / (workers * 4))))


def parse(
    articles: Sequence[Article], pipeline: str | None, batch_size: int, attribution: str
) -> Iterator[Doc]:
    """The parsed docs of ``articles``, tagged by the attribution model when it is used."""
    nlp = load_pipeline(pipeline)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    if needs_model(attribution):
        docs = tag_roles(docs, batch_size=batch_size)
    return docs


def extract_chunk(
    articles: Sequence[Article],
    pipeline: str | None,
    batch_size: int,
    attribution: str = DEFAULT_ATTRIBUTION,
) -> tuple[Extraction, ...]:
    """Parse and extract a shard of articles in this process (pipeline loaded once)."""
    docs = parse(articles, pipeline, batch_size, attribution)
    return tuple(
        extract_article(doc, a, attribution) for a, doc in zip(articles, docs, strict=True)
    )


def warm(pipeline: str | None, attribution: str = DEFAULT_ATTRIBUTION) -> None:
    """Load the spaCy pipeline (and the attribution model when used) into this process."""
    load_pipeline(pipeline)
    if needs_model(attribution):
        load_model()
