"""Adding articles to a persistent store: commit each article as it is extracted, then
settle what depends on the whole corpus once.

Each new article is committed in its own transaction as soon as it is extracted, its
actors resolved within the article, with a flag saying the store is not settled. At the
end the store is settled from what it holds: the actors are resolved across every stored
article (as one build of all of them would), statements and references are re-pointed,
actor descriptions and topic labels rewritten where they differ, and clusters recomputed;
then the flag is removed. A killed add thus keeps every article it committed, and the
next add, finding the flag, settles the store even when it has nothing new to add. An add
with nothing new on a settled store changes nothing and skips the settling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from .align import AlignmentResult
from .assemble import align_derived, coded, label_order, report_notes, settle_topic_labels
from .build import ACTOR_PROPERTIES, build_graph
from .codebook import Codebook
from .iris import mint_actor_iri, mint_article_iri
from .namespaces import RDF, SG, SKOS
from .records import Actor, Article, Extraction, Statement
from .resolve import article_forms, remap, resolve, resolve_forms, within_article
from .shards import chunked

if TYPE_CHECKING:
    from .extractor import Extractor, Progress

__all__ = ["OPTIMIZE_AFTER", "StoreAdd", "add_to_store", "commit_extraction", "settle"]

#: After adding at least this many articles, the store is compacted.
OPTIMIZE_AFTER = 1000


@dataclass(frozen=True)
class StoreAdd:
    """What an add did: the whole stored graph, the new articles, their statements and the
    actors these reference (resolved across the store), the sources of articles already
    stored, and the clusters (``None`` when the store was settled and nothing was new, so
    nothing was recomputed)."""

    graph: Graph
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    skipped: tuple[str, ...]
    alignment: AlignmentResult | None


def commit_extraction(
    store: Any, extraction: Extraction, codebook: Codebook | None = None
) -> tuple[tuple[Actor, ...], tuple[Statement, ...]]:
    """Commit one extracted article in one transaction, its actors resolved within it.

    With the article go its names (for the corpus-wide resolution at the end), the keys of
    its actors, and the flag saying the store awaits settling. Returns its actors and
    statements.
    """
    from .store import (
        commit_article,
        form_quads,
        graph_quads,
        key_quads,
        pending_quad,
        statement_forms,
    )

    resolution = coded(resolve([extraction]), codebook)
    statements = settle_topic_labels(resolution.statements)
    scratch = Graph(store="SimpleMemory", bind_namespaces="none")
    graph = build_graph([extraction.article], resolution.actors, statements, graph=scratch)
    forms = article_forms(within_article(extraction)).values()
    iri = str(mint_article_iri(extraction.article.id))
    commit_article(
        store,
        graph_quads(graph)
        + form_quads(iri, forms, statement_forms(statements))
        + key_quads(resolution.actors, every=True)
        + [pending_quad()],
    )
    return resolution.actors, statements


def settle(store: Any) -> tuple[dict[str, str], tuple[Actor, ...]]:
    """Bring the stored actors, speakers and topic labels to what one build of every stored
    article gives; returns the resolution (key within an article -> actor key, where they
    differ; and the actors). Safe to repeat: each step works from what the store holds.
    """
    from .store import (
        actor_descriptions,
        commit_article,
        graph_triples,
        key_quads,
        move_speakers,
        publisher_iris,
        relabel_topics,
        replace_triples,
        repoint_actors,
        speaker_links,
        stored_actors,
        stored_forms,
        topic_label_sets,
    )

    forms = {f.key: f for f in stored_forms(store)}
    canonical, actors = resolve_forms(forms)
    target = {str(mint_actor_iri(a.key)): a for a in actors}
    stored, _ = stored_actors(store)
    key_of = {str(mint_actor_iri(a.key)): a.key for a in stored}
    key_of.update((iri, a.key) for iri, a in target.items())

    def want(key: str) -> str:
        return str(mint_actor_iri(canonical.get(key, key)))

    moves = [(form, old, want(form)) for form, old in speaker_links(store) if old != want(form)]
    move_speakers(store, moves)
    publishers = publisher_iris(store)
    gone = {
        key: canonical.get(key, key)
        for iri, key in key_of.items()
        if iri not in target and iri not in publishers
    }
    repoint_actors(store, {}, gone, Graph())

    have = actor_descriptions(store, ACTOR_PROPERTIES)
    wanted: dict[str, set[Any]] = {}
    for triple in graph_triples(build_graph([], actors, [])):
        wanted.setdefault(triple.subject.value, set()).add(triple)  # type: ignore[union-attr]
    removed: list[Any] = []
    added: list[Any] = []
    for iri in target:
        now, new = have.get(iri, set()), wanted.get(iri, set())
        if iri in publishers:  # also an outlet: keeps the outlet's type and lookup names
            new = new | {t for t in now if _outlet_part(t)}
        removed += now - new
        added += new - now
    replace_triples(store, removed, added)
    commit_article(store, key_quads(actors))

    relabels = {}
    for iri, (labels, preferred) in topic_label_sets(store).items():
        best = min(labels | preferred, key=label_order)
        if labels != {best} or preferred != {best}:
            relabels[iri] = best
    relabel_topics(store, relabels)
    return canonical, actors


def _outlet_part(triple: Any) -> bool:
    predicate, obj = triple.predicate.value, triple.object.value
    return predicate == str(SKOS.hiddenLabel) or (
        predicate == str(RDF.type) and obj == str(SG.Outlet)
    )


def add_to_store(
    articles: Sequence[Article],
    path: Path,
    extractor: Extractor,
    *,
    seed: int,
    warn: Callable[[str], None],
    progress: Progress | None,
    on_articles: Callable[[int], None] | None,
    batch: int,
    codebook: Codebook | None = None,
    phase: Callable[[str], None] = lambda _: None,
) -> StoreAdd:
    """Commit the articles not yet stored one by one, then settle the store and recompute
    clusters (skipped when nothing was new and the store was settled).

    ``batch`` is how many articles are handed to the extractor at a time. A kill loses
    only work not yet committed: in this process (parsing one article at a time, see
    :func:`graph.pipeline.build_corpus`) the article being parsed; with a pool or Dask,
    the shards still being extracted.
    """
    from .store import (
        check_format,
        clear_pending,
        forget_listing,
        is_pending,
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
    skipped = tuple(a.source for a in articles if a.id in present)
    graph = store_graph(ox_store, path)
    if not fresh and not is_pending(ox_store):
        return StoreAdd(graph, (), (), (), skipped, None)
    forget_listing(ox_store)
    phase("extracting statements and adding them to the store")
    if on_articles is not None:
        on_articles(len(fresh))
    statements: list[Statement] = []
    for part in chunked(fresh, max(1, batch)):
        for extraction in extractor.extract(part, progress):
            report_notes([extraction], warn)
            _, own = commit_extraction(ox_store, extraction, codebook)
            statements += own
    if len(fresh) >= OPTIMIZE_AFTER:
        # Thousands of small per-article transactions leave many small files behind;
        # compacting them once makes the next queries' scans cheaper.
        ox_store.optimize()
    phase("resolving actors across the store")
    canonical, actors = settle(ox_store)
    phase("clustering actors")
    alignment, derived = align_derived(graph, seed)
    replace_derived(ox_store, derived)
    write_listing(ox_store, path)
    clear_pending(ox_store)
    final = remap([replace(s, speaker=s.speaker_form or s.speaker) for s in statements], canonical)
    used = {k for s in final for k in (s.speaker, s.reported_by, s.target_actor) if k}
    return StoreAdd(
        graph, fresh, tuple(a for a in actors if a.key in used), final, skipped, alignment
    )
