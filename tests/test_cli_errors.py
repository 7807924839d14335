"""Bad input on the command line: one clear line, a non-zero exit, earlier outputs untouched.

Each case runs through typer's CliRunner and, for the ones a user meets first, through a
real ``python -m graph`` process, where a stray traceback or a wrong exit code cannot hide.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.ingest import article_from_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid" / "statement_minimal.ttl"
BROKEN_TTL = '@prefix sg: <https://w3id.org/stancegraph#> .\n\nsg:a sg:b "open .\n'
runner = CliRunner()


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def assert_one_clear_line(output: str, *fragments: str) -> None:
    assert "Traceback" not in output
    (line,) = _errors(output)
    for fragment in fragments:
        assert fragment in line, line


@pytest.fixture
def previous(tmp_path) -> tuple[Path, dict[str, bytes]]:
    """An output directory holding an earlier build's files (byte contents recorded)."""
    out = tmp_path / "out"
    out.mkdir()
    files = {"graph.ttl": b"# earlier graph\n", "graph.html": b"<!doctype html><p>earlier"}
    for name, data in files.items():
        (out / name).write_bytes(data)
    return out, files


def assert_untouched(previous: tuple[Path, dict[str, bytes]]) -> None:
    out, files = previous
    assert sorted(p.name for p in out.iterdir()) == sorted(files)
    for name, data in files.items():
        assert (out / name).read_bytes() == data


def _build(*args: str, out: Path):
    return runner.invoke(app, ["build", *args, "-o", str(out)])


def _process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


# ---------------------------------------------------------------- build: bad articles


def test_cli_build_missing_path(tmp_path, previous):
    result = _build(str(tmp_path / "nope.txt"), out=previous[0])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "nope.txt: no such file or directory")
    assert_untouched(previous)


def test_cli_build_empty_file(tmp_path, previous):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _build(str(tmp_path / "empty.txt"), out=previous[0])
    assert result.exit_code == 2
    assert "empty.txt: skipped, the file is empty" in result.output
    assert_one_clear_line(result.output, "no articles could be read", "nothing written")
    assert_untouched(previous)


def test_cli_build_binary_file(tmp_path, previous):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    result = _build(str(tmp_path / "scan.txt"), out=previous[0])
    assert result.exit_code == 2
    assert "scan.txt: skipped, looks like a binary file" in result.output
    assert_one_clear_line(result.output, "no articles could be read")
    assert_untouched(previous)


def test_cli_build_file_over_the_size_limit(tmp_path, previous):
    (tmp_path / "long.txt").write_text("Zelensky said no. " * 20)
    result = _build(str(tmp_path / "long.txt"), "--max-bytes", "100", out=previous[0])
    assert result.exit_code == 2
    assert "long.txt: skipped, 360 bytes is over the 100-byte limit" in result.output
    assert_one_clear_line(result.output, "no articles could be read")
    assert_untouched(previous)


def test_cli_build_non_positive_size_limit(tmp_path, previous):
    (tmp_path / "a.txt").write_text("Zelensky said no.")
    result = _build(str(tmp_path / "a.txt"), "--max-bytes", "0", out=previous[0])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert_untouched(previous)


def test_cli_build_unknown_pipeline(example_path, previous):
    result = _build(str(example_path), "--pipeline", "nonexistent_pipeline", out=previous[0])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "cannot load spaCy pipeline 'nonexistent_pipeline'")
    assert_untouched(previous)


def test_cli_build_unknown_attribution_setting(example_path, previous):
    result = _build(str(example_path), "--attribution", "neural", out=previous[0])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "unknown attribution setting 'neural'", "rules, model")
    assert_untouched(previous)


def test_cli_build_output_path_is_a_file(example_path, tmp_path):
    target = tmp_path / "taken"
    target.write_text("keep me")
    result = _build(str(example_path), out=target)
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "taken: exists and is not a directory")
    assert target.read_text() == "keep me"


def test_cli_build_non_utf8_file_is_decoded_with_a_fallback_and_says_so(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président Macron a critiqué l’accord.".encode("cp1252"))
    result = _build(str(path), out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "latin.txt: not valid UTF-8 (byte 5); decoded as Windows-1252" in result.output
    decoded = article_from_text("Le président Macron a critiqué l’accord.", "x")
    assert f'"{decoded.id}"' in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert _errors(result.output) == []


def test_cli_build_jsonl_bad_lines_are_skipped_counted_and_the_rest_built(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": "Lavrov criticized the security guarantees."}),
                '{"text": "unterminated',
                json.dumps({"text": "Zelensky welcomed the security guarantees."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = _build(str(path), "--no-html", out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"{path}:2: skipped, not valid JSON" in result.output
    assert f"{path}: read 2 article(s), skipped 1 bad line(s)" in result.output
    assert "articles" in result.output
    assert (tmp_path / "out" / "graph.ttl").exists()


# ---------------------------------------------------------------- graph files


def _registered(name: str) -> bool:
    return any(
        (c.name or (c.callback.__name__ if c.callback else "")) == name
        for c in app.registered_commands
    )


GRAPH_COMMANDS = [
    ["validate", "{graph}"],
    ["export", "{graph}", "--format", "nt"],
    ["query", "{graph}", "SELECT * WHERE { ?s ?p ?o }"],
    ["render", "{graph}", "-o", "{out}/graph.html"],
    ["clusters", "{graph}"],
]


@pytest.mark.parametrize("command", GRAPH_COMMANDS, ids=[c[0] for c in GRAPH_COMMANDS])
def test_cli_malformed_graph_file_names_file_and_line(tmp_path, previous, command):
    if not _registered(command[0]):
        pytest.skip(f"stancegraph {command[0]} is not registered yet")
    graph = tmp_path / "broken.ttl"
    graph.write_text(BROKEN_TTL, encoding="utf-8")
    args = [a.replace("{graph}", str(graph)).replace("{out}", str(previous[0])) for a in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "broken.ttl:3: not a valid turtle graph")
    assert_untouched(previous)


@pytest.mark.parametrize("command", GRAPH_COMMANDS, ids=[c[0] for c in GRAPH_COMMANDS])
def test_cli_missing_graph_file(tmp_path, previous, command):
    if not _registered(command[0]):
        pytest.skip(f"stancegraph {command[0]} is not registered yet")
    missing = str(tmp_path / "nope.ttl")
    args = [a.replace("{graph}", missing).replace("{out}", str(previous[0])) for a in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "nope.ttl: no such file or directory")
    assert_untouched(previous)


@pytest.mark.parametrize(
    ("name", "content"),
    [("binary.ttl", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), ("empty.nt", b"")],
)
def test_cli_binary_or_empty_graph_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, f"{name}: ")


# ---------------------------------------------------------------- SPARQL


def test_cli_query_malformed_inline_sparql_gives_line_and_exit_2():
    result = runner.invoke(app, ["query", str(VALID), "SELECT ?x\nWHERE { ?x ?p }"])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "malformed SPARQL")
    # rdflib says "(line:2, col:16)", Oxigraph "error at 2:16": either names line 2.
    assert re.search(r"line:2\b|at 2:\d", result.output), result.output


def test_cli_query_missing_query_file(tmp_path):
    result = runner.invoke(app, ["query", str(VALID), "-f", str(tmp_path / "nope.rq")])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "nope.rq: cannot read the query")


def test_cli_query_malformed_query_file_names_file_and_line(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("PREFIX sg: <https://w3id.org/stancegraph#>\nSELECT ?x\nWHERE { ?x a }\n")
    result = runner.invoke(app, ["query", str(VALID), "-f", str(path)])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, "bad.rq")
    assert re.search(r"line:3\b|at 3:\d|bad\.rq:3", result.output), result.output


# ---------------------------------------------------------------- real processes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "code", "fragment"),
    [
        ("missing", 2, "nope.txt: no such file or directory"),
        ("binary", 2, "looks like a binary file"),
        ("pipeline", 2, "cannot load spaCy pipeline 'nonexistent_pipeline'"),
        ("latin1", 0, "decoded as Windows-1252"),
    ],
)
def test_cli_process_bad_articles(tmp_path, previous, example_path, case, code, fragment):
    inputs = {
        "missing": [str(tmp_path / "nope.txt")],
        "binary": [str(tmp_path / "scan.txt")],
        "pipeline": [str(example_path), "--pipeline", "nonexistent_pipeline"],
        "latin1": [str(tmp_path / "latin.txt"), "--no-html"],
    }
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01binary" * 50)
    (tmp_path / "latin.txt").write_bytes("Le ministre a critiqué l’accord.".encode("cp1252"))
    out = previous[0] if code else tmp_path / "fresh"
    proc = _process("build", *inputs[case], "-o", str(out))
    assert proc.returncode == code, proc.stderr
    assert fragment in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    if code:
        assert len(_errors(proc.stderr)) == 1
        assert_untouched(previous)
    else:
        assert (out / "graph.ttl").stat().st_size > 0


def test_cli_process_malformed_graph(tmp_path):
    graph = tmp_path / "broken.ttl"
    graph.write_text(BROKEN_TTL, encoding="utf-8")
    proc = _process("validate", str(graph))
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == f"error: {graph}:3: not a valid turtle graph: newline found in string literal"
    )
    assert proc.stdout == ""


def test_cli_build_a_1_mb_line_is_skipped_with_a_line_not_a_traceback(tmp_path, previous):
    path = tmp_path / "dump.txt"
    path.write_text("no punctuation at all " * 50_000, encoding="utf-8")
    result = _build(str(path), out=previous[0])
    assert result.exit_code == 2
    assert "dump.txt: skipped, 1,100,000 characters is over the 1,000,000-character" in (
        result.output
    )
    assert_one_clear_line(result.output, "no articles could be read")
    assert_untouched(previous)


# ---------------------------------------------------------------- codebook YAML


def _has_option(command: str, option: str) -> bool:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    return option in result.output


@pytest.mark.parametrize(
    ("yaml_text", "fragment"),
    [
        ("issues:\n  - key: [unclosed\n", "codebook.yaml:3: not valid YAML"),
        ("issues:\n  - key: a\n    keywords: [x]\n    colour: red\n", "codebook.yaml:4:"),
    ],
)
def test_cli_build_malformed_codebook_is_one_line_and_writes_nothing(
    tmp_path, previous, example_path, yaml_text, fragment
):
    if not _has_option("build", "--codebook"):
        pytest.skip("stancegraph build has no --codebook option yet")
    book = tmp_path / "codebook.yaml"
    book.write_text(yaml_text, encoding="utf-8")
    result = _build(str(example_path), "--codebook", str(book), out=previous[0])
    assert result.exit_code == 2
    assert_one_clear_line(result.output, fragment)
    assert_untouched(previous)
