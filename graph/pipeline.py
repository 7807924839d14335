"""Composes the stages: ingest -> extract -> resolve -> build -> align.

The CLI and the notebook API both call :func:`build_corpus`; neither reimplements a stage.
Without a store the graph is built in memory; with one (``store=DIR``) each new article is
committed to the Oxigraph store in its own transaction and clusters are recomputed over
everything stored.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rdflib import Graph

from .align import AlignmentResult, align_graph
from .build import add_alignment, add_tallies, build_graph, new_graph, outlet_actor
from .codebook import Codebook, apply_codebook, load_codebook
from .errors import PipelineError
from .extract import extract_article
from .extract.learned import DEFAULT_ATTRIBUTION, check_mode, load_model, needs_model, tag_roles
from .ingest import DEFAULT_MAX_BYTES, read_articles
from .iris import mint_article_iri, mint_topic_iri
from .nlp import load_pipeline
from .records import Actor, Article, Extraction, Statement
from .resolve import Form, Resolution, article_forms, resolve, resolve_forms, within_article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ArticleGroup",
    "BuildResult",
    "Extractor",
    "build_corpus",
    "extract_articles",
    "group_by_article",
    "group_graph",
    "resolve_against",
]

Progress = Callable[[int], None]

#: Articles extracted, resolved and committed together when adding to a store.
DEFAULT_STORE_BATCH = 500
#: After adding at least this many articles, the store is compacted.
OPTIMIZE_AFTER = 1000


@dataclass(frozen=True)
class BuildResult:
    """A built graph and the records it came from.

    With a store, ``graph`` is the whole stored graph (an rdflib view over Oxigraph) and
    the records are this run's: ``articles`` the newly added ones, ``skipped`` the sources
    of articles that were already stored.
    """

    graph: Graph
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    alignment: AlignmentResult
    warnings: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    store: Path | None = None


@dataclass(frozen=True)
class ArticleGroup:
    """What one article adds to the graph; a store commits it in one transaction."""

    article: Article
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]


# --- extraction ---------------------------------------------------------------------------


def _report_notes(extractions: Iterable[Extraction], warn: Callable[[str], None]) -> None:
    """One line per note extraction made on an article, naming its file."""
    for extraction in extractions:
        for note in extraction.notes:
            warn(f"{extraction.article.source}: {note}")


def _parse(
    articles: Sequence[Article], pipeline: str | None, batch_size: int, attribution: str
) -> Iterator[Doc]:
    """The parsed docs of ``articles``, tagged by the attribution model when it is used."""
    nlp = load_pipeline(pipeline)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    if needs_model(attribution):
        docs = tag_roles(docs, batch_size=batch_size)
    return docs


def _extract_chunk(
    articles: Sequence[Article],
    pipeline: str | None,
    batch_size: int,
    attribution: str = DEFAULT_ATTRIBUTION,
) -> tuple[Extraction, ...]:
    """Parse and extract a shard of articles in this process (pipeline loaded once)."""
    docs = _parse(articles, pipeline, batch_size, attribution)
    return tuple(
        extract_article(doc, a, attribution) for a, doc in zip(articles, docs, strict=True)
    )


def _warm(pipeline: str | None, attribution: str = DEFAULT_ATTRIBUTION) -> None:
    load_pipeline(pipeline)
    if needs_model(attribution):
        load_model()


T = TypeVar("T")


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive shards of at most ``size`` items, in order."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def shard_size(count: int, workers: int, *, most: int = 64) -> int:
    """Shards small enough to keep every worker busy to the end, big enough to batch."""
    return max(1, min(most, math.ceil(count / (workers * 4))))


class Extractor:
    """Extraction in this process, in a pool of ``workers`` processes, or on Dask.

    A context manager, so a pool (each process loading the spaCy pipeline once) or a Dask
    connection lasts across the batches of a large add. Records, not spaCy objects, come
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
                initializer=_warm,
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
        """Extract ``articles`` in input order, calling ``progress`` as they are done."""
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
                _extract_chunk,
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
                    "nothing of the unfinished batch was written"
                ) from None
        else:
            docs = _parse(articles, self.pipeline, self.batch_size, self.attribution)
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
    ``attribution`` is ``"rules"``, ``"model"`` or ``"both"`` (:mod:`graph.extract.learned`).
    """
    with Extractor(
        pipeline=pipeline, workers=workers, batch_size=batch_size, attribution=attribution
    ) as extractor:
        yield from extractor.extract(articles, progress)


# --- resolution against a store -----------------------------------------------------------


def resolve_against(extractions: Sequence[Extraction], known: Sequence[Form]) -> Resolution:
    """Resolve new extractions together with the forms a store already holds.

    The stored forms are summed with the new ones and everything is resolved again, so
    the actors are those one build of all the articles would give: a name may now join
    a stored actor, or make two stored ones one (the store then re-points them).
    """
    return resolve(extractions, known)


def settle_topic_labels(
    statements: Sequence[Statement], stored: dict[str, str] | None = None
) -> tuple[Statement, ...]:
    """Give every statement on one topic the same label, whatever the order of articles.

    Of a topic's labels (with its stored label, ``stored`` being topic IRI -> label) the
    first in a fixed order wins: case-folded, then as written ("NATO" before "Nato").
    A corpus built at once and one added in parts thus label each topic alike; a store
    whose label loses is relabelled (:func:`topic_relabels`).
    """
    stored = stored or {}
    best: dict[str, str] = {}
    for statement in statements:
        key, label = statement.topic.key, statement.topic.label
        if key not in best:
            best[key] = stored.get(str(mint_topic_iri(key)), label)
        best[key] = min(best[key], label, key=_label_order)
    out = []
    for statement in statements:
        label = best[statement.topic.key]
        if label != statement.topic.label:
            statement = replace(statement, topic=replace(statement.topic, label=label))
        out.append(statement)
    return tuple(out)


def _label_order(label: str) -> tuple[str, str]:
    return label.casefold(), label


def topic_relabels(statements: Sequence[Statement], stored: dict[str, str]) -> dict[str, str]:
    """Topic IRI -> new label, for stored topics whose settled label is another."""
    out = {}
    for statement in statements:
        iri = str(mint_topic_iri(statement.topic.key))
        if iri in stored and stored[iri] != statement.topic.label:
            out[iri] = statement.topic.label
    return out


def group_by_article(
    articles: Sequence[Article],
    extractions: Sequence[Extraction],
    actors: Sequence[Actor],
    statements: Sequence[Statement],
    *,
    unchanged: Iterable[str] = (),
) -> tuple[tuple[ArticleGroup, ...], tuple[Actor, ...]]:
    """Split resolved records into one group per article, to commit in this order.

    Each actor goes with the first article that references it (as speaker, reporter,
    target, outlet, what extraction found there, or an affiliation of one of those), so
    committing groups in order never leaves an article pointing at an actor the store
    lacks, and no actor is written twice. Actors in ``unchanged`` (keys already stored as
    they are) are not written again. Returns the groups and the actors no article claims.
    """
    by_key = {a.key: a for a in actors}
    found = {e.article.id: [a.key for a in e.actors] for e in extractions}
    per_article: dict[str, list[Statement]] = {a.id: [] for a in articles}
    for statement in statements:
        per_article.setdefault(statement.article_id, []).append(statement)
    claimed: set[str] = set(unchanged)
    groups = []
    for article in articles:
        own = per_article.get(article.id, [])
        keys = list(found.get(article.id, []))
        if article.outlet:
            keys.append(outlet_actor(article.outlet).key)
        for s in own:
            keys += [k for k in (s.speaker, s.reported_by, s.target_actor) if k]
        chosen: dict[str, Actor] = {}
        while keys:
            key = keys.pop()
            actor = by_key.get(key)
            if actor is None or key in chosen or key in claimed:
                continue
            chosen[key] = actor
            if actor.affiliation:
                keys.append(actor.affiliation)
        claimed |= chosen.keys()
        groups.append(
            ArticleGroup(article, tuple(sorted(chosen.values(), key=lambda a: a.key)), tuple(own))
        )
    return tuple(groups), tuple(a for a in actors if a.key not in claimed)


def group_graph(group: ArticleGroup) -> Graph:
    """The triples one article adds (made by :mod:`graph.build`, like every triple)."""
    # SimpleMemory without prefix bindings: a graph per article is built and dropped
    # at once, and rdflib's default store and namespace set-up cost more than the triples.
    scratch = Graph(store="SimpleMemory", bind_namespaces="none")
    return build_graph([group.article], group.actors, group.statements, graph=scratch)


# --- the whole build ----------------------------------------------------------------------


def _align(graph: Graph, seed: int) -> tuple[AlignmentResult, Graph]:
    """Clusters and tallies over ``graph``, and the triples that record them (in a graph of
    their own)."""
    alignment = align_graph(graph, seed=seed)
    derived = new_graph()
    add_alignment(
        derived,
        alignment.clusters,
        alignment.edges,
        modularity=alignment.modularity,
        polarization=alignment.polarization,
        between=alignment.between,
    )
    add_tallies(derived, alignment.tallies)
    return alignment, derived


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
            already stored are skipped and clusters are recomputed over the whole store.
        workers: extraction processes on this machine.
        dask: address of a Dask scheduler to run extraction on instead.
        codebook: a codebook YAML file (or loaded :class:`~graph.codebook.Codebook`) whose
            issues replace the topics of the statements they match.
        store_batch: with a store, articles are extracted, resolved (against everything
            stored) and committed this many at a time, which bounds memory.
        attribution: who finds statements: ``"rules"`` over the parse, the trained
            ``"model"``, or ``"both"`` (:mod:`graph.extract.learned`); by default the
            setting that measures best.
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
    with Extractor(
        pipeline=pipeline, workers=workers, dask=dask, attribution=attribution
    ) as extractor:
        if store is not None:
            return _build_into_store(
                articles,
                Path(store),
                extractor,
                seed=seed,
                warn=_warn,
                warnings=warnings,
                progress=progress,
                on_articles=on_articles,
                batch=store_batch,
                codebook=book,
                phase=_phase,
            )
        _phase("extracting statements")
        if on_articles is not None:
            on_articles(len(articles))
        extractions = list(extractor.extract(articles, progress))
        _report_notes(extractions, _warn)
        _phase("resolving actors and building the graph")
        resolution = _coded(resolve(extractions), book)
        statements = settle_topic_labels(resolution.statements)
        if extractor.client is not None:
            from .distributed import ntriples_on_dask

            groups, rest = group_by_article(articles, extractions, resolution.actors, statements)
            graph = build_graph([], rest, [])
            for _, ntriples in ntriples_on_dask(extractor.client, groups):
                graph.parse(data=ntriples, format="nt")
        else:
            graph = build_graph(articles, resolution.actors, statements)
    _phase("clustering actors")
    alignment, derived = _align(graph, seed)
    graph += derived
    return BuildResult(
        graph=graph,
        articles=articles,
        actors=resolution.actors,
        statements=statements,
        alignment=alignment,
        warnings=tuple(warnings),
    )


def _build_into_store(
    articles: tuple[Article, ...],
    path: Path,
    extractor: Extractor,
    *,
    seed: int,
    warn: Callable[[str], None],
    warnings: list[str],
    progress: Progress | None,
    on_articles: Callable[[int], None] | None,
    batch: int,
    codebook: Codebook | None = None,
    phase: Callable[[str], None] = lambda _: None,
) -> BuildResult:
    """Add the articles not yet stored, a batch at a time, then recompute clusters."""
    from .store import (
        check_format,
        forget_listing,
        open_store,
        replace_derived,
        store_graph,
        stored_article_ids,
        write_listing,
    )

    phase("opening the store")
    check_format(path)
    ox_store = open_store(path, create=True)
    present = stored_article_ids(ox_store)
    fresh = tuple(a for a in articles if a.id not in present)
    forget_listing(ox_store)
    skipped = tuple(a.source for a in articles if a.id in present)
    phase("extracting statements and adding them to the store")
    if on_articles is not None:
        on_articles(len(fresh))
    actors: dict[str, Actor] = {}
    statements: list[Statement] = []
    for part in chunked(fresh, max(1, batch)):
        new_actors, new_statements = _add_batch(
            ox_store, part, extractor, progress, warn, path, codebook
        )
        actors.update((a.key, a) for a in new_actors)
        statements += new_statements
    if len(fresh) >= OPTIMIZE_AFTER:
        # Thousands of small per-article transactions leave many small files behind;
        # compacting them once makes the next queries' scans cheaper.
        ox_store.optimize()
    phase("clustering actors")
    graph = store_graph(ox_store)
    alignment, derived = _align(graph, seed)
    replace_derived(ox_store, derived)
    write_listing(ox_store, path)
    return BuildResult(
        graph=graph,
        articles=fresh,
        actors=tuple(sorted(actors.values(), key=lambda a: a.key)),
        statements=tuple(statements),
        alignment=alignment,
        warnings=tuple(warnings),
        skipped=skipped,
        store=path,
    )


def _coded(resolution: Resolution, codebook: Codebook | None) -> Resolution:
    """Statements put onto the codebook's issues, when a codebook is given."""
    if codebook is None:
        return resolution
    return replace(resolution, statements=apply_codebook(resolution.statements, codebook))


def _add_batch(
    ox_store: Any,
    articles: Sequence[Article],
    extractor: Extractor,
    progress: Progress | None,
    warn: Callable[[str], None],
    path: Path,
    codebook: Codebook | None = None,
) -> tuple[tuple[Actor, ...], tuple[Statement, ...]]:
    """Extract, resolve against the store, and commit one batch, one article at a time.

    Stored actors the new articles change (a merge, a fuller label, more aliases) are
    rewritten first, in one transaction, and their statements re-pointed.
    """
    from .store import (
        commit_article,
        form_quads,
        graph_quads,
        relabel_topics,
        statement_forms,
        stored_forms,
        stored_topic_labels,
    )

    known = stored_forms(ox_store)
    before_canonical, before_actors = resolve_forms({f.key: f for f in known})
    extractions = list(extractor.extract(articles, progress))
    _report_notes(extractions, warn)
    resolution = _coded(resolve_against(extractions, known), codebook)
    before = {a.key: a for a in before_actors}
    after = {a.key: a for a in resolution.actors}
    after_canonical = dict(resolution.canonical)
    _repoint(ox_store, before_canonical, after_canonical, before, after)
    changed = tuple(a for a in resolution.actors if before.get(a.key) != a)
    labels = stored_topic_labels(ox_store)
    statements = settle_topic_labels(resolution.statements, labels)
    relabel_topics(ox_store, topic_relabels(statements, labels))
    groups, rest = group_by_article(
        articles, extractions, resolution.actors, statements, unchanged=before.keys() & after
    )
    forms = {e.article.id: article_forms(within_article(e)).values() for e in extractions}

    def bookkeeping(group: ArticleGroup) -> list[Any]:
        iri = str(mint_article_iri(group.article.id))
        return form_quads(iri, forms[group.article.id], statement_forms(group.statements))

    if extractor.client is not None:
        import pyoxigraph as ox

        from .distributed import ntriples_on_dask

        shards = ntriples_on_dask(extractor.client, groups)
        for group, (_, ntriples) in zip(groups, shards, strict=True):
            commit_article(ox_store, _nt_quads(ox, ntriples) + bookkeeping(group))
    else:
        for group in groups:
            commit_article(ox_store, graph_quads(group_graph(group)) + bookkeeping(group))
    if rest:
        commit_article(ox_store, graph_quads(build_graph([], rest, [])))
    return changed, statements


def _repoint(
    ox_store: Any,
    before_canonical: dict[str, str],
    after_canonical: dict[str, str],
    before: dict[str, Actor],
    after: dict[str, Actor],
) -> None:
    """Rewrite the stored actors a resolution changed and re-point their statements."""
    from .store import repoint_actors

    moved = {}
    for form in before_canonical:
        old = before_canonical[form]
        new = after_canonical.get(form, form)
        if old != new:
            moved[form] = (old, new)
    gone = {k: after_canonical.get(k, k) for k in before if k not in after}
    rewritten = [a for k, a in after.items() if k in before and before[k] != a]
    if not (moved or gone or rewritten):
        return
    graph = build_graph([], rewritten, [])
    repoint_actors(ox_store, moved, gone, graph)


def _nt_quads(ox: Any, ntriples: str) -> list[Any]:
    default = ox.DefaultGraph()
    return [
        ox.Quad(t.subject, t.predicate, t.object, default)
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    ]
