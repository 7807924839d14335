"""What a newcomer sees first: ``stancegraph`` alone, the end of ``build``, what a slow run says."""

from __future__ import annotations

import shlex
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from graph import __version__
from graph.cli import app

runner = CliRunner()


def test_cli_first_contact_no_arguments_lists_commands_and_one_to_try():
    result = runner.invoke(app, [])
    assert result.exit_code == 0, result.output
    listed = [line.split()[0] for line in result.output.splitlines() if line[:1].isalpha()]
    for name in ("build", "add", "query", "queries", "serve", "render", "validate", "export"):
        assert name in listed
    assert "Try: stancegraph build examples/security_guarantees.txt -o out" in result.output


def test_cli_first_contact_version_is_the_package_version():
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output.strip()) == (0, f"stancegraph {__version__}")


@pytest.fixture(scope="module")
def built(example_path, tmp_path_factory):
    """``stancegraph build`` of the example in a process with no terminal (a pipe)."""
    out = tmp_path_factory.mktemp("first") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "graph", "build", str(example_path), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out, done


def test_cli_first_contact_build_ends_with_the_page_and_a_query_that_answers(built):
    out, done = built
    tail = done.stdout.split("next:", 1)[1]
    assert f"open {out / 'graph.html'} in a browser" in tail
    query = next(line.strip() for line in tail.splitlines() if "--name" in line)
    args = shlex.split(query)
    assert args[:2] == ["stancegraph", "query"]
    answer = runner.invoke(app, [*args[1:], "--format", "csv"])
    assert answer.exit_code == 0, answer.output
    assert len(answer.output.strip().splitlines()) > 1, "the suggested query has rows"


@pytest.mark.parametrize(
    "phase",
    [
        "reading articles",
        "loading the spaCy pipeline",
        "extracting statements",
        "clustering actors",
    ],
)
def test_cli_first_contact_build_without_a_terminal_logs_each_phase_once(built, phase):
    _, done = built
    assert [line for line in done.stderr.splitlines() if line.startswith(phase)] == [f"{phase} ..."]
