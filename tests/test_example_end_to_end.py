"""What the example article must yield, checked through SPARQL on the built graph.

These are the end-to-end promises of the README: the statements a reader sees in the text,
with the right stance, and the two coalitions of the debate.
"""

from __future__ import annotations

import pytest

from graph.validate import validate_graph

PREFIXES = """
PREFIX sg: <https://w3id.org/stancegraph#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def _rows(graph, query: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in graph.query(PREFIXES + query)]


def _actor(graph, surname: str) -> str:
    rows = _rows(
        graph,
        f"""
        SELECT DISTINCT ?a WHERE {{
          ?a a sg:Actor ; rdfs:label ?l .
          FILTER(CONTAINS(LCASE(STR(?l)), "{surname.lower()}"))
        }}""",
    )
    assert len(rows) == 1, f"expected one actor named like {surname!r}, got {rows}"
    return rows[0][0]


def test_example_graph_validates_with_zero_violations(example_graph):
    report = validate_graph(example_graph)
    assert report.conforms, report.text
    assert report.violations == ()


@pytest.mark.parametrize(
    ("speaker", "cue", "stance"),
    [("Lavrov", "criticized", "Oppose"), ("Trump", "asserted", "Oppose")],
)
def test_example_key_statements_have_their_stance(example_graph, speaker, cue, stance):
    actor = _actor(example_graph, speaker)
    rows = _rows(
        example_graph,
        f"""
        SELECT ?stance ?evidence WHERE {{
          ?s a sg:Statement ; sg:speaker <{actor}> ; sg:cue ?cue ; sg:stance ?stance ;
             sg:evidence ?evidence .
          FILTER(CONTAINS(LCASE(?cue), "{cue}"))
        }}""",
    )
    assert rows, f"no statement by {speaker} with cue {cue!r}"
    assert {r[0].rsplit("#", 1)[-1] for r in rows} == {stance}


def test_example_trump_troops_statement_is_oppose(example_graph):
    rows = _rows(
        example_graph,
        """
        SELECT ?stance WHERE {
          ?s sg:speaker ?a ; sg:stance ?stance ; sg:quote ?q .
          ?a rdfs:label ?l .
          FILTER(CONTAINS(?l, "Trump") && CONTAINS(?q, "troops"))
        }""",
    )
    assert rows and all(r[0].endswith("#Oppose") for r in rows)


def test_example_affiliations_from_titles(example_graph):
    for person, country in (("Lavrov", "Russia"), ("Putin", "Russia"), ("Zelensky", "Ukraine")):
        actor = _actor(example_graph, person)
        rows = _rows(example_graph, f"SELECT ?l WHERE {{ <{actor}> sg:affiliation/rdfs:label ?l }}")
        assert (country,) in rows, (person, rows)
    rutte = _actor(example_graph, "Rutte")
    assert ("NATO",) in _rows(
        example_graph, f"SELECT ?l WHERE {{ <{rutte}> sg:affiliation/rdfs:label ?l }}"
    )


def test_example_aliases_are_merged(example_graph):
    zelensky = _actor(example_graph, "Zelensky")
    labels = _rows(example_graph, f"SELECT ?l WHERE {{ <{zelensky}> rdfs:label ?l }}")
    assert labels == [("Volodymyr Zelensky",)]


def _cluster_of(graph, actor: str) -> set[str]:
    return {
        r[0] for r in _rows(graph, f"SELECT ?c WHERE {{ ?c a sg:Cluster ; sg:member <{actor}> }}")
    }


@pytest.mark.parametrize(
    "camp", [("Putin", "Lavrov", "Russia"), ("Zelensky", "Ukraine", "Rutte", "NATO")]
)
def test_example_camps_share_a_cluster(example_graph, camp):
    clusters = [_cluster_of(example_graph, _actor(example_graph, name)) for name in camp]
    assert all(len(c) == 1 for c in clusters), dict(zip(camp, clusters, strict=True))
    assert len(set.union(*clusters)) == 1, dict(zip(camp, clusters, strict=True))


def test_example_camps_are_different_clusters(example_graph):
    russia = _cluster_of(example_graph, _actor(example_graph, "Putin"))
    ukraine = _cluster_of(example_graph, _actor(example_graph, "Zelensky"))
    assert russia and ukraine and russia.isdisjoint(ukraine)
