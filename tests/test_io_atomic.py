"""Atomic outputs: a failed, killed or interrupted write leaves the previous file whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from graph.cli import app
from graph.io import atomic_write, load_graph, save_graph

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _graph(n: int) -> Graph:
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(f"https://e.org/s{i}"), URIRef("https://e.org/p"), Literal(i)))
    return graph


def test_atomic_write_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_text("half of the new")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write(path, half_then_fail)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_atomic_write_new_file_is_readable_like_a_plain_write(tmp_path):
    path = atomic_write(tmp_path / "graph.html", lambda tmp: tmp.write_text("x"))
    plain = tmp_path / "plain.html"
    plain.write_text("x")
    assert path.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777


def test_atomic_write_keeps_an_existing_files_mode(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write(path, lambda tmp: tmp.write_text("new"))
    assert (path.read_text(), path.stat().st_mode & 0o777) == ("new", 0o640)


def test_atomic_write_killed_mid_write_leaves_the_previous_file_whole(tmp_path):
    path = tmp_path / "graph.ttl"
    save_graph(_graph(10), path)
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from graph.io import atomic_write

        def write(tmp: Path) -> None:
            with tmp.open("w") as handle:
                handle.write("@prefix broken")
                handle.flush()
                os.kill(os.getpid(), signal.SIGKILL)

        atomic_write({str(path)!r}, write)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert len(load_graph(path)) == 10


def test_save_graph_serialisation_error_keeps_the_previous_file(tmp_path):
    path = tmp_path / "graph.ttl"
    save_graph(_graph(3), path)
    before = path.read_bytes()
    with pytest.raises(Exception):  # noqa: B017 - whatever the plugin raises
        save_graph(_graph(3), path, fmt="no-such-format")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


@pytest.fixture(scope="module")
def big_input(tmp_path_factory, example_path) -> Path:
    """Enough distinct articles that a build runs for tens of seconds."""
    folder = tmp_path_factory.mktemp("big")
    text = example_path.read_text(encoding="utf-8")
    for i in range(400):
        (folder / f"{i:03d}.txt").write_text(f"Copy {i}.\n\n{text}", encoding="utf-8")
    return folder


@pytest.fixture
def previous_outputs(example_path, tmp_path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(example_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}


def _interruptible() -> None:
    # A shell without job control starts background commands with SIGINT ignored, and a
    # child inherits that; a person pressing Ctrl-C runs the build with the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_build(big_input: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "graph", "build", str(big_input), "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )


def _wait_until_busy(proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the build finished before it could be interrupted"
        time.sleep(0.2)


@pytest.mark.slow
def test_build_killed_midway_leaves_previous_outputs_byte_identical(big_input, previous_outputs):
    out, before = previous_outputs
    proc = _start_build(big_input, out)
    _wait_until_busy(proc, 8)
    proc.kill()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    for name, data in before.items():
        assert (out / name).read_bytes() == data, f"{name} changed"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "graph.html",
        "graph.ttl",
    ]


@pytest.mark.slow
def test_build_interrupted_with_ctrl_c_says_so_and_keeps_previous_outputs(
    big_input, previous_outputs
):
    out, before = previous_outputs
    proc = _start_build(big_input, out)
    _wait_until_busy(proc, 8)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in stderr.decode()
    assert "Traceback" not in stderr.decode()
    for name, data in before.items():
        assert (out / name).read_bytes() == data, f"{name} changed"
    assert sorted(os.listdir(out)) == ["graph.html", "graph.ttl"]
