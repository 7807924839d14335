"""Ad-hoc SPARQL: errors, parameter binding, result formats, DataFrames."""

from __future__ import annotations

import io

import pytest
from rdflib import Literal, URIRef
from rdflib.query import Result

from graph.errors import QueryError
from graph.query import (
    error_line,
    inject_values,
    is_update,
    run_sparql,
    serialize_result,
    to_dataframe,
    uses_service,
)

PERSONS = "SELECT ?name ?role WHERE { ?a a sg:Person ; rdfs:label ?name . OPTIONAL { ?a sg:role ?role } } ORDER BY ?name"


def test_malformed_sparql_is_one_line_with_the_parser_message(toy_graph):
    with pytest.raises(QueryError) as err:
        run_sparql(toy_graph, "SELECT * WHERE {\n ?s ?p \n}")
    message = str(err.value)
    assert message.startswith("malformed SPARQL: ")
    assert "\n" not in message
    assert "(line:2, col:2)" in message  # pyparsing's own position report


def test_an_update_is_refused_not_run(toy_graph):
    before = len(toy_graph)
    with pytest.raises(QueryError, match="Update is not allowed"):
        run_sparql(toy_graph, "DELETE WHERE { ?s ?p ?o }")
    assert len(toy_graph) == before


def test_prefixes_of_the_graph_are_predeclared(toy_graph):
    result = run_sparql(toy_graph, PERSONS)
    assert result.variables == ("name", "role")
    assert [str(r[0]) for r in result.rows] == ["Mark Rutte", "Sergei Lavrov", "Volodymyr Zelensky"]


def test_max_results_truncates_and_says_so(toy_graph):
    result = run_sparql(toy_graph, PERSONS, max_results=2)
    assert len(result.rows) == 2 and result.truncated
    assert not run_sparql(toy_graph, PERSONS, max_results=3).truncated


def test_values_are_injected_at_the_where_pattern_not_in_a_comment_or_string():
    query = (
        'PREFIX ex: <http://e/#x>\n# WHERE { not here\nCONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }'
    )
    out = inject_values(query, {"o": Literal('a"b')})
    assert out.endswith('WHERE { VALUES (?o) { ("a\\"b") } ?s ?p ?o }')
    assert out.count("\n") == query.count("\n")  # line numbers in errors still match
    assert inject_values("ASK { ?s ?p ?o }", {"s": URIRef("http://e/x")}).startswith(
        "ASK { VALUES (?s) { (<http://e/x>) }"
    )


def test_update_and_service_detection_ignores_strings_comments_and_prefixed_names():
    assert is_update("PREFIX ex: <http://e/#> # SELECT\n INSERT DATA { ex:a ex:b ex:c }")
    assert not is_update('SELECT ?x WHERE { ?x ?p "INSERT" }')
    assert uses_service("SELECT * WHERE { SERVICE <http://e/> { ?s ?p ?o } }")
    assert not uses_service("SELECT * WHERE { ?s ex:service ?o } # SERVICE")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_table_formats_parse_back_with_rdflib(toy_graph, fmt):
    result = run_sparql(toy_graph, PERSONS)
    data = serialize_result(result, fmt)
    parsed = Result.parse(io.BytesIO(data), format=fmt)
    names = [str(row[0]) for row in parsed]
    assert names == ["Mark Rutte", "Sergei Lavrov", "Volodymyr Zelensky"]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_ask_answers_serialise(toy_graph, fmt):
    result = run_sparql(toy_graph, "ASK { ?s sg:stance sg:Oppose }")
    assert result.boolean is True
    assert b"true" in serialize_result(result, fmt)


def test_construct_answers_are_graphs(toy_graph):
    result = run_sparql(
        toy_graph, "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a sg:Country ; rdfs:label ?n }"
    )
    assert result.kind == "CONSTRUCT" and len(result.graph) == 2
    assert b"Ukraine" in serialize_result(result, "turtle")
    assert b'"@value"' in serialize_result(result, "json-ld") or b"Ukraine" in serialize_result(
        result, "json-ld"
    )
    with pytest.raises(QueryError, match="cannot be written as csv"):
        serialize_result(result, "csv")


def test_dataframe_has_python_values_and_none_for_unbound(toy_graph):
    frame = to_dataframe(run_sparql(toy_graph, PERSONS))
    assert list(frame.columns) == ["name", "role"]
    assert frame["role"].tolist() == ["Secretary General", "Foreign Minister", "President"]
    dated = to_dataframe(
        run_sparql(toy_graph, "SELECT ?d WHERE { ?a dcterms:issued ?d } ORDER BY ?d")
    )
    assert [d.isoformat() for d in dated["d"]] == ["2025-03-01", "2025-04-10"]


def test_construct_answers_keep_the_querys_own_prefixes(toy_graph):
    result = run_sparql(
        toy_graph,
        "PREFIX ex: <https://example.org/a#>\n"
        "CONSTRUCT { ?a ex:says ?cue } WHERE { ?s sg:speaker ?a ; sg:cue ?cue }",
    )
    assert b"@prefix ex: <https://example.org/a#>" in serialize_result(result, "turtle")


@pytest.mark.parametrize(
    ("message", "text", "line"),
    [
        (
            "malformed SPARQL: Expected SelectQuery, found '?' (at char 61), (line:3, col:9)",
            None,
            3,
        ),
        ("malformed SPARQL: error at 4:1: expected one of LATERAL", "P\nS\nWHERE { ?x a }\n", 3),
        ("malformed SPARQL: error at 2:16: expected one of", "SELECT ?x\nWHERE { ?x ?p }", 2),
        ("no position here", "SELECT", None),
    ],
)
def test_error_line_points_at_the_line_to_fix(message, text, line):
    assert error_line(message, text) == line
