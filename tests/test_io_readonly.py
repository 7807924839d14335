"""Outputs into a folder that cannot be written: one line, exit 1, before any work."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


@pytest.fixture()
def read_only_dir(tmp_path: Path, read_only_view) -> Path:
    """A folder holding an older graph.ttl, seen through a read-only mount."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "graph.ttl").write_text("# the previous graph\n", encoding="utf-8")
    return read_only_view(source)


def _one_line_exit_1(result, path: Path) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0] and "cannot write here" in lines[0]


def test_io_build_into_read_only_folder_fails_first(read_only_dir, example_path):
    result = runner.invoke(app, ["build", str(example_path), "-o", str(read_only_dir)])
    _one_line_exit_1(result, read_only_dir / "graph.ttl")
    assert (read_only_dir / "graph.ttl").read_text() == "# the previous graph\n"


@pytest.mark.parametrize("command", ["render", "export"])
def test_io_render_and_export_into_read_only_folder(read_only_dir, tmp_path, command):
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix sg: <https://w3id.org/stancegraph#> .\n"
        "<https://w3id.org/stancegraph/id/actor/a> a sg:Person .\n",
        encoding="utf-8",
    )
    out = read_only_dir / ("graph.html" if command == "render" else "graph.nt")
    result = runner.invoke(app, [command, str(graph), "-o", str(out)])
    _one_line_exit_1(result, out)


def test_io_atomic_write_error_is_one_line(read_only_dir):
    from graph.errors import OutputError
    from graph.io import atomic_write

    with pytest.raises(OutputError, match="cannot write here"):
        atomic_write(read_only_dir / "graph.ttl", lambda tmp: tmp.write_text("new"))
    assert (read_only_dir / "graph.ttl").read_text() == "# the previous graph\n"
