"""``stancegraph query`` and ``queries`` through typer's CliRunner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.io import save_graph

runner = CliRunner()


@pytest.fixture(scope="module")
def toy_ttl(toy_graph, tmp_path_factory):
    return save_graph(toy_graph, tmp_path_factory.mktemp("toy") / "graph.ttl")


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_named_query_with_a_parameter_as_csv(toy_ttl):
    result = invoke("query", toy_ttl, "--name", "actors-on-topic", "--param", "topic=troops",
                    "--format", "csv")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "topicLabel,stance,actor,statements",
        "Western troops,Support,Volodymyr Zelensky,1",
        "Western troops,Oppose,NATO,1",
        "Western troops,Oppose,Sergei Lavrov,1",
    ]


def test_query_file_as_sparql_json(toy_ttl, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?n WHERE { ?a a sg:Country ; rdfs:label ?n } ORDER BY ?n\n")
    result = invoke("query", toy_ttl, "-f", rq, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [b["n"]["value"] for b in doc["results"]["bindings"]] == ["Russia", "Ukraine"]


def test_inline_query_as_a_table(toy_ttl):
    result = invoke("query", toy_ttl, "SELECT ?r WHERE { ?a sg:role ?r } ORDER BY ?r")
    assert result.exit_code == 0, result.output
    assert "Foreign Minister" in result.stdout and "3 row(s)" in result.stdout


def test_construct_prints_turtle(toy_ttl):
    result = invoke("query", toy_ttl, "CONSTRUCT WHERE { ?a a sg:Country }")
    assert result.exit_code == 0, result.output
    assert "sg:Country" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["SELECT * WHERE { ?s ?p }"], "malformed SPARQL: error at 1:"),
        (["INSERT DATA { sg:a sg:b sg:c }"], "Update is not allowed"),
        (["--name", "nope"], "no named query 'nope'"),
        (["--name", "statements-by-actor"], "needs --param actor=..."),
        (["--name", "actors", "--param", "oops"], "expected NAME=VALUE"),
        ([], "give exactly one of"),
        (["ASK {}", "--format", "yaml"], "--format yaml"),
    ],
)
def test_user_errors_are_one_line_and_non_zero(toy_ttl, args, message):
    result = invoke("query", toy_ttl, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_limit_and_offset_page_a_named_query_and_say_what_follows(toy_ttl):
    whole = invoke("query", toy_ttl, "--name", "statements", "--format", "csv")
    first = invoke("query", toy_ttl, "--name", "statements", "--format", "csv", "--limit", "2")
    second = invoke("query", toy_ttl, "--name", "statements", "--format", "csv",
                    "--limit", "2", "--offset", "2")  # fmt: skip
    rows = whole.stdout.splitlines()
    assert first.stdout.splitlines() == rows[:3]  # header and two rows
    assert second.stdout.splitlines() == rows[:1] + rows[3:5]
    assert "the next page is --offset 2" in first.stderr
    last = invoke("query", toy_ttl, "--name", "statements", "--limit", str(len(rows)))
    assert "next page" not in last.stderr


def test_a_bad_limit_is_one_line(toy_ttl):
    result = invoke("query", toy_ttl, "--name", "actors", "--limit", "0")
    assert result.exit_code == 2
    assert "--limit must be >= 1" in result.stderr


def test_a_missing_graph_file_is_one_line(tmp_path):
    result = invoke("query", tmp_path / "none.ttl", "--name", "actors")
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_queries_lists_names_and_parameters():
    result = invoke("queries")
    assert result.exit_code == 0
    for name in ("actors-on-topic", "statements-by-actor", "stances-over-time"):
        assert name in result.stdout
