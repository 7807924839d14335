"""Every named query gives the same rows on rdflib's engine and on Oxigraph, for the toy
graph and a synthetic corpus: the ``.rq`` files are plain SPARQL 1.1, with nothing one
engine reads differently from another."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graph.query import list_named_queries, oxigraph_view, rdflib_dataset, run_named

ROOT = Path(__file__).resolve().parents[1]

#: Parameters each named query is run with on each corpus (toy, synthetic).
PARAMS = {
    "actors-on-topic": ({"topic": "troops"}, {"topic": "troops"}),
    "statements-by-actor": ({"actor": "Lavrov"}, {"actor": "Person 1"}),
    "stances-over-time": ({"actor": "Zelensky"}, {"actor": "Person 1", "since": "2024-01-01"}),
}


def test_every_named_query_is_compared():
    assert {q.name for q in list_named_queries()} >= set(PARAMS)
    assert len(list_named_queries()) >= 10


@pytest.fixture(scope="module")
def synthetic_graph():
    """A few hundred synthetic statements, built and clustered, in memory."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import synthetic_corpus
    from graph.build import build_graph
    from graph.pipeline import _align

    corpus = synthetic_corpus(120, seed=5)
    graph = build_graph(corpus.articles, corpus.actors, corpus.statements)
    _, derived = _align(graph, 0)
    graph += derived
    return graph


@pytest.fixture(scope="module")
def corpora(toy_graph, synthetic_graph):
    return {
        "toy": (rdflib_dataset(toy_graph), oxigraph_view(toy_graph)),
        "synthetic": (rdflib_dataset(synthetic_graph), oxigraph_view(synthetic_graph)),
    }


@pytest.mark.parametrize("corpus", ["toy", "synthetic"])
@pytest.mark.parametrize("name", [q.name for q in list_named_queries()])
def test_rdflib_and_oxigraph_give_the_same_rows(corpora, corpus, name):
    on_rdflib, on_oxigraph = corpora[corpus]
    params = PARAMS.get(name, ({}, {}))[corpus == "synthetic"]
    ours = run_named(on_rdflib, name, params)
    theirs = run_named(on_oxigraph, name, params)
    assert ours.variables == theirs.variables
    assert ours.rows == theirs.rows
    assert ours.rows, "a comparison of two empty answers proves nothing"
