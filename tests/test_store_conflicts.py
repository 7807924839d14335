"""The store's fast path for conflicts gives the plain ``conflicts.rq``'s rows, row by
row, page by page, with and without its topic filter; a stale or missing index falls
back to the plain query."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from graph.query import (
    bind_parameters,
    get_named_query,
    inline_parameters,
    page,
    run_named,
    run_sparql,
)
from graph.store import forget_listing, open_store, store_graph, write_listing
from graph.store.listing import LISTING

ROOT = Path(__file__).resolve().parents[1]
EXTRA_LABEL = "Zzyzx Quillfeather"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A synthetic store with its derived graph; one actor has a second label, so its
    pairs come at two places of the order."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.run import _store_build
    from benchmarks.synthetic import synthetic_corpus

    path = tmp_path_factory.mktemp("conflicts") / "db"
    _store_build(synthetic_corpus(600, seed=5), path)
    ox_store = open_store(path)
    holder = next(
        iter(
            ox_store.query(
                "SELECT ?a WHERE { GRAPH <https://w3id.org/stancegraph/graph/derived> "
                "{ ?p <https://w3id.org/stancegraph#holder> ?a ; "
                "<https://w3id.org/stancegraph#supportCount> ?n } } ORDER BY ?a LIMIT 1"
            )
        )
    )[0]
    ox_store.update(
        f'INSERT DATA {{ {holder} <http://www.w3.org/2000/01/rdf-schema#label> "{EXTRA_LABEL}" }}'
    )
    write_listing(ox_store, path)
    return ox_store, path


def plain(graph, params, limit=None, offset=0):
    query = get_named_query("conflicts")
    bindings = bind_parameters(query, params)
    text = inline_parameters(query.sparql, bindings, (p.name for p in query.parameters))
    return run_sparql(graph, page(text, limit, offset) if limit or offset else text).rows


def test_the_index_lists_positions_and_the_store_has_conflicts(store):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    whole = plain(graph, {})
    assert len(whole) > 300
    assert any(EXTRA_LABEL in map(str, row) for row in whole)
    with sqlite3.connect(path / LISTING) as db:
        assert db.execute("SELECT COUNT(*) FROM pro").fetchone()[0] > 0
        assert db.execute("SELECT COUNT(*) FROM con").fetchone()[0] > 0


@pytest.mark.parametrize(
    ("limit", "offset"), [(1, 0), (100, 0), (7, 3), (50, 120), (25, 390), (10, 100000)]
)
def test_a_conflicts_page_through_the_index_is_the_plain_querys_page(store, limit, offset):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    whole = plain(graph, {})
    fast = run_named(graph, "conflicts", limit=limit, offset=offset)
    assert fast.rows == plain(graph, {}, limit, offset) == whole[offset : offset + limit]
    assert fast.truncated == (offset + limit < len(whole))


def test_every_page_boundary(store):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    whole = plain(graph, {})
    for offset in range(0, len(whole), 37):
        assert (
            run_named(graph, "conflicts", limit=3, offset=offset).rows == whole[offset : offset + 3]
        )


def test_the_topic_filter(store):
    ox_store, path = store
    graph = store_graph(ox_store, path)
    labels = sorted({str(row[2]) for row in plain(graph, {})})
    word = labels[len(labels) // 2].split()[0].upper()  # case is ignored
    whole = plain(graph, {"topic": word})
    assert 0 < len(whole) < len(plain(graph, {}))
    for limit, offset in [(5, 0), (10, 7), (100, 0), (4, len(whole) - 2)]:
        fast = run_named(graph, "conflicts", {"topic": word}, limit=limit, offset=offset)
        assert fast.rows == whole[offset : offset + limit]
    assert run_named(graph, "conflicts", {"topic": "no such topic qq"}, limit=5).rows == ()


def test_runs_of_two_rows_are_joined_with_the_query(tmp_path):
    """A supporter with two examples on the first topic gives two rows per opponent: the
    page is then joined with the query, not read from the positions alone. SPARQL leaves
    the order of those two rows to the engine, so the answer is compared as a multiset."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.run import _store_build
    from benchmarks.synthetic import synthetic_corpus
    from graph.query.fast import answer_page, fast_page

    path = tmp_path / "db"
    _store_build(synthetic_corpus(200, seed=7), path)
    ox_store = open_store(path)
    # A second example for a supporter on the first topic: its pairs give two rows each,
    # which the page joins with the query rather than reads from the positions alone.
    position, sentence = next(
        iter(
            ox_store.query(
                "PREFIX sg: <https://w3id.org/stancegraph#> "
                "SELECT ?p ?s WHERE { GRAPH <https://w3id.org/stancegraph/graph/derived> "
                "{ ?p sg:onTopic ?t ; sg:supportCount ?n } "
                "?t <http://www.w3.org/2000/01/rdf-schema#label> ?l . "
                "?s sg:evidence ?e } ORDER BY LCASE(?l) ?t ?p DESC(?s) LIMIT 1"
            )
        )
    )
    ox_store.update(
        f"INSERT DATA {{ GRAPH <https://w3id.org/stancegraph/graph/derived> {{ {position} "
        f"<https://w3id.org/stancegraph#supportExample> {sentence} }} }}"
    )
    write_listing(ox_store, path)
    graph = store_graph(ox_store, path)
    query = get_named_query("conflicts")
    whole = plain(graph, {})
    assert answer_page(graph, query, 5, 0) is None
    assert fast_page(graph, query, 5, 0) is not None
    fast = run_named(graph, query, limit=len(whole) + 1).rows
    assert sorted(map(str, fast)) == sorted(map(str, whole))
    assert answer_page(graph, query, 5, len(whole) - 5) is not None


def test_a_stale_index_is_not_used(store):
    from graph.query.fast import fast_page

    ox_store, path = store
    graph = store_graph(ox_store, path)
    query = get_named_query("conflicts")
    assert fast_page(graph, query, 5, 0) is not None
    forget_listing(ox_store)
    try:
        assert fast_page(graph, query, 5, 0) is None
        assert run_named(graph, "conflicts", limit=5).rows == plain(graph, {}, 5, 0)
    finally:
        write_listing(ox_store, path)
