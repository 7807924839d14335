"""From extraction records to graph parts: per-article groups, settled topic labels,
codebook coding, and the clusters and tallies over a built graph.

Shared by the single build (:mod:`graph.pipeline`), the store add (:mod:`graph.store_add`)
and Dask workers (:mod:`graph.distributed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from rdflib import Graph

from .align import AlignmentResult, align_graph
from .build import add_alignment, add_tallies, build_graph, new_graph, outlet_actor
from .codebook import Codebook, apply_codebook
from .iris import mint_topic_iri
from .records import Actor, Article, Extraction, Statement
from .resolve import Resolution

__all__ = [
    "ArticleGroup",
    "align_derived",
    "coded",
    "group_by_article",
    "group_graph",
    "label_order",
    "report_notes",
    "settle_topic_labels",
    "topic_relabels",
]


@dataclass(frozen=True)
class ArticleGroup:
    """What one article adds to the graph; a store commits it in one transaction."""

    article: Article
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]


def report_notes(extractions: Iterable[Extraction], warn: Callable[[str], None]) -> None:
    """One line per note extraction made on an article, naming its file."""
    for extraction in extractions:
        for note in extraction.notes:
            warn(f"{extraction.article.source}: {note}")


def coded(resolution: Resolution, codebook: Codebook | None) -> Resolution:
    """Statements put onto the codebook's issues, when a codebook is given."""
    if codebook is None:
        return resolution
    return replace(resolution, statements=apply_codebook(resolution.statements, codebook))


def label_order(label: str) -> tuple[str, str]:
    """The order in which a topic's labels compete: case-folded, then as written."""
    return label.casefold(), label


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
        best[key] = min(best[key], label, key=label_order)
    out = []
    for statement in statements:
        label = best[statement.topic.key]
        if label != statement.topic.label:
            statement = replace(statement, topic=replace(statement.topic, label=label))
        out.append(statement)
    return tuple(out)


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
    target, the speaker's side there, outlet, what extraction found there, or an
    affiliation of one of those), so
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
            keys += [
                k for k in (s.speaker, s.reported_by, s.target_actor, s.speaker_affiliation) if k
            ]
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


def align_derived(graph: Graph, seed: int) -> tuple[AlignmentResult, Graph]:
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
