"""Runs extraction over many articles: in this process, in a pool of processes, or on Dask."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .errors import PipelineError
from .extract import extract_article
from .extract.learned import DEFAULT_ATTRIBUTION, check_mode
from .records import Article, Extraction
from .shards import chunked, extract_chunk, parse, shard_size, warm

__all__ = ["Extractor", "Progress", "extract_articles"]

Progress = Callable[[int], None]


class Extractor:
    """Extraction in this process, in a pool of ``workers`` processes, or on Dask.

    A context manager, so a pool (each process loading the spaCy pipeline once) or a Dask
    connection lasts across the articles of a large add. Records, not spaCy objects, come
    back, in input order, so the graph does not depend on where extraction ran. Processes
    are spawned, not forked: forking a process that runs threads (progress bars, Dask)
    can deadlock.
    """

    def __init__(
        self,
        *,
        pipeline: str | None = None,
        workers: int = 1,
        dask: str | None = None,
        batch_size: int = 16,
        attribution: str | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.attribution = check_mode(attribution or DEFAULT_ATTRIBUTION)
        self.workers = workers
        self.dask = dask
        self.batch_size = batch_size
        self._pool: Any = None
        self._client: Any = None

    def __enter__(self) -> Extractor:
        if self.dask:
            from .distributed import connect

            self._client = connect(self.dask)
        elif self.workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=warm,
                initargs=(self.pipeline, self.attribution),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> Any:
        """The Dask client, when extraction runs on Dask."""
        return self._client

    def extract(
        self, articles: Sequence[Article], progress: Progress | None = None
    ) -> Iterator[Extraction]:
        """Extract ``articles`` in input order, calling ``progress`` as they are done.

        In this process each extraction is yielded as soon as its article is parsed; a
        pool or Dask yields a shard's extractions when the shard is done.
        """
        if self._client is not None:
            from .distributed import extract_on_dask

            yield from extract_on_dask(
                self._client,
                articles,
                pipeline=self.pipeline,
                attribution=self.attribution,
                progress=progress,
            )
        elif self._pool is not None and len(articles) > 1:
            from concurrent.futures.process import BrokenProcessPool

            shards = chunked(articles, shard_size(len(articles), self.workers))
            results = self._pool.map(
                extract_chunk,
                shards,
                [self.pipeline] * len(shards),
                [self.batch_size] * len(shards),
                [self.attribution] * len(shards),
            )
            try:
                for shard in results:
                    yield from shard
                    if progress is not None:
                        progress(len(shard))
            except BrokenProcessPool:
                raise PipelineError(
                    "an extraction worker process died (out of memory or killed); "
                    "the articles committed before it are kept, run the add again for the rest"
                ) from None
        else:
            docs = parse(articles, self.pipeline, self.batch_size, self.attribution)
            for article, doc in zip(articles, docs, strict=True):
                yield extract_article(doc, article, self.attribution)
                if progress is not None:
                    progress(1)


def extract_articles(
    articles: Sequence[Article],
    *,
    pipeline: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    workers: int = 1,
    attribution: str | None = None,
) -> Iterator[Extraction]:
    """Parse articles with spaCy in batches and extract each one, in input order.

    With ``workers > 1`` shards go to that many processes; the records are the same.
    ``attribution`` is ``"checked"``, ``"rules"``, ``"model"`` or ``"both"``
    (:mod:`graph.extract.learned`).
    """
    with Extractor(
        pipeline=pipeline, workers=workers, batch_size=batch_size, attribution=attribution
    ) as extractor:
        yield from extractor.extract(articles, progress)
