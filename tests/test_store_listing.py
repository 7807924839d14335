"""The store's fast path for the statements listing (its kept answer) gives the plain
``statements.rq``'s rows, row by row, page by page; a stale or missing index falls back
to the plain query."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.namespaces import RDF, RDFS, SG
from graph.query import get_named_query, page, run_named, run_sparql
from graph.store import open_store, store_graph, write_listing
from graph.store.listing import LISTING

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A few hundred synthetic statements (some on two topics) in an on-disk store."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import synthetic_corpus
    from graph.build import build_graph
    from graph.store import graph_quads

    corpus = synthetic_corpus(300, seed=11)
    path = tmp_path_factory.mktemp("listing") / "db"
    ox_store = open_store(path, create=True)
    graph = build_graph(corpus.articles, corpus.actors, corpus.statements)
    # Every seventh statement on a second topic too: two rows of the listing each.
    extra = URIRef("https://w3id.org/stancegraph/id/topic/harbour-fees")
    graph.add((extra, RDF.type, SG.Topic))
    graph.add((extra, RDFS.label, Literal("harbour fees")))
    for statement in sorted(graph.subjects(RDF.type, SG.Statement))[::7]:
        graph.add((statement, SG.topic, extra))
    ox_store.extend(graph_quads(graph))
    write_listing(ox_store, path)
    return ox_store, path


def plain(graph, limit, offset):
    return run_sparql(graph, page(get_named_query("statements").sparql, limit, offset)).rows


def test_the_listing_index_exists_and_is_private(store):
    ox_store, path = store
    assert (path / LISTING).is_file()
    graph = store_graph(ox_store, path)
    assert not bool(graph.query("ASK { ?s <urn:stancegraph:store:rank> ?r }"))


@pytest.mark.parametrize(
    ("limit", "offset"), [(1, 0), (100, 0), (7, 3), (50, 120), (10, 295), (5, 400)]
)
def test_a_page_through_the_index_is_the_plain_querys_page(store, limit, offset):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    whole = run_sparql(graph, get_named_query("statements").sparql).rows
    assert len(whole) > 300  # some statements have two topics
    fast = run_named(graph, "statements", limit=limit, offset=offset)
    assert fast.rows == plain(graph, limit, offset) == whole[offset : offset + limit]
    assert fast.truncated == (offset + limit < len(whole))


def test_a_stale_index_is_not_used(store, tmp_path):
    from graph.query.fast import answer_page

    ox_store, path = store
    graph = store_graph(ox_store, path)
    query = get_named_query("statements")
    assert answer_page(graph, query, 5, 0) is not None  # the index is current
    from graph.store import forget_listing

    forget_listing(ox_store)
    try:
        assert answer_page(graph, query, 5, 0) is None
        assert run_named(graph, "statements", limit=5).rows == plain(graph, 5, 0)
    finally:
        write_listing(ox_store, path)


def test_every_page_boundary_even_inside_a_statement_with_two_topics(store):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    whole = run_sparql(graph, get_named_query("statements").sparql).rows
    for offset in range(0, 60):
        assert (
            run_named(graph, "statements", limit=2, offset=offset).rows
            == whole[offset : offset + 2]
        )
