"""Composes the stages: ingest -> extract -> resolve -> build -> align.

The CLI and the notebook API both call :func:`build_corpus`; neither reimplements a stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .align import AlignmentResult, align_graph
from .build import add_alignment, build_graph
from .extract import extract_article
from .ingest import DEFAULT_MAX_BYTES, read_articles
from .nlp import load_pipeline
from .records import Actor, Article, Extraction, Statement
from .resolve import resolve

__all__ = ["BuildResult", "build_corpus", "extract_articles"]

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BuildResult:
    """A built graph and the records it came from."""

    graph: Graph
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    alignment: AlignmentResult
    warnings: tuple[str, ...]


def extract_articles(
    articles: Sequence[Article],
    *,
    pipeline: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> Iterator[Extraction]:
    """Parse articles with spaCy in batches and extract each one, in input order."""
    nlp = load_pipeline(pipeline)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield extract_article(doc, article)
        if progress is not None:
            progress(1)


def build_corpus(
    paths: Iterable[str | Path],
    *,
    pipeline: str | None = None,
    seed: int = 0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    on_articles: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build the stancegraph of every article under ``paths``.

    Args:
        paths: files and directories of articles.
        pipeline: spaCy pipeline name or path (default: the installed English one).
        seed: seed for clustering, so the same input gives the same clusters.
        warn: called with one line per skipped file or line.
        progress: called with 1 after each article is extracted.
        on_articles: called once with the number of articles read, before extraction.
    """
    warnings: list[str] = []

    def _warn(message: str) -> None:
        warnings.append(message)
        if warn is not None:
            warn(message)

    articles = tuple(read_articles(paths, _warn, max_bytes=max_bytes))
    if on_articles is not None:
        on_articles(len(articles))
    extractions = list(extract_articles(articles, pipeline=pipeline, progress=progress))
    resolution = resolve(extractions)
    graph = build_graph(articles, resolution.actors, resolution.statements)
    alignment = align_graph(graph, seed=seed)
    add_alignment(
        graph,
        alignment.clusters,
        alignment.edges,
        modularity=alignment.modularity,
        polarization=alignment.polarization,
    )
    return BuildResult(
        graph=graph,
        articles=articles,
        actors=resolution.actors,
        statements=resolution.statements,
        alignment=alignment,
        warnings=tuple(warnings),
    )
