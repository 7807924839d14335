"""``stancegraph topics`` through typer's CliRunner: table, JSON, starter codebook, bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.codebook import load_codebook
from graph.io import save_graph

runner = CliRunner()


@pytest.fixture(scope="module")
def toy_ttl(toy_graph, tmp_path_factory):
    return save_graph(toy_graph, tmp_path_factory.mktemp("topics") / "graph.ttl")


def test_cli_topics_table_lists_topics_with_forms_and_counts(toy_ttl):
    result = runner.invoke(app, ["topics", str(toy_ttl)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for text in ("security guarantees", "Western troops", "western troops (3)", "ceasefire"):
        assert text in result.output


def test_cli_topics_json_and_codebook_out(toy_ttl, tmp_path):
    out = tmp_path / "codebook.yaml"
    result = runner.invoke(
        app, ["topics", str(toy_ttl), "--format", "json", "--codebook-out", str(out)]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [t["label"] for t in payload] == ["security guarantees", "Western troops", "ceasefire"]
    assert (payload[1]["support"], payload[1]["oppose"], payload[1]["neutral"]) == (1, 2, 0)
    assert load_codebook(out).issues[0].label == "security guarantees"


def test_cli_topics_limit_and_min_statements(toy_ttl):
    result = runner.invoke(
        app, ["topics", str(toy_ttl), "--format", "json", "--limit", "1", "--min-statements", "2"]
    )
    assert result.exit_code == 0, result.output
    assert [t["label"] for t in json.loads(result.output)] == ["security guarantees"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.ttl"], "no such file"),
        (["{graph}", "--format", "xml"], "--format xml"),
        (["{graph}", "--min-statements", "0"], "--min-statements 0"),
        (["{graph}", "--limit", "-1"], "--limit -1"),
        (["{graph}", "--codebook-out", "{dir}"], "is a directory"),
    ],
)
def test_cli_topics_bad_input_is_one_line(toy_ttl, tmp_path, args, message):
    args = [a.format(graph=toy_ttl, dir=tmp_path) for a in args]
    result = runner.invoke(app, ["topics", *args])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], result.output
    assert "Traceback" not in result.output
