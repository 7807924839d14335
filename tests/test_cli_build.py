"""``stancegraph build`` through typer's CliRunner, and the end-to-end promises."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.cli import app
from graph.validate import validate_graph

runner = CliRunner()


def test_cli_build_writes_turtle_html_and_summary(example_path, tmp_path):
    result = runner.invoke(app, ["build", str(example_path), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert "<html" in (tmp_path / "graph.html").read_text(encoding="utf-8").lower()
    for row in ("articles", "actors", "statements", "support", "oppose", "topics", "clusters"):
        assert row in result.output
    assert "SHACL: conforms" in result.output
    graph = Graph().parse(tmp_path / "graph.ttl")
    assert validate_graph(graph).conforms


def test_cli_build_twice_gives_isomorphic_graphs(example_path, tmp_path):
    for name in ("a", "b"):
        result = runner.invoke(
            app, ["build", str(example_path), "-o", str(tmp_path / name), "--no-html"]
        )
        assert result.exit_code == 0, result.output
    first = Graph().parse(tmp_path / "a" / "graph.ttl")
    second = Graph().parse(tmp_path / "b" / "graph.ttl")
    assert len(first) > 0
    assert isomorphic(first, second)


def test_cli_build_missing_path_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_cli_python_dash_m_graph_shows_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "graph", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("build", "query", "validate", "clusters", "render", "export"):
        assert command in out


def test_cli_build_codebook_codes_statements_onto_issues(example_path, tmp_path):
    book = tmp_path / "codebook.yaml"
    book.write_text(
        "issues:\n"
        "  - key: troops\n    label: Foreign troops\n    keywords: [troops]\n"
        "  - key: guarantees\n    label: Security guarantees\n    keywords: [guarantee]\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        [
            "build",
            str(example_path),
            "-o",
            str(tmp_path / "o"),
            "--no-html",
            "--codebook",
            str(book),
        ],
    )
    assert result.exit_code == 0, result.output
    graph = Graph().parse(tmp_path / "o" / "graph.ttl")
    rows = graph.query(
        """PREFIX sg: <https://w3id.org/stancegraph#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (COUNT(?s) AS ?n) WHERE { ?s sg:topic/rdfs:label ?label }
        GROUP BY ?label"""
    )
    counts = {str(label): int(n) for label, n in rows}
    assert counts.get("Foreign troops", 0) >= 2  # Trump's and Vance's troop statements
    assert counts.get("Security guarantees", 0) >= 5
