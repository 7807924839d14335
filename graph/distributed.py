"""Extraction past one machine, on an existing Dask distributed cluster.

Workers parse and extract article shards and send back records, so the graph is the same
as a local build. For a build in memory a second round follows: the client resolves
actors across the whole corpus (that needs every article at once, and is cheap), then
workers turn each article's resolved records into N-Triples for the client to load. An add
to a store commits each article as its records come back (:mod:`graph.store_add`). Each
worker process loads the spaCy pipeline once and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .assemble import ArticleGroup, group_graph
from .errors import StancegraphError
from .records import Article, Extraction
from .shards import chunked, extract_chunk

__all__ = ["DaskError", "connect", "extract_on_dask", "ntriples_on_dask"]


class DaskError(StancegraphError):
    """The Dask scheduler cannot be reached or a task failed."""

    exit_code = 2


def connect(address: str, *, timeout: str = "10s") -> Any:
    """A Dask client for ``address``; a one-line error when nobody answers."""
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - distributed is a declared dependency
        raise DaskError("--dask needs the 'distributed' package: pip install distributed") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {detail}") from None


def _extract_shard(
    articles: Sequence[Article], pipeline: str | None, attribution: str
) -> tuple[Extraction, ...]:
    return extract_chunk(articles, pipeline, 16, attribution)


def _shard_ntriples(groups: Sequence[ArticleGroup]) -> list[tuple[str, str]]:
    return [(g.article.id, group_graph(g).serialize(format="nt")) for g in groups]


def _gather_in_order(client: Any, futures: list[Any], progress: Callable[[Any], None]) -> list:
    """Results in submission order, reporting each as it completes."""
    from distributed import as_completed

    results: dict[str, Any] = {}
    try:
        with client.as_current():
            for future, result in as_completed(futures, with_results=True):
                results[future.key] = result
                progress(result)
    except StancegraphError:
        raise
    except Exception as exc:  # a worker's exception arrives re-raised here, any type
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise DaskError(f"a Dask task failed: {detail}") from None
    finally:
        client.cancel([f for f in futures if f.key not in results])
    return [results[f.key] for f in futures]


def extract_on_dask(
    client: Any,
    articles: Sequence[Article],
    *,
    pipeline: str | None = None,
    attribution: str = "rules",
    shard: int = 32,
    progress: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """Parse and extract ``articles`` on the client's cluster, in input order."""
    if not articles:
        return []
    futures = client.map(
        _extract_shard,
        chunked(articles, shard),
        pipeline=pipeline,
        attribution=attribution,
        pure=False,
    )
    done = _gather_in_order(
        client, futures, lambda result: progress(len(result)) if progress else None
    )
    return [extraction for shard_result in done for extraction in shard_result]


def ntriples_on_dask(
    client: Any, groups: Sequence[ArticleGroup], *, shard: int = 64
) -> Iterator[tuple[str, str]]:
    """(article id, N-Triples) for each group, built on the cluster, in input order."""
    if not groups:
        return
    futures = client.map(_shard_ntriples, chunked(groups, shard), pure=False)
    for shard_result in _gather_in_order(client, futures, lambda _: None):
        yield from shard_result
