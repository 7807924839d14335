"""Named queries on a hand-built graph: exact rows, the same on rdflib and on Oxigraph."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from graph.query import (
    format_term,
    get_named_query,
    list_named_queries,
    parse_named_query,
    run_named,
)

NAMES = {q.name for q in list_named_queries()}


def rows(graph, name, **params):
    result = run_named(graph, name, params)
    return [tuple(format_term(t) for t in row) for row in result.rows]


@pytest.fixture(scope="module")
def oxigraph_copy(toy_graph):
    """The same data in Oxigraph, through oxrdflib (the engine of a persistent store)."""
    from graph.query import oxigraph_view

    return oxigraph_view(toy_graph)


def test_every_named_query_has_a_summary_and_documented_parameters():
    assert {
        "actors",
        "statements",
        "statements-by-actor",
        "actors-on-topic",
        "conflicts",
        "reported-by",
        "cluster-splits",
        "clusters",
        "stances-over-time",
    } <= NAMES
    for query in list_named_queries():
        assert query.summary, query.name
        for param in query.parameters:
            assert param.description, (query.name, param.name)
            assert f"?{param.name}" in query.sparql, (query.name, param.name)


def test_statements_by_actor_matches_a_last_name(toy_graph):
    assert rows(toy_graph, "statements-by-actor", actor="lavrov") == [
        ("Sergei Lavrov", "criticized", "Oppose", "Western troops",
         "Lavrov criticized plans to deploy Western troops."),
        ("Sergei Lavrov", "rejected", "Oppose", "security guarantees",
         "Lavrov rejected security guarantees."),
    ]  # fmt: skip


def test_statements_by_actor_does_not_match_part_of_a_word(toy_graph):
    assert rows(toy_graph, "statements-by-actor", actor="avrov") == []


def test_actors_on_topic_lists_supporters_before_opponents(toy_graph):
    assert rows(toy_graph, "actors-on-topic", topic="TROOPS") == [
        ("Western troops", "Support", "Volodymyr Zelensky", "1"),
        ("Western troops", "Oppose", "NATO", "1"),
        ("Western troops", "Oppose", "Sergei Lavrov", "1"),
    ]


def test_conflicts_pair_supporters_with_opponents_and_both_sentences(toy_graph):
    got = rows(toy_graph, "conflicts")
    assert [r[:5] for r in got] == [  # by topic, supporter, opponent; case ignored
        ("Mark Rutte", "Sergei Lavrov", "security guarantees", "1", "1"),
        ("Volodymyr Zelensky", "Sergei Lavrov", "security guarantees", "1", "1"),
        ("Volodymyr Zelensky", "NATO", "Western troops", "1", "1"),
        ("Volodymyr Zelensky", "Sergei Lavrov", "Western troops", "1", "1"),
    ]
    assert got[3][5:] == (
        "Zelensky called for Western troops.",
        "Lavrov criticized plans to deploy Western troops.",
    )
    assert len(rows(toy_graph, "conflicts", topic="guarantees")) == 2


def test_reported_by_lists_relayed_statements(toy_graph):
    expected = [
        ("Reuters", "Sergei Lavrov", "criticized", "Oppose", "Western troops",
         "Lavrov criticized plans to deploy Western troops."),
        ("Reuters", "Russia", "said", "Neutral", "ceasefire",
         "Russia said a ceasefire was possible."),
    ]  # fmt: skip
    assert rows(toy_graph, "reported-by") == expected
    assert rows(toy_graph, "reported-by", reporter="reuters") == expected
    assert rows(toy_graph, "reported-by", reporter="AP") == []


def test_cluster_splits_finds_the_topic_a_cluster_disagrees_on(toy_graph):
    expected = [("Cluster 2", "Western troops", "Volodymyr Zelensky", "NATO")]
    assert rows(toy_graph, "cluster-splits") == expected
    assert rows(toy_graph, "cluster-splits", cluster="Zelensky") == expected
    assert rows(toy_graph, "cluster-splits", cluster="Cluster 1") == []


def test_stances_over_time_orders_by_date_with_undated_last(toy_graph):
    assert rows(toy_graph, "stances-over-time", actor="Volodymyr Zelensky") == [
        ("2025-03-01", "Talks in Paris", "Western troops", "Support", "called for",
         "Zelensky called for Western troops."),
        ("", "Kyiv reacts", "security guarantees", "Support", "welcomed",
         "Zelensky welcomed the security guarantees."),
    ]  # fmt: skip
    later = rows(toy_graph, "stances-over-time", actor="Lavrov", since="2025-04-01")
    assert [(r[0], r[4]) for r in later] == [("2025-04-10", "rejected")]
    assert rows(toy_graph, "stances-over-time", actor="Lavrov", until="2025-03-31")[0][4] == (
        "criticized"
    )


def test_actors_lists_kind_role_affiliation_and_statement_count(toy_graph):
    got = rows(toy_graph, "actors")
    assert got[0] == ("Sergei Lavrov", "Person", "Foreign Minister", "Russia", "2")
    assert ("NATO", "Organization", "", "", "1") in got
    assert ("Reuters", "Outlet", "", "", "0") in got
    assert len(got) == 7


def test_statements_lists_every_statement(toy_graph):
    got = rows(toy_graph, "statements")
    assert len(got) == 7
    assert {r[2] for r in got} == {"Support", "Oppose", "Neutral"}


def test_clusters_lists_members(toy_graph):
    got = rows(toy_graph, "clusters")
    assert [(r[0], r[1]) for r in got] == [("Cluster 2", "4"), ("Cluster 1", "2")]
    assert set(got[1][2].split(", ")) == {"Russia", "Sergei Lavrov"}


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("actors", {}),
        ("statements", {}),
        ("statements-by-actor", {"actor": "Zelensky"}),
        ("actors-on-topic", {"topic": "guarantees"}),
        ("conflicts", {}),
        ("reported-by", {}),
        ("cluster-splits", {}),
        ("stances-over-time", {"actor": "Lavrov"}),
        ("topics", {}),
    ],
)
def test_rdflib_and_oxigraph_give_the_same_rows(toy_graph, oxigraph_copy, name, params):
    ours = run_named(toy_graph, name, params)
    theirs = run_named(oxigraph_copy, name, params)
    assert ours.variables == theirs.variables
    assert ours.rows == theirs.rows
    assert ours.rows, "a comparison of two empty answers proves nothing"


PAGED = [
    ("actors", {}),
    ("statements", {}),
    ("statements-by-actor", {"actor": "Zelensky"}),
    ("conflicts", {}),
    ("stances-over-time", {"actor": "Lavrov"}),
    ("topics", {}),
]


@pytest.mark.parametrize(("name", "params"), PAGED)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_page_is_a_slice_of_the_whole_answer(toy_graph, oxigraph_copy, engine, name, params):
    graph = toy_graph if engine == "rdflib" else oxigraph_copy
    whole = run_named(graph, name, params).rows
    assert len(whole) >= 2, "paging a one-row answer proves little"
    for limit, offset in [(1, 0), (2, 0), (1, 1), (2, 1), (len(whole), 0), (5, len(whole))]:
        part = run_named(graph, name, params, limit=limit, offset=offset)
        assert part.rows == whole[offset : offset + limit], (limit, offset)
        assert part.truncated == (offset + limit < len(whole)), (limit, offset)


def test_paging_is_refused_where_it_has_no_meaning(toy_graph):
    with pytest.raises(QueryError, match="page SELECT queries only"):
        run_named(toy_graph, parse_named_query("ASK { ?s ?p ?o }", "ask"), limit=1)
    with pytest.raises(QueryError, match=">= 0"):
        run_named(toy_graph, "actors", limit=-1)


def test_a_parameter_is_bound_inside_subqueries_too():
    from rdflib import Literal

    from graph.query import inject_values

    query = "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?name } } FILTER(?name = ?name) }"
    bound = inject_values(query, {"name": Literal("a")})
    assert bound.count('VALUES (?name) { ("a") }') == 2
    construct = "CONSTRUCT { ?x ?p ?name } WHERE { ?x ?p ?name }"
    assert inject_values(construct, {"name": Literal("a")}).startswith("CONSTRUCT { ?x ?p ?name }")


def test_page_replaces_the_outer_limit_only():
    from graph.query import page

    query = "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } LIMIT 7 } } ORDER BY ?x LIMIT 50"
    paged = page(query, 10, 20)
    assert "LIMIT 7" in paged and "LIMIT 50" not in paged
    assert paged.rstrip().endswith("LIMIT 10 OFFSET 20")


def test_a_parameter_value_cannot_change_the_query(toy_graph):
    hostile = 'x") } } SELECT * WHERE { ?s ?p ?o } #'
    assert rows(toy_graph, "statements-by-actor", actor=hostile) == []
    assert rows(toy_graph, "actors-on-topic", topic='"\\\n}') == []


def test_missing_unknown_and_mistyped_parameters_are_one_line_errors(toy_graph):
    with pytest.raises(QueryError, match=r"needs --param actor=\.\.\."):
        run_named(toy_graph, "statements-by-actor", {})
    with pytest.raises(QueryError, match="has no parameter 'who'; it takes: actor"):
        run_named(toy_graph, "statements-by-actor", {"actor": "x", "who": "y"})
    with pytest.raises(QueryError, match="expected a date YYYY-MM-DD"):
        run_named(toy_graph, "stances-over-time", {"actor": "x", "since": "March"})
    with pytest.raises(QueryError, match="no named query 'nope'; known queries: actors"):
        get_named_query("nope")


def test_topics_count_statements_by_stance(toy_graph):
    assert rows(toy_graph, "topics") == [
        ("Western troops", "3", "1", "2", "0", "3"),
        ("security guarantees", "3", "2", "1", "0", "3"),
        ("ceasefire", "1", "0", "0", "1", "1"),
    ]
