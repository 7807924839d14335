"""The built wheel works installed on its own: outside the checkout, in a new environment.

``python -m build`` makes the sdist and, from it, the wheel; the wheel goes into a new
virtual environment with no access to this checkout, and the commands a user runs first
are run there, from a temporary directory, on a copy of the example.

The new environment borrows its third-party dependencies from the interpreter running the
tests (a ``.pth`` line naming that interpreter's site-packages, added after the install),
so no network is needed; a path named in a ``.pth`` file is not itself scanned for
``.pth`` files, so an editable install of this checkout there stays invisible.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph import __version__

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "security_guarantees.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel, built without network (``--no-isolation``)."""
    pytest.importorskip("build", reason="the dev extra installs `build`")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def venv(dist, tmp_path_factory) -> Path:
    """A new virtual environment with only the wheel installed; returns its bin/."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(root)], env=_clean_env(), check=True
    )
    python = root / "bin" / "python"
    (wheel,) = dist.glob("*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        env=_clean_env(),
        check=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    (Path(site) / "borrowed-dependencies.pth").write_text("\n".join(ours) + "\n")
    return root / "bin"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A directory outside the checkout holding a copy of the example article."""
    work = tmp_path_factory.mktemp("work")
    shutil.copy(EXAMPLE, work / EXAMPLE.name)
    return work


def _clean_env() -> dict[str, str]:
    """The environment without the variables that would put the checkout on sys.path."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def _run(venv: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(venv / "stancegraph"), *args],
        capture_output=True,
        text=True,
        cwd=workdir,
        env=_clean_env(),
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, f"stancegraph {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done


def test_packaging_build_makes_an_sdist_and_a_wheel_of_the_one_version(dist):
    assert sorted(p.name for p in dist.iterdir()) == [
        f"stancegraph-{__version__}-py3-none-any.whl",
        f"stancegraph-{__version__}.tar.gz",
    ]


def test_packaging_wheel_imports_from_the_new_environment_only(venv, workdir):
    done = subprocess.run(
        [
            str(venv / "python"),
            "-c",
            "import graph as sg; print(sg.__file__); print(sg.example_article())",
        ],
        capture_output=True,
        text=True,
        cwd=workdir,
        env=_clean_env(),
        check=True,
    )
    module, example = (Path(line) for line in done.stdout.split())
    assert module.is_relative_to(venv.parent)
    assert example.is_relative_to(venv.parent) and example.stat().st_size > 0
    assert _run(venv, workdir, "--version").stdout.strip() == f"stancegraph {__version__}"


def test_packaging_wheel_runs_the_first_commands_outside_the_checkout(venv, workdir):
    _run(venv, workdir, "build", EXAMPLE.name, "-o", "out")
    assert (workdir / "out" / "graph.ttl").stat().st_size > 0
    assert "conforms" in _run(venv, workdir, "validate", "out/graph.ttl").stdout
    listed = _run(venv, workdir, "queries").stdout
    assert "actors-on-topic" in listed and "statements-by-actor" in listed
    actors = _run(venv, workdir, "query", "out/graph.ttl", "--name", "actors", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(actors.stdout)))
    assert len(rows) > 5
    _run(venv, workdir, "render", "out/graph.ttl", "-o", "page.html")
    page = (workdir / "page.html").read_text()
    assert page.lower().startswith("<!doctype html>")
    assert json.dumps(rows[0]["name"])[1:-1] in page


def test_packaging_wheel_serves_the_graph_on_loopback(venv, workdir):
    if not (workdir / "out" / "graph.ttl").exists():
        _run(venv, workdir, "build", EXAMPLE.name, "-o", "out", "--no-html")
    process = subprocess.Popen(
        [str(venv / "stancegraph"), "serve", "out/graph.ttl", "--port", "0"],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_clean_env(),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "SPARQL endpoint: http://127.0.0.1:" in line, line
        endpoint = line.split()[2]
        query = urllib.parse.urlencode({"query": "ASK { ?s a ?type }"})
        request = urllib.request.Request(
            f"{endpoint}?{query}", headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert json.load(response)["boolean"] is True
        # The query page's HTML is package data: the wheel must carry it.
        page_url = endpoint.removesuffix("sparql")
        with urllib.request.urlopen(page_url, timeout=60) as response:
            page = response.read().decode("utf-8")
        assert "<textarea" in page and "stancegraph SPARQL endpoint" in page
    finally:
        process.terminate()
        process.wait(30)
    assert process.stderr is not None
    assert "Traceback" not in process.stderr.read()
