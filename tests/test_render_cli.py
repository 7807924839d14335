"""``stancegraph render`` through typer's CliRunner."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.io import save_graph

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "render"))
from render_graphs import small_graph

runner = CliRunner()
DATA_OPEN = '<script type="application/json" id="sg-data">'


def payload(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    start = html.index(DATA_OPEN) + len(DATA_OPEN)
    return json.loads(html[start : html.index("</script>", start)])


@pytest.fixture(scope="module")
def small_ttl(tmp_path_factory) -> Path:
    return save_graph(small_graph(), tmp_path_factory.mktemp("cli") / "small.ttl")


def test_render_cli_writes_the_page(small_ttl, tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(small_ttl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    data = payload(out)
    assert len(data["nodes"]) == 7
    assert data["meta"]["view"] == "actors"


def test_render_cli_topics_and_no_physics(small_ttl, tmp_path):
    out = tmp_path / "page.html"
    args = ["render", str(small_ttl), "-o", str(out), "--topics", "--no-physics"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = payload(out)
    assert sum(n["id"].startswith("t") for n in data["nodes"]) == 3
    assert data["options"]["physics"]["enabled"] is False


def test_render_cli_example(example_ttl, tmp_path):
    out = tmp_path / "example.html"
    result = runner.invoke(app, ["render", str(example_ttl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert payload(out)["nodes"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file or directory"), ("", "the file is empty"), ("@prefix x", "not a valid")],
)
def test_render_cli_bad_graph_is_one_line_error(tmp_path, content, message):
    graph = tmp_path / "g.ttl"
    if content is not None:
        graph.write_text(content, encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(graph), "-o", str(out)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_render_cli_output_directory_is_refused(small_ttl, tmp_path):
    result = runner.invoke(app, ["render", str(small_ttl), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a directory" in result.output
