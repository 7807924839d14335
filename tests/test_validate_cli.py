"""``stancegraph validate GRAPH``: exit 0 and "conforms", or exit 1 and a grouped report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.io import load_graph
from graph.validate import validate_graph

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()
WIDE = {"COLUMNS": "200"}


def _validate(path: Path):
    return runner.invoke(app, ["validate", str(path)], env=WIDE)


def test_validate_cli_valid_graph_says_conforms_and_exits_0():
    path = FIXTURES / "valid" / "cluster_and_alignment.ttl"
    result = _validate(path)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    assert "triples" in result.output


def test_validate_cli_violations_exit_1_with_report_grouped_by_class_and_node():
    result = _validate(FIXTURES / "invalid" / "statement_two_stances.ttl")
    assert result.exit_code == 1
    out = result.output
    assert "Statement: 1 result(s) on 1 node(s)" in out
    assert "sgd:statement/s1" in out
    assert "sg:stance" in out
    assert "A statement has exactly one stance" in out
    assert "does not conform: 1 violation(s) on 1 node(s)" in out
    assert "Traceback" not in out


def test_validate_cli_groups_several_classes_in_pipeline_order(tmp_path):
    text = (FIXTURES / "invalid" / "actor_two_labels.ttl").read_text(encoding="utf-8")
    text = text.replace("sg:charStart 0", "sg:charStart 99")
    path = tmp_path / "two.ttl"
    path.write_text(text, encoding="utf-8")
    result = _validate(path)
    assert result.exit_code == 1
    actor, statement = result.output.index("Actor: "), result.output.index("Statement: ")
    assert actor < statement
    assert "“Jane Doe”" in result.output or "Jane Doe" in result.output
    assert "2 violation(s) on 2 node(s)" in result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "broken.ttl",
            '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n',
            "broken.ttl:3: not a valid turtle graph",
        ),
        (
            "broken.nt",
            "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> x .\n",
            "broken.nt:2: not a valid nt graph",
        ),
        ("broken.jsonld", '{"@id": "http://e/a",\n "http://e/b": [1,\n', "broken.jsonld:3: not a"),
        ("empty.ttl", "", "empty.ttl: the file is empty"),
    ],
)
def test_validate_cli_unreadable_graph_is_one_line_with_file_and_line(
    tmp_path, name, content, expected
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = _validate(path)
    assert result.exit_code == 2
    assert expected in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_validate_cli_missing_file_is_one_line(tmp_path):
    result = _validate(tmp_path / "nope.ttl")
    assert result.exit_code == 2
    assert "nope.ttl: no such file or directory" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_validate_cli_exit_code_agrees_with_validate_graph(example_ttl):
    expected = 0 if validate_graph(load_graph(example_ttl)).conforms else 1
    assert _validate(example_ttl).exit_code == expected


def test_validate_cli_in_a_real_process(tmp_path):
    ok = subprocess.run(
        [sys.executable, "-m", "graph", "validate", str(FIXTURES / "valid" / "unicode_text.ttl")],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "conforms" in ok.stdout
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "graph",
            "validate",
            str(FIXTURES / "invalid" / "actor_blank_node.ttl"),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert "does not conform" in bad.stdout
    assert "Traceback" not in bad.stderr
