"""Composes the stages: ingest -> extract -> resolve -> build -> align.

The CLI and the notebook API both call :func:`build_corpus`; neither reimplements a stage.
Without a store the graph is built in memory; with one (``store=DIR``) each new article is
committed to the Oxigraph store in its own transaction as soon as it is extracted, and
what depends on the whole corpus (resolution of actors, clusters) is settled once at the
end (:mod:`graph.store_add`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .align import AlignmentResult
from .assemble import (
    ArticleGroup,
    align_derived,
    coded,
    group_by_article,
    group_graph,
    report_notes,
    settle_topic_labels,
    topic_relabels,
)
from .build import build_graph, set_lookup_labels
from .codebook import Codebook, load_codebook
from .extractor import Extractor, Progress, extract_articles
from .ingest import DEFAULT_MAX_BYTES, read_articles
from .nlp import load_pipeline
from .records import Actor, Article, Extraction, Statement
from .resolve import Form, Resolution, resolve
from .shards import chunked, shard_size
from .store_add import OPTIMIZE_AFTER, add_to_store

__all__ = [
    "OPTIMIZE_AFTER",
    "ArticleGroup",
    "BuildResult",
    "Extractor",
    "build_corpus",
    "chunked",
    "extract_articles",
    "group_by_article",
    "group_graph",
    "resolve_against",
    "settle_topic_labels",
    "shard_size",
    "topic_relabels",
]

#: With a store, articles handed to the extractor at a time (a pool or Dask returns a
#: batch's shards as they finish; each article is committed as soon as it is back).
DEFAULT_STORE_BATCH = 500

# Kept under their former names for callers of the single build.
_align = align_derived


@dataclass(frozen=True)
class BuildResult:
    """A built graph and the records it came from.

    With a store, ``graph`` is the whole stored graph (an rdflib view over Oxigraph) and
    the records are this run's: ``articles`` the newly added ones, ``skipped`` the sources
    of articles that were already stored. ``unchanged`` is true when the store was up to
    date and nothing was new: nothing was recomputed, and ``alignment`` is empty.
    """

    graph: Graph
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    alignment: AlignmentResult
    warnings: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    store: Path | None = None
    unchanged: bool = False


def resolve_against(extractions: Sequence[Extraction], known: Sequence[Form]) -> Resolution:
    """Resolve new extractions together with forms already tallied (a store's).

    The known forms are summed with the new ones and everything is resolved again, so
    the actors are those one build of all the articles would give.
    """
    return resolve(extractions, known)


def build_corpus(
    paths: Iterable[str | Path],
    *,
    pipeline: str | None = None,
    seed: int = 0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    on_articles: Callable[[int], None] | None = None,
    store: str | Path | None = None,
    workers: int = 1,
    dask: str | None = None,
    store_batch: int = DEFAULT_STORE_BATCH,
    codebook: str | Path | Codebook | None = None,
    attribution: str | None = None,
    phase: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the stancegraph of every article under ``paths``.

    Args:
        paths: files and directories of articles.
        pipeline: spaCy pipeline name or path (default: the installed English one).
        seed: seed for clustering, so the same input gives the same clusters.
        warn: called with one line per skipped file or line.
        progress: called with the number of articles extracted, as they are.
        on_articles: called once with the number of articles to extract, before extraction.
        store: an Oxigraph store directory to add to (created when missing); articles
            already stored are skipped (by content hash, before any parsing), and actors
            and clusters are settled over the whole store when something was added or a
            killed add left it unsettled.
        workers: extraction processes on this machine.
        dask: address of a Dask scheduler to run extraction on instead.
        codebook: a codebook YAML file (or loaded :class:`~graph.codebook.Codebook`) whose
            issues replace the topics of the statements they match.
        store_batch: with a store, articles handed to the extractor at a time; each is
            committed as soon as it is extracted.
        attribution: who finds statements: the ``"checked"`` candidates, the
            ``"rules"`` over the parse, the trained ``"model"``, or ``"both"``
            (:mod:`graph.extract.learned`); by default the setting that measures best.
        phase: called with what the build starts doing next ("clustering actors"), for
            the phases that can take seconds.
    """
    warnings: list[str] = []
    _phase = phase or (lambda _: None)

    def _warn(message: str) -> None:
        warnings.append(message)
        if warn is not None:
            warn(message)

    book = load_codebook(codebook) if isinstance(codebook, str | Path) else codebook
    _phase("reading articles")
    articles = tuple(read_articles(paths, _warn, max_bytes=max_bytes))
    if articles and store is None and workers == 1 and dask is None:
        _phase("loading the spaCy pipeline")
        load_pipeline(pipeline)
    # Into a store, this process parses one article at a time, so each is committed as
    # soon as it is parsed (batching docs saves no measurable time with this pipeline).
    with Extractor(
        pipeline=pipeline,
        workers=workers,
        dask=dask,
        attribution=attribution,
        batch_size=1 if store is not None else 16,
    ) as extractor:
        if store is not None:
            added = add_to_store(
                articles,
                Path(store),
                extractor,
                seed=seed,
                warn=_warn,
                progress=progress,
                on_articles=on_articles,
                batch=store_batch,
                codebook=book,
                phase=_phase,
            )
            return BuildResult(
                graph=added.graph,
                articles=added.articles,
                actors=added.actors,
                statements=added.statements,
                alignment=added.alignment or AlignmentResult(clusters=(), edges=()),
                warnings=tuple(warnings),
                skipped=added.skipped,
                store=Path(store),
                unchanged=added.alignment is None,
            )
        _phase("extracting statements")
        if on_articles is not None:
            on_articles(len(articles))
        extractions = list(extractor.extract(articles, progress))
        report_notes(extractions, _warn)
        _phase("resolving actors and building the graph")
        resolution = coded(resolve(extractions), book)
        statements = settle_topic_labels(resolution.statements)
        if extractor.client is not None:
            from .distributed import ntriples_on_dask

            groups, rest = group_by_article(articles, extractions, resolution.actors, statements)
            graph = build_graph([], rest, [])
            for _, ntriples in ntriples_on_dask(extractor.client, groups):
                graph.parse(data=ntriples, format="nt")
            set_lookup_labels(graph, resolution.actors)
        else:
            graph = build_graph(articles, resolution.actors, statements)
    _phase("clustering actors")
    alignment, derived = align_derived(graph, seed)
    graph += derived
    return BuildResult(
        graph=graph,
        articles=articles,
        actors=resolution.actors,
        statements=statements,
        alignment=alignment,
        warnings=tuple(warnings),
    )
